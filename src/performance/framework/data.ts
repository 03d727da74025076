import type { IndicatorFramework, Level2Spec } from "./types";

const spec = (id: string, ...names: string[]): Level2Spec => ({ id, names });

const OUTPUT: readonly Level2Spec[] = [
  /*#__PURE__*/ spec("quantity", "数量指标"),
  /*#__PURE__*/ spec("quality", "质量指标"),
  /*#__PURE__*/ spec("timeliness", "时效指标"),
];
const BENEFIT: readonly Level2Spec[] = [
  /*#__PURE__*/ spec("economic", "经济效益指标"),
  /*#__PURE__*/ spec("social", "社会效益指标"),
  /*#__PURE__*/ spec("ecological", "生态效益指标", "环境效益指标", "生态环境效益指标"),
  /*#__PURE__*/ spec("sustainable", "可持续影响指标"),
];
const SATISFACTION: readonly Level2Spec[] = [
  /*#__PURE__*/ spec("serviceUsers", "服务对象满意度指标", "社会公众或服务对象满意度指标"),
];

/**
 * The current project target tree (财预〔2021〕101号, K): 一级 成本 / 产出 / 效益 / 满意度, 成本 with
 * 经济·社会·生态环境成本, 产出 with 数量·质量·时效, 效益 with 经济·社会·生态 and 可持续影响, 满意度 with
 * 服务对象满意度. The Henan 汇总表 prints only the 一级 (S).
 *
 * @example
 * ```ts
 * import { PROJECT_FRAMEWORK } from "yusuan/performance";
 * PROJECT_FRAMEWORK.level1[0]?.level2.map((s) => s.id); // ["economic", "social", "ecological"]
 * ```
 */
export const PROJECT_FRAMEWORK: IndicatorFramework = {
  id: "project2021",
  name: { "zh-CN": "项目支出绩效指标（2021）", en: "Project targets (2021)" },
  basis: "财预〔2021〕101号 (K); Henan 2024 fixture 项目绩效目标汇总表 (S)",
  level1: [
    {
      category: "cost",
      names: ["成本指标"],
      level2: [
        /*#__PURE__*/ spec("economic", "经济成本指标"),
        /*#__PURE__*/ spec("social", "社会成本指标"),
        /*#__PURE__*/ spec("ecological", "生态环境成本指标"),
      ],
    },
    { category: "output", names: ["产出指标"], level2: OUTPUT },
    { category: "benefit", names: ["效益指标"], level2: BENEFIT },
    { category: "satisfaction", names: ["满意度指标"], level2: SATISFACTION },
  ],
};

/**
 * The older project target tree (财预〔2020〕10号 era, K): 成本 is a 二级 under 产出 (数量 · 质量 ·
 * 时效 · 成本), with 一级 产出 / 效益 / 满意度.
 *
 * @example
 * ```ts
 * import { LEGACY_PROJECT_FRAMEWORK } from "yusuan/performance";
 * LEGACY_PROJECT_FRAMEWORK.level1[0]?.level2.map((s) => s.id); // ["quantity", "quality", "timeliness", "cost"]
 * ```
 */
export const LEGACY_PROJECT_FRAMEWORK: IndicatorFramework = {
  id: "projectLegacy",
  name: { "zh-CN": "项目支出绩效指标（成本属产出）", en: "Project targets (cost under output)" },
  basis: "财预〔2020〕10号 era local templates (K)",
  level1: [
    {
      category: "output",
      names: ["产出指标"],
      level2: /*#__PURE__*/ OUTPUT.concat(/*#__PURE__*/ spec("cost", "成本指标")),
    },
    { category: "benefit", names: ["效益指标"], level2: BENEFIT },
    { category: "satisfaction", names: ["满意度指标"], level2: SATISFACTION },
  ],
};

/**
 * The Henan 2024 department-wide tree (部门（单位）整体绩效目标表, S): 投入管理指标 (工作目标管理, 预算和财务
 * 管理, 绩效管理), 产出指标 (重点工作任务完成, 履职目标实现), 效益指标 (履职效益), 满意度 (服务对象满意度).
 *
 * @example
 * ```ts
 * import { HENAN_DEPARTMENT_FRAMEWORK } from "yusuan/performance";
 * HENAN_DEPARTMENT_FRAMEWORK.level1.map((l) => l.names[0]); // ["投入管理指标", "产出指标", "效益指标", "满意度"]
 * ```
 */
export const HENAN_DEPARTMENT_FRAMEWORK: IndicatorFramework = {
  id: "henanDepartment2024",
  name: { "zh-CN": "河南部门整体绩效指标（2024）", en: "Henan department-wide targets (2024)" },
  basis: "Henan 2024 fixture 预算13表 (S)",
  level1: [
    {
      category: "input",
      names: ["投入管理指标", "投入指标"],
      level2: [
        /*#__PURE__*/ spec("goals", "工作目标管理"),
        /*#__PURE__*/ spec("finance", "预算和财务管理"),
        /*#__PURE__*/ spec("performance", "绩效管理"),
      ],
    },
    {
      category: "output",
      names: ["产出指标"],
      level2: [
        /*#__PURE__*/ spec("tasks", "重点工作任务完成"),
        /*#__PURE__*/ spec("duties", "履职目标实现"),
      ],
    },
    {
      category: "benefit",
      names: ["效益指标"],
      level2: [/*#__PURE__*/ spec("duties", "履职效益")],
    },
    {
      category: "satisfaction",
      names: ["满意度", "满意度指标"],
      level2: [/*#__PURE__*/ spec("serviceUsers", "服务对象满意度", "服务对象满意度指标")],
    },
  ],
};

/**
 * The project frameworks tried in order when placing a project's indicators: the current tree,
 * then the older one.
 *
 * @example
 * ```ts
 * import { PROJECT_FRAMEWORKS } from "yusuan/performance";
 * PROJECT_FRAMEWORKS.map((f) => f.id); // ["project2021", "projectLegacy"]
 * ```
 */
export const PROJECT_FRAMEWORKS: readonly IndicatorFramework[] = [
  PROJECT_FRAMEWORK,
  LEGACY_PROJECT_FRAMEWORK,
];
