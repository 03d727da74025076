import { describe, expect, it } from "vitest";
import { type Disclosure, tableBuilder } from "../src/disclosure";
import { summarySums } from "../src/rules/builtin/summary-sums";
import { buildContext } from "../src/rules/context";
import { henan2024Profile } from "../src/rules/profiles";
import { henan2024 } from "../src/templates";
import { settledGrowth } from "./support/linearity";

/**
 * A 收支总表 side's outermost lines (the parts of its total) are found in time linear in its
 * lines. Each line's place was tested against every other line's, with a walk of its own: a
 * review timed 201 / 401 / 801 rows at 19 / 47 / 412 ms; one set of the places takes ≈ 1–2 ms.
 */
describe("a 收支总表 printing hundreds of 功能分类 rows", () => {
  it("is linear in its rows", () => {
    const contexts = new Map<number, ReturnType<typeof buildContext>>();
    const make = (n: number): string => {
      // n 类 rows (201 …), each over one 款, and 本年支出合计 = Σ 类.
      let b = tableBuilder(henan2024, "summary");
      for (let i = 0; i < n; i++) {
        const code = `${201 + (i % 99)}${10 + Math.floor(i / 99)}`;
        b = b
          .functional(code.slice(0, 3), "某类", { "spending.amount": "10.00" })
          .functional(code, "某款", { "spending.amount": "10.00" });
      }
      b = b.line("spending", { "spending.amount": `${n * 10}.00` });
      const d: Disclosure = {
        meta: {
          year: 2024,
          documentKind: "部门",
          template: "henan2024",
          department: { name: "某局" },
          units: [],
        },
        tables: [b.build().value],
        texts: [],
      };
      contexts.set(n, buildContext(d, henan2024, undefined, henan2024Profile.definitions));
      return "x".repeat(n);
    };
    // A fresh map per call (summarySums keeps its result per context).
    const run = (s: string) => {
      const ctx = contexts.get(s.length);
      return ctx === undefined ? undefined : summarySums({ ...ctx });
    };
    make(3);
    expect(run("xxx")).toBeDefined();
    const { ratio } = settledGrowth(run, make, 40, 30);
    expect(ratio).toBeLessThan(30);
  });
});
