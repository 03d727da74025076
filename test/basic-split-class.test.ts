/**
 * A 基本支出表 printing a 类 row in both natures' sections: Shanghai's 普陀区社会福利院 prints 302
 * 商品和服务支出 in the 人员经费 section with the 款 it classes there (30299 其他商品和服务支出,
 * 60,000) and again in the 公用经费 section with the rest. Was: about four errors on a correct
 * table (the two 302 rows compared as one fact, 合计 = 人员经费 + 公用经费 on 302, 人员经费 = 301 +
 * 303 on the total, rows.duplicate). Now: each 302 row sums against its own section's 款, the
 * nature totals by 类 are coverage, and a wrong 款 figure is still caught on its section's 302.
 */
import { describe, expect, it } from "vitest";
import type { Disclosure, Row } from "../src/disclosure";
import { checkDisclosure, henan2024Profile, shanghaiProfile } from "../src/rules";
import { henan2024, shanghai } from "../src/templates";
import { shanghaiWelfare2024Fixture } from "./fixtures/shanghai-welfare-2024";
import type { DisclosureFixture } from "./fixtures/types";
import { fixtureDisclosure } from "./support/disclosures";

const econ = (code: string, total: string, personnel: string, pub: string): Row => ({
  key: { kind: "economic", econ: code },
  cells: { total, personnel, public: pub },
});
const total = (t: string, personnel: string, pub: string): Row => ({
  key: { kind: "total" },
  cells: { total: t, personnel, public: pub },
});

/** The 一般公共预算基本支出表 alone, of these rows: its findings above info. */
const alarms = (rows: Row[]) => {
  const d: Disclosure = {
    meta: {
      year: 2024,
      documentKind: "部门",
      template: "henan2024",
      department: { name: "洛阳市涧西区教育局" },
      units: [],
    },
    tables: [{ kind: "gpbBasic", unit: "万元", rows }],
    texts: [],
  };
  return checkDisclosure(d, { profile: henan2024Profile, template: henan2024 })
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.ruleId} ${f.path?.row} ${f.path?.column} expected ${f.expected}`);
};

/** 301 8.00; 302 split: `inPersonnel` of 30299 under 人员经费, 3.00 under 公用经费; 303 1.00. */
const split = (inPersonnel: string, totals: [string, string, string]) => [
  total(...totals),
  econ("301", "8.00", "8.00", ""),
  econ("30101", "8.00", "8.00", ""),
  econ("302", "1.00", "1.00", ""),
  econ("30299", inPersonnel, inPersonnel, ""),
  econ("303", "1.00", "1.00", ""),
  econ("30302", "1.00", "1.00", ""),
  econ("302", "3.00", "", "3.00"),
  econ("30201", "2.00", "", "2.00"),
  econ("30205", "1.00", "", "1.00"),
];

describe("a 类 row printed in both natures' sections", () => {
  it("a correct table: no finding", () => {
    expect(alarms(split("1.00", ["13.00", "10.00", "3.00"]))).toEqual([]);
  });

  it("a wrong 款 in the 人员经费 section: caught on that section's 302, its 款 expected", () => {
    const found = alarms(split("0.50", ["13.00", "10.00", "3.00"]));
    expect(found, found.join("\n")).toContain("rollup economic:302 total expected 0.50");
  });

  it("a wrong 人员经费 total: still caught", () => {
    const found = alarms(split("1.00", ["13.00", "10.50", "3.00"]));
    expect(
      found.some((f) => f.startsWith("rollup total personnel")),
      found.join("\n"),
    ).toBe(true);
  });

  it("39999 under 人员经费 beside printed 301 and 303 rows: no finding (人员经费 = 301 + 303 is coverage)", () => {
    const rows = [
      total("11.00", "10.00", "1.00"),
      econ("301", "8.00", "8.00", ""),
      econ("30101", "8.00", "8.00", ""),
      econ("302", "1.00", "", "1.00"),
      econ("30201", "1.00", "", "1.00"),
      econ("303", "1.00", "1.00", ""),
      econ("30302", "1.00", "1.00", ""),
      econ("399", "1.00", "1.00", ""),
      econ("39999", "1.00", "1.00", ""),
    ];
    expect(alarms(rows)).toEqual([]);
  });
});

const T8 = "2024年预算单位一般公共预算基本支出部门预算经济分类预算表";

/** The welfare fixture with 302 split: 30299 `amount` in the 人员经费 section, the rest below. */
function welfareSplit(amount: string): DisclosureFixture {
  const fx = shanghaiWelfare2024Fixture;
  return {
    ...fx,
    tables: fx.tables.map((t) => {
      if (t.title !== T8) return t;
      const goods = t.rows.filter((r) => r[0] === "302" && r[1] !== "" && r[1] !== "13");
      const rest = t.rows.filter((r) => r[0] !== "302" && r[2] !== "合计");
      const at303 = rest.findIndex((r) => r[0] === "303");
      return {
        ...t,
        rows: [
          ...rest.slice(0, at303),
          ["302", "", "商品和服务支出", "60,000", "60,000", ""],
          ["302", "99", "其他商品和服务支出", amount, amount, ""],
          ...rest.slice(at303),
          ["302", "", "商品和服务支出", "2,060,950", "", "2,060,950"],
          ...goods,
          ["", "", "合计", "9,501,164", "7,440,214", "2,060,950"],
        ],
      };
    }),
  };
}

/** The basic table's sum and repeat findings above info on a fixture. */
const welfareAlarms = (fx: DisclosureFixture) => {
  const { disclosure } = fixtureDisclosure(fx, shanghai);
  return checkDisclosure(disclosure, { profile: shanghaiProfile, template: shanghai })
    .findings.filter((f) => f.severity !== "info" && f.path?.table === "gpbBasic")
    .filter((f) => ["rollup", "nature", "same-fact", "rows.duplicate"].includes(f.ruleId))
    .map((f) => `${f.ruleId} ${f.path?.row} ${f.path?.column} expected ${f.expected}`);
};

describe("普陀区社会福利院 2024, 302 split across both sections", () => {
  it("correct: no finding on the basic table's sums", () => {
    expect(welfareAlarms(welfareSplit("60,000"))).toEqual([]);
  });

  it("30299 printed 50,000 under a 302 of 60,000: caught on that 302", () => {
    const found = welfareAlarms(welfareSplit("50,000"));
    expect(found, found.join("\n")).toContain("rollup economic:302 total expected 50000");
  });
});
