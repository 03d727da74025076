/**
 * A 类 or 款 named by its name alone, right before its figure (`其中：一般公共服务支出648.00万元，
 * 教育支出1,234.56万元`): read as if printed with its level (`一般公共服务支出（类）648.00万元`), where
 * the name is one the tables print as a functional row or the catalog knows, and nothing but the
 * name (and a few filler words) stands between the clause's start and the figure.
 */
import { findByName } from "../catalog";
import { normalizeName } from "../codes";
import type { NameIndex } from "./paths";
import type { Reader } from "./reader";
import type { WordToken } from "./scan";
import { resolve } from "./subject";

/** The longest name looked up (a 款's name is at most about 20 characters). */
const MAX_NAME = 24;

/**
 * Words a list item may open with before the name (`其中一般公共服务支出…`, `包括教育支出…`,
 * `…635.07万元和社会保障和就业支出73.69万元`).
 */
const LEADS = ["其中", "包括", "包含", "以及", "含", "和", "及", "与"];

/** Words between the name and its figure (`教育支出为…`, `教育支出预算安排…`), longest first. */
const FILLERS = [
  "预算数为",
  "预算安排",
  "安排资金",
  "预算为",
  "预算数",
  "合计为",
  "共计",
  "合计",
  "预算",
  "安排",
  "为",
  "是",
];

/**
 * Names never read alone: a 其他 is a 科目 only under its parent (`其他支出` is also an economic
 * 科目's name).
 */
const NOT_ALONE = ["其他", "其它"];

/** The word a 类's name ends with, which the lexicon also reads as a measure's (`支出预算`). */
const SPENDING = "支出";

/** The shortest name read alone (`体育`, `水利` could be any word; a label such as `教育` too). */
const MIN_NAME = 4;

/** A name without the list word it opens with (`其中`, `和`). @internal */
export function withoutLead(name: string): string {
  const lead = LEADS.find((w) => name.startsWith(w));
  return lead === undefined ? name : name.slice(lead.length);
}

/**
 * Whether the clause's path has had its figure (the last claim is of it): a level printed after
 * it starts another path (`…（类）635.07万元和社会保障和就业支出（类）73.69万元`). @internal
 */
export function pathSpent(r: Reader): boolean {
  const last = r.claims.at(-1);
  return (
    r.cl.path.length > 0 &&
    last?.kind === "amount" &&
    last.path !== undefined &&
    last.path === r.cl.resolved
  );
}

/**
 * Whether the tables print `name` as a functional row, or the catalog has it as a 科目's name or
 * a former one (not a short label: `教育` for 教育支出).
 */
function known(index: NameIndex, name: string): boolean {
  if (name.length < MIN_NAME || NOT_ALONE.some((w) => name.startsWith(w))) return false;
  if (index.tables.has(normalizeName(name))) return true;
  if (index.catalog === undefined) return false;
  return findByName(index.catalog, name).some(
    (m) => m.matched === "name" || (m.alias?.name.length ?? 0) >= MIN_NAME,
  );
}

/**
 * Whether the measure word at `t` (`支出预算`, `支出合计`) ends a known 科目's name the clause
 * prints before it (`教育支出预算安排…`): the name's, not the document's spending. @internal
 */
export function endsName(r: Reader, t: WordToken): boolean {
  const c = r.text.text;
  if (!c.startsWith(SPENDING, t.s) || t.e === t.s + SPENDING.length) return false;
  const { cl } = r;
  if (cl.path.length > 0 || cl.measure !== undefined) return false;
  let start = r.segStart;
  if (cl.fund !== undefined && cl.fund.e > start && cl.fund.e <= t.s) start = cl.fund.e;
  if (t.s - start > MAX_NAME) return false;
  const lead = LEADS.find((w) => c.startsWith(w, start));
  const name = c.slice(start + (lead?.length ?? 0), t.s + SPENDING.length);
  r.steps.n += name.length;
  return known(r.index, name);
}

/** The name the clause prints from `from` to `end`, without lead and filler words. */
function nameBefore(r: Reader, end: number, from: number): string | undefined {
  const { cl } = r;
  let start = from;
  // `一般公共预算教育支出…`: the fund before the name is the clause's (read as for a level)
  if (cl.fund !== undefined && cl.fund.e > start && cl.fund.e <= end) start = cl.fund.e;
  if (end - start > MAX_NAME + 8) return undefined;
  let name = r.text.text.slice(start, end);
  r.steps.n += name.length;
  name = withoutLead(name);
  // `一般公共服务支出：635.07万元`: a label's colon (`labelColon`)
  if (name.endsWith("：") || name.endsWith(":")) name = name.slice(0, -1);
  const filler = FILLERS.find((w) => name.endsWith(w));
  if (filler !== undefined) name = name.slice(0, -filler.length);
  if (name.length < 2 || name.length > MAX_NAME) return undefined;
  return name;
}

/**
 * Before an amount, or the comparison of a clause (`教育支出比上年增加…`, `…同比增长…`), that names
 * no measure, 科目 or use: when the words from `from` (where the clause or the text after its last
 * name or figure starts) to `end` are a known 类 or 款 name, the clause's path is that name (the
 * level whose width resolves it). Not in a `分别` list, a `主要用于` / `主要包括` list (a use's money
 * is a part of the 科目, not its figure), nor after a negation. @internal
 */
export function bareName(r: Reader, end: number, from: number): void {
  const { cl, sent } = r;
  const own = cl.path.length > 0 && afterOwnFigure(r, end, from);
  if (cl.path.length > 0 && !own) return;
  const open =
    !cl.pathUnknown &&
    cl.measure === undefined &&
    !cl.negated &&
    cl.change === undefined &&
    !cl.compare &&
    !cl.share &&
    !cl.balance &&
    cl.none === undefined &&
    !sent.purpose &&
    sent.composed === undefined &&
    sent.respective === undefined &&
    !r.heading;
  const name = open ? nameBefore(r, end, from) : undefined;
  const level =
    name === undefined || !known(r.index, name)
      ? undefined
      : (["类", "款"] as const).find((l) => resolve(r, [{ level: l, name }]) !== null);
  if (name !== undefined && level !== undefined) {
    cl.path = [{ level, name }];
    delete cl.resolved;
  } else if (own) {
    // `一般公共服务支出（类）635.07万元和其他支出73.69万元`: words the reader cannot read name
    // the figure after the path's own, not the path
    cl.path = [];
    cl.pathUnknown = true;
    delete cl.resolved;
  }
}

/**
 * Whether the figure at `end` follows, in its clause, the figure of the clause's path with words
 * between them (`一般公共服务支出635.07万元和社会保障和就业支出73.69万元`): those words name it, not
 * the path (a change or comparison of the path, `…635.07万元比上年增加…`, is the path's).
 */
function afterOwnFigure(r: Reader, end: number, from: number): boolean {
  const { cl } = r;
  if (end <= from || cl.change !== undefined || cl.compare || cl.measure !== undefined)
    return false;
  return pathSpent(r);
}
