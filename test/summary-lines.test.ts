/**
 * A 收支总表's 本年收入合计 (or, where it prints none, its 收入总计) against the lines printed above
 * it, and the same on the spending side: where the side is read whole, the lines it does not print
 * are none. Before, a table printing only some of the template's lines (`一、一般公共预算拨款收入`,
 * `二、政府性基金预算拨款收入`, no 事业收入 …) or no 本年收入合计 (Shanghai's 财务收支预算总表: 收入总计
 * over its sources) compared its totals with nothing but each other: a wrong 本年收入合计 (with a
 * 收入总计 and a spending side agreeing with it) passed. Correct variants give no finding; a line
 * the reader did not place leaves the side unchecked (the coverage names it), never an alarm.
 *
 * Figures (万元, by hand): 一般公共预算 406.00 + 政府性基金 50.00 = 本年收入 456.00; 上年结转结余
 * 20.00; 收入总计 476.00, all spent on 207 (七、文化旅游体育与传媒支出).
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import type { PrintedTable } from "../src/printed";
import {
  checkDisclosure,
  type Finding,
  henan2024Profile,
  nationalProfile,
  renderFinding,
  shanghaiProfile,
} from "../src/rules";
import { henan2024, nationalMinimum, shanghai, type Template } from "../src/templates";
import { fixtureDisclosure } from "./support/disclosures";

const DEPT = "某区体育局";
const HEADERS = ["收入/项目", "收入/预算数", "支出/项目", "支出/预算数"];
const NATIONAL = [nationalMinimum, nationalProfile] as const;
const HENAN = [henan2024, henan2024Profile] as const;
type Setting = readonly [Template, typeof nationalProfile];

function check(rows: string[][], [template, profile]: Setting, more: Partial<PrintedTable> = {}) {
  const table: PrintedTable = {
    title: "2024年部门收支总表",
    unit: "单位：万元",
    headers: HEADERS,
    rows,
    ...more,
  };
  const fixture = {
    meta: {
      year: 2024,
      kind: "部门" as const,
      department: { name: DEPT },
      units: [{ code: "401001", name: DEPT, unitKind: "行政" as const }],
    },
    tables: [table],
    narrative: "",
  };
  const { disclosure } = fixtureDisclosure(fixture, template);
  return checkDisclosure(disclosure, { template, profile, catalog: catalog2024 });
}

const serious = (findings: readonly Finding[]) =>
  findings
    .filter((f) => f.severity !== "info")
    .map((f) => [f.ruleId, f.path?.row, f.path?.column, f.expected, f.actual]);

/** Some of the sources printed, numbered as the printer's own list. */
const partial = (revenue = "456.00", total = "476.00", spending = "476.00") => [
  ["一、一般公共预算拨款收入", "406.00", "七、文化旅游体育与传媒支出", spending],
  ["二、政府性基金预算拨款收入", "50.00", "", ""],
  ["本年收入合计", revenue, "本年支出合计", spending],
  ["上年结转结余", "20.00", "", ""],
  ["收入总计", total, "支出总计", total],
];

/** The 2021 national form's groups: 财政拨款收入 over its three budgets, 单位资金 over its sources. */
const grouped = (revenue = "456.00", total = "476.00") => [
  ["一、财政拨款收入", "456.00", "七、文化旅游体育与传媒支出", "476.00"],
  ["1、一般公共预算", "406.00", "", ""],
  ["2、政府性基金", "50.00", "", ""],
  ["3、国有资本经营预算", "", "", ""],
  ["二、单位资金", "", "", ""],
  ["1、事业收入", "", "", ""],
  ["2、其他收入", "", "", ""],
  ["本年收入合计", revenue, "本年支出合计", "476.00"],
  ["上年结转结余", "20.00", "", ""],
  ["收入总计", total, "支出总计", total],
];

