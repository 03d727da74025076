/** The words that date a figure (this year's, last year's) and what they make of 本年收入. @internal */

/** Words dating a figure last year's (`上年`, `去年`; a year token works alike). @internal */
export const LAST_YEAR_WORDS: readonly string[] = ["上年度", "上年", "上一年度", "上一年", "去年"];
/**
 * Words naming a year before last year (`上上年`, `前年`, `大前年`): a figure they date, or a
 * comparison they are the base of, is of a year no table states (as `2022年` in 2024). @internal
 */
export const EARLIER_YEAR_WORDS: readonly string[] = [
  "上上年度",
  "上上年",
  "上上一年度",
  "上上一年",
  "大前年",
  "前年度",
  "前年",
];
/**
 * Words holding {@link EARLIER_YEAR_WORDS} that name no one year (`以前年度结转`, `当前年度`), or
 * where 前 ends a word before 年 opens another (`提前 + 年底`, `节前 + 年后`, `之前 + 年初`):
 * passed over. @internal
 */
export const NOT_EARLIER_YEAR_WORDS: readonly string[] = [
  "以前年度",
  "以前年",
  "之前年度",
  "当前年度",
  "当前年",
  "目前年度",
  "之前年",
  "目前年",
  "提前年",
  "节前年",
  "空前年",
  "事前年",
  "会前年",
];
/** Words dating a figure this year's (`本年`; not `当年`, which names the appropriation). @internal */
export const THIS_YEAR_WORDS: readonly string[] = ["本年度", "本年", "今年"];
/** This year's revenue without 上年结转 (`本年收入`, `当年收入`), unless {@link DATED_AFTER} follows. @internal */
export const YEAR_REVENUE: readonly string[] = ["本年收入", "当年收入"];
/**
 * What after {@link YEAR_REVENUE} makes its year word a date only (`本年收入总计`, `当年收入总预算`:
 * 收入总计 or 本年收入; `当年收入和支出预算`: both sides, as 收支预算): the figure may be either. @internal
 */
export const DATED_AFTER: readonly string[] = [
  "总计",
  "总预算",
  "支出",
  "和支出",
  "及支出",
  "与支出",
  "、支出",
];
