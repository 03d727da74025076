/**
 * A figure followed by the nature of spending it is placed in (`公务接待费1.50万元在基本支出中安排`,
 * `由项目支出安排`, `列入基本支出`): the measure's part in basic or project spending, which the
 * reader has no name for. The words are data. @internal
 */
import { crossed } from "./lex";

/** The words placing a figure in a nature of spending, right after it. */
const NATURE_PLACED: readonly string[] = /*#__PURE__*/ crossed(
  ["在", "由", "从", "列入", "计入", "纳入", "通过"],
  ["基本支出", "项目支出"],
);

/** Whether the words right after a figure ending at `e` place it in a nature of spending. @internal */
export const placedInNature = (c: string, e: number): boolean =>
  NATURE_PLACED.some((w) => c.startsWith(w, e));
