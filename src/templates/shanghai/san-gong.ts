import { amount } from "../build";
import { BUDGET_AMOUNT_HEADINGS } from "../columns";
import { groupedFee, receptionPartColumns } from "../san-gong-parts";
import type { TableKind } from "../types";

/**
 * The headers of a 三公 column: its wording under “三公”经费预算数, bare, and with the amount's
 * heading below it (`公务接待费/预算数`, as a table printed one item a row is read).
 */
const sanGongHeaders = (wording: string): readonly string[] => [
  `“三公”经费预算数/${wording}`,
  wording,
  ...BUDGET_AMOUNT_HEADINGS.map((a) => `${wording}/${a}`),
];

/** The headers of a column under 公务用车购置及运行费, one per wording. */
const vehicleHeaders = (wordings: readonly string[]): readonly string[] =>
  wordings.flatMap((w) => sanGongHeaders(`公务用车购置及运行费/${w}`));

/** One row in 万元: the 三公 items, then 机关运行经费 (concept `operatingCost`). */
export const sanGongAndOperating: TableKind = {
  id: "sanGongAndOperating",
  name: {
    "zh-CN": "“三公”经费和机关运行经费预算表",
    en: "“Three public expenses” and government operating costs",
  },
  titles: [
    "单位“三公”经费和机关运行经费预算表",
    "部门“三公”经费和机关运行经费预算表",
    "“三公”经费和机关运行经费预算表",
    "“三公”经费及机关运行经费预算表",
    "“三公”经费、机关运行经费预算表",
  ],
  rowKinds: ["single"],
  defaultUnit: "万元",
  concept: "sanGong",
  emptyNote: "optional",
  columns: [
    // 小计 / 总计 under “三公”经费预算数 is its total too (not under 公务用车购置及运行费: that item's).
    /*#__PURE__*/ amount("total", [
      .../*#__PURE__*/ sanGongHeaders("合计"),
      "“三公”经费预算数/小计",
      "“三公”经费预算数/总计",
    ]),
    // Bracket widths, 运行维护费 and 经费 / 费用 wordings are read as these (templates/wording.ts).
    // A fee grouped over parts prints its own figure under it as 小计 / 合计 (`groupedFee`).
    /*#__PURE__*/ amount(
      "abroad",
      /*#__PURE__*/ groupedFee(["因公出国(境)费"]).flatMap(sanGongHeaders),
      { item: "abroad" },
    ),
    /*#__PURE__*/ amount(
      "reception",
      /*#__PURE__*/ groupedFee(["公务接待费"]).flatMap(sanGongHeaders),
      { item: "reception" },
    ),
    // 公务接待费's parts under 其中 (国内 / 外事接待费): each at most it, never it nor summed.
    .../*#__PURE__*/ receptionPartColumns((words) => words.flatMap(sanGongHeaders)),
    /*#__PURE__*/ amount("vehicles", /*#__PURE__*/ vehicleHeaders(["小计", "合计"]), {
      item: "vehicles",
    }),
    /*#__PURE__*/ amount(
      "vehicles.purchase",
      /*#__PURE__*/ vehicleHeaders(["购置费", "公务用车购置费"]),
      { item: "vehicles.purchase" },
    ),
    /*#__PURE__*/ amount(
      "vehicles.operation",
      /*#__PURE__*/ vehicleHeaders(["运行费", "公务用车运行费"]),
      { item: "vehicles.operation" },
    ),
    /*#__PURE__*/ amount(
      "operatingCost",
      // `（财政拨款）`: the table is of 财政拨款 money, so the note names the same figure.
      /*#__PURE__*/ ["机关运行经费", "机关运行经费（财政拨款）"].flatMap((w) => [
        `${w}预算数`,
        `${w}预算`,
        w,
        ...BUDGET_AMOUNT_HEADINGS.map((a) => `${w}/${a}`),
      ]),
      undefined,
      {
        concept: "operatingCost",
      },
    ),
  ],
};
