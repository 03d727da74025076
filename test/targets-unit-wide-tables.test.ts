/**
 * A document printing the department-wide targets of more than one budget unit (a 部门 document
 * with each unit's 单位整体绩效目标表, or the department's and its units'): their 预算情况 differ, and
 * which is the department's is not told. Before, `readTargets` reading them together kept the
 * first table's 预算情况 as the department's (a unit's 年度预算总额 / 基本支出 / 项目支出). Its
 * budget is left unread now (each line an `unread-cell` with its path: coverage); one table, or
 * sub-tables printing one 预算情况 again, is still read and compared, and a wrong figure found.
 * (A check reads one table of the kind: the others are set aside, `tables.repeated`.)
 */
import { describe, expect, it } from "vitest";
import type { Table } from "../src/disclosure";
import { readTargets } from "../src/performance";
import { readPrintedTable } from "../src/printed";
import { checkDisclosure, henan2024Profile } from "../src/rules";
import { henan2024 } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { fixtureDisclosure } from "./support/disclosures";

const base = fixtureDisclosure(henan2024Fixture, henan2024).disclosure;

/** A department-wide table titled `title` printing 预算情况 `lines` (label, amount). */
function wide(title: string, lines: readonly (readonly [string, string])[]): Table {
  const r = readPrintedTable(
    {
      title,
      unit: "单位：万元",
      headers: ["项目", "金额"],
      rows: lines.map(([label, amount]) => [label, amount]),
    },
    { template: henan2024 },
  );
  if (r.table === undefined) throw new Error(title);
  return r.table;
}

/** The fixture's totals: 部门预算总额 969.06 = 基本支出 682.06 + 项目支出 287.00. */
const OWN = [
  ["部门预算总额", "969.06"],
  ["基本支出", "682.06"],
  ["项目支出", "287.00"],
] as const;
const UNIT_A = [
  ["年度预算总额", "600.00"],
  ["基本支出", "400.00"],
  ["项目支出", "200.00"],
] as const;
const UNIT_B = [
  ["年度预算总额", "369.06"],
  ["基本支出", "282.06"],
  ["项目支出", "87.00"],
] as const;

function check(tables: readonly Table[]) {
  const all = [...base.tables.filter((t) => t.kind !== "departmentTargets"), ...tables];
  const report = checkDisclosure(
    { ...base, tables: all },
    { profile: henan2024Profile, template: henan2024 },
  );
  return {
    budget: readTargets(all, henan2024).targets?.department?.budget,
    findings: report.findings
      .filter((f) => f.severity !== "info" && f.ruleId.startsWith("targets"))
      .map((f) => `${f.ruleId} ${String(f.params.line ?? "")}`),
  };
}

describe("department-wide targets of several units in one document", () => {
  it.each([
    ["two units' tables", [UNIT_A, UNIT_B]],
    ["the department's, then a unit's", [OWN, UNIT_A]],
    ["a unit's, then the department's", [UNIT_B, OWN]],
  ] as const)("%s, read together: the budget is not told (each line unread)", (_, lines) => {
    const tables = lines.map((l) => wide("2024年单位整体绩效目标表", l));
    const r = readTargets(tables, henan2024);
    expect(r.targets?.department?.budget).toEqual({});
    const unread = r.problems.filter((p) => p.code === "unread-cell" && "path" in p);
    expect(unread.map((p) => ("path" in p ? p.path?.join("/") : ""))).toEqual([
      "department/budget/total",
      "department/budget/basic",
      "department/budget/project",
    ]);
  });

  it("the department's first, in a check: its own table compared, nothing to report", () => {
    const r = check([
      wide("2024年部门整体绩效目标表", OWN),
      wide("2024年单位整体绩效目标表", UNIT_A),
    ]);
    expect(r.findings).toEqual([]);
  });

  it("one 预算情况 printed again on a second page: read and compared, nothing to report", () => {
    const r = check([wide("2024年部门整体绩效目标表", OWN), wide("2024年部门整体绩效目标表", OWN)]);
    expect(r).toEqual({
      budget: { total: "969.06", basic: "682.06", project: "287.00" },
      findings: [],
    });
  });

  it("bites: one table's wrong 项目支出 is still found", () => {
    const wrong = [OWN[0], OWN[1], ["项目支出", "278.00"]] as const;
    expect(check([wide("2024年部门整体绩效目标表", wrong)]).findings).toEqual([
      "targets.budget project",
    ]);
  });
});
