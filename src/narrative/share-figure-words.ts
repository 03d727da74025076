/**
 * The words opening the clause right after a share that give the figure of its part
 * (`基本支出占70.38%，为682.06万元`, `财政拨款收入占99.79%，计2940.05万元`, `占比99.79%，金额
 * 2940.05万元`, `…，即6.20万元`), read by the budget reader and the 决算 one alike: the figure
 * after them is the share's part's, as it is printed before the share. Longer words first where
 * one begins another (`金额为` before `金额`). @internal
 */
export const SHARE_FIGURE_WORDS: readonly string[] = [
  "金额为",
  "金额",
  "数额为",
  "数额",
  "资金",
  "计为",
  "共计",
  "合计",
  "计",
  "共",
  "为",
  "是",
  "达",
  "即",
];
