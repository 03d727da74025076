/**
 * Percentages of a clause that are not the rate of the change its sentence states (as data):
 * a rate of a rate (`增幅比上年扩大5.3%`, `占比提高1.2%`), a rate over several years (`近三年年均
 * 增长8.50%`, `累计下降20.00%`), a target's (`完成压减10%的目标`) or a rate of what money does not
 * measure (`在职人数增长10.00%`, `公务接待批次相应减少30%`). Each look is bounded: a few characters
 * around the percentage, within its clause. @internal
 */
import { periodNow, type Reader } from "./reader";
import type { NumToken } from "./scan";

/** How far back from a percentage (or its change word) the words of its clause are looked for. */
const LOOK = 16;

/**
 * Nouns naming a rate or a share (`增幅`, `占比`, `比重`, `增长率`, `执行率`): a change after one in the
 * clause (`增幅比上年扩大5.3%`, `占比较上年上升2.5%`) is the rate's change, not the figure's.
 * @internal
 */
export const RATE_NOUNS: readonly string[] = [
  "占比",
  "比重",
  "所占比例",
  "增幅",
  "降幅",
  "涨幅",
  "减幅",
  "增速",
  "降速",
  "增长率",
  "下降率",
  "增长幅度",
  "下降幅度",
  "执行率",
  "完成率",
  "执行进度",
  "支出进度",
];

/**
 * Verbs of a change the lexicon does not read as one (`扩大`, `回落`, `收窄`): after a rate noun
 * they change the rate (`增幅扩大5.3%`). @internal
 */
export const RATE_VERBS: readonly string[] = [
  "扩大",
  "缩小",
  "收窄",
  "回落",
  "回升",
  "加快",
  "放缓",
  "减缓",
  "增大",
  "减小",
];

/**
 * Words of a rate over several years (`年均增长`, `连续三年累计下降`, `逐年`): not last year's
 * change. @internal
 */
export const SPAN_WORDS: readonly string[] = [
  "年均",
  "年平均",
  "平均每年",
  "每年平均",
  "累计",
  "累积",
  "连续",
  "逐年",
  "历年",
];

/** `近三年`, `近5年`, `三年来`, `两年间`: a span of years (numerals bounded: no year token). */
const SPAN_YEARS =
  /近[一二两三四五六七八九十几数\d]{1,2}个?年|[一二两三四五六七八九十几数]{1,2}年(?:来|间|以来)/u;

/**
 * Nouns after a percentage that make it a target's (`压减10%的目标`, `按照压减5%的要求`): what the
 * change was to be, not what it is. @internal
 */
export const TARGET_NOUNS: readonly string[] = [
  "目标",
  "要求",
  "任务",
  "原则",
  "规定",
  "标准",
  "指标",
  "比例",
  "幅度",
  "上限",
  "政策",
];

/**
 * Words right before a change word that make its percentage a target's (`完成压减10%`,
 * `落实压减5%`, `按压减5%安排`). @internal
 */
export const TARGET_LEADS: readonly string[] = [
  "完成",
  "落实",
  "达到",
  "要求",
  "按照",
  "按",
  "根据",
  "依据",
  "确保",
  "力争",
];

/**
 * Whether the clause names a rate or a share before the percentage `t` and then its change
 * (`增幅比上年扩大5.3%`, `占比较上年上升2.5%`, `占比提高1.2%`, `增速提高2.1%`): the percentage is the
 * rate's change, neither the figure's rate nor its share. @internal
 */
export function rateOfRate(r: Reader, t: NumToken): boolean {
  const { cl } = r;
  const c = r.text.text;
  const from = Math.max(cl.start, t.s - LOOK);
  const before = c.slice(from, t.s);
  let end = -1;
  for (const noun of RATE_NOUNS) {
    const i = before.lastIndexOf(noun);
    if (i >= 0) end = Math.max(end, from + i + noun.length);
  }
  if (end < 0) return false;
  // a change word, a comparison or a verb of change after the noun
  if (cl.changeAt !== undefined && cl.changeAt >= end) return true;
  if (cl.comparedFrom !== undefined && cl.comparedFrom >= end) return true;
  const after = c.slice(end, t.s);
  return RATE_VERBS.some((v) => after.includes(v));
}

