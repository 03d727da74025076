import type { Catalog } from "../catalog";
import { type CodeSystem, parseCode } from "../codes";
import type { RowKey } from "../disclosure";
import type { TableKind } from "../templates";
import { labelKey } from "../templates/wording";
import {
  accepts,
  endsAsTotal,
  grandTotalStem,
  isTotalLabel,
  labelOf,
  plainText as plain,
} from "./cells";
import { type CarriedSegments, type PrintedCode, readRowCodes } from "./codes";
import { isEconomicRow } from "./economic-rows";
import { departmentRow, namesOrganisation, ORG_CODE, orgLike } from "./grid-org";
import { givenCode, mergedOrg, unitInName } from "./grid-units";
import type { ColumnMatch } from "./headers";
import { listsProjects } from "./lists-projects";
import { namesDepartment } from "./org-total";
import { codeOf } from "./other-system";
import type { ReadProblem } from "./problems";
import { namesOwnTotal } from "./project-total-names";
import { headingInKeyColumns } from "./unit-heading";
import { isValueHeading } from "./value-headings";

/** What the grid reader needs besides the row. @internal */
export interface GridContext {
  readonly kind: TableKind;
  readonly columns: readonly ColumnMatch[];
  readonly departmentCode: string | undefined;
  /** Whether this is the first non-blank printed row (an unlabelled first row is the total). */
  readonly first: boolean;
  /** The code segments of the code row above, for code cells merged with it (`readRowCodes`). */
  readonly carried?: CarriedSegments;
  /** The codes of the units the caller named, by their name's label key (`ReadOptions.units`). */
  readonly unitNames?: ReadonlyMap<string, string> | undefined;
  /** The codes of the units the caller named (`ReadOptions.units`), a name shared or not. */
  readonly unitCodes?: ReadonlySet<string> | undefined;
  /** The economic 类 a table by function prints by name (`economicClasses`). */
  readonly economic?: ReadonlySet<string> | undefined;
  /** The catalog the caller gave (`ReadOptions.catalog`): which names are 科目's. */
  readonly catalog?: Catalog | undefined;
  /** The 科目 code of the row read just above, if it was a 科目 row. */
  readonly above?: string | undefined;
  /**
   * Whether the table prints a figure on one row at most. A kind of several row kinds reads a
   * row it cannot place otherwise as its one line (`single`) only then: several such rows (款 by
   * name alone, units the caller did not name) are no one line each (unplaced, not duplicates).
   * Absent: as `true`.
   */
  readonly lone?: boolean | undefined;
  /**
   * How many rows of the table are labelled as an organisation's total (`某局机关合计`,
   * `某局信息中心合计`): with more than one, each is a unit's, none the table's. Absent: as 0.
   */
  readonly orgTotals?: number | undefined;
  /** The printed rows that may head their unit's projects as well as be the first (`ambiguousRunHeads`). */
  readonly runHeads?: ReadonlySet<number> | undefined;
}

/**
 * A placed grid row: its key (an indicator's index is filled in by the caller; a row the reader
 * could not place is an `unplaced` key, kept with its cells). @internal
 */
export interface GridPlacement {
  readonly key: RowKey;
  readonly name: string | undefined;
  /** A value cell that was read as the row key (a unit code printed under 类型), blanked. */
  readonly consumed: number | undefined;
  readonly problems: readonly ReadProblem[];
}

const PROJECT_CODE = /^[0-9A-Za-z]{13,}$/u;

type Keyed = { key: RowKey; problems: ReadProblem[] };

function unplaced(label: string, problems: ReadProblem[]): Keyed {
  return { key: { kind: "unplaced", label }, problems };
}

