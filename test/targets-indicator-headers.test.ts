/**
 * 绩效目标 tables whose indicator columns are headed as other printers head them: the comparison in
 * a sign column of its own (`指标值符号`, `运算符号`: `≥ | 95 | 人次` is `≥95人次`, beside a 指标性质
 * of `定量` too), the value's explanation under `指标值说明` / `指标解释` / `指标说明`, the 一级 and 三级
 * under `指标类别` / `指标名称`. (A bare `单位` beside the value is its unit, elsewhere the budget unit's name: targets-measure-unit.test.ts.) Every targets kind (a table of projects, Shanghai's, a department's
 * 整体绩效目标表) reads the same headers, with nothing left over and the comparison kept; a truly
 * wrong value (a satisfaction above 100%) is still found.
 */
import { describe, expect, it } from "vitest";
import type { Indicator } from "../src/disclosure";
import { validateTargets } from "../src/performance";
import { henan2024, shanghai, type Template } from "../src/templates";
import { readPrintedTargets as read } from "./support/disclosures";

const PROJECTS = "2025年项目支出绩效目标表";
const DEPARTMENT = "部门（单位）整体绩效目标表";

/** Each indicator printed as `[一级, 二级, 三级, …]` under the given indicator headers. */
const INDICATORS: readonly (readonly [string, string, string])[] = [
  ["产出指标", "数量指标", "培训人次"],
  ["满意度指标", "服务对象满意度指标", "服务对象满意度"],
];

/** Indicator headers after 一级 / 二级 / 三级, and each indicator's cells under them. */
const VARIANTS: readonly (readonly [string, readonly string[], readonly (readonly string[])[]])[] =
  [
    [
      "指标值说明",
      ["指标值", "指标值说明"],
      [
        ["≥95人次", "全年培训"],
        ["≥90%", "问卷调查"],
      ],
    ],
    [
      "指标解释",
      ["指标值", "指标解释"],
      [
        ["≥95人次", "全年培训"],
        ["≥90%", "问卷调查"],
      ],
    ],
    [
      "指标说明",
      ["指标值", "指标说明"],
      [
        ["≥95人次", "全年培训"],
        ["≥90%", "问卷调查"],
      ],
    ],
    [
      "指标值符号",
      ["指标值符号", "指标值", "计量单位"],
      [
        ["≥", "95", "人次"],
        ["≥", "90", "%"],
      ],
    ],
    [
      "运算符号",
      ["运算符号", "指标值", "计量单位"],
      [
        ["≥", "95", "人次"],
        ["≥", "90", "%"],
      ],
    ],
    [
      "符号",
      ["符号", "指标值", "度量单位"],
      [
        ["≥", "95", "人次"],
        ["≥", "90", "%"],
      ],
    ],
    [
      "指标单位 + 指标性质 (定量)",
      ["指标值", "指标单位", "指标性质"],
      [
        ["≥95", "人次", "定量"],
        ["≥90", "%", "定量"],
      ],
    ],
    [
      "指标性质 (定量) + 指标值符号 + 计量单位 + 指标值说明",
      ["指标性质", "指标值符号", "指标值", "计量单位", "指标值说明"],
      [
        ["定量", "≥", "95", "人次", "全年培训"],
        ["定量", "≥", "90", "%", "问卷调查"],
      ],
    ],
  ];

const explained = (headers: readonly string[]) =>
  headers.some((h) => ["指标值说明", "指标解释", "指标说明"].includes(h));

function projects(
  template: Template,
  headers: readonly string[],
  cells: readonly (readonly string[])[],
  levels = ["一级指标", "二级指标", "三级指标"],
) {
  return read(
    [
      {
        title: PROJECTS,
        unit: "单位：万元",
        headers: ["项目名称", "资金总额", ...levels, ...headers],
        rows: INDICATORS.map((l, k) => [
          k ? "" : "某某项目",
          k ? "" : "10.00",
          ...l,
          ...(cells[k] ?? []),
        ]),
      },
    ],
    template,
  );
}

