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
 * Words before 项目 and its count that name no kind of project (`2024年本部门实行绩效目标管理的项目11个`,
 * `共安排项目2个`, `部门预算项目共15个`, `涉及项目11个`): a year, the document's own name for itself,
 * 部门 / 单位 / 预算, a total word, the verbs of having or arranging projects and the words that
 * say the projects carry targets. Stripped from the end again and again (a longer word before
 * one it ends with); any other word left before 项目 (`信息化建设项目3个`, `专项项目二个`) names a
 * kind, as an organisation's name leaves the count that organisation's. @internal
 */
export const ALL_PROJECTS_BEFORE: readonly string[] = [
  "的",
  ...OWN_NAMES,
  "部门预算",
  "部门",
  "单位",
  "预算",
  "全年",
  "本年",
  "当年",
  "今年",
  "年度",
  "年",
  "共有",
  "共计",
  "合计",
  "总计",
  "全部",
  "一共",
  "共",
  "计",
  "有",
  "安排",
  "实施",
  "涉及",
  "设立",
  "设置",
  "设定",
  "编报",
  "编制",
  "申报",
  "纳入",
  "实行",
  "下达",
  "预算绩效管理",
  "绩效目标管理",
  "绩效目标",
  "绩效管理",
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
