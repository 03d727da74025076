import { type CodeError, type CodeSystem, parseCode } from "../codes";
import type { RowKey } from "../disclosure";
import type { TableKind } from "../templates";
import { accepts, isTotalLabel, labelOf } from "./cells";
import { type PrintedCode, readRowCodes } from "./codes";
import type { ColumnMatch } from "./headers";
import type { ReadProblem } from "./problems";

/** What the grid reader needs besides the row. @internal */
export interface GridContext {
  readonly kind: TableKind;
  readonly columns: readonly ColumnMatch[];
  readonly departmentCode: string | undefined;
  /** Whether this is the first non-blank printed row (an unlabelled first row is the total). */
  readonly first: boolean;
}

/** A placed grid row: its key (an indicator's index is filled in by the caller). @internal */
export interface GridPlacement {
  readonly key: RowKey | undefined;
  readonly name: string | undefined;
  /** A value cell that was read as the row key (a unit code printed under 类型), blanked. */
  readonly consumed: number | undefined;
  readonly problems: readonly ReadProblem[];
}

const ORG_CODE = /^[0-9]{3,12}$/u;
const PROJECT_CODE = /^[0-9A-Za-z]{13,}$/u;

function isDepartment(code: string, departmentCode: string | undefined): boolean {
  return departmentCode !== undefined && departmentCode !== "" && code.startsWith(departmentCode);
}

function malformed(
  c: PrintedCode,
  error: CodeError,
  index: number,
  row: readonly string[],
): ReadProblem {
  const path = { row: index, cell: c.cell };
  return { code: "malformed-code", severity: "error", path, system: c.system, error, cells: row };
}

/** A code that failed to parse but reads as a unit code (`116` in a 类 column). */
function orgLike(c: PrintedCode, ctx: GridContext): boolean {
  if (!accepts(ctx.kind, "org") || c.filled !== 1 || !ORG_CODE.test(c.raw)) return false;
  if (isDepartment(c.raw, ctx.departmentCode)) return true;
  return (
    !c.result.ok && (c.result.error.code === "wrong-system" || c.result.error.code === "bad-length")
  );
}

function fromCodes(
  codes: readonly PrintedCode[],
  row: readonly string[],
  index: number,
  ctx: GridContext,
): { key: RowKey | undefined; problems: ReadProblem[] } {
  const get = (s: CodeSystem) => codes.find((c) => c.system === s);
  for (const c of codes)
    if (orgLike(c, ctx)) return { key: { kind: "org", code: c.raw }, problems: [] };
  const functional = get("functional");
  if (functional !== undefined && accepts(ctx.kind, "functional")) {
    const r = functional.result;
    if (r.ok) return { key: { kind: "functional", code: r.value.value }, problems: [] };
    return { key: undefined, problems: [malformed(functional, r.error, index, row)] };
  }
  const econ = get("departmental");
  if (econ !== undefined && accepts(ctx.kind, "economic")) {
    if (!econ.result.ok)
      return { key: undefined, problems: [malformed(econ, econ.result.error, index, row)] };
    const key = { kind: "economic", econ: econ.result.value.value } as const;
    const gov = get("government");
    if (gov === undefined) return { key, problems: [] };
    if (gov.result.ok) return { key: { ...key, gov: gov.result.value.value }, problems: [] };
    return { key, problems: [malformed(gov, gov.result.error, index, row)] };
  }
  const problems: ReadProblem[] = [];
  for (const c of codes) if (!c.result.ok) problems.push(malformed(c, c.result.error, index, row));
  if (problems.length === 0) problems.push(unplaced(index, row));
  return { key: undefined, problems };
}

function unplaced(index: number, row: readonly string[]): ReadProblem {
  return { code: "unplaced-row", severity: "error", path: { row: index }, cells: row };
}

function fromOrgColumn(
  code: string,
  name: string | undefined,
  ctx: GridContext,
): RowKey | undefined {
  if (isDepartment(code, ctx.departmentCode) && accepts(ctx.kind, "org"))
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

/** A unit code printed in a value column (a merged cell the text layer put under 类型). */
function mergedOrg(row: readonly string[], ctx: GridContext): number | undefined {
  if (!accepts(ctx.kind, "org")) return undefined;
  const hit = ctx.columns.find((c) => {
    return c.column?.role === "attribute" && ORG_CODE.test((row[c.index] ?? "").trim());
  });
  return hit?.index;
}

/**
 * Places one row of a grid table (a table without lines): by its codes, its unit code, a total
 * label, a project name, or as an indicator continuation line, in that order.
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
  const codes = readRowCodes(row, ctx.columns);
  if (codes.length > 0) return { ...fromCodes(codes, row, index, ctx), ...none };
  const orgCell = ctx.columns.find(
    (c) => c.column?.role === "org" && (row[c.index] ?? "").trim() !== "",
  );
  if (orgCell !== undefined) {
    const code = (row[orgCell.index] ?? "").trim();
    const key = fromOrgColumn(code, name, ctx);
    if (key !== undefined) return { key, problems: [], ...none };
    return { key: undefined, problems: [unplaced(index, row)], ...none };
  }
  if (name !== undefined && isTotalLabel(name) && accepts(ctx.kind, "total")) {
    return { key: { kind: "total" }, problems: [], ...none };
  }
  const merged = mergedOrg(row, ctx);
  if (merged !== undefined) {
    const code = (row[merged] ?? "").trim();
    return { key: { kind: "org", code }, problems: [], consumed: merged, name };
  }
  if (name !== undefined && accepts(ctx.kind, "project")) {
    return { key: { kind: "project", name: name.trim() }, problems: [], ...none };
  }
  if (accepts(ctx.kind, "single")) return { key: { kind: "single" }, problems: [], ...none };
  const hasText = ctx.columns.some(
    (c) => c.column?.role === "text" && (row[c.index] ?? "").trim() !== "",
  );
  if (name === undefined && hasText && accepts(ctx.kind, "indicator")) {
    return { key: { kind: "indicator", index: 0 }, problems: [], ...none };
  }
  if (name === undefined && ctx.first && accepts(ctx.kind, "total")) {
    return { key: { kind: "total" }, problems: [], ...none };
  }
  return { key: undefined, problems: [unplaced(index, row)], ...none };
}
