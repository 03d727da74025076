/**
 * A table whose money headers name one unit (`项目金额（元）/资金总额`, `合计（元）`) while its unit
 * line (or its title, or a unit line among its rows) states another (`单位：万元`): neither is
 * picked. Before, the unit line won silently: a 项目绩效目标汇总表 printing its figures in 元 under
 * `单位：万元` was read 10⁴ times too large (a `targets.budget` / `same-fact` error on a correct
 * table, or, printed in 万元, a table checked in a unit its own headers deny). Now the unit is
 * unknown (`unknown-unit`, both texts kept), the table's money is coverage (`unknown-unit` gap),
 * and no amount is checked in a guessed unit. Where the header and the unit line agree, the table
 * reads and checks as before, and a wrong figure is caught.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import type { PrintedTable } from "../src/printed/types";
import { checkDisclosure, henan2024Profile } from "../src/rules";
import { henan2024 } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { scaled } from "./layouts/transforms";
import { fixtureDisclosure } from "./support/disclosures";

const TARGETS = "本级部门预算项目绩效目标汇总表";
const PROJECTS = "2024年项目支出预算表";

/** The Henan fixture with the table titled `title` changed by `change`, read and checked. */
function check(title: string, change: (t: PrintedTable) => PrintedTable) {
  const tables = henan2024Fixture.tables.map((t) => (t.title === title ? change(t) : t));
  const { disclosure, problems } = fixtureDisclosure({ ...henan2024Fixture, tables }, henan2024);
  const report = checkDisclosure(disclosure, {
    profile: henan2024Profile,
    template: henan2024,
    catalog: catalog2024,
  });
  const read = disclosure.tables.find(
    (t) => t.kind === (title === TARGETS ? "projectTargets" : "projects"),
  );
  return {
    unit: read?.unit,
    unknownUnit: read?.unknownUnit,
    // (the table's problems, under its title as printed: `…（单位：万元）`)
    problems: [...problems]
      .filter(([t]) => t.startsWith(title))
      .flatMap(([, ps]) => ps.filter((p) => p.severity !== "info").map((p) => p.code)),
    found: report.findings
      .filter((f) => f.severity !== "info")
      .map((f) => `${f.severity} ${f.ruleId}`),
    gaps: report.coverage.tables.flatMap((t) =>
      t.gaps
        .filter((g) => g.code === "unknown-unit")
        .map((g) => `${g.table} ${"unit" in g ? g.unit : ""}`),
    ),
  };
}

/** The headers naming `unit` where they name 万元. */
const headed =
  (unit: string) =>
  (t: PrintedTable): PrintedTable => ({
    ...t,
    headers: t.headers.map((h) => h.replace("（万元）", `（${unit}）`)),
  });
/** The headers naming `unit` (after their own text when they name none: `合计（元）`). */
const amountHeaders =
  (unit: string) =>
  (t: PrintedTable): PrintedTable => ({
    ...t,
    headers: t.headers.map((h, i) => (i >= 3 ? `${h}（${unit}）` : h)),
  });
/** The figures in 元 (×10⁴, 2 decimals). */
const inYuan = (t: PrintedTable): PrintedTable => scaled(4, 2).apply(t, { unitName: "" });
const withUnit =
  (unit: string | undefined, title?: string) =>
  (t: PrintedTable): PrintedTable => {
    const { unit: _, ...rest } = t;
    return { ...rest, ...(unit === undefined ? {} : { unit }), ...(title ? { title } : {}) };
  };
const all =
  (...fs: ((t: PrintedTable) => PrintedTable)[]) =>
  (t: PrintedTable) =>
    fs.reduce((acc, f) => f(acc), t);

describe("money headers naming a unit the unit line does not", () => {
  it.each<[string, string, (t: PrintedTable) => PrintedTable, string]>([
    [
      "targets: 项目金额（元） under 单位：万元, figures in 万元",
      TARGETS,
      headed("元"),
      "万元；项目金额（元）",
    ],
    [
      "targets: 项目金额（元） under 单位：万元, figures in 元",
      TARGETS,
      all(inYuan, headed("元")),
      "万元；项目金额（元）",
    ],
    [
      "targets: 项目金额(元) under 单位：万元",
      TARGETS,
      all(inYuan, headed("元"), withUnit("单位：万元")),
      "单位：万元；项目金额(元)".replace("(元)", "（元）"),
    ],
    ["projects: 合计（元） … under 万元", PROJECTS, all(inYuan, amountHeaders("元")), ""],
    [
      "projects: headers in 元, the title saying 万元",
      PROJECTS,
      all(inYuan, amountHeaders("元"), withUnit(undefined, "2024年项目支出预算表（单位：万元）")),
      "",
    ],
  ])(
    "%s: unknown-unit, both texts kept, nothing checked in a guessed unit",
    (_, title, change, text) => {
      const r = check(title, change);
      expect(r.unit).toBe("万元");
      if (text !== "") expect(r.unknownUnit).toBe(text);
      expect(r.unknownUnit).toMatch(/万元.*；.*（元）/u);
      expect(r.problems).toContain("unknown-unit");
      expect(r.found).toEqual([]);
      expect(r.gaps).toHaveLength(1);
    },
  );

  it.each<[string, string, (t: PrintedTable) => PrintedTable, string]>([
    ["targets as printed: 项目金额（万元） under 万元", TARGETS, (t) => t, "万元"],
    [
      "targets in 元: 项目金额（元） under 单位：元",
      TARGETS,
      all(inYuan, headed("元"), withUnit("单位：元")),
      "元",
    ],
    [
      "projects in 元: 合计（元） under 元",
      PROJECTS,
      all(inYuan, amountHeaders("元"), withUnit("元")),
      "元",
    ],
    ["projects: 合计（万元） under 万元", PROJECTS, amountHeaders("万元"), "万元"],
  ])("%s: read and checked as before", (_, title, change, unit) => {
    expect(check(title, change)).toEqual({
      unit,
      unknownUnit: undefined,
      problems: [],
      found: [],
      gaps: [],
    });
  });

  it("a wrong figure under a header and unit line that agree is caught", () => {
    const wrong = (t: PrintedTable): PrintedTable => ({
      ...t,
      rows: t.rows.map((r) =>
        r[1] === "2024年通联值班费" ? r.map((c) => (c === "100,000.00" ? "110,000.00" : c)) : r,
      ),
    });
    const r = check(PROJECTS, all(inYuan, amountHeaders("元"), withUnit("元"), wrong));
    expect(r.unit).toBe("元");
    expect(r.found).toEqual(expect.arrayContaining(["error rollup", "error targets.money"]));
  });
});