function fromCodes(
  codes: readonly PrintedCode[],
  row: readonly string[],
  index: number,
  ctx: GridContext,
): Keyed {
  const get = (s: CodeSystem) => codes.find((c) => c.system === s);
  // An economic 科目 in a table by function (`301 | 工资福利支出`): no unit's, left unplaced.
  for (const c of codes)
    if (isEconomicRow(c, ctx.economic)) return unplaced(c.raw, [unplacedProblem(index, row)]);
  for (const c of codes)
    if (orgLike(c, row, ctx)) return { key: { kind: "org", code: plain(c.raw) }, problems: [] };
  const problems: ReadProblem[] = [];
  const functional = get("functional");
  if (functional !== undefined && accepts(ctx.kind, "functional")) {
    const code = codeOf(functional, index, row, problems);
    return code === undefined
      ? unplaced(functional.raw, problems)
      : { key: { kind: "functional", code }, problems };
  }
  const econ = get("departmental");
  if (econ !== undefined && accepts(ctx.kind, "economic")) {
    const code = codeOf(econ, index, row, problems);
    if (code === undefined) return unplaced(econ.raw, problems);
    const gov = get("government");
    const govCode = gov === undefined ? undefined : codeOf(gov, index, row, problems);
    return {
      key:
        govCode === undefined
          ? { kind: "economic", econ: code }
          : { kind: "economic", econ: code, gov: govCode },
      problems,
    };
  }
  for (const c of codes) codeOf(c, index, row, problems);
  if (problems.length === 0) problems.push(unplacedProblem(index, row));
  return unplaced(codes.map((c) => c.raw).join(" "), problems);
}

/** Whether the table prints a column of values (a 类型 column). */
const printsValues = (ctx: GridContext): boolean =>
  ctx.columns.some((c) => c.column?.role === "attribute" && c.column.values !== undefined);

function unplacedProblem(
  index: number,
  row: readonly string[],
  severity: "warning" | "info" = "warning",
): ReadProblem {
  return { code: "unplaced-row", severity, path: { row: index }, cells: row };
}

function fromOrgColumn(
  code: string,
  name: string | undefined,
  row: readonly string[],
  ctx: GridContext,
): RowKey | undefined {
  const subject = accepts(ctx.kind, "economic") && parseCode("departmental", code).ok;
  if (departmentRow(code, subject, row, ctx) && accepts(ctx.kind, "org"))
    return { kind: "org", code };
  if (accepts(ctx.kind, "economic")) {
    const econ = parseCode("departmental", code);
    if (econ.ok) return { kind: "economic", econ: econ.value.value };
  }
  if (accepts(ctx.kind, "project") && PROJECT_CODE.test(code) && name !== undefined) {
    return { kind: "project", name: name.trim(), code };
  }
  if (accepts(ctx.kind, "org") && ORG_CODE.test(code)) return { kind: "org", code };
  return undefined;
}

/** The id of the kind's line a grid row's label names (a labelled footer: 人员经费合计). */
function labelledLine(kind: GridContext["kind"], label: string): string | undefined {
  const norm = labelKey(label);
  return kind.lines?.find((l) => l.labels.some((x) => labelKey(x) === norm))?.id;
}

/** A cell printing a figure or nothing (a column of another period's figures beside a label). */
const FIGURE_LIKE = /^[-+−—–\d,.\s%()（）]*$/u;

/**
 * A total label (`合计`, `总 计`) printed in the code columns (a merged cell over 类 / 款 / 项), or,
 * where the row prints no name, in the columns that print no figure (a merged cell given in its
 * first column: `合计` under 项目单位 or 单位名称, left of the names).
 */
function totalInCodeColumns(row: readonly string[], ctx: GridContext, named: boolean): boolean {
  const text = ctx.columns
    .filter((c) =>
      named || c.column?.role === "code"
        ? c.column?.role === "code"
        : c.column?.role !== "amount" &&
          c.column?.role !== "name" &&
          !FIGURE_LIKE.test(row[c.index] ?? ""),
    )
    .map((c) => row[c.index] ?? "")
    .join("");
  return text.trim() !== "" && isTotalLabel(text);
}

/**
 * A 科目 code at a cell's start followed by its name (`201 一般公共服务支出`, `2010601行政运行`,
 * `208.05.01行政单位离退休`).
 */
const CODE_AND_NAME = /^[0-9]{3}(?:[-.]?[0-9]{2}){0,2}[^0-9.,，:：%-]/u;

