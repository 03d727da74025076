import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import { type Disclosure, disclosureFacts } from "../src/disclosure";
import { henan2024Measures, measure } from "../src/measures";
import type { PrintedTable } from "../src/printed/types";
import { checkDisclosure, henan2024Profile } from "../src/rules";
import { henan2024 } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import type { DisclosureFixture } from "./fixtures/types";
import { fixtureDisclosure } from "./support/disclosures";

/**
 * The Henan fixture with a 上年结转结余 of 30.00 (一般公共预算) paying its 2023年机要设备购置 project
 * (31002 办公设备购置): this year's money is 939.06, spending 969.06. The 预算07表 prints each fund's
 * money of this year (一般公共预算 939.06, 其中：财政拨款 939.06) beside the 上年结转结余 30.00; the
 * 财政拨款收支预算表 spends the 一般公共预算 (其中：财政拨款) with its carry-over, 969.06.
 */
function carried(): DisclosureFixture {
  const fx = structuredClone(henan2024Fixture) as DisclosureFixture & { tables: PrintedTable[] };
  const table = (name: string) => {
    const t = fx.tables.find((x) => x.title.includes(name));
    if (t === undefined) throw new Error(name);
    return t.rows as string[][];
  };
  for (const r of table("部门收支预算表")) {
    if (r[0] === "一、一般公共预算" || r[0] === "其中：财政拨款" || r[0] === "本 年 收 入 合 计")
      r[1] = "939.06";
    if (r[0] === "上年结转结余") r[1] = "30.00";
  }
  for (const r of table("部门收入预算表")) {
    r[3] = r[4] = r[5] = "939.06";
    r[14] = r[15] = "30.00";
  }
  table("财政拨款收支预算表").forEach((r, i) => {
    if (i <= 1 || r[0] === "其中：财政拨款") r[1] = "939.06";
    if (r[0] === "二、上年结转") r[1] = "30.00";
    if (r[0] === "（一）一般公共预算拨款" && i > 4) r[1] = "30.00";
  });
  for (const r of table("支出经济分类汇总表")) {
    if (r[6] === "969.06") [r[7], r[8], r[11]] = ["939.06", "939.06", "30.00"];
    if (r[0] === "310") [r[7], r[8], r[11]] = ["29.00", "29.00", "30.00"];
  }
  for (const r of table("项目支出预算表")) {
    if (r[3] === "287.00") [r[4], r[7]] = ["257.00", "30.00"];
    if (r[1] === "2023年机要设备购置") [r[4], r[7]] = ["", "30.00"];
  }
  const narrative = fx.narrative.replace(
    "2024年收入合计 969.06万元，其中：一般公共预算拨款收入 969.06万元。",
    "2024年收入合计 939.06万元，其中：一般公共预算拨款收入 939.06万元；上年结转结余30.00万元。",
  );
  return { ...fx, narrative };
}

/** The fixture with one cell of its 预算07表 reprinted. */
function with07(fx: DisclosureFixture, row: (r: string[]) => boolean, col: number, v: string) {
  const out = structuredClone(fx) as DisclosureFixture & { tables: PrintedTable[] };
  const t = out.tables.find((x) => x.title.includes("支出经济分类汇总表"));
  for (const r of (t?.rows ?? []) as string[][]) if (row(r)) r[col] = v;
  return out;
}

const disclosureOf = (fx: DisclosureFixture) => fixtureDisclosure(fx, henan2024).disclosure;
const problems = (d: Disclosure) =>
  checkDisclosure(d, {
    profile: henan2024Profile,
    template: henan2024,
    catalog: catalog2024,
  }).findings.filter((f) => f.severity !== "info");
const grantFunds = (d: Disclosure) =>
  new Set(
    disclosureFacts(d, henan2024)
      .filter((f) => f.source.table === "economicSummary" && f.source.column === "gpb.grant")
      .map((f) => f.coords.fund),
  );

describe("预算07表: 其中：财政拨款 beside a 上年结转结余", () => {
  it("is this year's 财政拨款 where the carry-over prints a figure: a true document raises nothing", () => {
    const d = disclosureOf(carried());
    expect(problems(d)).toEqual([]);
    expect(grantFunds(d)).toEqual(new Set(["gpb.grant.current"]));
  });

  it("still catches a wrong 其中：财政拨款 there (a 款 row, the 合计 row)", () => {
    const row = with07(carried(), (r) => r[0] === "302" && r[1] === "31", 8, "5.00");
    expect(problems(disclosureOf(row)).some((f) => f.path?.table === "economicSummary")).toBe(true);
    const total = with07(carried(), (r) => r[2] === "合计", 8, "929.06");
    expect(problems(disclosureOf(total)).some((f) => f.path?.table === "economicSummary")).toBe(
      true,
    );
    // Above its own 小计 (this year's 一般公共预算): a part larger than its whole.
    const above = with07(carried(), (r) => r[0] === "302" && r[1] === "31", 8, "4.50");
    expect(problems(disclosureOf(above)).length).toBeGreaterThan(0);
  });

  it("is the fund's 财政拨款 without a carry-over, as before", () => {
    const d = disclosureOf(henan2024Fixture);
    expect(grantFunds(d)).toEqual(new Set(["gpb.grant"]));
    expect(problems(d)).toEqual([]);
    const wrong = with07(henan2024Fixture, (r) => r[2] === "合计", 8, "959.06");
    expect(problems(disclosureOf(wrong)).some((f) => f.ruleId === "same-fact")).toBe(true);
  });

  it("keeps the measures: 三公 of 财政拨款 and 机构运转经费 read as without the carry-over", () => {
    for (const fx of [henan2024Fixture, carried()]) {
      const input = { disclosure: disclosureOf(fx), template: henan2024 };
      const sg = measure(input, henan2024Measures.sanGong);
      expect([sg.status, sg.value?.value]).toEqual(["exact", "6.50"]);
      const oc = measure(input, henan2024Measures.operatingCost);
      expect([oc.status, oc.value?.value]).toEqual(["exact", "49.68"]);
    }
  });
});
