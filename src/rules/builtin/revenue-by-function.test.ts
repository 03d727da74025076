/**
 * Issue 14 point 6: where the revenue table is by function and carries no carry-over (Shanghai),
 * this year's revenue equals this year's spending code by code, as a profile decomposition.
 */
import { describe, expect, it } from "vitest";
import { type Table, tableBuilder } from "../../disclosure";
import { DECOMPOSITIONS, REVENUE_BY_FUNCTION } from "../../facts";
import { shanghai } from "../../templates";
import { checkDisclosure } from "../check";
import { henan2024Profile, shanghaiProfile } from "../profiles";
import { renderFinding } from "../render";
import { findings, outcome } from "../test-support";

const s = (kind: string) => tableBuilder(shanghai, kind, { unit: "元" });
const income = (welfare: string) =>
  s("income")
    .total({ revenue: "9,501,200", government: "9,501,200" })
    .functional("208", "社会保障和就业支出", { revenue: "9,501,200", government: "9,501,200" })
    .functional("2081005", "社会福利事业单位", { revenue: welfare, government: welfare })
    .functional("2080502", "事业单位离退休", { revenue: "2,537,200", government: "2,537,200" })
    .build().value;
const expenditure = s("expenditure")
  .total({ total: "9,501,200", basic: "9,501,200" })
  .functional("208", "社会保障和就业支出", { total: "9,501,200", basic: "9,501,200" })
  .functional("2081005", "社会福利事业单位", { total: "6,964,000", basic: "6,964,000" })
  .functional("2080502", "事业单位离退休", { total: "2,537,200", basic: "2,537,200" })
  .build().value;

const run = (tables: readonly Table[], profile = shanghaiProfile) =>
  checkDisclosure(
    {
      meta: {
        year: 2024,
        documentKind: "单位",
        template: "shanghai",
        department: { name: "某单位" },
        units: [],
      },
      tables,
      texts: [],
    },
    { profile, template: shanghai },
  );

describe("revenue by function = spending by function (Shanghai)", () => {
  it("is in the Shanghai profile's decompositions, after the built-in ones, reported by balance", () => {
    expect(shanghaiProfile.definitions.decompositions).toEqual([
      ...DECOMPOSITIONS,
      REVENUE_BY_FUNCTION,
    ]);
    expect(henan2024Profile.definitions.decompositions).not.toContain(REVENUE_BY_FUNCTION);
  });

  it("passes when each 科目's revenue is its spending", () => {
    const r = run([income("6,964,000"), expenditure]);
    expect([outcome(r, "balance"), findings(r, "balance")]).toEqual(["pass", []]);
  });

  it("finds the 科目 whose revenue is not its spending (both printed correctly summed)", () => {
    const r = run([
      s("income")
        .total({ revenue: "9,501,200", government: "9,501,200" })
        .functional("208", "社会保障和就业支出", { revenue: "9,501,200", government: "9,501,200" })
        .functional("2081005", "社会福利事业单位", {
          revenue: "6,954,000",
          government: "6,954,000",
        })
        .functional("2080502", "事业单位离退休", { revenue: "2,547,200", government: "2,547,200" })
        .build().value,
      expenditure,
    ]);
    const rows = findings(r, "balance").map((f) => [f.path?.row, f.difference]);
    expect(rows).toEqual([
      ["functional:2081005", "10000"],
      ["functional:2080502", "-10000"],
    ]);
    const [first] = findings(r, "balance");
    expect(
      first === undefined ? "" : renderFinding(first, shanghaiProfile.rules, "zh-CN", shanghai),
    ).toContain("本年收入 = 本年支出（按功能分类科目逐项，无结转）");
  });

  it("the Henan profile does not compare them (its revenue table is by unit, with carry-over)", () => {
    const r = run(
      [
        s("income")
          .functional("2081005", "社会福利事业单位", { revenue: "1", government: "1" })
          .build().value,
        expenditure,
      ],
      henan2024Profile,
    );
    expect(findings(r, "balance")).toEqual([]);
  });
});
