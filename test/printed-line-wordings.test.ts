/**
 * Other printers' wordings of the 收支总表 lines and the 收入总表 columns: the balance carried
 * over from last year (`上年度结转结余`, `上年结余`, `上年结转`, `年初结转结余`, `上年结转资金`),
 * the one carried forward (`年末结转和结余`, `结转下年`) and the fund sources
 * (`一般公共预算拨款收入`, `纳入财政专户管理的非税收入`, `经营收入`) are read as the line or column
 * they name. Before, the carry-over was left unread and the checks that need it reported the
 * department's 单位资金 and 收入总计 as wrong (`funds`, `targets.budget`).
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import { withNarrative } from "../src/narrative";
import { checkDisclosure, henan2024Profile } from "../src/rules";
import { henan2024 } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import type { DisclosureFixture } from "./fixtures/types";
import { fixtureDisclosure } from "./support/disclosures";

const SUMMARY = "2024年部门收支预算表";
const INCOME = "2024年部门收入预算表";
const FISCAL = "2024年财政拨款收支预算表";
/** The 收入表 columns: 总计 (2), 上年结转结余 合计 (14) and 单位资金 (19). */
const [TOTAL, CARRIED, UNIT_FUNDS] = [2, 14, 19];

type Printed = DisclosureFixture["tables"][number];

/**
 * The fixture with 10.00 万元 of 单位资金 carried over from 2023 and carried forward again:
 * 收入总计 979.06 = 本年收入 969.06 + 10.00 = 本年支出 969.06 + 年终结转结余 10.00, the 收入表's
 * 总计 and 上年结转结余 columns, the 整体绩效目标表's 部门预算总额 and 单位资金, and the text's
 * 收入总计 and its growth (979.06 − 834.84 = 144.22, 17.28%) all agreeing. `carried` words the
 * carry-over line and column group, `forward` the carry-forward line.
 */
function carriedOver(carried: string, forward = "年终结转结余", edit = (t: Printed) => t) {
  const tables = henan2024Fixture.tables.map((t): Printed => {
    if (t.title === SUMMARY)
      return edit({
        ...t,
        rows: t.rows.map((r) => {
          if (r[0] === "上年结转结余") return [carried, "10.00", forward, "10.00"];
          if (r[0] === "收 入 总 计") return ["收 入 总 计", "979.06", "支 出 总 计", "979.06"];
          return r;
        }),
      });
    if (t.title === INCOME)
      return edit({
        ...t,
        headers: t.headers.map((h) => h.replace("上年结转结余", carried)),
        rows: t.rows.map((r) => {
          const row = [...r];
          row[TOTAL] = "979.06";
          row[CARRIED] = "10.00";
          row[UNIT_FUNDS] = "10.00";
          return row;
        }),
      });
    return edit(t);
  });
  const targets = henan2024Fixture.departmentTargets;
  if (targets === undefined) throw new Error("no 整体绩效目标表");
  const budget = targets.budget.map((line) => {
    if (line.label.startsWith("部门预算总额")) return { ...line, amount: "979.06" };
    if (line.label.endsWith("单位资金")) return { ...line, amount: "10.00" };
    return line;
  });
  const narrative = henan2024Fixture.narrative
    .replace(
      "收入总计 969.06万元，支出总计 969.06 万元",
      "收入总计 979.06万元，支出总计 979.06 万元",
    )
    .replace("收支总计各增加134.22 万元，增长 16.08%", "收支总计各增加144.22 万元，增长 17.28%");
  return { ...henan2024Fixture, tables, narrative, departmentTargets: { ...targets, budget } };
}

const profile = withNarrative(henan2024Profile);

/** Findings above info, the reader's warnings and errors, and the coverage gaps. */
function check(fixture: DisclosureFixture) {
  const { disclosure, problems } = fixtureDisclosure(fixture, henan2024);
  const report = checkDisclosure(disclosure, {
    profile,
    template: henan2024,
    catalog: catalog2024,
  });
  return {
    findings: report.findings.filter((f) => f.severity !== "info").map((f) => f.ruleId),
    read: [...problems.values()]
      .flat()
      .filter((p) => p.severity !== "info")
      .map((p) => p.code),
    gaps: report.coverage.tables.flatMap((t) => t.gaps.map((g) => `${t.table}:${g.code}`)),
  };
}

