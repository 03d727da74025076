import { plainColumn } from "../build";
import { projectTargets as henanProjectTargets } from "../henan2024/project-targets";
import { indicatorColumnSpecs } from "../indicator-headers";
import type { LineSpec, TableKind } from "../types";

/** A line of text (no amount fact): a form field recognised by its printed labels. */
const field = (id: string, labels: readonly string[]): LineSpec => ({ id, labels });

/** The columns of the form's indicator grid (the shared headers), its 三级 keyed `level3`. */
const INDICATOR = /*#__PURE__*/ indicatorColumnSpecs((part) => (part === "name" ? "level3" : part));

/**
 * 项目绩效目标申报表 / 填报表: one project a form. Its header block prints label / content pairs
 * (项目名称, 主管部门, 实施单位, 项目资金 with 年度资金总额 and 其中 财政拨款 / 上年结转 / 其他资金, or
 * by source or by the nature of the revenue, 总体目标), then the indicator grid (一级 / 二级 / 三级 / 指标值). The money lines state no fact of
 * the tables (the project is not a coordinate of the form): `yusuan/performance` checks them.
 * Printed for the major projects only (`some`).
 */
export const projectForm: TableKind = {
  id: "projectForm",
  name: { "zh-CN": "项目绩效目标申报表", en: "Project performance target form" },
  titles: [
    "项目绩效目标申报表",
    "项目支出绩效目标申报表",
    "财政项目支出绩效目标申报表",
    "财政支出项目绩效目标申报表",
    "项目绩效目标填报表",
    "项目支出绩效目标填报表",
    "财政项目支出绩效目标填报表",
    // The form as approved (the 2021 national 批复表): the same form.
    "项目绩效目标批复表",
    "项目支出绩效目标批复表",
  ],
  rowKinds: ["line", "indicator"],
  defaultUnit: "万元",
  emptyNote: "optional",
  columns: [
    /*#__PURE__*/ plainColumn("name", "label", ["项目", "栏目"]),
    /*#__PURE__*/ plainColumn("text", "content", ["内容", "填报内容"]),
    ...INDICATOR.columns,
  ],
  lines: [
    /*#__PURE__*/ field("form.name", ["项目名称"]),
    /*#__PURE__*/ field("form.code", ["项目编码", "项目代码"]),
    /*#__PURE__*/ field("form.department", [
      "主管部门",
      "主管部门名称",
      "主管单位",
      "主管部门及代码",
    ]),
    /*#__PURE__*/ field("form.implementer", ["实施单位", "项目实施单位", "项目单位"]),
    /*#__PURE__*/ field("form.money", ["项目资金", "项目资金（万元）", "项目资金情况"]),
    /*#__PURE__*/ field("money.total", ["年度资金总额", "资金总额"]),
    /*#__PURE__*/ field("money.grant", [
      "其中：财政拨款",
      "财政拨款",
      "其中：财政资金",
      "财政资金",
      // The year's grant (the 上年结转 printed beside it): `其中：本年财政拨款`.
      "本年财政拨款",
      "当年财政拨款",
    ]),
    /*#__PURE__*/ field("money.carryover", ["上年结转", "上年结转资金"]),
    /*#__PURE__*/ field("money.other", ["其他资金", "自筹资金", "单位自筹资金"]),
    // The money by source (Henan's 资金来源) or by the nature of the revenue (the 2021 national
    // form's 按收入性质分); `一般公共预算资金`, `政府性基金预算` … read as these (`SAME_WORDINGS`).
    // Each is a breakdown of its own, checked on its own (`yusuan/performance`'s MONEY_RELATIONS).
    /*#__PURE__*/ field("money.government", ["政府预算资金"]),
    /*#__PURE__*/ field("money.gpb", ["一般公共预算"]),
    /*#__PURE__*/ field("money.govFund", ["政府性基金预算"]),
    /*#__PURE__*/ field("money.soe", ["国有资本经营预算"]),
    /*#__PURE__*/ field("money.specialAccount", ["财政专户管理资金"]),
    /*#__PURE__*/ field("money.unitFunds", ["单位资金"]),
    /*#__PURE__*/ field("form.goal", ["总体目标", "年度目标", "年度绩效目标", "项目总体目标"]),
    /*#__PURE__*/ field("form.midTermGoal", ["中期目标", "中期绩效目标", "项目中期目标"]),
  ],
  targets: {
    form: "project",
    fields: {
      "form.name": "name",
      // 项目资金 printing its amount itself (no 年度资金总额 line): the total.
      "form.money": "money.total",
      "form.code": "code",
      "form.department": "department",
      "form.implementer": "implementer",
      "money.total": "money.total",
      "money.grant": "money.grant",
      "money.carryover": "money.carryover",
      "money.other": "money.other",
      "money.government": "money.government",
      "money.gpb": "money.gpb",
      "money.govFund": "money.govFund",
      "money.soe": "money.soe",
      "money.specialAccount": "money.specialAccount",
      "money.unitFunds": "money.unitFunds",
      "form.goal": "goal",
      "form.midTermGoal": "midTermGoal",
    },
    indicator: INDICATOR.indicator,
    headings: ["form.money"],
    // Shanghai prints a form for its major projects only (重大项目): the forms are not every
    // project's targets, their count and money not those of all projects with targets.
    some: true,
  },
};

/**
 * The projects' targets printed as one table, a project a block of rows (`项目支出绩效目标表`,
 * `重点项目绩效目标表`, as most provinces print them; Henan's layout): for a Shanghai department
 * printing its major projects so rather than one form each. The titles of the form stay the
 * form's; the table lists some projects only (the major ones).
 */
export const projectTargetsTable: TableKind = {
  ...henanProjectTargets,
  titles: /*#__PURE__*/ henanProjectTargets.titles.filter((t) => !projectForm.titles.includes(t)),
  targets: {
    ...(henanProjectTargets.targets as NonNullable<TableKind["targets"]>),
    some: true,
  },
};
