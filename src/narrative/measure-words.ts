/**
 * The measures a figure is of (`收入总计`, `基本支出`, the 三公 items as printers vary them,
 * 机关运行经费, 政府采购, 绩效目标) and the levels of a code (`（类）`). @internal
 */
import type { Fund } from "../facts";
import { crossed, type Lex, m, s } from "./lex";

const REVENUE = [s("revenue")];
const SPENDING = [s("spending")];
const BOTH = [s("revenue"), s("spending")];
const sanGong = (
  item?: "abroad" | "vehicles" | "vehicles.purchase" | "vehicles.operation" | "reception",
) => m([s("sanGong", item === undefined ? {} : { item })], { fundFree: true });
const procurement = (category?: string) =>
  m([s("procurement", category === undefined ? {} : { category })], { fundFree: true });
const revenueFund = (fund: Fund) => m([s("revenue", { fund })]);

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
 * The two sides a word of both names (`收支总计`) as printers also print them: whole or apart,
 * enumerated (`收、支总计`, `收入、支出总计`) or joined (`收入和支出总计`).
 */
const SIDES = [
  ...crossed(["收"], ["", "、"]).map((w) => `${w}支`),
  ...crossed(["收入"], ["", "、", "和", "及", "与"]).map((w) => `${w}支出`),
];
/** A word of both sides followed by `tail` (`总计`), in each of {@link SIDES}. */
const bothSides = (tail: string, lex: Lex) => SIDES.map((h) => [h + tail, lex] as const);

/** The measure and level words of the lexicon. @internal */
export const MEASURE_WORDS: readonly (readonly [string, Lex])[] = [
  ["收入总计", m([s("revenue.total")])],
  ["支出总计", m([s("spending.total")])],
  ...bothSides("总计", m([s("revenue.total"), s("spending.total")])),
  // The 收支总表's totals (上年结转 included), as 收支总计: `收支总预算`, `收入总预算`, `支出总预算`;
  // the revenue some print without it (`either`).
  ...bothSides("总预算", m([s("revenue.total"), s("spending.total")], { either: true })),
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
  ...bothSides("预算", m(BOTH, { either: true })),
  ["收入", m(REVENUE, { afterFund: true, either: true })],
  ["支出", m(SPENDING, { afterFund: true })],
  ["收支", m(BOTH, { afterFund: true, either: true })],
  ["收入支出", m(BOTH, { afterFund: true, either: true })],
  ["基本支出", m([s("spending", { nature: "basic" })])],
  ["项目支出", m([s("spending", { nature: "project" })])],
  // The kinds of project the tables print (`其他运转类项目支出`, `特定目标类支出`).
  ...crossed(["其他运转类"], ["项目支出", "支出"]).map(
    (w) => [w, m([s("spending", { nature: "project.operating" })])] as const,
  ),
  // `运转类项目支出`: the national 运转类 holds the 公用经费 projects too; it is 其他运转类 only as a
  // part of 项目支出 (`项目支出…，其中：运转类项目支出…`).
  ...crossed(["运转类"], ["项目支出", "支出"]).map(
    (w) => [w, m([s("spending", { nature: "project.operating" })], { ofProjects: true })] as const,
  ),
  ...crossed(["特定目标类"], ["项目支出", "支出"]).map(
    (w) => [w, m([s("spending", { nature: "project.specific" })])] as const,
  ),
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
];
