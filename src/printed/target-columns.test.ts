/**
 * Indicator grids of other printers: the 指标值 under `标准值` / `年度目标值`, its unit in a column
 * of its own (`计量单位`, `度量单位`, `指标单位`; a bare `单位` away from the value, beside a `计量单位`,
 * names a budget unit; `月份`, `百分比` naming a unit), its
 * comparison under `指标性质` / `指标方向`. The value reads with its unit and comparison; a unit
 * column under a header the reader does not know is kept and reported (coverage), never dropped,
 * and never makes a correct table wrong.
 */
import { describe, expect, it } from "vitest";
import { functional2024 } from "../catalog/2024";
import type { Table } from "../disclosure";
import { parseIndicatorValue, readTargets, validateTargets } from "../performance";
import { henan2024, shanghai } from "../templates";
import { readPrintedTable } from "./read";
import type { PrintedTable } from "./types";

const head: PrintedTable = {
  title: "2024年项目支出绩效目标申报表",
  unit: "万元",
  headers: ["项目", "内容"],
  rows: [
    ["项目名称", "城乡居民医疗救助"],
    ["实施单位", "某区社会救助事务管理中心"],
    ["年度资金总额", "300.00"],
    ["年度绩效目标", "保障困难群众基本医疗需求"],
  ],
};

const grid = (value: string, unit: string, sense = "指标性质"): PrintedTable => ({
  title: "2024年项目支出绩效目标申报表",
  headers: ["一级指标", "二级指标", "三级指标", sense, value, unit],
  rows: [
    ["产出指标", "数量指标", "医疗救助人次", "≥", "1200", "人次"],
    ["", "时效指标", "救助周期", "≤", "12", "月"],
    ["", "", "审核时限", "≤", "十五", "个工作日"],
    ["", "质量指标", "救助准确率", "≥", "98", "百分比"],
    ["效益指标", "社会效益指标", "困难群众就医负担", "定性", "有效减轻", "/"],
    ["", "", "政策知晓度", "定性", "优", ""],
    ["满意度指标", "服务对象满意度指标", "救助对象满意度", "≥", "90～95", "%"],
  ],
});

function read(printed: readonly PrintedTable[]) {
  const tables: Table[] = [];
  const left: string[] = [];
  for (const p of printed) {
    const r = readPrintedTable(p, {
      template: shanghai,
      catalog: functional2024,
      departmentCode: "116",
    });
    for (const q of r.problems) if (q.severity !== "info") left.push(q.code);
    if (r.table !== undefined) tables.push(r.table);
  }
  const reading = readTargets(tables, shanghai);
  const targets = reading.targets;
  const problems = targets === undefined ? [] : validateTargets(targets, reading);
  const values = (targets?.projects[0]?.indicators ?? []).map((i) => {
    const v = parseIndicatorValue(i.value);
    return v.ok ? v.value : v.error;
  });
  return { left, reading, problems, values };
}

const EXPECTED = [
  { kind: "quantity", op: "≥", value: "1200", unit: "人次" },
  { kind: "quantity", op: "≤", value: "12", unit: "月" },
  { kind: "quantity", op: "≤", value: "15", unit: "个工作日" },
  { kind: "quantity", op: "≥", value: "98", unit: "%" },
  { kind: "qualitative", text: "有效减轻" },
  { kind: "qualitative", text: "优" },
  { kind: "range", low: "90", high: "95", unit: "%" },
];

describe("an indicator grid printing the unit and the comparison apart", () => {
  it.each([
    ["指标值", "计量单位", "指标性质"],
    ["指标值", "度量单位", "指标方向"],
    ["标准值", "指标单位", "指标性质"],
    ["年度目标值", "指标单位", "指标性质"],
    ["目标值", "计量单位", "指标方向"],
  ])("%s, %s, %s: each value reads with its unit and comparison", (value, unit, sense) => {
    const r = read([head, grid(value, unit, sense)]);
    expect(r.left).toEqual([]);
    expect(r.reading.problems).toEqual([]);
    expect(r.values).toEqual(EXPECTED);
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
  });

  it("a unit column under a header the reader does not know is kept and reported, not dropped", () => {
    const r = read([head, grid("指标值", "计量单位（月份）")]);
    // the unknown header is the reader's gap: reported, its cells listed unread
    expect(r.left).toEqual(["unknown-header"]);
    const unread = r.reading.problems.filter((p) => p.code === "unread-cell");
    expect(unread.map((p) => ("raw" in p ? p.raw : ""))).toEqual([
      "人次",
      "月",
      "个工作日",
      "百分比",
      "/",
      "%",
    ]);
    // the values read as printed, none wrong
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
  });

  it("bites: a value that is wrong is still wrong with its unit apart", () => {
    const bad: PrintedTable = {
      ...grid("指标值", "计量单位"),
      rows: [
        ["产出指标", "数量指标", "医疗救助人次", "≥", "12..00", "人次"],
        ["满意度指标", "服务对象满意度指标", "救助对象满意度", "≥", "95-90", "%"],
      ],
    };
    const r = read([head, bad]);
    expect(r.problems.map((p) => [p.code, "error" in p ? p.error.code : ""])).toEqual([
      ["malformed-value", "malformed-number"],
      ["malformed-value", "inverted-range"],
    ]);
  });
});

