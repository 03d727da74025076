/**
 * The 部门收入总表 as Jiangsu, Beijing and Guangdong print it: `合计` beside an `上年结转结余`
 * column is the row's grand total (carry-over included), not this year's income. A consistent
 * document with carry-over reads with no error under the national and Henan templates, and a
 * wrong 合计 is still found.
 *
 * Figures (万元), by hand: this year 一般公共预算 406.00 + 政府性基金 50.00 = 本年收入 456.00;
 * 上年结转结余 20.00; 合计 = 收入总计 = 476.00, all spent on 207 (七、文化旅游体育与传媒支出).
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import type { PrintedTable } from "../src/printed";
import { checkDisclosure, henan2024Profile, nationalProfile } from "../src/rules";
import { henan2024, nationalMinimum } from "../src/templates";
import type { DisclosureFixture } from "./fixtures/types";
import { fixtureDisclosure } from "./support/disclosures";

const DEPT = "南京市某区体育局";

const summary: PrintedTable = {
  title: "2024年部门收支总表",
  unit: "单位：万元",
  headers: ["收入/项目", "收入/预算数", "支出/项目", "支出/预算数"],
  rows: [
    ["一、一般公共预算拨款收入", "406.00", "七、文化旅游体育与传媒支出", "476.00"],
    ["二、政府性基金预算拨款收入", "50.00", "", ""],
    ["本年收入合计", "456.00", "本年支出合计", "476.00"],
    ["上年结转结余", "20.00", "", ""],
    ["收入总计", "476.00", "支出总计", "476.00"],
  ],
};

/** The income table under `headers`, a row being `[code, name, 合计, 上年结转, gpb, govFund]` reordered by `order`. */
function income(
  headers: readonly string[],
  order: readonly number[],
  total = "476.00",
): PrintedTable {
  const row = (code: string, name: string) => {
    const cells = [code, name, total, "20.00", "406.00", "50.00"];
    return order.map((i) => cells[i] ?? "");
  };
  return {
    title: "2024年部门收入总表",
    unit: "单位：万元",
    headers: order.map((i) => headers[i] ?? ""),
    rows: [row("", "合计"), row("401001", DEPT)],
  };
}

const JIANGSU = [
  "单位代码",
  "单位名称",
  "合计",
  "上年结转结余",
  "一般公共预算拨款收入",
  "政府性基金预算拨款收入",
];
const GUANGDONG = ["单位代码", "单位名称", "合  计", "上年结转", "一般公共预算", "政府性基金"];
const WORDED = [
  "单位代码",
  "单位名称",
  "收入合计",
  "上年结转",
  "一般公共预算拨款收入",
  "政府性基金预算拨款收入",
];
const VARIANTS: readonly [string, PrintedTable][] = [
  ["合计 | 上年结转结余 | sources (Jiangsu, Beijing)", income(JIANGSU, [0, 1, 2, 3, 4, 5])],
  ["合  计 | sources | 上年结转 (Guangdong)", income(GUANGDONG, [0, 1, 2, 4, 5, 3])],
  ["收入合计 | 上年结转 | sources", income(WORDED, [0, 1, 2, 3, 4, 5])],
];

const fixture = (t: PrintedTable): DisclosureFixture => ({
  meta: {
    year: 2024,
    kind: "部门",
    department: { name: DEPT },
    units: [{ code: "401001", name: DEPT, unitKind: "行政" }],
  },
  tables: [summary, t],
  narrative: "",
});

const TEMPLATES = [
  [nationalMinimum, nationalProfile],
  [henan2024, henan2024Profile],
] as const;

function check(
  t: PrintedTable,
  template: (typeof TEMPLATES)[number][0],
  profile: (typeof TEMPLATES)[number][1],
) {
  const { disclosure } = fixtureDisclosure(fixture(t), template);
  const report = checkDisclosure(disclosure, { template, profile, catalog: catalog2024 });
  const incomeTable = disclosure.tables.find((x) => x.kind === "income");
  return { report, incomeTable };
}

describe("部门收入总表: 合计 beside 上年结转 is the grand total", () => {
  for (const [label, table] of VARIANTS)
    for (const [template, profile] of TEMPLATES)
      it(`${label} under ${template.id}: read as 总计, no error`, () => {
        const { report, incomeTable } = check(table, template, profile);
        const unit = incomeTable?.rows.find((r) => r.key.kind === "org");
        expect(unit?.cells.total).toBe("476.00");
        expect(unit?.cells.revenue).toBeUndefined();
        expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
      });

  it("still finds a 合计 that does not add up (466.00 ≠ 20.00 + 406.00 + 50.00)", () => {
    for (const [template, profile] of TEMPLATES) {
      const wrong = income(JIANGSU, [0, 1, 2, 3, 4, 5], "466.00");
      const { report } = check(wrong, template, profile);
      const errors = report.findings.filter((f) => f.severity === "error");
      // The 收支总表 prints 收入总计 476.00: the income table's 合计 is compared with it.
      const atTotal = errors.find((f) => f.path?.table === "income" && f.path.column === "total");
      expect(atTotal?.actual).toBe("466.00");
      expect(atTotal?.expected).toBe("476.00");
    }
  });
});
