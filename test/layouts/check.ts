/**
 * Shared by the layout tests: the check of a generated 部门 fixture under the national minimum
 * template, the findings above info as stable lines (rule, severity, table, row, column), and a
 * printed table read and checked alone under the Henan template (one 行政 unit).
 */
import { catalog2024 } from "../../src/catalog/2024";
import type { Disclosure, Table } from "../../src/disclosure";
import { type PrintedTable, readPrintedTable } from "../../src/printed";
import {
  type CheckReport,
  checkDisclosure,
  type Finding,
  henan2024Profile,
  nationalProfile,
} from "../../src/rules";
import { henan2024, nationalMinimum } from "../../src/templates";
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
