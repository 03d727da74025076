import { amount, concat, plainColumn } from "../build";
import { departmentalCodeColumns, ECONOMIC_NAME_HEADERS, ORG_CODE_HEADERS } from "../columns";
import type { TableKind } from "../types";
import { otherSubjects } from "./subjects";

/**
 * 机关运行经费预算表 (机关运行经费表): the 机关运行经费 of the department, by unit or by economic 款
 * (办公费, 印刷费 …), in one column: concept `operatingCost`, so a 合计 is the sum of its rows
 * (`rollup`), the same figure as the 三公 table's 机关运行经费 where one prints it (`same-fact`),
 * and within the profile's definition (`operatingCost.definition`). Not in a template whose
 * `operatingCost` is another measure (Henan's 机构运转经费). Never derived from a ledger.
 */
export const agencyOperating: TableKind = {
  id: "agencyOperating",
  name: { "zh-CN": "机关运行经费预算表", en: "Government operating costs" },
  titles: [
    "机关运行经费预算表",
    "机关运行经费表",
    "机关运行经费预算情况表",
    "一般公共预算机关运行经费预算表",
    "一般公共预算机关运行经费支出表",
    "部门机关运行经费预算表",
  ],
  titleExcludes: /*#__PURE__*/ otherSubjects("operating"),
  rowKinds: ["total", "org", "economic", "single"],
  defaultUnit: "万元",
  concept: "operatingCost",
  emptyNote: "optional",
  derived: false,
  columns: /*#__PURE__*/ concat(departmentalCodeColumns, [
    /*#__PURE__*/ plainColumn("org", "org", [...ORG_CODE_HEADERS, "单位编码"]),
    /*#__PURE__*/ plainColumn("name", "name", [...ECONOMIC_NAME_HEADERS, "单位名称", "项目"]),
    {
      .../*#__PURE__*/ amount("total", ["机关运行经费", "机关运行经费预算数", "机关运行经费预算"]),
      // A bare `合计` / `金额` is the figure where nothing names the 机关运行经费; beside one (a 三公
      // table's columns printed with it) it is another sum, left unread (coverage).
      fallback: ["预算数", "金额", "预算金额", "合计"],
    },
  ]),
};
