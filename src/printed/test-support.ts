/**
 * Reading one printed table under a template and checking it alone, shared by the printed tests
 * (test-only: no entry imports this file).
 */
import type { CatalogSet } from "../catalog";
import { catalog2024 } from "../catalog/2024";
import type { BudgetUnit, Table } from "../disclosure";
import {
  type CheckReport,
  checkDisclosure,
  type Finding,
  henan2024Profile,
  nationalProfile,
  type Profile,
  shanghaiProfile,
} from "../rules";
import { henan2024, nationalMinimum, shanghai, type Template } from "../templates";
import { type ReadOptions, type ReadResult, readPrintedTable } from "./read";
import type { PrintedTable } from "./types";

/** The table read by `template` (2025, the 2024 functional catalog), `options` over it. */
export const readUnder = (
  p: PrintedTable,
  template: Template,
  options: Partial<ReadOptions> = {},
): ReadResult =>
  readPrintedTable(p, { template, catalog: catalog2024.functional, year: 2025, ...options });

/** The two templates units printed across are read under, each with its profile. */
export const ACROSS_TEMPLATES: readonly (readonly [string, Template, Profile])[] = [
  ["nationalMinimum", nationalMinimum, nationalProfile],
  ["henan2024", henan2024, henan2024Profile],
];

/** A unit as the units-across tests name it. */
type Named = { readonly code: string; readonly name: string };

/**
 * A printed table read by `template` (the reader given `readUnits`: the document's `units` unless
 * none), then checked alone in a 2025 部门 document of `department` listing `units`: the read and
 * its serious findings.
 */
export function checkInDepartment(
  p: PrintedTable,
  template: Template,
  profile: Profile,
  department: { readonly name: string; readonly code?: string },
  units: readonly Named[],
  readUnits: readonly Named[] | null = units,
): { readonly r: ReadResult; readonly findings: Finding[] } {
  const r = readUnder(p, template, readUnits === null ? {} : { units: readUnits });
  if (r.table === undefined) throw new Error(p.title);
  const report = checkDisclosure(
    {
      meta: {
        year: 2025,
        documentKind: "部门",
        template: template.id,
        department,
        units: units.map((u) => ({ ...u, unitType: "行政" as const })),
      },
      tables: [r.table],
      texts: [],
    },
    { profile, template },
  );
  return { r, findings: serious(report) };
}

/** The table read by the national template (2025, the 2024 functional catalog), `options` over it. */
export const readNational = (p: PrintedTable, options: Partial<ReadOptions> = {}) =>
  readUnder(p, nationalMinimum, options);

/** The reading's problems above info, one line each: code and path. */
export const readWarnings = (r: ReadResult): string[] =>
  r.problems.filter((x) => x.severity !== "info").map((x) => `${x.code} ${JSON.stringify(x.path)}`);

/**
 * Who a document of tables alone is, and what checks it (the national template, 2025, 单位, 某局
 * with no code and no unit listed, the 2024 catalog; `catalog: null` checks with none).
 */
export interface Alone {
  readonly template?: Template;
  readonly profile?: Profile;
  readonly catalog?: CatalogSet | null;
  readonly year?: number;
  readonly documentKind?: "部门" | "单位";
  readonly department?: string;
  readonly departmentCode?: string;
  readonly units?: readonly BudgetUnit[];
}

/** The report of a document of `tables` alone (no text), as `alone` says. */
export function checkAlone(tables: readonly Table[], alone: Alone = {}): CheckReport {
  const template = alone.template ?? nationalMinimum;
  return checkDisclosure(
    {
      meta: {
        year: alone.year ?? 2025,
        documentKind: alone.documentKind ?? "单位",
        template: template.id,
        department: {
          name: alone.department ?? "某局",
          ...(alone.departmentCode === undefined ? {} : { code: alone.departmentCode }),
        },
        units: [...(alone.units ?? [])],
      },
      tables: [...tables],
      texts: [],
    },
    {
      profile: alone.profile ?? nationalProfile,
      template,
      ...(alone.catalog === null ? {} : { catalog: alone.catalog ?? catalog2024 }),
    },
  );
}

/** A 部门 document of 某区民政局 (2024) checked under the Henan template and profile, no catalog. */
export const HENAN_DISTRICT: Alone = {
  template: henan2024,
  profile: henan2024Profile,
  catalog: null,
  year: 2024,
  documentKind: "部门",
  department: "某区民政局",
};

/** The report of a 单位 document of the one table, read as {@link readNational} reads it. */
export function checkNational(
  p: PrintedTable,
  options: Partial<ReadOptions> = {},
  department = "某局",
): CheckReport {
  const r = readNational(p, options);
  if (r.table === undefined) throw new Error(p.title);
  return checkAlone([r.table], { department });
}

/** A report's findings above info. */
export const serious = (report: CheckReport): Finding[] =>
  report.findings.filter((f) => f.severity !== "info");

/** The national and the Henan template, each with its profile, named (for `describe.each`). */
export const NATIONAL_AND_HENAN = [
  ["nationalMinimum", nationalMinimum, nationalProfile],
  ["henan2024", henan2024, henan2024Profile],
] as const;

/** A 收支总表's headers: each side's 项目 and its one 预算数. */
export const SUMMARY_HEADERS = ["收入/项目", "收入/预算数", "支出/项目", "支出/预算数"];

