/**
 * The words around a count of the narrative that say what it counts (as data): the kinds of
 * project (`重点项目3个`) and the words that leave a count of vehicles all of them (`共有车辆`,
 * `车辆保有量为3辆`) rather than naming a kind (`执法执勤车辆`).
 */
import { OWN_NAMES } from "./unit-words";

/**
 * Words right before 项目 that name a kind of project (`重点项目3个`, `新增项目2个`, `二级项目5个`);
 * with `…类` (`特定目标类项目`), the only ones: any other word (`共安排项目`, `绩效目标管理项目`,
 * `部门预算项目`) leaves the count of all projects. @internal
 */
export const PROJECT_KINDS: readonly string[] = [
  "重点",
  "一级",
  "二级",
  "三级",
  "新增",
  "新设",
  "新建",
  "延续",
  "续建",
  "续支",
  "经常性",
  "一次性",
  "跨年度",
];

/**
 * Words right before 车辆 / 车 that leave a count of vehicles all of them (`共有车辆`, `购置车辆`,
 * `本单位车辆`, `公务车辆`, `占有使用车辆`); any other word names a kind (`执法执勤车辆`, `救护车`). @internal
 */
export const ALL_VEHICLES_BEFORE: readonly string[] = [
  ..."的有共计置买购增新",
  ...OWN_NAMES,
  "公务",
  "使用",
];

/**
 * Words between a vehicle noun and its count that only say it is counted (`车辆保有量为3辆`,
 * `车辆数共计3辆`): the noun still names what is counted. @internal
 */
export const VEHICLE_COUNT_TAILS: readonly string[] = [
  "保有量",
  "总数",
  "数量",
  "总量",
  "合计",
  "共计",
  "总计",
  "数",
  "共",
  "计",
  "为",
  "是",
  "达",
];

/**
 * Words of an action done to some of what is counted, or of a review of some of it (`计划处置1辆`,
 * `更新0辆`, `拟开展重点绩效评价项目2个`, `开展事前绩效评估的项目2个`): in a count's clause before
 * it, the count is of those only, never of all the vehicles or projects held. (Buying is read
 * apart: `购置车辆1辆` is the count of vehicles to buy.) @internal
 */
export const COUNT_ACTIONS: readonly string[] = [
  "处置",
  "更新",
  "报废",
  "淘汰",
  "拍卖",
  "出售",
  "转让",
  "调剂",
  "调拨",
  "调出",
  "调入",
  "划转",
  "划入",
  "划出",
  "移交",
  "上缴",
  "封存",
  "评价",
  "评估",
  "自评",
  "抽查",
  "核查",
  "审计",
];
