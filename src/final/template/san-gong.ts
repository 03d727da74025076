import type { SanGongItem } from "../../facts";
import { amount } from "../../templates/build";
import type { ColumnSpec, TableKind } from "../../templates/types";
import { finalTitles } from "./summary";

const GROUP = "财政拨款“三公”经费";

/** The printed wordings of a 三公 item's header (under the group, and under 公务用车购置及运行（维护）费). */
function itemHeaders(wordings: readonly string[]): readonly string[] {
  return wordings.flatMap((w) => [`${GROUP}/${w}`, w]);
}

const VEHICLES = ["公务用车购置及运行费", "公务用车购置及运行维护费"];
const ITEMS: readonly (readonly [string, SanGongItem | undefined, readonly string[]])[] = [
  ["total", undefined, ["合计"]],
  ["abroad", "abroad", ["因公出国（境）费", "因公出国(境)费"]],
  ["vehicles", "vehicles", VEHICLES.map((v) => `${v}/小计`)],
  ["vehicles.purchase", "vehicles.purchase", VEHICLES.map((v) => `${v}/公务用车购置费`)],
  [
    "vehicles.operation",
    "vehicles.operation",
    VEHICLES.flatMap((v) => [`${v}/公务用车运行费`, `${v}/公务用车运行维护费`]),
  ],
  ["reception", "reception", ["公务接待费"]],
];

/** Two columns per item: 预算数 (`period: "budget"`) and 决算数 (the outcome). */
function sanGongColumns(): readonly ColumnSpec[] {
  return ITEMS.flatMap(([key, item, wordings]) => {
    const base = item === undefined ? {} : { item };
    return [
      amount(`${key}.budget`, itemHeaders(wordings.map((w) => `${w}/预算数`)), {
        ...base,
        period: "budget",
      }),
      amount(`${key}.final`, itemHeaders(wordings.map((w) => `${w}/决算数`)), base),
    ];
  });
}

/** 财政拨款“三公”经费支出决算表: one row of 12 numbers, each item's 预算数 beside its 决算数. */
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