/** A 财政拨款收支总表's headers: the spending side by fund (一般公共预算, 政府性基金预算). */
export const FISCAL_HEADERS = [
  "收入/项目",
  "收入/预算数",
  "支出/项目",
  "支出/合计",
  "支出/一般公共预算",
  "支出/政府性基金预算",
];

/** A two-sided table in 万元 ({@link SUMMARY_HEADERS} unless `headers` says). */
export const twoSided = (
  title: string,
  rows: string[][],
  headers: string[] = SUMMARY_HEADERS,
): PrintedTable => ({ title, unit: "万元", headers, rows });

/** A 项目支出预算表 in 万元 (项目名称 | 合计 | 本年拨款/一般公共预算) of `rows`. */
export const projectTable = (rows: readonly (readonly string[])[]): PrintedTable => ({
  title: "2024年项目支出预算表",
  unit: "万元",
  headers: ["项目名称", "合计", "本年拨款/一般公共预算"],
  rows,
});

/** A project's name on three lines of a {@link projectTable}, `amount` in both columns of line `at`. */
export const threeLines = (
  name: readonly [string, string, string],
  at: number,
  amount = "12.00",
): string[][] => name.map((n, i) => [n, i === at ? amount : "", i === at ? amount : ""]);

/** A 部门支出预算表 in 万元 of `rows`, a 单位代码 column between the codes and the names. */
export const unitCodedExpenditure = (rows: readonly (readonly string[])[]): PrintedTable => ({
  title: "2024年部门支出预算表",
  unit: "万元",
  headers: ["科目编码/类", "科目编码/款", "科目编码/项", "单位代码", "单位（科目名称）", "合计"],
  rows,
});

/** Two units of a department 某局 (116): its office 116001 and 116002 某局信息中心. */
export const TWO_UNITS = [
  { code: "116001", name: "某局机关" },
  { code: "116002", name: "某局信息中心" },
] as const;

/** A template and the profile it checks with. */
export type TemplateAndProfile = readonly [Template, Profile];

/** The national, the Henan and the Shanghai template, each with its profile. */
export const THREE_TEMPLATES: readonly TemplateAndProfile[] = [
  [nationalMinimum, nationalProfile],
  [henan2024, henan2024Profile],
  [shanghai, shanghaiProfile],
];

/** {@link THREE_TEMPLATES} but Henan's. */
export const NOT_HENAN = THREE_TEMPLATES.filter(([t]) => t.id !== "henan2024");

/** {@link THREE_TEMPLATES} but Shanghai's: the national and the Henan template. */
export const NOT_SHANGHAI = THREE_TEMPLATES.filter(([t]) => t.id !== "shanghai");

/** `templates` named by their id (for `describe.each`). */
export const byId = (templates: readonly TemplateAndProfile[]) =>
  templates.map(([t, p]) => [t.id, t, p] as const);

/**
 * Each of `printed` read (2024) under `template` with {@link TWO_UNITS}, and those read checked
 * together as a 部门 document of 某局 with the two units, with `profile` and the 2024 catalog.
 */
export function readAndCheckTwoUnits(
  template: Template,
  profile: Profile,
  printed: readonly PrintedTable[],
): { readonly read: ReadResult[]; readonly report: CheckReport } {
  const read = printed.map((p) => readUnder(p, template, { year: 2024, units: [...TWO_UNITS] }));
  const report = checkDisclosure(
    {
      meta: {
        year: 2024,
        documentKind: "部门",
        template: template.id,
        department: { name: "某局", code: "116" },
        units: TWO_UNITS.map((u) => ({ ...u, unitType: "行政" as const })),
      },
      tables: read.flatMap((r) => (r.table === undefined ? [] : [r.table])),
      texts: [],
    },
    { profile, template, catalog: catalog2024 },
  );
  return { read, report };
}

/**
 * The table read (2024) and checked as a 部门 document of 某局 with {@link TWO_UNITS} (as
 * {@link readAndCheckTwoUnits} does), under each of `templates` (the national and the Henan
 * template by default); throws where it is not read.
 */
export function checkUnderTwoUnits(
  p: PrintedTable,
  templates: readonly TemplateAndProfile[] = NOT_SHANGHAI,
): { readonly table: Table; readonly report: CheckReport }[] {
  return templates.map(([template, profile]) => {
    const { read, report } = readAndCheckTwoUnits(template, profile, [p]);
    const table = read[0]?.table;
    if (table === undefined) throw new Error(`not read: ${p.title}`);
    return { table, report };
  });
}

/** The findings above info, as `rule @ row/column` (`-` where the path has none). */
export const seriousAt = (findings: readonly Finding[]): string[] =>
  findings
    .filter((f) => f.severity !== "info")
    .map((f) => `${f.ruleId} @ ${f.path?.row ?? "-"}/${f.path?.column ?? "-"}`);

/** A printed table of `title` in `unit` (`""` for none), its headers and rows copied. */
export const printedTable = (
  title: string,
  unit: string,
  headers: readonly string[],
  rows: readonly (readonly string[])[],
): PrintedTable => ({ title, unit, headers: [...headers], rows: rows.map((r) => [...r]) });

/** `t` with the cell at `row`, `col` printed as `value`. */
export const withCell = (
  t: PrintedTable,
  row: number,
  col: number,
  value: string,
): PrintedTable => ({
  ...t,
  rows: t.rows.map((r, i) => (i === row ? r.map((c, j) => (j === col ? value : c)) : r)),
});