function department(
  headers: readonly string[],
  cells: readonly (readonly string[])[],
  levels = ["一级指标", "二级指标", "三级指标"],
) {
  return read(
    [
      {
        title: DEPARTMENT,
        unit: "单位：万元",
        headers: [...levels, ...headers],
        rows: INDICATORS.map((l, k) => [...l, ...(cells[k] ?? [])]),
      },
    ],
    henan2024,
  );
}

const shown = (indicators: readonly Indicator[] | undefined) =>
  indicators?.map((i) => [i.name, i.value, i.explanation ?? ""]);

const expected = (headers: readonly string[]) => [
  ["培训人次", "≥95人次", explained(headers) ? "全年培训" : ""],
  ["服务对象满意度", "≥90%", explained(headers) ? "问卷调查" : ""],
];

describe("indicator columns headed as other printers head them", () => {
  for (const [name, template] of [
    ["henan2024", henan2024],
    ["shanghai", shanghai],
  ] as const)
    it.each(VARIANTS)(`${name} table of projects: %s`, (_, headers, cells) => {
      const { targets, left } = projects(template, headers, cells);
      expect(left).toEqual([]);
      expect(shown(targets?.projects[0]?.indicators)).toEqual(expected(headers));
    });

  it.each(VARIANTS)("department 整体绩效目标表: %s", (_, headers, cells) => {
    const { targets, left } = department(headers, cells);
    expect(left).toEqual([]);
    expect(shown(targets?.department?.indicators)).toEqual(expected(headers));
  });

  it.each([
    ["指标类别", "二级指标", "指标名称"],
    ["一级指标", "二级指标", "指标名称"],
    ["指标类别", "二级指标", "三级指标"],
  ])("the levels headed %s / %s / %s, on every kind", (...levels) => {
    const cells = [
      ["≥95人次", "全年培训"],
      ["≥90%", "问卷调查"],
    ];
    const headers = ["指标值", "指标解释"];
    const d = department(headers, cells, levels);
    expect(d.left).toEqual([]);
    expect(shown(d.targets?.department?.indicators)).toEqual(expected(headers));
    expect(d.targets?.department?.indicators[1]?.level1).toBe("满意度指标");
    for (const template of [henan2024, shanghai]) {
      const p = projects(template, headers, cells, levels);
      expect(p.left).toEqual([]);
      expect(shown(p.targets?.projects[0]?.indicators)).toEqual(expected(headers));
    }
  });
});

describe("bites: a wrong value read through a sign column is still found", () => {
  it.each([["指标值符号"], ["运算符号"]])(
    "%s: a satisfaction ≥ 120 % is share-above-whole",
    (sign) => {
      const cells = [
        ["≥", "95", "人次"],
        ["≥", "120", "%"],
      ];
      const headers = [sign, "指标值", "计量单位"];
      for (const template of [henan2024, shanghai]) {
        const { targets } = projects(template, headers, cells);
        expect(targets?.projects[0]?.indicators[1]?.value).toBe("≥120%");
        const found = targets === undefined ? [] : validateTargets(targets);
        expect(found.map((p) => [p.code, p.path.join("/")])).toContainEqual([
          "share-above-whole",
          "projects/0/indicators/1/value",
        ]);
      }
      const d = department(headers, cells);
      const found = d.targets === undefined ? [] : validateTargets(d.targets);
      expect(found.map((p) => [p.code, p.path.join("/")])).toContainEqual([
        "share-above-whole",
        "department/indicators/1/value",
      ]);
    },
  );

  it("a project's parts over its total are still an error, the sign column read", () => {
    const { targets } = read(
      [
        {
          title: PROJECTS,
          unit: "单位：万元",
          headers: [
            "项目名称",
            "资金总额",
            "财政拨款",
            "一级指标",
            "二级指标",
            "三级指标",
            "运算符号",
            "指标值",
            "计量单位",
          ],
          rows: [
            ["某某项目", "10.00", "12.00", "产出指标", "数量指标", "培训人次", "≥", "95", "人次"],
          ],
        },
      ],
      henan2024,
    );
    expect(targets?.projects[0]?.indicators[0]?.value).toBe("≥95人次");
    const found = targets === undefined ? [] : validateTargets(targets);
    expect(found.filter((p) => p.severity === "error").map((p) => p.code)).toContain(
      "money-part-exceeds",
    );
  });
});
