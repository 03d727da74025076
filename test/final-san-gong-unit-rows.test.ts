/**
 * The 决算 “三公” table printed with a row per unit under its 合计 (`单位名称 | 合计 | …`): read by the
 * printed reader's unit rows, shared with the budget's 三公 table. Where the caller names every
 * unit with its code the units' rows are read and a wrong one is found against the 合计; where the
 * units carry no code (the 普陀区 fixtures' meta) they are read by their names; a unit the caller
 * does not name stays unplaced: coverage, never a finding.
 */
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../src/printed";
import { putuoPlanningFinal2024Fixture as PLAN } from "./fixtures/putuo-planning-final-2024";
import type { DisclosureFixture } from "./fixtures/types";
import { added, varyTables } from "./support/final-variants";

const sanGong = (t: PrintedTable) => t.title.includes("三公");

/** The fixture's units (and department) with codes, as a caller who knows them passes them. */
const CODED: DisclosureFixture = {
  ...PLAN,
  meta: {
    ...PLAN.meta,
    department: { ...PLAN.meta.department, code: "101" },
    units: PLAN.meta.units.map((u, k) => ({ ...u, code: `10100${k + 1}` })),
  },
};

/** The table with a 单位名称 column, its 合计 first and a row per unit (接待 预算 / 决算 as given). */
const perUnit =
  (units: readonly (readonly [string, string, string])[]) =>
  (t: PrintedTable): PrintedTable => {
    const total = t.rows[0] ?? [];
    const row = (budget: string, final: string) =>
      total.map((c, i) =>
        c === "" ? "" : i === 0 || i === 10 ? budget : i === 1 || i === 11 ? final : "0.00",
      );
    return {
      ...t,
      headers: ["单位名称", ...t.headers],
      rows: [["合计", ...total], ...units.map(([name, b, f]) => [name, ...row(b, f)])],
    };
  };

const UNITS = [
  ["上海市普陀区规划和自然资源局（本级）", "2.00", "0.30"],
  ["上海市普陀区土地发展中心", "0.85", "0.09"],
] as const;

/** What a variant adds but the reader's warnings about the 单位名称 column and the unit rows. */
const findings = (base: DisclosureFixture, varied: DisclosureFixture) =>
  added(base, varied).added.filter(
    (l) => !l.includes("unknown-header") && !l.includes("unplaced-row"),
  );

describe("决算 三公 table with a row per unit (规划和自然资源局)", () => {
  it("units named with codes: read, the correct rows add nothing", () => {
    const r = added(CODED, varyTables(CODED, sanGong, perUnit(UNITS)));
    expect(r.added.filter((l) => !l.includes("unknown-header"))).toEqual([]);
    expect(r.lost).toEqual([]);
  });
  it("units named with codes: a unit's wrong 决算 is found against the 合计", () => {
    const wrong = perUnit([UNITS[0], ["上海市普陀区土地发展中心", "0.85", "0.19"]]);
    expect(findings(CODED, varyTables(CODED, sanGong, wrong))).toEqual([
      "error rollup sanGong single total.final: 0.39 vs 0.49",
      "error rollup sanGong single reception.final: 0.39 vs 0.49",
    ]);
  });
  it("units named without codes: read by their names, the correct rows add nothing", () => {
    const r = added(PLAN, varyTables(PLAN, sanGong, perUnit(UNITS)));
    expect(r.added.filter((l) => !l.includes("unknown-header"))).toEqual([]);
    expect(r.lost).toEqual([]);
  });
  it("units named without codes: a unit's wrong 决算 is found against the 合计", () => {
    const wrong = perUnit([UNITS[0], ["上海市普陀区土地发展中心", "0.85", "0.19"]]);
    expect(findings(PLAN, varyTables(PLAN, sanGong, wrong))).toEqual([
      "error rollup sanGong single total.final: 0.39 vs 0.49",
      "error rollup sanGong single reception.final: 0.39 vs 0.49",
    ]);
  });
  it("a unit the caller does not name stays unplaced: nothing is found", () => {
    const other = perUnit([UNITS[0], ["上海市普陀区某某事务中心", "0.85", "0.19"]]);
    expect(findings(PLAN, varyTables(PLAN, sanGong, other))).toEqual([]);
  });
});
