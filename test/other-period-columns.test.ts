/**
 * Columns of last year's figures or of the change (`上年决算数 | 增减额 | 增减%`, `2023年决算数`,
 * `上年预算数 | 比上年增减`) printed beside this year's: the reader lists them as the table's
 * `otherPeriods`, so they are no gap of the table's sums and its roll-up and nature checks run.
 * A wrong figure of this year's is caught with them printed (it went uncaught: every check of
 * such a table was insufficient data); a column the reader could not place still switches the
 * checks off (it may hold a part of a sum).
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import type { Disclosure } from "../src/disclosure";
import { final2024, finalProfile } from "../src/final";
import type { PrintedTable } from "../src/printed";
import { checkDisclosure, type Finding, henan2024Profile } from "../src/rules";
import { henan2024, type Template } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { putuoPlanningFinal2024Fixture } from "./fixtures/putuo-planning-final-2024";
import type { DisclosureFixture } from "./fixtures/types";
import { fixtureDisclosure } from "./support/disclosures";

const line = (f: Finding) =>
  `${f.ruleId} ${f.outcome} ${f.path?.table} ${f.path?.row} ${f.path?.column}`;

/** The findings of the checks of sums (rollup, nature) of the fixture with its tables changed. */
function sums(
  fixture: DisclosureFixture,
  template: Template,
  change: (t: PrintedTable) => PrintedTable,
): string[] {
  const changed = { ...fixture, tables: fixture.tables.map(change) };
  const { disclosure } = fixtureDisclosure(changed, template);
  const final = template === final2024;
  const d: Disclosure = final
    ? { ...disclosure, meta: { ...disclosure.meta, stage: "决算" } }
    : disclosure;
  const profile = final ? finalProfile : henan2024Profile;
  const report = checkDisclosure(d, { profile, template, catalog: catalog2024 });
  return report.findings
    .filter((f) => f.ruleId === "rollup" || f.ruleId === "nature")
    .map(line)
    .sort();
}

/**
 * `t` with `added` columns after column `after`: in a row printing an amount there, last year's
 * figure, the change and the change in % (made up: nothing reads them as this year's).
 */
function withColumns(t: PrintedTable, after: number, added: readonly string[]): PrintedTable {
  const cells = () => ["1000.00", "-12.34", "-1.23", "-0.50"].slice(0, added.length);
  const insert = <T>(xs: readonly T[], ys: readonly T[]) => [
    ...xs.slice(0, after + 1),
    ...ys,
    ...xs.slice(after + 1),
  ];
  return {
    ...t,
    headers: insert(t.headers, added),
    rows: t.rows.map((r) => insert(r, r[after] === "" ? added.map(() => "") : cells())),
  };
}

describe("普陀区规划和自然资源局 决算 with 上年决算数 | 增减额 | 增减% printed", () => {
  const FIXTURE = putuoPlanningFinal2024Fixture;
  const before = sums(FIXTURE, final2024, (t) => t);
  // 一般公共预算财政拨款支出决算表: after 项目支出; 收入支出决算总表: after each side's 决算数
  const widen =
    (words: readonly string[]) =>
    (t: PrintedTable): PrintedTable => {
      if (t.title === "一般公共预算财政拨款支出决算表")
        return withColumns(t, t.headers.length - 1, words);
      if (t.title === "收入支出决算总表") {
        const spending = withColumns(
          t,
          3,
          words.map((w) => `支出/${w}`),
        );
        return withColumns(
          spending,
          1,
          words.map((w) => `收入/${w}`),
        );
      }
      return t;
    };

  it("finds the README's errors of tables 1 and 5 without them (the guard)", () => {
    expect(before).toEqual(
      expect.arrayContaining([
        "nature fail gpbExpenditure functional:21201 total",
        "nature fail gpbExpenditure functional:2120101 total",
        "nature fail summary functional:210 spending.amount",
        "nature fail summary functional:212 spending.amount",
        "rollup fail gpbExpenditure total basic",
      ]),
    );
  });

  it.each([
    [["上年决算数", "增减额", "增减%"]],
    [["2023年决算数", "比上年增减", "增减率"]],
    [["上年度决算数", "增减变化情况"]],
  ])("finds the same with %j printed beside this year's", (words) => {
    expect(sums(FIXTURE, final2024, widen(words))).toEqual(before);
  });

  it("a column the reader cannot place (其他资金) still switches the sums off: insufficient data", () => {
    const after = sums(FIXTURE, final2024, widen(["其他资金"]));
    expect(after.filter((f) => f.startsWith("nature fail gpbExpenditure"))).toEqual([]);
    expect(after).toContain("nature insufficient-data gpbExpenditure functional:21201 total");
  });
});

describe("Henan 2024 支出表 with 上年预算数 | 比上年增减 printed", () => {
  const wrongBasic = (t: PrintedTable): PrintedTable =>
    t.title === "2024年部门支出预算表"
      ? {
          ...t,
          // 行政运行 基本支出 508.07 printed 508.08: 456.39 + 49.68 + 2.00 = 508.07
          rows: t.rows.map((r) =>
            r[4] === "行政运行" ? r.map((c, i) => (i === 6 ? "508.08" : c)) : r,
          ),
        }
      : t;
  const widened = (words: readonly string[]) => (t: PrintedTable) =>
    t.title === "2024年部门支出预算表"
      ? withColumns(wrongBasic(t), t.headers.length - 1, words)
      : wrongBasic(t);
  const wrong = sums(henan2024Fixture, henan2024, wrongBasic);

  it("finds the wrong 基本支出 of 行政运行 without them (the guard)", () => {
    expect(wrong).toContain("nature fail expenditure functional:2013101 basic");
  });

  it.each([[["上年预算数", "比上年增减"]], [["2023年预算数", "增减额", "增减%"]]])(
    "finds the same with %j printed beside this year's",
    (words) => {
      expect(sums(henan2024Fixture, henan2024, widened(words))).toEqual(wrong);
    },
  );
});

describe("the coverage of columns read apart as another period's", () => {
  /** The coverage gaps of the Henan 支出表 with `words` printed after its last column. */
  const gaps = (words: readonly string[]) => {
    const changed = {
      ...henan2024Fixture,
      tables: henan2024Fixture.tables.map((t) =>
        t.title === "2024年部门支出预算表" ? withColumns(t, t.headers.length - 1, words) : t,
      ),
    };
    const { disclosure } = fixtureDisclosure(changed, henan2024);
    const report = checkDisclosure(disclosure, {
      profile: henan2024Profile,
      template: henan2024,
      catalog: catalog2024,
    });
    return report.coverage.tables.find((t) => t.table === "expenditure")?.gaps ?? [];
  };

  it("names last year's, the change's columns as read apart (was: unknown-column)", () => {
    for (const [words, periods] of [
      [
        ["上年预算数", "比上年增减"],
        ["prior", "change"],
      ],
      [
        ["2023年预算数", "增减额"],
        ["prior", "change"],
      ],
    ] as const) {
      const found = gaps(words).filter((g) => g.code !== "unplaced-row");
      expect(found.map((g) => g.code)).toEqual(["other-period-column", "other-period-column"]);
      expect(found.map((g) => ("period" in g ? g.period : ""))).toEqual(periods);
      expect(found.map((g) => ("column" in g ? g.column : ""))).toEqual(
        words.map((w) => `extra:${w}`),
      );
    }
  });

  it("still names a column the reader cannot place unknown", () => {
    expect(gaps(["其他资金"]).map((g) => g.code)).toContain("unknown-column");
    expect(gaps(["2025年预算数"]).map((g) => g.code)).toContain("unknown-column");
  });
});
