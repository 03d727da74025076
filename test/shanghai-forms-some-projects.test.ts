/**
 * Shanghai prints a 项目支出绩效目标申报表 for its major projects only (the template says so:
 * `TargetLayout.some` on its project form), so the forms' count and money are not those of every
 * project with targets: a 情况说明 saying `本单位编报绩效目标的项目共12个，涉及项目预算资金4,222.51万元`
 * beside two forms is no contradiction (was: two `targets.narrative` errors, count 2 ≠ 12 and
 * 1,500.00 ≠ 4,222.51). The forms' money is still checked: more than the 项目支出 in all, or lines
 * that do not add up, is still an error.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import type { Table } from "../src/disclosure";
import { withNarrative } from "../src/narrative";
import { readPrintedTable } from "../src/printed";
import type { PrintedTable } from "../src/printed/types";
import { checkDisclosure, shanghaiProfile } from "../src/rules";
import { shanghai } from "../src/templates";
import { shanghaiFinance2025Fixture } from "./fixtures/shanghai-finance-2025";
import { fixtureDisclosure } from "./support/disclosures";

const { disclosure } = fixtureDisclosure(shanghaiFinance2025Fixture, shanghai);
const profile = withNarrative(shanghaiProfile);
const options = { profile, template: shanghai, catalog: catalog2024 };
/** A finding by its rule and place: those of the fixture alone are not the forms'. */
const key = (f: { ruleId: string; path?: object }) => `${f.ruleId} ${JSON.stringify(f.path)}`;
const before = new Set(checkDisclosure(disclosure, options).findings.map(key));

/** One 申报表 as printed: its header block, then its indicator grid on the next page. */
function form(title: string, name: string, total: string, grant = total): PrintedTable[] {
  return [
    {
      title,
      headers: ["项目", "内容"],
      rows: [
        ["项目名称", name],
        ["主管部门", "上海市财政局"],
        ["年度资金总额", total],
        ["其中：财政拨款", grant],
        ["年度目标", "按时完成年度任务"],
      ],
    },
    {
      title,
      headers: ["一级指标", "二级指标", "三级指标", "指标值"],
      rows: [
        ["产出指标", "数量指标", "覆盖系统数", "≥1个"],
        ["满意度指标", "服务对象满意度指标", "使用单位满意度", "≥90%"],
      ],
    },
  ];
}

function check(printed: readonly PrintedTable[]) {
  const tables: Table[] = [...disclosure.tables];
  let previous: Table | undefined;
  for (const p of printed) {
    const more = previous === undefined ? {} : { continues: previous.kind, previous };
    const r = readPrintedTable(p, { template: shanghai, ...more });
    if (r.table === undefined) throw new Error(`not read: ${p.title}`);
    tables.push(r.table);
    previous = r.table;
  }
  const report = checkDisclosure({ ...disclosure, tables }, options);
  const outcome = (id: string) => report.outcomes.find((o) => o.ruleId === id)?.outcome;
  const serious = report.findings.filter((f) => f.severity !== "info" && !before.has(key(f)));
  return { report, outcome, serious };
}

const CLAIM = "本单位编报绩效目标的项目共12个，涉及项目预算资金4,222.51万元";

describe("Shanghai project forms of some projects beside the 情况说明's count of all", () => {
  it("the fixture's 情况说明 states the count and money of all its projects", () => {
    expect(disclosure.texts.some((t) => t.body.includes(CLAIM))).toBe(true);
  });

  it.each<[string, [string, string], [string, string]]>([
    ["2025年项目支出绩效目标申报表", ["财政信息系统运维", "1200.00"], ["财政监督检查", "300.00"]],
    ["2025年度项目绩效目标申报表", ["财政信息系统运维", "1,200.00"], ["财政监督检查", "300"]],
    ["项目支出绩效目标填报表", ["政府采购监管平台运维", "86.40"], ["财政票据管理", "12.00"]],
  ])("%s: no targets.narrative finding (was count 2 ≠ 12, money ≠ 4,222.51)", (title, a, b) => {
    const { outcome, serious } = check([...form(title, ...a), ...form(title, ...b)]);
    expect(serious).toEqual([]);
    expect(outcome("targets.narrative")).toBe("insufficient-data");
    expect(outcome("targets.sum")).toBe("pass");
    expect(outcome("targets.formMoney")).toBe("pass");
  });

  it("still finds forms whose money is more than the 项目支出 in all", () => {
    const title = "2025年项目支出绩效目标申报表";
    const { serious } = check([
      ...form(title, "财政信息系统运维", "3200.00"),
      ...form(title, "财政监督检查", "3000.00"),
    ]);
    // 6,200.00万元 against a 项目支出 of 4,427.313万元 (compared in 元: at most, not equal).
    expect(serious.map((f) => [f.severity, f.ruleId, f.actual, f.expected])).toEqual([
      ["error", "targets.sum", "62000000", "44273130"],
    ]);
  });

  it("still finds a form whose lines do not add up", () => {
    const title = "2025年项目支出绩效目标申报表";
    const { serious } = check([
      ...form(title, "财政信息系统运维", "1200.00", "1100.00"),
      ...form(title, "财政监督检查", "300.00"),
    ]);
    expect(serious.map((f) => [f.severity, f.ruleId, f.params.project])).toEqual([
      ["error", "targets.formMoney", "财政信息系统运维"],
    ]);
  });
});
