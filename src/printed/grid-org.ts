import { type Catalog, findByName } from "../catalog";
import { normalizeName } from "../codes";
import { labelKey } from "../templates/wording";
import { accepts, plainText as plain } from "./cells";
import type { PrintedCode } from "./codes";
import type { GridContext } from "./grid";
import { HAN } from "./transposed";

// Which coded rows of a grid are the department's or a unit's rather than 科目 rows: a code that
// begins with the department's, or reads as no 科目 code.

/** A unit code: 3 to 12 digits. @internal */
export const ORG_CODE = /^[0-9]{3,12}$/u;

function isDepartment(code: string, departmentCode: string | undefined): boolean {
  return departmentCode !== undefined && departmentCode !== "" && code.startsWith(departmentCode);
}

/**
 * Whether a code beginning with the department's code is the department's or a unit's: not when
 * it is also a 科目 code (a 人社局 coded 208 prints `208 社会保障和就业支出`, `20805 …`, `2080505 …`
 * like every department) printed beside a 科目's name, or a 款 or 项 under a 科目 row of its 类
 * (`21201 城乡社区管理事务` under `212`, `2120104 城管执法` after `2120101`: the catalog need not know
 * the name) unless it names the caller's unit of that code. The department's own row and its
 * units' name themselves (a unit coded like a 款 of its 类 after that 类's rows is told by the
 * caller's units only).
 */
export function departmentRow(
  code: string,
  parses: boolean,
  row: readonly string[],
  ctx: GridContext,
): boolean {
  if (!isDepartment(code, ctx.departmentCode)) return false;
  if (!parses) return true;
  if (namesSubject(row, ctx)) return false;
  // a 款 or 项 under a 科目 row of its 类 (`21201` under `212`, `2120104` after `2120101`): a 科目,
  // unless it names the caller's unit of that code
  const above = ctx.above;
  if (above === undefined || code.length < 5 || code.slice(0, 3) !== above.slice(0, 3)) return true;
  return ctx.unitNames?.get(labelKey(nameOf(row, ctx))) === code;
}

/** The text of a row's name cell (empty when it prints none). */
function nameOf(row: readonly string[], ctx: GridContext): string {
  const at = ctx.columns.find((c) => c.column?.role === "name")?.index;
  return at === undefined ? "" : (row[at] ?? "").trim();
}

/**
 * Whether a row's name cell names a 科目, not a unit: a name ending as a 科目's (`…支出`) or one
 * the catalog knows (`行政运行`, `城乡社区管理事务`).
 */
function namesSubject(row: readonly string[], ctx: GridContext): boolean {
  return isSubjectName(nameOf(row, ctx), ctx.catalog);
}

/**
 * Whether a printed name is a 科目's: Han text ending as a 科目's (`…支出`) or one the catalog knows
 * (`行政运行`). @internal
 */
export function isSubjectName(name: string, catalog: Catalog | undefined): boolean {
  if (name === "" || !HAN.test(name)) return false;
  if (normalizeName(name).endsWith("支出")) return true;
  return catalog !== undefined && findByName(catalog, name).length > 0;
}

/**
 * A code that failed to parse but reads as a unit code (`116` in a 类 column); not one of no
 * code's length printed beside a 科目's name (`212010 行政运行`) or in the 类 of the 科目 row above
 * (`2120` under `212`): a misprinted 科目 code, reported as such, never a unit heading the rows
 * below.
 */
export function orgLike(c: PrintedCode, row: readonly string[], ctx: GridContext): boolean {
  if (!accepts(ctx.kind, "org") || c.filled !== 1 || !ORG_CODE.test(plain(c.raw))) return false;
  if (departmentRow(plain(c.raw), c.result.ok, row, ctx)) return true;
  if (c.result.ok) return false;
  const error = c.result.error.code;
  // a code of no code's length in the 类 of the 科目 row above (`2120` under `212`), or beside a
  // 科目's name, is that 科目's misprint
  const raw = plain(c.raw);
  // one of the caller's units (`208002` of a 人社局 coded 208, under a 科目 row of 类 208)
  if (ctx.unitNames !== undefined && [...ctx.unitNames.values()].includes(raw)) return true;
  // (a unit code has 6 digits or more: below that, none of the 类's rows)
  const sameClass =
    ctx.above !== undefined && raw.length < 6 && raw.startsWith(ctx.above.slice(0, 3));
  if (error === "bad-length" && (sameClass || namesSubject(row, ctx))) return false;
  return error === "wrong-system" || error === "bad-length";
}
