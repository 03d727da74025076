/**
 * Codes printed in brackets in their own code columns (`[2013101]` whole, `【201】【31】【01】` by
 * level, `［30101］`), as some exports print them: the code inside, read as if printed bare. Found by
 * the red-team probe (2026-12-07): every code of such a table was a `malformed-code` warning on a
 * correct table. Through the printed reader and the whole checker on the Henan fixture: no reader
 * problem and no finding above info, as on the fixture as printed; a bracket left open is still no
 * code, and a misprinted code inside brackets is still reported.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import { readPrintedTable } from "../src/printed";
import type { PrintedTable } from "../src/printed/types";
import { henan2024 } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { henanAlarms } from "./support/henan-alarms";

/** Whether a header heads a code column (a whole code or one level of it). */
const isCode = (h: string) => /科目编码/u.test(h) || /^部门预算经济分类\/(类|款)$/u.test(h);

const bracketed =
  (open: string, close: string) =>
  (t: PrintedTable): PrintedTable => ({
    ...t,
    rows: t.rows.map((r) =>
      r.map((c, i) => (isCode(t.headers[i] ?? "") && /^\d+$/u.test(c) ? `${open}${c}${close}` : c)),
    ),
  });

const varied = (f: (t: PrintedTable) => PrintedTable) => ({
  ...henan2024Fixture,
  tables: henan2024Fixture.tables.map(f),
});

describe("codes in brackets in the code columns are the codes inside", () => {
  it("the fixture as printed has no alarm (the baseline)", () => {
    expect(henanAlarms(henan2024Fixture)).toEqual([]);
  });

  it.each([
    ["[", "]"],
    ["【", "】"],
    ["［", "］"],
    ["〔", "〕"],
  ])("%s…%s around each code: no alarm", (open, close) => {
    const fx = varied(bracketed(open, close));
    // the variant prints brackets (the test would pass vacuously otherwise)
    expect(JSON.stringify(fx.tables)).toContain(`${open}201${close}`);
    expect(henanAlarms(fx)).toEqual([]);
  });

  const spending = henan2024Fixture.tables.find((t) => t.title === "2024年部门支出预算表");
  if (spending === undefined) throw new Error("no 部门支出预算表");
  const problems = (t: PrintedTable) =>
    readPrintedTable(t, {
      template: henan2024,
      catalog: catalog2024.functional,
      departmentCode: "116",
    })
      .problems.filter((p) => p.severity !== "info")
      .map((p) => p.code);
  const withCell = (row: number, cell: string): PrintedTable => ({
    ...spending,
    rows: spending.rows.map((r, i) => (i === row ? [cell, ...r.slice(1)] : r)),
  });
  const row = spending.rows.findIndex((r) => r[0] === "201" && r[2] === "01");

  it("a bracket left open is no code: still malformed", () => {
    expect(row).toBeGreaterThan(0);
    expect(problems(withCell(row, "[201"))).toContain("malformed-code");
  });

  it("a misprinted code in brackets is still reported (the one-digit 类 `[21]`)", () => {
    expect(problems(withCell(row, "[21]"))).toContain("malformed-code");
  });
});
