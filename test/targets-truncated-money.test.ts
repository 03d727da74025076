/**
 * A 项目支出绩效目标表 printing its projects' money at a coarser precision than the 项目支出表 by
 * cutting the digits off instead of rounding them (DOMAIN §4: texts and tables may truncate):
 * 128,765元 printed 12.87万元. Each project's total and their sum are reported as `truncated`
 * (a warning), never as an error; a figure truncation does not explain is still an error.
 */
import { describe, expect, it } from "vitest";
import type { Table } from "../src/disclosure";
import { readPrintedTable } from "../src/printed";
import { checkAlone, HENAN_DISTRICT } from "../src/printed/test-support";
import { RULES, renderFinding } from "../src/rules";
import { henan2024 } from "../src/templates";

function check(
  unit: string,
  projects: readonly string[],
  targetsUnit: string,
  money: readonly string[],
) {
  const names = ["社区养老服务补助", "城乡低保资金", "残疾人两项补贴"].slice(0, money.length);
  const total = projects[0] as string;
  const printed = [
    {
      title: "2024年项目支出预算表",
      unit,
      headers: ["项目名称", "合计", "本年拨款/一般公共预算"],
      rows: [
        ["合计", total, total],
        ...names.map((n, i) => [n, projects[i + 1] as string, projects[i + 1] as string]),
      ],
    },
    {
      title: "2024年项目支出绩效目标表",
      unit: targetsUnit,
      headers: ["项目名称", "资金总额", "一级指标", "二级指标", "三级指标", "指标值"],
      rows: names.flatMap((n, i) => [
        [n, money[i] as string, "产出指标", "数量指标", "补助人数", "≥100人"],
        ["", "", "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥95%"],
      ]),
    },
  ];
  const tables: Table[] = printed.map(
    (p) => readPrintedTable(p, { template: henan2024 }).table as Table,
  );
  const found = checkAlone(tables, HENAN_DISTRICT).findings.filter(
    (f) => f.ruleId.startsWith("targets.") && f.severity !== "info",
  );
  return {
    findings: found.map((f) => `${f.severity} ${f.ruleId} ${f.params?.status ?? ""}`),
    messages: found.map((f) => renderFinding(f, RULES, "zh-CN")),
  };
}

describe("targets' money truncated, the 项目支出表 finer", () => {
  it("元 table, 万元 targets cut to 2 decimals: each and the sum truncated, no error", () => {
    const r = check(
      "单位：元",
      ["386295.00", "128765.00", "128765.00", "128765.00"],
      "单位：万元",
      ["12.87", "12.87", "12.87"],
    );
    expect(r.findings).toEqual([
      "warning targets.money truncated",
      "warning targets.money truncated",
      "warning targets.money truncated",
      "warning targets.sum truncated",
    ]);
    expect(r.messages.at(-1)).toContain("与截尾（舍去尾数而非四舍五入）结果相符");
  });

  it("other precisions and printers: 1 decimal, a 万元 table with 4 decimals, some parts exact", () => {
    for (const [unit, projects, money] of [
      ["单位：元", ["257530", "128765", "128765"], ["12.8", "12.8"]],
      ["单位：万元", ["25.7530", "12.8765", "12.8765"], ["12.87", "12.87"]],
      // one project's money exact, the others truncated
      [
        "单位：元",
        ["377530.00", "120000.00", "128765.00", "128765.00"],
        ["12.00", "12.87", "12.87"],
      ],
    ] as const) {
      const r = check(unit, projects, "单位：万元", money);
      expect(r.findings.filter((f) => f.startsWith("error"))).toEqual([]);
      expect(r.findings).toContain("warning targets.money truncated");
      // the sum truncated, or within the rounding of its three parts (info)
      expect(r.findings.filter((f) => f.includes("targets.sum"))).toEqual(
        money.length === 3 ? [] : ["warning targets.sum truncated"],
      );
    }
  });

  it("a sum truncation does not explain is still an error", () => {
    // 12.87 + 12.92: 25.79 truncated stands for [25.79, 25.81]; 项目支出 257,530元 is outside
    const r = check("单位：元", ["257530.00", "128765.00", "128765.00"], "单位：万元", [
      "12.87",
      "12.92",
    ]);
    expect(r.findings).toContain("error targets.sum differ");
    expect(r.findings).toContain("error targets.money differ");
  });
});
