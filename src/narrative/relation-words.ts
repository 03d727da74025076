/**
 * The words that relate a figure to others or to its measure: its date, a comparison and its
 * direction, a share, a list (`其中`), a reference, a use, the execution, a balance, a statement
 * of none, a cause, and words to pass over. @internal
 */
import {
  EARLIER_YEAR_WORDS,
  LAST_YEAR_WORDS,
  NOT_EARLIER_YEAR_WORDS,
  THIS_YEAR_WORDS,
} from "./date-words";
import { crossed, type Lex, words } from "./lex";
import { REASON_WORDS } from "./reason-words";

/** Words saying a figure is of what the paragraph is about (`预算`, `安排`). @internal */
export const REFER_WORDS: readonly string[] = ["预算", "安排", "资金"];

/**
 * Change verbs the lexicon does not read as one (they also start a part's name, `新增项目支出`, or
 * are one character of many words, `少数民族`): right before a figure (`收支总计新增134.22万元`,
 * `比上年多10.00万元`) they say it is a change of unknown direction, never the measure's figure,
 * so it is left unplaced. @internal
 */
export const UNREAD_CHANGES: readonly string[] = ["新增", "追加", "扩大", "增", "减", "多", "少"];

/**
 * Words saying a figure of one year is the other's too, beyond the lexicon's flat words (which
 * state a change of none): `两年相等`, `与本年相当`, `本年与上年一样`, `维持上年水平`, `今年未作调整`.
 * In a sentence with last year's figure they make it this year's as well (`narrative.year`); no
 * words of the reader (they state no change of a measure). @internal
 */
export const SAME_WORDS: readonly string[] = [
  "相等",
  "相当",
  "一样",
  "维持上年",
  "维持在上年",
  "保持上年",
  "保持在上年",
  "维持原",
  "未作调整",
  "未做调整",
  "不作调整",
  "没有调整",
  "未调整",
  "无调整",
  "未作变动",
  "未变动",
];

/**
 * Words right before a figure saying it is the same as another's (`2023年…预算也是4.00万元`, `同为`,
 * `亦为`, `同样为`): last year's figure, so dated, that is this year's too. @internal
 */
export const SAME_BEFORE: readonly string[] = [
  "也是",
  "也为",
  "亦是",
  "亦为",
  "同为",
  "同是",
  "同样为",
  "同样是",
  "也同为",
  "也同样为",
];

/** The words of a change up the lexicon reads (`增加`, `提高`, `增幅`). */
const UP_WORDS: readonly string[] = [
  "增加",
  "增长",
  "上升",
  "提高",
  "增多",
  "增幅",
  "涨幅",
  "调增",
  "上调",
  "净增",
  "多出",
  "超出",
  "高出",
  "增支",
];
/** The words of a change down the lexicon reads (`减少`, `压减`, `降幅`). */
const DOWN_WORDS: readonly string[] = [
  "减少",
  "下降",
  "降低",
  "压减",
  "压缩",
  "缩减",
  "降幅",
  "减幅",
  "调减",
  "下调",
  "净减",
  "核减",
];

