import type { Fund } from "../facts";
import { REASON_WORDS } from "./reason-words";
import type { ClaimSubject } from "./types";

/**
 * What a word of the narrative means to the reader (the phrasings it understands, as data):
 * - `fund`: a fund source qualifying the measure right after it (`一般公共预算` + `支出`);
 * - `measure`: what amounts are about (`收入总计`, `基本支出`, `公务接待费` …); `afterFund` words
 *   (`收入`, `支出`) count only right after a fund word; `fundFree` measures take no fund
 *   (三公, 机构运转经费, 政府采购); `atMost`: the text's figure is a part of the subject's;
 *   `wholeOnly`: the word names only the whole of a share (`占支出总额的`), which may be its
 *   subject or the one given (`支出总额`: 本年支出合计, or 支出总计 with the carry-forward);
 *   `either`: printers count 上年结转 in the figure or not (`收入预算`, `一般公共预算收入`: 本年收入
 *   or 收入总计 alike, `收入总预算` the other way round), where the words that say which
 *   (`本年收入`, `收入总计`, `当年拨款`) do not; a fund word's `grant`: this year's appropriation
 *   (`一般公共预算当年拨款`, `本年财政拨款`), which leaves out what 上年结转 pays for;
 * - `lastYear` (`上年`, a year token works alike): last year's figure, or the start of a comparison
 *   after 比 / 较 / 与; `thisYear` (`本年`, `今年`, like this year's year token; not `当年`, which
 *   after a year is that year's): this year's figure; `compare` (`同比`); `up` / `down` / `flat`:
 *   the change words;
 * - `share` (`占`), `ofWhich` (`其中`), `execution` (`执行数`), `none` (`无`), `reason`
 *   (`主要原因是`), `residue` (`待补充`), `purchase` (`购置车辆`), `project` (`项目`), `level`
 *   (`（类）`), `subject` (`科目`), `refer` (`预算`, `安排`: a figure of what the paragraph is about),
 *   `purpose` (`用于`) and `compose` (`主要包括`): what the measure before is made of (its items of
 *   another measure are its categories, not those measures), `respective` (`分别`: figures in the
 *   order of the words before), `actual` (`实际`: after a comparison or last year, the execution:
 *   `比上年实际支出`; a fund or measure before it still qualifies the word after it), `balance`
 *   (`结余`, `结转`, `节约`, `节省`: the figures after it are of a balance or a saving, not of the
 *   measure), `after` (`执行完毕后`: the sentence is about what follows a budget's execution, its figures dated by no year but their
 *   clause's own), `negated` (a fund or measure word after a negating prefix: `非财政拨款` is the
 *   complement of 财政拨款, its clause's figures are of no measure the reader has) and `skip`
 *   (words that contain another word but mean something else: `占用`).
 * @internal
 */
export type Lex =
  | { readonly t: "fund"; readonly fund: Fund; readonly grant?: true }
  | {
      readonly t: "measure";
      readonly subjects: readonly ClaimSubject[];
      readonly afterFund?: boolean;
      readonly fundFree?: boolean;
      readonly atMost?: boolean;
      readonly wholeOnly?: ClaimSubject;
      readonly either?: true;
    }
  | { readonly t: "level"; readonly level: "类" | "款" | "项" }
  | {
      readonly t:
        | "lastYear"
        | "thisYear"
        | "compare"
        | "up"
        | "down"
        | "flat"
        | "share"
        | "ofWhich"
        | "execution"
        | "adjusted"
        | "actual"
        | "balance"
        | "none"
        | "reason"
        | "residue"
        | "purchase"
        | "project"
        | "subject"
        | "refer"
        | "purpose"
        | "compose"
        | "respective"
        | "after"
        | "to"
        | "negated"
        | "skip";
    };

