/**
 * An empty table whose form numbers its rows (`序号` first, as the non-empty tables of the same
 * form): the 序号 column prints nothing, like every other column, and is the layout's, not an
 * unknown column (an `unknown-header` warning on a correct, empty 政府性基金 / 国有资本经营 table,
 * found by the red-team probe, 2026-12-07). A non-empty table's 序号 column is as before.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import { readPrintedTable } from "../src/printed";
import type { PrintedTable } from "../src/printed/types";
import { henan2024, shanghai, type Template } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { shanghaiWelfare2024Fixture } from "./fixtures/shanghai-welfare-2024";

const numbered = (t: PrintedTable): PrintedTable => ({
  ...t,
  headers: ["序号", ...t.headers],
  rows: t.rows.map((r, i) => [String(i + 1), ...r]),
});

const problems = (t: PrintedTable, template: Template) =>
  readPrintedTable(t, { template, catalog: catalog2024.functional, departmentCode: "116" })
    .problems.filter((p) => p.severity !== "info")
    .map((p) => p.code);

const empty = (fixture: typeof henan2024Fixture) =>
  fixture.tables.filter((t) => t.rows.length === 0);

describe("an empty table with a 序号 column reads without an unknown column", () => {
  it.each([
    ...empty(henan2024Fixture).map((t) => [t.title, t, henan2024] as const),
    ...empty(shanghaiWelfare2024Fixture).map((t) => [t.title, t, shanghai] as const),
  ])("%s", (_title, table, template) => {
    expect(table.rows).toEqual([]);
    expect(problems(numbered(table), template)).toEqual([]);
  });

  it("the same tables' non-empty neighbours with 序号 read as before (no problem)", () => {
    const spending = henan2024Fixture.tables.find((t) => t.title === "2024年部门支出预算表");
    expect(spending).toBeDefined();
    if (spending !== undefined) expect(problems(numbered(spending), henan2024)).toEqual([]);
  });
});
