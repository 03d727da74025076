/**
 * The wordings by which a table's note or a document declares that its figures are rounded one by
 * one, so that a total may differ from the sum of its printed parts (尾差): `因四舍五入原因，表中合计数
 * 与分项之和可能存在尾差`, `尾差系四舍五入所致`, `数据因四舍五入存在尾差`, `表中数据四舍五入…`,
 * `…可能有尾数差异`. Words as data; a clause (up to `。`, `；`, a line's end) declares when it names
 * such a gap, or rounding together with the figures or sums it applies to (not a rate's decimals
 * alone), and no denial comes before it (`不存在尾差`, `未作四舍五入`). Linear: a fixed set of words
 * looked for in each clause once. Internal.
 */
import { splitSentences } from "../disclosure/sentence-marks";

/** Words that name a rounding gap on their own. */
const GAP_WORDS: readonly string[] = ["尾差", "尾数差", "尾数误差", "尾数不符", "尾数不等"];

/** Words that name rounding, declaring only beside a word for the figures it applies to. */
const ROUNDING_WORDS: readonly string[] = ["四舍五入", "舍入"];

/**
 * Words for the figures or sums a rounding applies to (`合计数`, `分项之和`, `表中数据`, `金额`); not
 * where they are printed (`本表`, `表中`): `本表增长率按四舍五入保留一位小数` rounds a rate, not the sums.
 */
const FIGURE_WORDS: readonly string[] = [
  "合计",
  "总计",
  "小计",
  "分项",
  "之和",
  "加总",
  "汇总",
  "数据",
  "数字",
  "金额",
  "数额",
  "万元",
  "亿元",
];

/** Denials that, before a gap or rounding word in its clause, undo it (`不存在尾差`, `未作四舍五入`). */
const DENIALS: readonly string[] = [
  "不存在",
  "不会",
  "没有",
  "无尾",
  "未有",
  "不产生",
  "未产生",
  "不出现",
  "未出现",
  "未作",
  "未经",
  "未进行",
  "不进行",
  "不作",
  "不四舍五入",
  "未四舍五入",
];

/** The first place in `clause` of any of `words`, or −1. */
function firstOf(clause: string, words: readonly string[]): number {
  let first = -1;
  for (const w of words) {
    const i = clause.indexOf(w);
    if (i >= 0 && (first < 0 || i < first)) first = i;
  }
  return first;
}

/** Whether a denial starts at or before `at` in the clause (`不四舍五入` starts just before its word). */
function deniedBefore(clause: string, at: number): boolean {
  return DENIALS.some((d) => {
    const i = clause.indexOf(d);
    return i >= 0 && i <= at;
  });
}

/**
 * Words of rates and shares: a clause naming one rounds percentages (`以上百分比数据均按四舍五入保留
 * 两位小数`, `增长率数据按四舍五入计算`, `占比数据…尾差`), which says nothing of the money's sums.
 */
const RATE_WORDS: readonly string[] = [
  "百分比",
  "率",
  "占比",
  "比重",
  "比例",
  "增幅",
  "降幅",
  "%",
  "％",
];

/** Whether one clause declares rounding gaps (see the module's note). */
function clauseDeclares(clause: string): boolean {
  if (firstOf(clause, RATE_WORDS) >= 0) return false;
  const gap = firstOf(clause, GAP_WORDS);
  if (gap >= 0) return !deniedBefore(clause, gap);
  const rounding = firstOf(clause, ROUNDING_WORDS);
  if (rounding < 0 || firstOf(clause, FIGURE_WORDS) < 0) return false;
  return !deniedBefore(clause, rounding);
}

/**
 * Whether a text (a table's note, a section of the document) declares that its figures are
 * rounded one by one, so that sums may be off by their rounding (尾差). Internal.
 */
export function declaresRounding(text: string): boolean {
  if (firstOf(text, GAP_WORDS) < 0 && firstOf(text, ROUNDING_WORDS) < 0) return false;
  return splitSentences(text).some(clauseDeclares);
}
