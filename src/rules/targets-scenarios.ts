/**
 * Scenarios of the performance-target rules for the message tests (not part of the library):
 * small disclosures that make each `targets.*` rule report. @internal
 */
import { type Table, type Targets, tableBuilder } from "../disclosure";
import { henan2024 } from "../templates";

const h = (kind: string) => tableBuilder(henan2024, kind);

/** A scenario: tables, and targets given as data. @internal */
export interface TargetScenario {
  readonly tables: readonly Table[];
  readonly targets?: Targets;
}

/** 项目支出表 with 甲 10.00 and 乙 5.00. @internal */
export const PROJECTS: Table = h("projects")
  .total({ total: "15.00" })
  .project("甲", { type: "特定目标类", total: "10.00" })
  .project("乙", { type: "特定目标类", total: "5.00" })
  .build().value;

const indicators = {
  "output.name": "数量",
  "output.value": "≥1个",
  "satisfaction.name": "满意度",
  "satisfaction.value": "≥90%",
};

/** Per rule id, the scenarios that make it report. @internal */
export const TARGET_SCENARIOS: Readonly<Record<string, readonly TargetScenario[]>> = {
  "targets.money": [
    {
      tables: [
        PROJECTS,
        h("projectTargets")
          .project("甲", { total: "11.00", ...indicators })
          .project("乙", { total: "5.00", ...indicators })
          .build().value,
      ],
    },
    // Targets without a project table to compare with: insufficient data.
    {
      tables: [],
      targets: {
        unit: "万元",
        projects: [{ name: "甲", money: { total: "1.00" }, indicators: [] }],
      },
    },
  ],
  "targets.sum": [
    {
      tables: [
        h("expenditure").total({ total: "20.00", project: "20.00" }).build().value,
        h("projectTargets")
          .project("甲", { total: "30.00", ...indicators })
          .build().value,
      ],
    },
  ],
  "targets.coverage": [
    {
      tables: [
        PROJECTS,
        h("projectTargets")
          .project("甲", { total: "10.00" })
          .project("丙", { total: "1.00", ...indicators })
          .build().value,
      ],
    },
    { tables: [PROJECTS] },
  ],
  "targets.budget": [
    {
      tables: [
        h("summary").line("revenue.total", { "income.amount": "969.16" }).build().value,
        h("departmentTargets")
          .line("budget.total", { amount: "969.06" })
          .line("budget.government", { amount: "969.06" })
          .build().value,
      ],
    },
    {
      // 上年结转 printed: whether 单位资金 holds it cannot be told, so it is not compared.
      tables: [
        h("summary")
          .line("revenue.carryover", { "income.amount": "2.00" })
          .line("revenue.total", { "income.amount": "12.00" })
          .build().value,
        h("departmentTargets")
          .line("budget.total", { amount: "12.00" })
          .line("budget.unitFunds", { amount: "12.00" })
          .build().value,
      ],
    },
  ],
  "targets.indicators": [
    {
      tables: [
        h("projectTargets")
          .project("甲", {
            total: "10.00",
            "indicator.level1": "效益指标",
            "indicator.name": "社会效益",
            "indicator.value": "≥",
          })
          .indicator(0, { "indicator.level1": "", "indicator.name": "", "indicator.value": "" })
          .indicator(1, {
            "indicator.level1": "产出指标",
            "indicator.name": "数量",
            "indicator.value": "",
          })
          .project("乙", {
            total: "5.00",
            "indicator.level1": "效益指标",
            "indicator.name": "x",
            "indicator.value": "持续",
          })
          .build().value,
      ],
    },
    {
      tables: [],
      targets: {
        unit: "万元",
        projects: [
          {
            name: "",
            money: {},
            indicators: [
              { level1: "", name: "无类别", value: "≥1个" },
              { level1: "决策指标", name: "立项", value: "规范" },
              { level1: "产出指标", level2: "满意度", name: "y", value: "≥1" },
            ],
          },
        ],
      },
    },
  ],
  "targets.formMoney": [
    {
      tables: [
        h("projectTargets")
          .project("甲", { total: "10.00", government: "9.00", unitFunds: "" })
          .build().value,
      ],
    },
    {
      tables: [],
      targets: {
        unit: "万元",
        projects: [
          { name: "乙", money: { total: "5.00", grant: "6.00", other: "1,0" }, indicators: [] },
        ],
        department: {
          tasks: [],
          budget: { total: "969.06", basic: "682.06", project: "287.01" },
          indicators: [],
        },
      },
    },
  ],
};