describe("本年收入合计 against the lines printed above it", () => {
  it("passes a table printing some of the sources, a grouped one, under either template", () => {
    for (const setting of [NATIONAL, HENAN]) {
      const r = check(partial(), setting);
      expect(serious(r.findings)).toEqual([]);
      expect(r.outcomes.find((o) => o.ruleId === "funds")?.outcome).toBe("pass");
    }
    const r = check(grouped(), NATIONAL);
    expect(serious(r.findings)).toEqual([]);
    expect(r.outcomes.find((o) => o.ruleId === "funds")?.outcome).toBe("pass");
  });

  it("finds a wrong 本年收入合计, with 收入总计 and the spending side agreeing with it", () => {
    for (const setting of [NATIONAL, HENAN]) {
      const r = check(partial("457.00", "477.00", "477.00"), setting);
      // was only the spending side's roll-up against its 类 (477.00 ≠ 476.00): nothing at 本年收入合计
      expect(serious(r.findings)).toContainEqual([
        "funds",
        "line:revenue",
        "income.amount",
        "456.00",
        "457.00",
      ]);
    }
    const wrong = check(partial("457.00", "477.00", "477.00"), NATIONAL).findings.find(
      (f) => f.ruleId === "funds",
    );
    expect(
      wrong && renderFinding(wrong, nationalProfile.rules, "zh-CN", nationalMinimum),
    ).toContain("本表该侧在其上所列各行之和");
    expect(wrong && renderFinding(wrong, nationalProfile.rules, "en", nationalMinimum)).toContain(
      "the sum of the lines this side of the table prints above it",
    );
    const r = check(grouped("466.00", "486.00"), NATIONAL);
    expect(serious(r.findings)).toContainEqual([
      "funds",
      "line:revenue",
      "income.amount",
      "456.00",
      "466.00",
    ]);
  });

  it("leaves the side unchecked where a line is not placed (coverage), never an alarm", () => {
    // Henan's template has no 财政拨款收入 / 单位资金 lines: the grouped form's are unplaced.
    const r = check(grouped("466.00", "486.00"), HENAN);
    expect(serious(r.findings).filter((f) => f[1] === "line:revenue")).toEqual([]);
    const odd = [
      ["一、一般公共预算拨款收入", "406.00", "七、文化旅游体育与传媒支出", "476.00"],
      ["二、某某专项收入", "50.00", "", ""],
      ["本年收入合计", "456.00", "本年支出合计", "476.00"],
      ["上年结转结余", "20.00", "", ""],
      ["收入总计", "476.00", "支出总计", "476.00"],
    ];
    expect(serious(check(odd, NATIONAL).findings)).toEqual([]);
  });
});

describe("收入总计 / 支出总计 where no 本年 line is printed (Shanghai's 财务收支预算总表)", () => {
  const SH = [shanghai, shanghaiProfile] as const;
  const more = {
    title: "2024年预算单位财务收支预算总表",
    unit: "单位：元",
    headers: ["本年收入/项目", "本年收入/预算数", "本年支出/项目", "本年支出/预算数"],
  };
  const rows = (income: string, spending: string) => [
    ["一、财政拨款收入", "9,501,164", "一、社会保障和就业支出", "11,281,624"],
    ["1、一般公共预算资金", "9,501,164", "二、卫生健康支出", "503,724"],
    ["2、政府性基金", "", "三、住房保障支出", "335,816"],
    ["二、事业收入", "2,620,000", "", ""],
    ["三、其他收入", "", "", ""],
    ["收入总计", income, "支出总计", spending],
  ];

  it("passes the totals of their lines (一般公共预算资金 is inside 财政拨款收入, not added twice)", () => {
    const r = check(rows("12,121,164", "12,121,164"), SH, more);
    expect(serious(r.findings)).toEqual([]);
  });

  it("finds both totals wrong, though they balance", () => {
    const r = check(rows("12,121,165", "12,121,165"), SH, more);
    const found = serious(r.findings);
    expect(found).toEqual([
      // 支出总计 against its 类 rows, 收入总计 against its sources (was: no finding at all)
      ["rollup", "line:spending.total", "spending.amount", "12121164", "12121165"],
      ["funds", "line:revenue.total", "income.amount", "12121164", "12121165"],
    ]);
  });
});
