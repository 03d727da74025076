/**
 * Reading one printed table under the national template and checking it alone, shared by the
 * printed tests (test-only: no entry imports this file).
 */
import { catalog2024 } from "../catalog/2024";
import { type CheckReport, checkDisclosure, type Finding, nationalProfile } from "../rules";
import { nationalMinimum } from "../templates";
import { type ReadOptions, readPrintedTable } from "./read";
import type { PrintedTable } from "./types";

/** The table read by the national template (2025, the 2024 functional catalog), `options` over it. */
export const readNational = (p: PrintedTable, options: Partial<ReadOptions> = {}) =>
  readPrintedTable(p, {
    template: nationalMinimum,
    catalog: catalog2024.functional,
    year: 2025,
    ...options,
  });

/** The report of a 单位 document of the one table, read as {@link readNational} reads it. */
export function checkNational(
  p: PrintedTable,
  options: Partial<ReadOptions> = {},
  department = "某局",
): CheckReport {
  const r = readNational(p, options);
  if (r.table === undefined) throw new Error(p.title);
  return checkDisclosure(
    {
      meta: {
        year: 2025,
        documentKind: "单位",
        template: nationalMinimum.id,
        department: { name: department },
        units: [],
      },
      tables: [r.table],
      texts: [],
    },
    { profile: nationalProfile, template: nationalMinimum, catalog: catalog2024 },
  );
}

/** A report's findings above info. */
export const serious = (report: CheckReport): Finding[] =>
  report.findings.filter((f) => f.severity !== "info");
