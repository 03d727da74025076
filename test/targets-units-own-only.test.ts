/**
 * A 部门 document printing only its units' own 单位整体绩效目标表 (one per unit) and no 部门整体
 * table: none of them is the department's, so none is read as the department's (their 年度预算总额
 * / 基本支出 / 项目支出 are a unit's, not the department's 收入总计 / 基本支出 / 项目支出). Each is set
 * aside as a unit's own (`tables.repeated`, coverage), not compared with the department's figures
 * (before: the first was read as the department's, false `nature`, `same-fact`, `targets.budget`
 * errors). With the department's own table beside them it is read and compared, and a wrong figure
 * of it is still found.
 */
import { describe, expect, it } from "vitest";
import type { Table } from "../src/disclosure";
import { readPrintedTable } from "../src/printed";
import { checkDisclosure, henan2024Profile, RULES, renderFinding } from "../src/rules";
import { henan2024 } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { fixtureDisclosure } from "./support/disclosures";

const base = fixtureDisclosure(henan2024Fixture, henan2024).disclosure;

/** A department-wide table titled `title` printing 预算情况 `lines` (label, amount). */
function wide(title: string, lines: readonly (readonly [string, string])[]): Table {
  const r = readPrintedTable(
    { title, unit: "单位：万元", headers: ["项目", "金额"], rows: lines.map((l) => [...l]) },
    { template: henan2024 },
  );
  if (r.table === undefined) throw new Error(title);
  return r.table;
}

const lines = (total: string, basic: string, project: string) =>
  [
    ["年度预算总额", total],
    ["基本支出", basic],
    ["项目支出", project],
  ] as const;
/** The fixture's totals: 969.06 = 682.06 + 287.00. */
const OWN = [
  ["部门预算总额", "969.06"],
  ["基本支出", "682.06"],
  ["项目支出", "287.00"],
] as const;

/** Three units of the department (as the caller lists them) and each one's own table. */
const UNITS = [
  { code: "116001", name: "中国共产党洛阳市涧西区委员会办公室（本级）", unitType: "行政" as const },
  { code: "116002", name: "洛阳市涧西区人民武装部", unitType: "行政" as const },
  { code: "116003", name: "洛阳市涧西区委机要保密局", unitType: "行政" as const },
];

let messages: string[] = [];
let gaps: unknown[] = [];

function check(tables: readonly Table[], units = base.meta.units) {
  const all = [...base.tables.filter((t) => t.kind !== "departmentTargets"), ...tables];
  const report = checkDisclosure(
    { ...base, meta: { ...base.meta, units }, tables: all },
    { profile: henan2024Profile, template: henan2024 },
  );
  const errors = report.findings
    .filter((f) => f.severity !== "info")
    .map((f) => `${f.ruleId} ${f.path?.table ?? ""} ${f.path?.row ?? ""}`);
  const repeated = report.findings.filter((f) => f.ruleId === "tables.repeated");
  messages = repeated.map((f) => renderFinding(f, RULES, "en", henan2024));
  gaps = report.coverage.tables.flatMap((t) => t.gaps.filter((g) => g.code === "repeated-table"));
  return { errors, repeated: repeated.length };
}

describe("a 部门 document printing only its units' 单位整体绩效目标表", () => {
  it("two tables titled 单位整体…: none is the department's, nothing to report", () => {
    const r = check([
      wide("2024年单位整体绩效目标表", lines("600.00", "400.00", "200.00")),
      wide("2024年单位整体绩效目标表", lines("369.06", "282.06", "87.00")),
    ]);
    expect(r).toEqual({ errors: [], repeated: 2 });
    // Each said to be a unit's own, none compared: coverage, no `first`.
    expect(messages[0]).toContain("reads as one unit's own");
    expect(gaps).toHaveLength(2);
    expect(gaps.every((g) => typeof g === "object" && g !== null && !("first" in g))).toBe(true);
  });

  it("three tables, each titled by its unit's name: none is the department's", () => {
    const r = check(
      [
        wide(
          "中国共产党洛阳市涧西区委员会办公室（本级）2024年整体绩效目标表",
          lines("500.00", "400.00", "100.00"),
        ),
        wide("洛阳市涧西区人民武装部2024年整体绩效目标表", lines("300.00", "200.00", "100.00")),
        wide("洛阳市涧西区委机要保密局2024年单位整体绩效目标表", lines("169.06", "82.06", "87.00")),
      ],
      UNITS,
    );
    expect(r).toEqual({ errors: [], repeated: 3 });
  });

  it("the department's own table beside its units': it is read, nothing to report", () => {
    const r = check(
      [
        wide("2024年单位整体绩效目标表", lines("600.00", "400.00", "200.00")),
        wide("2024年部门整体绩效目标表", OWN),
        wide("2024年单位整体绩效目标表", lines("369.06", "282.06", "87.00")),
      ],
      UNITS,
    );
    expect(r).toEqual({ errors: [], repeated: 2 });
  });

  it("bites: the department's own table's wrong 项目支出 beside its units' is still found", () => {
    const wrong = [OWN[0], OWN[1], ["项目支出", "278.00"]] as const;
    const r = check(
      [
        wide("2024年单位整体绩效目标表", lines("600.00", "400.00", "200.00")),
        wide("2024年部门整体绩效目标表", wrong),
      ],
      UNITS,
    );
    expect(r.errors.some((e) => e.startsWith("targets.budget departmentTargets"))).toBe(true);
  });
});
