/**
 * A two-unit 部门 (./layouts/department.ts) whose own unit (本级) the caller and the tables name by
 * the department's own name, full or short (`涧西区教育局` in the department `洛阳市涧西区教育局`, or
 * the other way round). The 情况说明's department totals, naming the department by that name, are
 * the department's: before, they were placed on the own unit and each was a false
 * `narrative.amount` error. A wrong department total, and a wrong figure of the own unit under its
 * own heading (`二、涧西区教育局本级收支预算情况`), are still caught.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import { withNarrative } from "../src/narrative";
import { checkDisclosure, nationalProfile } from "../src/rules";
import { nationalMinimum } from "../src/templates";
import { serious } from "./layouts/check";
import { departmentFixture } from "./layouts/department";
import { fixtureDisclosure } from "./support/disclosures";

const FULL = "洛阳市涧西区教育局";
const SHORT = "涧西区教育局";

/** The department named `department` (meta and its row), its own unit `own`, and `narrative`. */
function check(department: string, own: string, narrative: string) {
  const base = departmentFixture({ units: "sections" });
  const rename = (s: string) =>
    s === "某区教育局本级" ? own : s === "某区教育局" ? department : s;
  const fixture = {
    ...base,
    meta: {
      ...base.meta,
      department: { ...base.meta.department, name: department },
      units: base.meta.units.map((u) => ({ ...u, name: rename(u.name) })),
    },
    tables: base.tables.map((t) => ({ ...t, rows: t.rows.map((r) => r.map(rename)) })),
    narrative,
  };
  return checkDisclosure(fixtureDisclosure(fixture, nationalMinimum).disclosure, {
    profile: withNarrative(nationalProfile),
    template: nationalMinimum,
    catalog: catalog2024,
  });
}

/** The department's name, the own unit's, and the name the text gives the department. */
const NAMINGS = [
  [FULL, SHORT, SHORT],
  [FULL, SHORT, FULL],
  [SHORT, FULL, FULL],
  [SHORT, FULL, SHORT],
  [SHORT, SHORT, SHORT],
] as const;

/** The rules of the findings above info. */
const errors = (r: ReturnType<typeof check>) =>
  r.findings.filter((f) => f.severity !== "info").map((f) => f.ruleId);

const totals = (name: string, total = "1220.00") =>
  `${name}2024年收入预算总额1220.00万元，支出预算总额${total}万元，其中：基本支出990.00万元，占81.15%；项目支出210.00万元，占17.21%。`;
const sections = (own: string, ownTotal = "350.00") =>
  `二、${own}本级收支预算情况\n支出预算总额${ownTotal}万元。\n三、某区第一中学收支预算情况\n支出预算总额870.00万元。`;

describe("the own unit named by the department's name: the department's totals", () => {
  it.each(NAMINGS)(
    "department %s, own unit %s, text naming %s: no finding, every figure placed",
    (d, own, name) => {
      const report = check(
        d,
        own,
        `一、${name}收支预算总体情况\n${totals(name)}\n${sections(own)}`,
      );
      expect(serious(report.findings)).toEqual([]);
      expect(report.coverage.texts[0]?.gaps).toEqual([]);
      expect(report.coverage.texts[0]?.placed).toBe(8);
    },
  );

  it.each(NAMINGS)(
    "department %s, own unit %s, text naming %s: a wrong department total is caught",
    (d, own, name) => {
      const report = check(d, own, totals(name, "1221.00"));
      expect(errors(report)).toEqual(["narrative.amount"]);
    },
  );

  it.each([
    [FULL, SHORT],
    [SHORT, FULL],
    [SHORT, SHORT],
  ])(
    "department %s, own unit %s: a wrong figure under the own unit's heading is caught",
    (d, own) => {
      const report = check(d, own, sections(own, "351.00"));
      expect(errors(report)).toEqual(["narrative.amount"]);
    },
  );
});
