import { describe, expect, it } from "vitest";
import { type DisclosureMeta, type Table, tableBuilder } from "../../disclosure";
import { henan2024 } from "../../templates";
import { checkDisclosure } from "../check";
import { henan2024Profile } from "../profiles";
import { findings, one, only, outcome } from "../test-support";
import type { CheckReport } from "../types";

/**
 * Edges of the hygiene rules that a mutation sample of hygiene.ts found untested: applicability,
 * the evidence of a plain finding, the anchors of the project-code shape.
 */

const IDS = [
  "rows.duplicate",
  "amount.negative",
  "cell.unreadable",
  "code.misprint",
  "project.code",
] as const;

const META: DisclosureMeta = {
  year: 2024,
  documentKind: "单位",
  template: "henan2024",
  department: { name: "某单位" },
  units: [{ name: "某单位", unitType: "行政" }],
};

const check = (...tables: Table[]): CheckReport =>
  checkDisclosure(
    { meta: META, tables, texts: [] },
    { profile: only(henan2024Profile, ...IDS), template: henan2024 },
  );

describe("hygiene edges: applicability, evidence, anchors", () => {
  const projects = (code: string, year = 2024) =>
    checkDisclosure(
      {
        meta: { ...META, year },
        tables: [
          tableBuilder(henan2024, "projects")
            .project("办公楼维修", { total: "10.00" }, code)
            .build().value,
        ],
        texts: [],
      },
      { profile: only(henan2024Profile, ...IDS), template: henan2024 },
    );

  it("a table whose only amount is malformed: cell.unreadable fails (it had an amount to read)", () => {
    const r = check(
      tableBuilder(henan2024, "expenditure").total({ total: "12.3.4" }).build().value,
    );
    expect(outcome(r, "cell.unreadable")).toBe("fail");
    expect(one(r, "cell.unreadable").evidence).toEqual([]);
  });

  it("code.misprint applies to tables with code rows only: functional or economic", () => {
    const totalOnly = tableBuilder(henan2024, "expenditure").total({ total: "1.00" }).build().value;
    expect(outcome(check(totalOnly), "code.misprint")).toBe("not-applicable");
    const functional = tableBuilder(henan2024, "expenditure")
      .functional("2013101", "行政运行", { total: "1.00" })
      .build().value;
    expect(outcome(check(functional), "code.misprint")).toBe("pass");
  });

  it("project.code: the 8 digits must lead and the 21 characters end the code", () => {
    for (const code of ["X410305240000000012440", "4103052400000000124400"]) {
      const f = one(projects(code), "project.code");
      expect([code, f.params.kind]).toEqual([code, "shape"]);
    }
  });

  it("project.code: the year of a 2005 disclosure is 05", () => {
    const r = projects("410305050000000012440", 2005);
    expect([outcome(r, "project.code"), findings(r, "project.code")]).toEqual(["pass", []]);
  });

  it("a duplicate row and a negative amount cite no evidence beyond their cell", () => {
    const t = tableBuilder(henan2024, "expenditure")
      .functional("2013101", "行政运行", { total: "1.00" })
      .functional("2013101", "行政运行", { total: "-2.00" })
      .build().value;
    const r = check(t);
    expect(one(r, "rows.duplicate").evidence).toEqual([]);
    expect(one(r, "amount.negative").evidence).toEqual([]);
  });
});
