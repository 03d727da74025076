import { plainColumn } from "../build";
import { ORG_CODE_HEADERS } from "../columns";
import type { TableKind } from "../types";
import { otherSubjects } from "./subjects";

/** The kinds of vehicle printers count (公务用车 by use), each a column of counts. */
const VEHICLES = [
  ["vehicles.leaders", ["副部（省）级及以上领导用车", "领导用车"]],
  ["vehicles.principal", ["主要领导干部用车", "主要负责人用车"]],
  ["vehicles.confidential", ["机要通信用车"]],
  ["vehicles.emergency", ["应急保障用车"]],
  ["vehicles.enforcement", ["执法执勤用车"]],
  ["vehicles.special", ["特种专业技术用车"]],
  ["vehicles.retired", ["离退休干部用车", "离退休干部服务用车"]],
  ["vehicles.other", ["其他用车"]],
] as const;

/** Group headings printed above the vehicle columns. */
const VEHICLE_GROUPS = ["车辆（辆）", "车辆", "车辆数", "公务用车（辆）", "公务用车"];

/**
 * 国有资产占用情况表 (资产占用表): counts of vehicles by use, 房屋 areas and units of equipment
 * above a price, by unit or for the department. Counts and areas are no money: every column is
 * kept as printed, stating no fact (nothing checked, reported as coverage); its title is known,
 * so the table is read instead of reported as an unknown title.
 */
export const assets: TableKind = {
  id: "assets",
  name: { "zh-CN": "国有资产占用情况表", en: "State assets held" },
  titles: [
    "国有资产占用情况表",
    "国有资产占有使用情况表",
    "国有资产占用表",
    "资产占用情况表",
    "部门国有资产占用情况表",
    "单位国有资产占用情况表",
  ],
  titleExcludes: /*#__PURE__*/ otherSubjects("assets"),
  rowKinds: ["total", "org", "single"],
  defaultUnit: "万元",
  emptyNote: "optional",
  derived: false,
  columns: [
    /*#__PURE__*/ plainColumn("org", "org", [...ORG_CODE_HEADERS, "单位编码"]),
    /*#__PURE__*/ plainColumn("name", "name", ["单位名称", "项目", "预算单位"]),
    /*#__PURE__*/ plainColumn("text", "vehicles", [
      "车辆数合计",
      "车辆合计",
      "车辆总数",
      "公务用车合计",
      ...VEHICLE_GROUPS.flatMap((g) => [`${g}/合计`, `${g}/小计`]),
    ]),
    .../*#__PURE__*/ VEHICLES.map(([key, words]) =>
      plainColumn("text", key, [
        ...words,
        ...VEHICLE_GROUPS.flatMap((g) => words.map((w) => `${g}/${w}`)),
      ]),
    ),
    /*#__PURE__*/ plainColumn("text", "buildings", [
      "房屋（平方米）",
      "房屋面积",
      "房屋（平方米）/面积",
      "办公用房（平方米）",
      "办公用房面积",
      "房屋",
    ]),
    /*#__PURE__*/ plainColumn("text", "equipment.general", [
      "单价50万元以上通用设备（台，套）",
      "单价50万元（含）以上通用设备（台，套）",
      "单价50万元以上通用设备",
      "单价50万元（含）以上通用设备",
    ]),
    /*#__PURE__*/ plainColumn("text", "equipment.special", [
      "单价100万元以上专用设备（台，套）",
      "单价100万元（含）以上专用设备（台，套）",
      "单价100万元以上专用设备",
      "单价100万元（含）以上专用设备",
      "单价100万元以上设备",
    ]),
    /*#__PURE__*/ plainColumn("text", "assetsTotal", ["资产总额", "资产总计", "国有资产总额"]),
    /*#__PURE__*/ plainColumn("text", "other", ["其他", "备注"]),
  ],
};