describe("a bare 单位 is a unit's name, not the indicators' unit", () => {
  it("a 项目支出绩效目标表 printing 单位 (the unit's name) and 计量单位 reads each value with its unit", () => {
    const lines = [
      ["产出指标", "数量指标", "培训人次", "≥", "1200", "人次"],
      ["", "", "培训时长", "≥", "12", "个月"],
      ["", "质量指标", "合格率", "≥", "95", "%"],
    ];
    const table: PrintedTable = {
      title: "项目支出绩效目标表",
      unit: "万元",
      headers: [
        "单位编码（项目编码）",
        "单位",
        "项目名称",
        "项目分类",
        "项目金额（万元）/资金总额",
        "项目金额（万元）/政府预算资金",
        "一级指标",
        "二级指标",
        "三级指标",
        "指标性质",
        "指标值",
        "计量单位",
      ],
      rows: lines.map((l, i) =>
        i === 0
          ? [
              "410305240000000017284",
              "郑州市某某局",
              "培训项目",
              "其他运转类",
              "50.00",
              "50.00",
              ...l,
            ]
          : ["", "", "", "", "", "", ...l],
      ),
    };
    const r = readPrintedTable(table, { template: henan2024, departmentCode: "116" });
    const reading = readTargets(r.table === undefined ? [] : [r.table], henan2024);
    const values = reading.targets?.projects.flatMap((p) => p.indicators.map((x) => x.value));
    expect(values).toEqual(["≥1200人次", "≥12个月", "≥95%"]);
  });
});

describe("指标性质 (定量 / 定性) and 指标方向 (≥ / ≤, 正向 / 反向) printed side by side", () => {
  const both = (nature: string, direction: string, swap = false): PrintedTable => {
    const cells = (n: string, d: string) => (swap ? [d, n] : [n, d]);
    return {
      title: "2024年项目支出绩效目标申报表",
      headers: [
        "一级指标",
        "二级指标",
        "三级指标",
        ...cells(nature, direction),
        "指标值",
        "计量单位",
      ],
      rows: [
        ["产出指标", "数量指标", "医疗救助人次", ...cells("定量", "≥"), "1200", "人次"],
        ["", "时效指标", "救助周期", ...cells("定量", "≤"), "12", "月"],
        ["", "", "审核时限", ...cells("定量", "≤"), "十五", "个工作日"],
        ["", "质量指标", "救助准确率", ...cells("定量", "≥"), "98", "百分比"],
        ["效益指标", "社会效益指标", "困难群众就医负担", ...cells("定性", "正向"), "有效减轻", "/"],
        ["", "", "政策知晓度", ...cells("定性", ""), "优", ""],
        [
          "满意度指标",
          "服务对象满意度指标",
          "救助对象满意度",
          ...cells("定量", "正向"),
          "90～95",
          "%",
        ],
      ],
    };
  };
  it.each([
    ["指标性质", "指标方向", false],
    ["指标性质", "指标方向", true],
    ["指标性质", "指标方向性", false],
    ["绩效指标/指标性质", "绩效指标/指标方向", false],
  ])("%s and %s (swapped: %s): each value reads with its comparison", (n, d, swap) => {
    const r = read([head, both(n, d, swap)]);
    expect(r.left).toEqual([]);
    expect(r.reading.problems).toEqual([]);
    expect(r.values).toEqual(EXPECTED);
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
  });

  it("bites: the comparison under 指标性质 with 正向 under 指标方向 still reads; a wrong value is still wrong", () => {
    const r = read([head, both("指标方向", "指标性质", true)]);
    expect(r.values).toEqual(EXPECTED);
    const bad = {
      ...both("指标性质", "指标方向"),
      rows: [["产出指标", "数量指标", "医疗救助人次", "定量", "≥", "12..00", "人次"]],
    };
    expect(read([head, bad]).problems.map((p) => p.code)).toEqual([
      "malformed-value",
      "no-satisfaction",
    ]);
  });
});
