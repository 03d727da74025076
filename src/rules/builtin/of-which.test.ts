import { describe, expect, it } from "vitest";
import { type DisclosureMeta, type Table, tableBuilder } from "../../disclosure";
import { henan2024 } from "../../templates";
import { checkDisclosure } from "../check";
import { henan2024Profile, RULES } from "../profiles";
import { renderFinding } from "../render";
import { cited, numbers, one, only, outcome } from "../test-support";
import type { CheckReport } from "../types";

/** The rule `ofWhich` alone on small hand-built tables (a part printed 其中 is at most its whole). */

const meta: DisclosureMeta = {
  year: 2024,
  documentKind: "单位",
  template: "henan2024",
  department: { name: "某单位" },
  units: [{ name: "某单位", unitType: "行政" }],
};

const check = (tables: Table[]): CheckReport =>
  checkDisclosure(
    { meta, tables, texts: [] },
    { profile: only(henan2024Profile, "ofWhich"), template: henan2024 },
  );

/** A 三公 table: no 其中 column or line. */
const sanGong = tableBuilder(henan2024, "sanGong")
  .single({
    total: "6.50",
    abroad: "",
    vehicles: "4.00",
    "vehicles.purchase": "",
    "vehicles.operation": "4.00",
    reception: "2.50",
  })
  .build().value;

describe("ofWhich (其中 ≤ its whole)", () => {
  const columns = (gpb: string, grant: string) =>
    tableBuilder(henan2024, "economicSummary").total({ gpb, "gpb.grant": grant }).build().value;

  it("passes when 其中：财政拨款 80.00 ≤ 一般公共预算 80.00", () => {
    const r = check([columns("80.00", "80.00")]);
    expect(outcome(r, "ofWhich")).toBe("pass");
    expect(r.findings).toEqual([]);
  });

  it("fails when 其中：财政拨款 85.00 > 一般公共预算 80.00 (a column)", () => {
    const f = one(check([columns("80.00", "85.00")]), "ofWhich");
    expect(f.severity).toBe("error");
    expect(f.path).toEqual({
      table: "economicSummary",
      row: "total",
      column: "gpb.grant",
      raw: "85.00",
    });
    expect(numbers(f)).toEqual(["80.00", "85.00", "5.00", "万元"]);
    expect(renderFinding(f, RULES, "en", henan2024)).toBe(
      '[Expenditure by economic classification] total row, column "一般公共预算/其中：财政拨款" is 85.00, more than 80.00 ([Expenditure by economic classification] total row, column "一般公共预算/小计" (80.00)): a part exceeds its whole.',
    );
    expect(cited(f)).toEqual(["economicSummary|total|gpb.grant", "economicSummary|total|gpb"]);
  });

  it("fails on a line too: 收支表 其中：财政拨款 90.00 > 一般公共预算 80.00", () => {
    const t = tableBuilder(henan2024, "summary")
      .line("revenue.gpb", { "income.amount": "80.00" })
      .line("revenue.gpb.grant", { "income.amount": "90.00" })
      .build().value;
    const f = one(check([t]), "ofWhich");
    expect(f.path).toMatchObject({ table: "summary", row: "line:revenue.gpb.grant" });
    expect(numbers(f)).toEqual(["80.00", "90.00", "10.00", "万元"]);
  });

  it("is not applicable to a table without 其中 columns or lines", () => {
    expect(outcome(check([sanGong]), "ofWhich")).toBe("not-applicable");
  });
});
