import { plainColumn } from "../build";
import { budgetHeaders } from "../columns";
import { sanGongColumns } from "../henan2024/san-gong-operating";
import type { TableKind } from "../types";
import { otherSubjects } from "./subjects";

/**
 * “三公”经费、会议费、培训费预算表 (Beijing and others): the 三公 items (read as the 三公 table's
 * columns, `sanGong.sum` checked), then 会议费 (30215) and 培训费 (30216), which are no 三公 and
 * whose figure no other table prints on the same basis: kept as printed, stating no fact. A bare
 * `合计` or `总计` may sum the 三公 alone or with the two: kept as text too (only a `“三公”经费合计`
 * is the 三公 total).
 */
export const sanGongMeetings: TableKind = {
  id: "sanGongMeetings",
  name: {
    "zh-CN": "“三公”经费、会议费、培训费预算表",
    en: "“Three public expenses”, meetings and training",
  },
  titles: [
    "“三公”经费、会议费、培训费预算表",
    "“三公”经费及会议费、培训费预算表",
    "“三公”经费、会议费和培训费预算表",
    "“三公”经费、会议费、培训费支出预算表",
    "一般公共预算“三公”经费、会议费、培训费预算表",
    "一般公共预算“三公”经费、会议费、培训费支出表",
    "财政拨款“三公”经费、会议费、培训费预算表",
    "财政拨款“三公”经费及会议费、培训费预算表",
  ],
  titleExcludes: /*#__PURE__*/ otherSubjects("sanGong", "meetings"),
  rowKinds: ["single"],
  defaultUnit: "万元",
  concept: "sanGong",
  emptyNote: "optional",
  derived: false,
  columns: [
    {
      key: "total",
      role: "amount",
      headers: /*#__PURE__*/ budgetHeaders([
        "“三公”经费合计",
        "“三公”经费小计",
        "“三公”经费",
        "“三公”经费/合计",
        "“三公”经费/小计",
      ]),
    },
    // The items also under a `“三公”经费` group heading.
    ...sanGongColumns
      .filter((c) => c.key !== "total")
      .map((c) => ({ ...c, headers: [...c.headers, ...c.headers.map((h) => `“三公”经费/${h}`)] })),
    /*#__PURE__*/ plainColumn("text", "grandTotal", /*#__PURE__*/ budgetHeaders(["合计", "总计"])),
    /*#__PURE__*/ plainColumn("text", "meetings", /*#__PURE__*/ budgetHeaders(["会议费"])),
    /*#__PURE__*/ plainColumn("text", "training", /*#__PURE__*/ budgetHeaders(["培训费"])),
  ],
};
