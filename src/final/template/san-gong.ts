import type { SanGongItem } from "../../facts";
import { amount, plainColumn } from "../../templates/build";
import { groupedFee, receptionPartColumns } from "../../templates/san-gong-parts";
import type { ColumnSpec, TableKind } from "../../templates/types";
import { finalTitles, OUTCOME_WORDS } from "./summary";

const GROUP = "财政拨款“三公”经费";

/** The printed wordings of each period: 预算数 (the 年初预算) and 决算数, with or without 数. */
const BUDGET = ["预算数", "年初预算数", "预算", "年初预算"];
const FINAL = [...OUTCOME_WORDS, "支出决算数"];
/** The budget as adjusted during the year (全年预算数, 调整预算数), where a printer gives that one. */
const ADJUSTED = ["全年预算数", "调整预算数", "调整后预算数", "全年预算", "调整预算"];

/**
 * The printed header paths of an item's column in one period: the item (under the group, the
 * canonical wording; a group above any other is read as such) with the period below it
 * (`财政拨款“三公”经费/公务接待费/决算数`), or the period above the item (`决算数/公务接待费`, as
 * printers who head the table by period print it).
 */
function itemHeaders(wordings: readonly string[], periods: readonly string[]): readonly string[] {
  const below = periods.flatMap((p) => wordings.map((w) => `${w}/${p}`));
  const above = periods.flatMap((p) => wordings.map((w) => `${p}/${w}`));
  return [`${GROUP}/${below[0]}`, ...below, ...above];
}

const VEHICLES = ["公务用车购置及运行费", "公务用车购置及运行维护费"];
const ITEMS: readonly (readonly [string, SanGongItem | undefined, readonly string[]])[] = [
  ["total", undefined, ["合计", "“三公”经费合计"]],
  // A fee grouped over parts prints its own figure under it as 小计 / 合计 (`groupedFee`).
  [
    "abroad",
    "abroad",
    groupedFee(["因公出国（境）费", "因公出国（境）费用", "因公出国（境）经费"]),
  ],
  ["vehicles", "vehicles", VEHICLES.flatMap((v) => [`${v}/小计`, `${v}/合计`])],
  ["vehicles.purchase", "vehicles.purchase", VEHICLES.map((v) => `${v}/公务用车购置费`)],
  [
    "vehicles.operation",
    "vehicles.operation",
    VEHICLES.flatMap((v) => [`${v}/公务用车运行费`, `${v}/公务用车运行维护费`]),
  ],
  ["reception", "reception", groupedFee(["公务接待费"])],
];

/** A completion rate printed beside an item's figures (`完成率`, `执行率`): text, never a figure. */
const RATE = ["完成率", "预算完成率", "执行率", "预算执行率", "完成率(%)", "执行率(%)"];

/**
 * Counts printed beside the 三公 figures (`公务接待批次（个）`, `公务接待人次（人）`,
 * `公务用车保有量（辆）`; the unit note is read off the header): no money, kept as text.
 */
const COUNTS: readonly (readonly [string, readonly string[]])[] = [
  ["count.receptionBatches", ["公务接待批次", "国内公务接待批次", "接待批次"]],
  ["count.receptionVisitors", ["公务接待人次", "国内公务接待人次", "接待人次"]],
  ["count.foreignReceptionBatches", ["外事接待批次", "国（境）外公务接待批次"]],
  ["count.foreignReceptionVisitors", ["外事接待人次", "国（境）外公务接待人次"]],
  ["count.vehicles", ["公务用车保有量", "公务用车保有数", "车辆保有量"]],
  ["count.vehiclesBought", ["公务用车购置数", "购置公务用车数"]],
];

/**
 * The columns of 公务接待费's parts (this year's, each at most the 决算数 of the fee) and the text
 * columns of the counts (a budget's cells are left unread).
 */
function textColumns(): readonly ColumnSpec[] {
  const parts = receptionPartColumns((words) => itemHeaders(words, FINAL), ".final");
  const counts = COUNTS.map(([key, words]) =>
    plainColumn("text", key, [...words, ...itemHeaders(words, FINAL)]),
  );
  return [...parts, ...counts];
}

/**
 * Two columns per item: 预算数 (`period: "budget"`) and 决算数 (the outcome); a third where the
 * printer gives the budget as adjusted (`period: "adjusted"`), beside or instead of the 预算数;
 * and the item's completion rate as text where printed.
 */
function sanGongColumns(): readonly ColumnSpec[] {
  const items = ITEMS.flatMap(([key, item, wordings]) => {
    const base = item === undefined ? {} : { item };
    return [
      amount(`${key}.budget`, itemHeaders(wordings, BUDGET), { ...base, period: "budget" }),
      amount(`${key}.adjusted`, itemHeaders(wordings, ADJUSTED), { ...base, period: "adjusted" }),
      amount(`${key}.final`, itemHeaders(wordings, FINAL), base),
      plainColumn("text", `${key}.rate`, itemHeaders(wordings, RATE)),
    ];
  });
  return [...items, ...textColumns()];
}

/**
 * 财政拨款“三公”经费支出决算表: one row of 12 numbers, each item's 预算数 beside its 决算数 (or the
 * six 预算数 then the six 决算数, under the period; some printers give the 全年预算数 / 调整预算数
 * instead of or beside the 预算数; 公务接待费's parts and counts of 批次 / 人次 / 辆 as text where
 * printed); printed one item a row (`项目 | 预算数 |
 * 决算数`), the reader reads it as this row.
 */
export const finalSanGong: TableKind = {
  id: "sanGong",
  name: { "zh-CN": "财政拨款“三公”经费支出决算表", en: "“Three public expenses” final accounts" },
  titles: /*#__PURE__*/ finalTitles("财政拨款“三公”经费支出决算表"),
  rowKinds: ["single"],
  defaultUnit: "万元",
  concept: "sanGong",
  emptyNote: "optional",
  columns: /*#__PURE__*/ sanGongColumns(),
};
