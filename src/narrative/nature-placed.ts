/**
 * A figure followed by the nature of spending it is placed in (`公务接待费1.50万元在基本支出中安排`,
 * `由项目支出安排`, `列入基本支出`): the measure's part in basic or project spending, which the
 * reader has no name for. The words are data. @internal
 */
import { crossed } from "./lex";
import type { Reader } from "./reader";
import type { ClaimSubject } from "./types";

/** The words placing a figure in a nature of spending, right after it. */
const NATURE_PLACED: readonly string[] = /*#__PURE__*/ crossed(
  ["在", "由", "从", "列入", "计入", "纳入", "通过"],
  ["基本支出", "项目支出"],
);

/** Whether the words right after a figure ending at `e` place it in a nature of spending. @internal */
export const placedInNature = (c: string, e: number): boolean =>
  NATURE_PLACED.some((w) => c.startsWith(w, e));

/** Basic or project spending as a whole (`基本支出`, `项目支出`): a nature a 三公 measure is split by. */
const wholeNature = (s: ClaimSubject): boolean =>
  s.concept === "spending" && (s.coords.nature === "basic" || s.coords.nature === "project");
const sanGong = (s: ClaimSubject): boolean => s.concept === "sanGong";

/** A nature right before a measure word, naming what of it follows (`基本支出中公务接待费`). */
const NATURE_BEFORE: readonly string[] = /*#__PURE__*/ crossed(
  ["基本支出", "项目支出"],
  ["中的", "中", "的", ""],
);

/**
 * Whether the measure `subjects` just named at `at` is a 三公 measure's part in a nature of
 * spending (三公 is paid from basic and project spending alike): a nature named after a 三公
 * measure or its figure in its statement (to a `；`, a year or another measure) (`公务接待费：基本支出1.50万元、项目支出1.00万元`,
 * `公务接待费预算2.50万元，基本支出安排1.50万元`), or a 三公 measure right after a nature
 * (`其中：基本支出中公务接待费1.50万元`). Its figure is of a part the reader has no name for.
 * @internal
 */
export function splitByNature(r: Reader, subjects: readonly ClaimSubject[], at: number): boolean {
  if (subjects.some(wholeNature)) return r.sent.sanGong === true;
  return subjects.some(sanGong) && NATURE_BEFORE.some((w) => r.text.text.endsWith(w, at));
}
