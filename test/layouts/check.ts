/**
 * Shared by the layout tests: the check of a generated 部门 fixture under the national minimum
 * template, the findings above info as stable lines (rule, severity, table, row, column), and a
 * printed table read and checked alone under the Henan template (one 行政 unit).
 */
import { catalog2024 } from "../../src/catalog/2024";
import type { Disclosure, Table } from "../../src/disclosure";
import { type PrintedTable, readPrintedTable } from "../../src/printed";
import { type Alone, checkAlone, NOT_SHANGHAI, readUnder } from "../../src/printed/test-support";
import {
  type CheckReport,
  checkDisclosure,
  type Finding,
  henan2024Profile,
  nationalProfile,
  type Profile,
} from "../../src/rules";
import { henan2024, nationalMinimum, type Template } from "../../src/templates";
import type { DisclosureFixture } from "../fixtures/types";
import { fixtureDisclosure } from "../support/disclosures";

/** The check of a fixture read through the printed reader, under the national minimum template. */
export const checkNational = (fixture: DisclosureFixture): CheckReport =>
  checkDisclosure(fixtureDisclosure(fixture, nationalMinimum).disclosure, {
    profile: nationalProfile,
    template: nationalMinimum,
    catalog: catalog2024,
  });

/** The findings above info, one line each: rule, severity, table, row, column. */
export const serious = (fs: readonly Finding[]): string[] =>
  fs
    .filter((f) => f.severity !== "info")
    .map((f) => [f.ruleId, f.severity, f.path?.table, f.path?.row, f.path?.column].join(" "));

/** A printed table read under the Henan template (throws when it is not read). */
export const readHenan = (printed: PrintedTable): Table => {
  const r = readPrintedTable(printed, { template: henan2024 });
  if (r.table === undefined) throw new Error("not read");
  return r.table;
};

/** The check of tables under the Henan profile, as one 行政 unit's disclosure. */
export const checkHenanTables = (...tables: Table[]): CheckReport => {
  const d: Disclosure = {
    meta: {
      year: 2024,
      documentKind: "单位",
      template: "henan2024",
      department: { name: "某单位" },
      units: [{ name: "某单位", unitType: "行政" }],
    },
    tables,
    texts: [],
  };
  return checkDisclosure(d, { profile: henan2024Profile, template: henan2024 });
};

/**
 * A printed table read alone under `template` and checked as a document of it alone, both as
 * `alone` says (its year, 2025 by default; its units given to the reader too; `catalog: null`: no
 * catalog in the reading either, else the 2024 functional one): the table, and its problems, the
 * reading's above info (codes) then the check's ({@link serious}); throws where it is not read.
 */
export function problemsAlone(
  printed: PrintedTable,
  template: Template,
  profile: Profile,
  alone: Alone = {},
): { readonly table: Table; readonly problems: string[] } {
  const read = {
    template,
    year: alone.year ?? 2025,
    ...(alone.units === undefined ? {} : { units: alone.units }),
  };
  const r =
    alone.catalog === null ? readPrintedTable(printed, read) : readUnder(printed, template, read);
  if (r.table === undefined) throw new Error("not read");
  const problems = r.problems.filter((x) => x.severity !== "info").map((x) => x.code);
  const report = checkAlone([r.table], { ...alone, template, profile });
  return { table: r.table, problems: [...problems, ...serious(report.findings)] };
}

/** A 部门 document of 某县农业农村局 (code 105), as {@link problemsAlone} reads it. */
export const COUNTY_BUREAU: Alone = {
  documentKind: "部门",
  department: "某县农业农村局",
  departmentCode: "105",
};

/**
 * Under the national and the Henan template: a printed table's total rows counted, and its
 * problems as {@link problemsAlone} gives them (a 单位 of `department`).
 */
export const totalsAndProblems = (printed: PrintedTable, department: string) =>
  NOT_SHANGHAI.map(([template, profile]) => {
    const { table, problems } = problemsAlone(printed, template, profile, { department });
    return { totals: table.rows.filter((row) => row.key.kind === "total").length, problems };
  });
