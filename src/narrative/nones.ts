/**
 * A none after its measure, ending its clause (`因公出国（境）费未安排`, `公务接待费：无`,
 * `公务用车购置费预算为零`): the measure's figure is none, as `无公务接待费` says before it. Only
 * a few words may stand between the none word and the clause's end (`未安排预算`); anything else
 * (`无明显变化`, `无超支`) says something else of the measure.
 */
import type { Reader } from "./reader";
import type { WordToken } from "./scan";

/** What may follow a none after its measure before the clause ends (`未安排预算`, `无此项支出`). */
const TAILS: ReadonlySet<string> = new Set([
  "",
  "预算",
  "安排",
  "预算安排",
  "安排预算",
  "此项预算",
  "此项支出",
  "该项支出",
  "此项",
  "该项",
  "支出",
]);
/** The longest of {@link TAILS} with its break: a longer tail is never looked at in full. */
const MAX_TAIL = 6;
const BREAKS = "，,、；;：:。！？!?\n";

/**
 * The none word `t` after the clause's measure, its figure not yet given and no change, comparison
 * or share in the clause: a none of that measure if the clause ends soon after (`noneEnds`).
 * @internal
 */
export function noneAfter(r: Reader, t: WordToken): boolean {
  const { cl } = r;
  if (cl.measure === undefined || cl.claimed || cl.change !== undefined) return false;
  if (cl.compare || cl.share || cl.negated || cl.balance) return false;
  cl.none = { s: t.s, e: t.e, measure: cl.measure.subjects, after: true };
  return true;
}

/**
 * Whether the clause ending at `next` ends a none after its measure: only a tail of
 * {@link TAILS} stands between the none word and the break. @internal
 */
export function noneEnds(c: string, e: number, next: number): boolean {
  if (next - e > MAX_TAIL + 1) return false;
  let end = next;
  while (end > e && BREAKS.includes(c.charAt(end - 1))) end--;
  return TAILS.has(c.slice(e, end));
}

/** Words after a none's measure that make it the exception, not the none (`无公务接待费以外的支出`). */
const EXCEPT = ["以外", "之外", "外的", "外其他"];

/** Whether the measure of a none before it (ending at `e`) is its exception (`无…以外的…`). @internal */
export const noneExcept = (c: string, e: number): boolean => EXCEPT.some((w) => c.startsWith(w, e));