const s = (
  concept: ClaimSubject["concept"],
  coords: ClaimSubject["coords"] = {},
): ClaimSubject => ({
  concept,
  coords,
});
const m = (
  subjects: readonly ClaimSubject[],
  flags: {
    afterFund?: boolean;
    fundFree?: boolean;
    atMost?: boolean;
    wholeOnly?: ClaimSubject;
    either?: true;
  } = {},
): Lex => ({ t: "measure", subjects, ...flags });
/** Words dating a figure last year's (`上年`, `去年`; a year token works alike). @internal */
export const LAST_YEAR_WORDS: readonly string[] = ["上年度", "上年", "上一年度", "上一年", "去年"];
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
/** Words saying a figure is of what the paragraph is about (`预算`, `安排`). @internal */
export const REFER_WORDS: readonly string[] = ["预算", "安排", "资金"];

/** What follows a fund's name for this year's appropriation (`一般公共预算当年拨款`). */
const THIS_YEAR_GRANTS = ["当年拨款", "当年财政拨款", "当年预算拨款"];
/** What precedes a fund's name for this year's appropriation (`本年财政拨款`, `当年一般公共预算`). */
const THIS_YEAR_HEADS = ["本年度", "本年", "当年", "今年"];

const words = (t: Exclude<Lex["t"], "fund" | "measure" | "level">, list: readonly string[]) =>
  list.map((w): readonly [string, Lex] => [w, { t } as Lex]);
const funds = (fund: Fund, list: readonly string[]) =>
  list.map((w): readonly [string, Lex] => [w, { t: "fund", fund }]);
/** A fund's names for this year's appropriation: each with a grant word after or a year word before. */
const grants = (fund: Fund, names: readonly string[], withGrant: readonly string[] = names) =>
  [...crossed(withGrant, THIS_YEAR_GRANTS), ...crossed(THIS_YEAR_HEADS, names)].map(
    (w): readonly [string, Lex] => [w, { t: "fund", fund, grant: true }],
  );

const REVENUE = [s("revenue")];
const SPENDING = [s("spending")];
const BOTH = [s("revenue"), s("spending")];
const sanGong = (
  item?: "abroad" | "vehicles" | "vehicles.purchase" | "vehicles.operation" | "reception",
) => m([s("sanGong", item === undefined ? {} : { item })], { fundFree: true });
const procurement = (category?: string) =>
  m([s("procurement", category === undefined ? {} : { category })], { fundFree: true });
const revenueFund = (fund: Fund) => m([s("revenue", { fund })]);

/** Each of `heads` followed by each of `tails`. */
const crossed = (heads: readonly string[], tails: readonly string[]): string[] =>
  heads.flatMap((h) => tails.map((t) => h + t));

/**
 * The names of the 三公 items as printers vary them: `因公出国（境）费` / `经费` / `费用`, `出国（境）费`;
 * `公务用车` or `公务车`, `购置及运行` / `购置和运行维护` / `运维` …, `费` or `经费`; `公务接待费`.
 */
const SAN_GONG_ITEMS: readonly (readonly [string, Lex])[] = /*#__PURE__*/ (() => {
  const fee = ["费", "费用", "经费"];
  const car = ["公务用车", "公务车"];
  const run = ["运行", "运行维护", "运维"];
  const items: [string[], Parameters<typeof sanGong>[0]][] = [
    [crossed(["因公出国(境)", "因公出国境", "出国(境)"], fee), "abroad"],
    [crossed(crossed(car, crossed(["购置及", "购置和", "购置与"], run)), fee), "vehicles"],
    [crossed(car, crossed(["购置"], fee)), "vehicles.purchase"],
    [crossed(car, crossed(run, fee)), "vehicles.operation"],
    [crossed(["公务接待"], fee), "reception"],
  ];
  return items.flatMap(([names, item]) => names.map((w) => [w, sanGong(item)] as const));
})();

/**
 * The words the reader knows, in their scanned form (no spaces or quotes, ASCII brackets).
 * Matching is longest first. @internal
 */
