/**
 * Departments that publish the targets of their key projects only (`重点项目绩效目标表`,
 * `重大项目支出绩效目标表`, `部分项目绩效目标表`): a project of the 项目支出表 such a table does not
 * list is no missing target (was: a `targets.coverage` warning for each), nor those above a
 * threshold only (`50万元以上项目支出绩效目标表`). The projects it lists are checked as before, and a
 * table titled as every project's (`（含重点项目）`, `重点项目及一般项目`) still lists each one missing.
 */
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../src/printed/types";
import { henan2024Fixture } from "./fixtures/henan-2024";
import type { DisclosureFixture } from "./fixtures/types";
import { CASES, checkFixture } from "./metamorphic/support";

const found = CASES.find((c) => c.name === "Henan 2024");
if (found === undefined) throw new Error("no Henan case");
const henan = found;
const TITLE = "本级部门预算项目绩效目标汇总表";
const table = henan2024Fixture.tables.find((t) => t.title === TITLE);
if (table === undefined) throw new Error("no table 14");
const t14: PrintedTable = table;

/** Table 14 with the projects named only (each with its continuation rows), titled `title`. */
function some(title: string, names: readonly string[], edit = (r: readonly string[]) => r) {
  const rows: (readonly string[])[] = [];
  let on = false;
  for (const r of t14.rows) {
    if (r[1] !== "") on = names.includes(r[1] ?? "");
    if (on) rows.push(edit(r));
  }
  const fixture: DisclosureFixture = {
    ...henan2024Fixture,
    tables: henan2024Fixture.tables.map((t) => (t.title === TITLE ? { ...t14, title, rows } : t)),
  };
  return checkFixture(henan, fixture);
}

const KEY = ["2024年人武部专项经费", "2024年机关运行经费"];
const warnings = (r: ReturnType<typeof checkFixture>, rule: string) =>
  r.findings.filter((f) => f.ruleId === rule && f.severity !== "info");

describe("a table of the targets of some projects only", () => {
  it.each([
    "2024年重点项目绩效目标表",
    "2024年部门重大项目支出绩效目标表",
    "部分项目绩效目标表",
    "中共某区委办公室2024年重点支出项目绩效目标表",
    "2024年50万元以上项目支出绩效目标表",
    "2024年部门预算项目绩效目标表（100万元以上项目）",
    "2024年项目支出绩效目标表（30万元（含）以上）",
  ])("%s: no project is said to lack targets", (title) => {
    const report = some(title, KEY);
    expect(warnings(report, "targets.coverage")).toEqual([]);
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it.each([
    "2024年项目支出绩效目标表",
    "2024年项目支出绩效目标表（含重点项目）",
    "2024年项目支出绩效目标表（重点项目及一般项目）",
    "2024年项目支出绩效目标表（包括重大项目）",
  ])("still reports each project missing from a table of every project: %s", (title) => {
    const report = some(title, KEY);
    expect(warnings(report, "targets.coverage")).toHaveLength(9);
  });

  it("still checks the projects it lists: a wrong amount is found", () => {
    const wrong = (r: readonly string[]) =>
      r[1] === "2024年机关运行经费" ? r.map((c, i) => (i === 3 ? "48.00" : c)) : r;
    const report = some("2024年重点项目绩效目标表", KEY, wrong);
    expect(warnings(report, "targets.money").length + warnings(report, "targets.sum").length).toBe(
      1,
    );
  });

  it("still reports a project it lists that the 项目支出表 does not have", () => {
    const renamed = (r: readonly string[]) =>
      r[1] === "2024年机关运行经费" ? r.map((c, i) => (i === 1 ? "2024年机关运行保障经费" : c)) : r;
    const report = some("2024年重点项目绩效目标表", KEY, renamed);
    expect(warnings(report, "targets.coverage").map((f) => f.params?.kind)).toContain(
      "unknown-project",
    );
  });
});
