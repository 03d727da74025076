/**
 * What in a row's cells may tell it from another row of its key, where the template has no
 * place for it: a column the kind does not have (`extra:<header>`) printing a unit's name
 * (`单位名称`), another classification's code (`功能科目编码`), a 资金性质. Two rows of one key
 * that print different such text are two rows, not one statement printed twice.
 */
import { parseAmount } from "../amount";
import { isNoValue } from "../amount/parse";
import { type CodeSystem, normalizeName, parseCode } from "../codes";

/** The prefix of a cell key under a column the kind does not have. */
const EXTRA = "extra:";

/** A code as printed in a column the kind does not have: digits, spaced or joined (`201 01 01`). */
const CODE = /^[0-9][0-9 .-]*$/u;

const SYSTEMS: readonly CodeSystem[] = ["functional", "departmental", "government"];

/**
 * Whether a cell prints a 科目 code of a classification (`2010101`, `201 01 01`, `30101`): no row
 * number (`1`, `12`), which a column of its own (序号, 行次) prints on every row. @internal
 */
export function isClassCode(v: string): boolean {
  if (!CODE.test(v)) return false;
  const digits = v.replace(/[ .-]/gu, "");
  return SYSTEMS.some((s) => parseCode(s, digits).ok);
}

/** Words of a header whose cells name something (a code, a number, a name), not a measure. */
const NAMING_WORDS = ["编码", "代码", "编号", "名称"];

/**
 * Whether a cell under a column the kind does not have names what its row is of: text that is
 * no figure (`宁波市鄞州区实验小学`, `一般公共预算`), a 科目 code (`2050203`), or any print under a
 * header naming a code or a name (`单位编码`: `105002`). A figure under any other header (an
 * unread amount column) is a measure: rows printing other figures there state other figures.
 */
function names(column: string, raw: string): boolean {
  const v = raw.trim();
  if (isNoValue(v)) return false;
  if (isClassCode(v)) return true;
  const header = column.slice(EXTRA.length);
  if (NAMING_WORDS.some((w) => header.includes(w))) return true;
  return !parseAmount(v, "万元").ok;
}

/**
 * The cells of a row under columns the kind does not have that may tell it from another row of
 * its key (see {@link names}), by column key, names compared without spacing or brackets
 * (`实验 小学` is `实验小学`). Empty when there is none (most rows). @internal
 */
export function apartCells(cells: Readonly<Record<string, string>>): ReadonlyMap<string, string> {
  let out: Map<string, string> | undefined;
  for (const column in cells) {
    if (!column.startsWith(EXTRA)) continue;
    const raw = cells[column];
    if (typeof raw !== "string" || !names(column, raw)) continue;
    out ??= new Map();
    out.set(column, normalizeName(raw));
  }
  return out ?? NONE;
}

const NONE: ReadonlyMap<string, string> = /*#__PURE__*/ new Map();

/** {@link apartCells} as one text (`""` when there is none), equal for rows told apart by nothing. @internal */
export function apartText(cells: Readonly<Record<string, string>>): string {
  const apart = apartCells(cells);
  if (apart.size === 0) return "";
  let out = "";
  for (const [column, v] of [...apart].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    out += `${column}=${v}\u0000`;
  return out;
}

/**
 * The first column where two rows' {@link apartCells} differ (one printing text the other does
 * not print there counts); `undefined` when none does. @internal
 */
export function apartColumn(
  a: ReadonlyMap<string, string>,
  b: ReadonlyMap<string, string>,
): string | undefined {
  for (const [column, v] of a) if (b.get(column) !== v) return column;
  for (const column of b.keys()) if (!a.has(column)) return column;
  return undefined;
}