export const LEXICON: readonly (readonly [string, Lex])[] = [
  // `一般公共预算当年拨款`: this year's appropriation (上年结转 apart), as the fund's own money is.
  ...funds("gpb", ["一般公共预算拨款", "一般公共预算财政拨款", "一般公共预算资金", "一般公共预算"]),
  ...grants("gpb", ["一般公共预算拨款", "一般公共预算财政拨款", "一般公共预算"], ["一般公共预算"]),
  ...funds("government", ["财政拨款", "政府预算资金"]),
  ...grants("government", ["财政拨款"], []),
  ...funds("govFund", [
    "政府性基金预算拨款",
    "政府性基金预算财政拨款",
    "政府性基金拨款",
    "政府性基金预算",
    "政府性基金",
  ]),
  ...grants(
    "govFund",
    ["政府性基金预算拨款", "政府性基金拨款", "政府性基金预算", "政府性基金"],
    ["政府性基金预算", "政府性基金"],
  ),
  ...funds("soe", [
    "国有资本经营预算拨款",
    "国有资本经营预算财政拨款",
    "国有资本经营预算",
    "国有资本经营",
  ]),
  ...grants("soe", ["国有资本经营预算拨款", "国有资本经营预算"], ["国有资本经营预算"]),
  ...funds("specialAccount", ["财政专户管理资金"]),
  ...funds("unitFunds", ["单位资金"]),
  ["收入总计", m([s("revenue.total")])],
  ["支出总计", m([s("spending.total")])],
  ["收支总计", m([s("revenue.total"), s("spending.total")])],
  // The 收支总表's totals (上年结转 included), as 收支总计: `收支总预算`, `收入总预算`, `支出总预算`;
  // the revenue some print without it (`either`).
  ["收支总预算", m([s("revenue.total"), s("spending.total")], { either: true })],
  ["收入总预算", m([s("revenue.total")], { either: true })],
  ["支出总预算", m([s("spending.total")])],
  // `本年收入`, `当年收入`: this year's revenue as against 上年结转 (the 收支总表's 本年收入合计), never
  // with it; a date word (`2024年`, `本年度`, `今年`) before `收入预算` says nothing of which.
  ...["收入合计", "本年收入合计", "本年收入", "当年收入合计", "当年收入"].map(
    (w) => [w, m(REVENUE)] as const,
  ),
  // `部门收入预算…，其中：…上年结转20.00万元`: 本年收入, or with 上年结转 (收入总计), either.
  ...["收入预算", "部门预算收入", "单位预算收入"].map(
    (w) => [w, m(REVENUE, { either: true })] as const,
  ),
  ...["支出合计", "本年支出合计", "本年支出", "支出预算", "部门预算支出", "单位预算支出"].map(
    (w) => [w, m(SPENDING)] as const,
  ),
  // `占支出总额的…`: the year's figure or the total with the carry-overs, either; no figure's name.
  ...["收入总额", "总收入", "全部收入"].map(
    (w) => [w, m(REVENUE, { wholeOnly: s("revenue.total") })] as const,
  ),
  ...["支出总额", "总支出", "全部支出"].map(
    (w) => [w, m(SPENDING, { wholeOnly: s("spending.total") })] as const,
  ),
  ["收支预算", m(BOTH, { either: true })],
  ["收入", m(REVENUE, { afterFund: true, either: true })],
  ["支出", m(SPENDING, { afterFund: true })],
  ["收支", m(BOTH, { afterFund: true, either: true })],
  ["收入支出", m(BOTH, { afterFund: true, either: true })],
  ["基本支出", m([s("spending", { nature: "basic" })])],
  ["项目支出", m([s("spending", { nature: "project" })])],
  ["人员经费", m([s("spending", { nature: "basic.personnel" })])],
  ["公用经费", m([s("spending", { nature: "basic.public" })])],
  ["上年结转结余", m([s("revenue.carryover")])],
  ["上年结转", m([s("revenue.carryover")])],
  ["年终结转结余", m([s("spending.carryforward")])],
  ["事业收入", revenueFund("business")],
  ["事业单位经营收入", revenueFund("operating")],
  ["经营收入", revenueFund("operating")],
  ["其他收入", revenueFund("other")],
  ["上级补助收入", revenueFund("superior")],
  ["附属单位上缴收入", revenueFund("affiliated")],
  ["用事业基金弥补收支差额", revenueFund("businessFund")],
  ["三公经费", sanGong()],
  ...SAN_GONG_ITEMS,
  ["机构运转经费", m([s("operatingCost")], { fundFree: true })],
  ["机关运行经费", m([s("operatingCost")], { fundFree: true })],
  ["政府采购", procurement()],
  ...["政府采购货物", "货物采购", "采购货物", "货物类"].map(
    (w) => [w, procurement("货物")] as const,
  ),
  ...["政府采购工程", "工程采购", "采购工程", "工程类"].map(
    (w) => [w, procurement("工程")] as const,
  ),
  ...["政府采购服务", "服务采购", "采购服务", "服务类"].map(
    (w) => [w, procurement("服务")] as const,
  ),
  ...["中小企业", "中小微企业"].map((w) => [w, procurement("中小企业")] as const),
  ["绩效目标", m([s("spending", { nature: "project" })], { fundFree: true, atMost: true })],
  // The department's overall targets cover all its spending, not only its projects'.
  ...["整体绩效目标", "整体支出绩效目标", "整体绩效"].map(
    (w) => [w, m([s("spending")], { fundFree: true, atMost: true })] as const,
  ),
  ["(类)", { t: "level", level: "类" }],
  ["(款)", { t: "level", level: "款" }],
  ["(项)", { t: "level", level: "项" }],
  ...words("lastYear", LAST_YEAR_WORDS),
  ...words("thisYear", THIS_YEAR_WORDS),
  ...words("compare", ["同比"]),
  // `增幅16.08%` / `降幅13.33%`: the rate's own noun says its direction, as the verbs do.
  ...words("up", ["增加", "增长", "上升", "提高", "增多", "增幅", "涨幅"]),
  ...words("down", ["减少", "下降", "降低", "压减", "压缩", "缩减", "降幅", "减幅"]),
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
  // `未安排因公出国（境）费`, or after the measure: `因公出国（境）费未安排`, `公务接待费预算为零`
  ...words("none", ["无", "没有", "未安排", "不安排", "为零"]),
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

/**
 * Prefixes that negate the fund or measure word right after them (`非财政拨款收入`, `非税`…): the
 * word then names the rest of what it would name, not itself (a word boundary, as data). @internal
 */
export const NEGATING: readonly string[] = ["非"];

/**
 * Short words that may stand between a negating prefix and its word (`非同级财政拨款收入`): the
 * word is still negated. @internal
 */
export const NEGATED_MODIFIERS: readonly string[] = ["同级", "本级", "本年"];

/**
 * Words that name the document's units below it (`所属事业单位`, `下属单位`, `二级单位`): a `无…`
 * they are the subject of is theirs, not the whole document's. @internal
 */
export const SUB_UNITS: readonly string[] = ["所属", "下属", "直属", "二级单位", "基层单位"];

/**
 * Words after a sub-unit word that make it describe the whole (`所属各预算单位…保有量`): all of
 * them, not a part. @internal
 */
export const ALL_UNITS_AFTER: readonly string[] = ["各", "全部", "所有"];

/** The document's names for itself (`本部门`, `我单位`). @internal */
export const OWN_NAMES: readonly string[] = ["本单位", "本部门", "我单位", "我部门", "全部门"];

/**
 * The document's own organ after its name (`本部门机关车辆`): the document itself, not a kind of
 * vehicle, unless its sub-units' count is given after it (`本部门机关车辆0辆，所属单位车辆3辆`). @internal
 */
export const ORGAN = "机关";

/** The parts of the document's units a count may be of: its sub-units and its own level (`机关本级`). @internal */
export const UNIT_PARTS: readonly string[] = [...SUB_UNITS, "本级"];

/**
 * Words right before a sub-unit word that make it no subject of its own: joined to the document
 * (`本部门及所属单位均无…`, `本部门（含所属单位）无…`) or the object of a 无 (`本部门无下属单位`). @internal
 */
export const NOT_SUBJECT: readonly string[] = ["及", "和", "与", "、", "含", "包括", "无", "没有"];

/** Candidates by first character, longest first (built once). @internal */
export const BY_FIRST: ReadonlyMap<string, readonly (readonly [string, Lex])[]> =
  /*#__PURE__*/ (() => {
    const map = new Map<string, (readonly [string, Lex])[]>();
    for (const entry of LEXICON) {
      const first = entry[0].charAt(0);
      const list = map.get(first) ?? [];
      list.push(entry);
      map.set(first, list);
    }
    for (const list of map.values()) list.sort((a, b) => b[0].length - a[0].length);
    return map;
  })();