/**
 * Whether a row prints a code with its name in a column the template does not list (code and
 * name in one cell under `功能分类科目`): such a row is a 科目 row, never an unlabelled total.
 */
function printsCode(row: readonly string[], ctx: GridContext): boolean {
  return ctx.columns.some(
    (c) =>
      (c.column === undefined || c.column.role === "name") &&
      CODE_AND_NAME.test(plain((row[c.index] ?? "").slice(0, 24))),
  );
}

/** A text opening with a figure (a code, perhaps misprinted): the code reader's. */
const DIGIT_START = /^[0-9]/u;

/**
 * A row printing no name whose code columns print a name (a heading merged over the code and name
 * columns, given in the first: `301002 某区第一中学`, `单位名称：某中学`, a 小计 or a 类's name
 * printed with no code), placed by that name: a unit's row where it names one (see
 * {@link unitInName}), a line where it is one's label (`人员经费` over its section of the
 * 基本支出表), else kept unplaced under that name (a unit's heading the caller did not
 * name heads its rows as such: `unitSections`), never read as a misprinted code. A text opening
 * with a figure that names no unit is left to the code reader.
 */
function headingOverCodes(
  row: readonly string[],
  index: number,
  ctx: GridContext,
): GridPlacement | undefined {
  const text = headingInKeyColumns(row, ctx.columns);
  if (text === undefined) return undefined;
  const none = { consumed: undefined, name: text };
  const unit = unitInName(text, ctx);
  if (unit !== undefined) return { key: { kind: "org", code: unit }, problems: [], ...none };
  const line = labelledLine(ctx.kind, text);
  if (line !== undefined) return { key: { kind: "line", line }, problems: [], ...none };
  if (DIGIT_START.test(text.normalize("NFKC"))) return undefined;
  return { ...unplaced(text, [unplacedProblem(index, row)]), ...none };
}

/**
 * Places one row of a grid table (a table without lines): by a total label (in the name or the
 * code columns), its codes, its unit code, a project name, or as an indicator continuation line,
 * in that order. A row it cannot place is kept as an `unplaced` row with a problem.
 * @internal
 */