/**
 * Whether the percentage `t`, read with a change word in its clause, is not the rate of this
 * year's change: its clause is dated last year (`（2023年增长5.20%）`, `上年为下降3.10%`, `而2023年比
 * 2022年下降3.10%`: that year's own rate); it spans several years (`近三年年均增长8.50%`, `连续三年
 * 累计下降20.00%`); it is a target (`完成压减10%的目标`, `按照一般性支出压减5%的要求`); or it is a rate
 * of something money does not measure, named between the clause's measure or comparison and the
 * change word (`在职人数增长10.00%`, `公务接待批次相应减少30%`). @internal
 */
export function otherRate(r: Reader, t: NumToken): boolean {
  const { cl } = r;
  const c = r.text.text;
  if (periodNow(r) === "prior") return true;
  const from = Math.max(cl.start, t.s - LOOK);
  const before = c.slice(from, t.s);
  if (SPAN_WORDS.some((w) => before.includes(w)) || SPAN_YEARS.test(before)) return true;
  if (target(c, t)) return true;
  const at = cl.changeAt;
  if (at === undefined) return false;
  if (TARGET_LEADS.some((w) => c.startsWith(w, at - w.length) && at - w.length >= cl.start))
    return true;
  return ownSubject(r, at);
}

/** `压减10%的目标`, `压减5%要求`: a target noun right after the percentage (`的` between or not). */
function target(c: string, t: NumToken): boolean {
  const j = c.charAt(t.e) === "的" ? t.e + 1 : t.e;
  return TARGET_NOUNS.some((w) => c.startsWith(w, j));
}

/**
 * Subjects money does not measure (`在职人数增长`, `接待批次减少`, `工资标准上调`, `办公效率提高`,
 * `考试科次减少`): a rate of one of them, standing right before its change word, is not the
 * clause's money's rate. Only these: any other word there (`即`, `环比`, `总量`, `同口径`) leaves
 * the rate the clause's, checked as before. @internal
 */
export const NOT_MONEY_SUBJECTS: readonly string[] = [
  "人数",
  "人次",
  "批次",
  "次数",
  "科次",
  "户数",
  "件数",
  "天数",
  "台数",
  "辆数",
  "标准",
  "效率",
  "面积",
  "里程",
  "数量",
  "覆盖率",
  "满意度",
];

/** Words before a subject that make it the basis of the money's change (`按人数核定`). */
const BASIS_WORDS: readonly string[] = ["按照", "按", "根据", "依据", "依照"];
/**
 * Words naming money, after a subject: the rate is the money's (`人数标准核定的经费增长`). Not the
 * lexicon's measure words: a measure named after the subject (`人数增加导致人员经费增长`) is the
 * clause's measure, whose end the subject is looked for after; these are the nouns of money no
 * measure is read from there (`经费`, `资金`, `费用`, `金额`, `预算`; `支出` and `收入` are a measure only
 * right after a fund).
 */
const MONEY_AFTER_SUBJECT: readonly string[] = [
  "经费",
  "资金",
  "支出",
  "收入",
  "费用",
  "预算",
  "金额",
];

/**
 * Whether a subject money does not measure ({@link NOT_MONEY_SUBJECTS}) stands before the change
 * word at `at`, after the clause's measure, fund and comparison and the words that name nothing
 * (`在职人数增长`, `工资标准上调`): it is the rate's subject. A clause naming a 科目 by its name is
 * left to the measure it names (the name's end is not kept).
 */
function ownSubject(r: Reader, at: number): boolean {
  const { cl } = r;
  if (cl.path.length > 0 || cl.pathUnknown) return false;
  const anchor = Math.max(cl.start, cl.measureEnd, cl.compared ?? -1, cl.fund?.e ?? -1, at - LOOK);
  const raw = r.text.text.slice(anchor, at);
  // the last subject money does not measure in the words before the change word (bounded: LOOK)
  let end = -1;
  let start = -1;
  for (const w of NOT_MONEY_SUBJECTS) {
    const i = raw.lastIndexOf(w);
    if (i >= 0 && i + w.length > end) {
      end = i + w.length;
      start = i;
    }
  }
  if (end < 0) return false;
  // a basis (`按人数核定后增长`) or money named after it (`人数标准核定的经费增长`): the money's rate
  if (BASIS_WORDS.some((w) => raw.endsWith(w, start))) return false;
  const after = raw.slice(end);
  return !MONEY_AFTER_SUBJECT.some((w) => after.includes(w));
}
