/**
 * A printer that prints `0.00` where others leave a cell blank, in every row: a 类 left in a
 * table under its former name (`（九）医疗卫生与计划生育支出` beside `（十）卫生健康支出 47.28`, the
 * template's residue) then prints zeros instead of nothing. It states nothing either, nor does
 * any row of zeros only: no `code.nameConsistent` warning for its name (was one), and the reader notes the repeated code at
 * info, not as a warning (the check, which knows former names, says whether it is one). A code
 * printed under another name with figures still warns.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import { readPrintedTable } from "../src/printed";
import type { DisclosureFixture } from "./fixtures/types";
import { CASES, checkFixture, columnRoles, mapTables, projection } from "./metamorphic/support";

const SERIOUS = { serious: true } as const;

describe.each(CASES.filter((c) => !c.final).map((c) => [c.name, c] as const))("%s", (_, c) => {
  const roles = columnRoles(c);
  /** Every blank amount cell printed `0.00` (`0` in a table of whole amounts). */
  const zeros: DisclosureFixture = mapTables(c.fixture, (t, ti) => {
    const amount = (roles[ti] ?? []).map((r) => r === "amount");
    const whole = t.rows.every((r) => r.every((cell, i) => !amount[i] || !cell.includes(".")));
    return {
      ...t,
      rows: t.rows.map((r) =>
        r.map((cell, i) => (amount[i] && cell.trim() === "" ? (whole ? "0" : "0.00") : cell)),
      ),
    };
  });

  it("gives no new warning or error", () => {
    expect(projection(checkFixture(c, zeros), SERIOUS)).toEqual(
      projection(checkFixture(c), SERIOUS),
    );
  });

  it("the reader notes no repeated row as a warning", () => {
    for (const t of zeros.tables) {
      const r = readPrintedTable(t, { template: c.template, catalog: catalog2024.functional });
      const repeats = r.problems.filter((p) => p.code === "duplicate-row");
      expect(repeats.filter((p) => p.severity !== "info")).toEqual([]);
    }
  });
});

describe("a code printed under another name with figures", () => {
  const henan = CASES.find((c) => c.name === "Henan 2024");
  it("still warns", () => {
    if (henan === undefined) throw new Error("no Henan case");
    // In the 部门支出预算表 only: the other tables print its own name.
    const renamed = mapTables(henan.fixture, (t) =>
      t.title !== "2024年部门支出预算表"
        ? t
        : {
            ...t,
            rows: t.rows.map((r) =>
              r.map((cell) => (cell === "行政单位离退休" ? "老干部活动中心支出" : cell)),
            ),
          },
    );
    const report = checkFixture(henan, renamed);
    expect(
      report.findings.some((f) => f.ruleId === "code.nameConsistent" && f.severity === "warning"),
    ).toBe(true);
  });
});