const CLEAN = { findings: [], read: [], gaps: [] };

describe("the balance carried over, as other printers word it", () => {
  it("the fixture as encoded (上年结转结余, 年终结转结余) is clean", () => {
    expect(check(carriedOver("上年结转结余"))).toEqual(CLEAN);
  });

  it.each([
    "上年度结转结余",
    "上年结余",
    "上年结转",
    "年初结转结余",
    "上年结转资金",
    "上年结转和结余",
    "上年度结余",
  ])("%s is the carry-over line and column group: nothing unread, no finding", (carried) => {
    expect(check(carriedOver(carried))).toEqual(CLEAN);
  });

  it.each(["年末结转结余", "年末结转和结余", "结转下年"])(
    "%s is the carry-forward line",
    (forward) => {
      expect(check(carriedOver("上年结转结余", forward))).toEqual(CLEAN);
    },
  );

  it("a wrong carry-over figure under another wording is still found", () => {
    const wrong = carriedOver("上年度结转结余", "年终结转结余", (t) =>
      t.title === SUMMARY
        ? {
            ...t,
            rows: t.rows.map((r) =>
              r[0] === "上年度结转结余" ? [r[0], "12.00", r[2] ?? "", r[3] ?? ""] : r,
            ),
          }
        : t,
    );
    expect(check(wrong).findings).toContain("totals");
  });
});

describe("the fund sources and totals, as other printers word them", () => {
  const relabel = (title: string, from: string, to: string) => (t: Printed) =>
    t.title !== title ? t : { ...t, rows: t.rows.map((r) => r.map((c) => (c === from ? to : c))) };
  const reheader = (title: string, from: string, to: string) => (t: Printed) =>
    t.title !== title ? t : { ...t, headers: t.headers.map((h) => (h === from ? to : h)) };
  const edited = (edit: (t: Printed) => Printed) => ({
    ...henan2024Fixture,
    tables: henan2024Fixture.tables.map(edit),
  });

  it.each([
    [SUMMARY, "一、一般公共预算", "一、一般公共预算财政拨款"],
    [SUMMARY, "一、一般公共预算", "一、一般公共预算拨款收入"],
    [SUMMARY, "四、财政专户管理资金收入", "四、纳入财政专户管理的非税收入"],
    [SUMMARY, "收 入 总 计", "收　入　总　计"],
    [SUMMARY, "本 年 支 出 合 计", "本　年　支　出　合　计"],
    [FISCAL, "（一）一般公共预算拨款", "（一）一般公共预算拨款收入"],
    [FISCAL, "（一）一般公共预算拨款", "（一）一般公共预算财政拨款"],
    [FISCAL, "二、上年结转", "二、上年度结转结余"],
    [FISCAL, "二、年终结转结余", "二、年末结转和结余"],
    [FISCAL, "二、年终结转结余", "二、结转下年"],
  ])("%s: %s printed %s", (title, from, to) => {
    expect(check(edited(relabel(title, from, to)))).toEqual(CLEAN);
  });

  it.each([
    ["本年收入/一般公共预算/小计", "本年收入/一般公共预算拨款收入/小计"],
    ["本年收入/一般公共预算/小计", "本年收入/一般公共预算财政拨款/小计"],
    ["本年收入/财政专户管理资金收入", "本年收入/纳入财政专户管理的非税收入"],
    ["本年收入/财政专户管理资金收入", "本年收入/财政专户管理资金"],
    ["本年收入/事业单位经营收入", "本年收入/经营收入"],
  ])("收入表: %s headed %s", (from, to) => {
    expect(check(edited(reheader(INCOME, from, to)))).toEqual(CLEAN);
  });

  it("财政拨款（补助）, all fiscal funds or one by printer, stays unread: coverage, no finding", () => {
    const r = check(edited(relabel(SUMMARY, "一、一般公共预算", "一、财政拨款（补助）")));
    expect(r.findings).toEqual([]);
    expect(r.read).toEqual(["unknown-line-label"]);
    expect(r.gaps).toEqual(["summary:unplaced-row"]);
  });
});
