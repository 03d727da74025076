import { amount, codeColumns, concat, line, plainColumn } from "../../templates/build";
import { DEPARTMENTAL_CODE_GROUPS, ECONOMIC_NAME_HEADERS } from "../../templates/columns";
import type { TableKind } from "../../templates/types";
import { finalTitles, SPENDING_OUTCOME } from "./summary";

/**
 * 一般公共预算财政拨款基本支出决算表: 经济分类 类 / 款 rows with their 决算数 (301 and 303 in the left
 * block, 302 and 310 in the right one: read as one list), and the footer 人员经费合计 / 公用经费合计
 * as labelled lines of the grid. Other printers give each row `合计 | 人员经费 | 公用经费` (a row's
 * figure under 合计 and under the nature of its class), in one list or in the two blocks: 合计 on
 * 30101 states the same fact as 人员经费 on 30101 (基本支出 on a 301 code is 人员经费). The footer
 * lines may be printed without 合计 (人员经费, 公用经费) or with 小计, the total as 基本支出(合计). Printed
 * as one list, each nature's line may instead head (or close) its section of rows, as the block
 * total of the side-by-side layout, and be printed again in the footer: one statement twice.
 */
export const finalGpbBasic: TableKind = {
  id: "gpbBasic",
  name: {
    "zh-CN": "一般公共预算财政拨款基本支出决算表",
    en: "General public budget appropriation basic expenditure final accounts",
  },
  titles: /*#__PURE__*/ finalTitles("一般公共预算财政拨款基本支出决算表"),
  rowKinds: ["total", "economic", "line"],
  defaultUnit: "万元",
  concept: "spending",
  fixed: { fund: "gpb" },
  emptyNote: "optional",
  columns: /*#__PURE__*/ concat(
    /*#__PURE__*/ codeColumns("econ", "departmental", 2, DEPARTMENTAL_CODE_GROUPS),
    [
      /*#__PURE__*/ plainColumn("name", "econ.name", ECONOMIC_NAME_HEADERS),
      /*#__PURE__*/ amount("amount", SPENDING_OUTCOME, {
        nature: "basic",
      }),
      /*#__PURE__*/ amount("total", ["合计", "基本支出/合计", "基本支出合计"], { nature: "basic" }),
      /*#__PURE__*/ amount("personnel", ["人员经费", "基本支出/人员经费"], {
        nature: "basic.personnel",
      }),
      /*#__PURE__*/ amount("public", ["公用经费", "基本支出/公用经费"], { nature: "basic.public" }),
    ],
  ),
  lines: [
    /*#__PURE__*/ line("personnel", "spending", ["人员经费合计", "人员经费小计", "人员经费"], {
      nature: "basic.personnel",
    }),
    /*#__PURE__*/ line("public", "spending", ["公用经费合计", "公用经费小计", "公用经费"], {
      nature: "basic.public",
    }),
    // The table's total labelled by what it totals: the whole of 基本支出.
    /*#__PURE__*/ line("basic", "spending", ["基本支出合计", "基本支出小计", "基本支出"], {
      nature: "basic",
    }),
  ],
};
