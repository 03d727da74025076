/**
 * A total printed `0` in a table whose figures are printed with two decimals stands for exactly
 * zero: against parts printing 0.10 + 0.20 it is an error, as `0.00` is; before, it stood for
 * (−0.5, 0.5) and the 0.30 passed as rounding (info). Decided per table from its figures: the
 * half step of a `0` in a table printing whole figures is kept (see `exactZeros`).
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import { checkDisclosure, henan2024Profile } from "../src/rules";
import { henan2024 } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { fixtureDisclosure } from "./support/disclosures";

/** The 三公 table's 合计 check (sanGong.sum) with its one row printed as `row`. */
function sanGongSum(row: readonly string[]) {
  const fixture = {
    ...henan2024Fixture,
    tables: henan2024Fixture.tables.map((t) =>
      t.title.includes("三公") ? { ...t, rows: [[...row]] } : t,
    ),
  };
  const { disclosure } = fixtureDisclosure(fixture, henan2024);
  const report = checkDisclosure(disclosure, {
    profile: henan2024Profile,
    template: henan2024,
    catalog: catalog2024,
  });
  return report.findings
    .filter((f) => f.ruleId === "sanGong.sum")
    .map((f) => [f.severity, f.params.status, f.params.actual, f.params.expected]);
}

describe("a 合计 printed 0 in a table of two-decimal figures", () => {
  it.each([
    // 合计, 因公出国, 车辆小计, 购置, 运行, 接待
    [["0", "0.10", "", "", "", "0.20"], "0", "0.30"],
    [["0", "", "0", "0", "0", "0.20"], "0", "0.20"],
    [["0", "", "0.40", "", "0.40", ""], "0", "0.40"],
    [["0.00", "0.10", "", "", "", "0.20"], "0.00", "0.30"],
  ])("%j: an error, as 0.00 is", (row, actual, expected) => {
    expect(sanGongSum(row)).toEqual([["error", "differ", actual, expected]]);
  });

  it("agreeing zeros are no finding: 0 against 0.00 parts", () => {
    expect(sanGongSum(["0", "0.00", "0", "", "0", "0.00"])).toEqual([]);
  });
});