export function placeGridRow(
  row: readonly string[],
  index: number,
  ctx: GridContext,
): GridPlacement {
  const label = labelOf(row, ctx.columns);
  const name = label?.text;
  const none = { consumed: undefined, name };
  if (accepts(ctx.kind, "total") && totalInCodeColumns(row, ctx, name !== undefined)) {
    return { key: { kind: "total" }, problems: [], ...none };
  }
  const spanned = name === undefined ? headingOverCodes(row, index, ctx) : undefined;
  if (spanned !== undefined) return spanned;
  const codes = readRowCodes(row, ctx.columns, ctx.carried);
  if (codes.length > 0) return { ...fromCodes(codes, row, index, ctx), ...none };
  const orgCell = ctx.columns.find(
    (c) => c.column?.role === "org" && (row[c.index] ?? "").trim() !== "",
  );
  // In a table of projects listed under units (`单位编码 | 项目名称 | …`), a row's unit code is
  // its unit's, read by `unitColumns`: a row naming a project is placed by its name below; one
  // naming the unit itself (`116001 | 某局机关`) is the unit's.
  const underUnit =
    name !== undefined &&
    listsProjects(ctx.kind, ctx.columns) &&
    !namesOrganisation(name) &&
    unitInName(name, ctx) === undefined;
  if (orgCell !== undefined) {
    const code = plain(row[orgCell.index] ?? "");
    const key = fromOrgColumn(code, name, row, ctx);
    if (key !== undefined && !(underUnit && key.kind === "org"))
      return { key, problems: [], ...none };
    if (!underUnit) return { ...unplaced(code, [unplacedProblem(index, row)]), ...none };
    // Its figures the sum of its unit's rows below: its heading or its first project, not told.
    if (ctx.runHeads?.has(index) === true)
      return { ...unplaced(name.trim(), [unplacedProblem(index, row)]), ...none };
  }
  if (name !== undefined && isTotalLabel(name) && accepts(ctx.kind, "total")) {
    return { key: { kind: "total" }, problems: [], ...none };
  }
  const merged = mergedOrg(row, name, ctx);
  // A code printed under 类型 that the caller gave, or the department's, decides: a name beside it
  // may be another's (`116001 | 某局`, the office printed with the department's name, the caller
  // naming it `某局（本级）`); the name is looked up only where no such code is printed.
  const unit =
    name === undefined || (merged !== undefined && givenCode(merged, ctx))
      ? undefined
      : unitInName(name, ctx);
  if (unit !== undefined) {
    // Its code printed under 类型 besides (`116 | 某单位`): that cell is the unit's, no 类型.
    const consumed = merged?.code === unit ? merged.index : undefined;
    return { key: { kind: "org", code: unit }, problems: [], consumed, name };
  }
  if (merged !== undefined) {
    const key: RowKey = { kind: "org", code: merged.code };
    return { key, problems: [], consumed: merged.index, name: name ?? merged.name };
  }
  // The first row labelled as an organisation's total (`某县农业农村局合计`): the table's; never a
  // part's (`人员经费合计` heading its rows).
  const stem = name === undefined || !ctx.first ? undefined : grandTotalStem(name);
  if (stem !== undefined && accepts(ctx.kind, "total") && namesDepartment(stem, ctx))
    return { key: { kind: "total" }, problems: [], ...none };
  if (name !== undefined && accepts(ctx.kind, "project")) {
    // A heading naming a 项目类型 over its projects (its subtotal beside) in a table printing no
    // 类型 column is no project (with the column, its subtotal is told by its sum: see
    // `project-unit-sums`).
    if (!printsValues(ctx) && isValueHeading(name, ctx.kind))
      return { ...unplaced(name.trim(), [unplacedProblem(index, row, "info")]), ...none };
    // A label ending as a total's (`小计`, `某中心（本级）小计`, `其他运转类小计`, `某局合计`) closes
    // a group of projects, never names one: left unplaced for the unit's section to read it
    // (`unitSubtotals`: its unit's row), or a 类型's group heading (`valueGroupHeadings`).
    // …but a project's own name closing in a bracketed total word (`某补助资金（合计）`) names one.
    if (endsAsTotal(labelKey(name)) && !namesOwnTotal(name, ctx.kind, ctx.unitNames)) {
      const severity = isValueHeading(name, ctx.kind) ? "info" : "warning";
      return { ...unplaced(name.trim(), [unplacedProblem(index, row, severity)]), ...none };
    }
    return { key: { kind: "project", name: name.trim() }, problems: [], ...none };
  }
  if (accepts(ctx.kind, "single") && (ctx.kind.rowKinds.length === 1 || ctx.lone !== false))
    return { key: { kind: "single" }, problems: [], ...none };
  const hasText = ctx.columns.some(
    (c) => c.column?.role === "text" && (row[c.index] ?? "").trim() !== "",
  );
  if (name === undefined && hasText && accepts(ctx.kind, "indicator")) {
    return { key: { kind: "indicator", index: 0 }, problems: [], ...none };
  }
  if (name === undefined && ctx.first && accepts(ctx.kind, "total") && !printsCode(row, ctx)) {
    return { key: { kind: "total" }, problems: [], ...none };
  }
  const labelled = name === undefined ? undefined : labelledLine(ctx.kind, name);
  if (labelled !== undefined)
    return { key: { kind: "line", line: labelled }, problems: [], ...none };
  // A heading printing a 项目类型 in its column and no name: the group's, noted at info.
  const value = ctx.columns.find(
    (c) => c.column?.role === "attribute" && (row[c.index] ?? "").trim() !== "",
  );
  const heading =
    name === undefined && value !== undefined && isValueHeading(row[value.index] ?? "", ctx.kind);
  return {
    ...unplaced(name?.trim() ?? "", [unplacedProblem(index, row, heading ? "info" : "warning")]),
    ...none,
  };
}