/** The relation words of the lexicon. @internal */
export const RELATION_WORDS: readonly (readonly [string, Lex])[] = [
  ...words("lastYear", LAST_YEAR_WORDS),
  ...words("thisYear", THIS_YEAR_WORDS),
  // `上上年为9.00万元`, `比前年增加…`: a year before last year (`上上年` holds `上年`)
  ...words("earlierYear", EARLIER_YEAR_WORDS),
  ...words("skip", NOT_EARLIER_YEAR_WORDS),
  ...words("compare", ["同比"]),
  // `增幅16.08%` / `降幅13.33%`: the rate's own noun says its direction, as the verbs do.
  // (`调增`, `净增`, `多出`… as printers vary them; `新增`, `追加` name a part before a measure
  // (`新增项目支出`), so they are only {@link UNREAD_CHANGES}.)
  ...words("up", UP_WORDS),
  ...words("down", DOWN_WORDS),
  ...words("flat", [
    "持平",
    "保持一致",
    "一致",
    "相同",
    "不变",
    "保持不变",
    "无变化",
    "没有变化",
    "未发生变化",
    // `比上年无增减`, `与上年相比无增减变化`, `未有增减` (longer than 无, so no statement of none)
    "无增减变化",
    "无增减",
    "没有增减",
    "未增减",
    "未有增减",
    "无变动",
    "没有变动",
    "未发生变动",
  ]),
  ...words("share", ["占", "占比", "所占比重", "所占比例", "比重为"]),
  // `（含基本支出508.07万元…）`; `不含` and `(含)` (a bound's) are no list.
  ...words("ofWhich", ["其中", "包括", "包含", "含"]),
  ...words("refer", REFER_WORDS),
  // `编制绩效目标的项目11个，涉及金额287.00万元`: the money of what the sentence names (`涉及资金` alike).
  ...words("refer", ["涉及金额", "涉及总金额", "涉及预算金额"]),
  // `主要用于专项业务，安排100.00万元`: money after a use is that use's, not the measure's.
  ...words("purpose", ["用于"]),
  ...words("respective", ["分别"]),
  // 决算 is the execution: `较上年决算增加` compares with it, `2023年决算` is a figure of it.
  ...words("execution", ["执行数", "决算数", "决算", "执行"]),
  // `2023年调整后预算为1,017.51万元`, `比调整预算减少…`: the budget as adjusted in the year, which
  // no table of the budget states (neither the budget passed nor its execution).
  ...words("adjusted", [
    "调整后预算",
    "调整后的预算",
    "调整预算",
    "预算调整后",
    "调整后年度预算",
    "变动后预算",
    "全年预算",
  ]),
  // `比上年实际支出` / `2023年实际完成数`: last year's actual figure is its execution.
  ...words("actual", ["实际"]),
  // `“三公”经费结余1.00万元`, `较预算节约2.00万元`: a balance or a saving, not the measure's figure.
  ...words("balance", [
    "结转结余",
    "结余资金",
    "结转资金",
    "节约资金",
    "节支资金",
    "节省资金",
    "结余",
    "结转",
    "节约",
    "节支",
    "节省",
  ]),
  ...words("after", [
    "执行完毕后",
    "执行完毕",
    "执行完成后",
    "执行结束后",
    "执行完后",
    "执行后",
    "完毕后",
    "结束后",
    "终了后",
  ]),
  // `未安排因公出国（境）费`, or after the measure: `因公出国（境）费未安排`, `公务接待费预算为零`;
  // the verb after 没有 / 无 is the none's own (`没有安排 2024年度…`: no other statement between).
  ...words("none", [
    "无",
    "没有",
    "未安排",
    "不安排",
    "为零",
    "没有安排",
    "无安排",
    "未予安排",
    "不予安排",
    "没有列支",
    "未列支",
  ]),
  // A cause however it is introduced (see REASON_WORDS).
  ...words("reason", REASON_WORDS),
  ...words("residue", ["待补充", "待填写", "请填写", "请输入", "此处填写", "待定"]),
  ...words("purchase", ["购置车辆", "购买车辆", "安排购置", "购置", "购买"]),
  ...words("project", ["项目"]),
  ...words("subject", ["科目"]),
  // `由3.50万元减少到2.50万元`, `由原来的43.55万元调整为49.68万元`: the figure after the word is the
  // new level, not the change.
  ...words(
    "to",
    ["增加", "增长", "上升", "提高", "减少", "下降", "降低", "压减", "压缩", "缩减"]
      .flatMap((w) => [`${w}到`, `${w}至`])
      .concat(["增至", "降至", "减至", "变为"])
      .concat(crossed(["调整", "调增", "调减", "变更", "变动"], ["为", "到", "至"])),
  ),
  // A negated inclusion (`未包括上年结转20.00万元`) is no list, and settles no reading.
  ...words("skip", ["占用", "占有", "比例", "厉行节约", "勤俭节约", "不含", "(含)"]),
  ...words(
    "skip",
    crossed(["不", "未", "并未", "并不"], ["包括", "包含"]).concat(["未含", "并不含"]),
  ),
  // `机关运行经费…，主要包括办公费、印刷费、公务接待费1.50万元…`: what the figure before is made of.
  ...words("compose", ["主要包括", "主要包含"]),
];
