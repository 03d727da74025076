import { describe, expect, it } from "vitest";
import { amount } from "../amount";
import type { Fact } from "../facts";
import type { DerivedFact } from "./derive";
import { CellSet, cellId, evidenceOf } from "./evidence";

/** Evidence of printed and derived facts, and the set of reached cells. */

const cell = (row: string, raw = "1.00") => ({ table: "t", row, column: "c", raw });

describe("evidenceOf", () => {
  it("a printed fact: its value and unit as printed, not derived, its own cell", () => {
    const f: Fact = {
      concept: "sanGong",
      coords: { item: "reception" },
      value: amount("2.50", "元"),
      source: cell("single", "2.50"),
    };
    expect(evidenceOf(f)).toEqual({
      concept: "sanGong",
      coords: { item: "reception" },
      value: "2.50",
      unit: "元",
      derived: false,
      sources: [cell("single", "2.50")],
    });
  });

  it("a blank: no value and no unit", () => {
    const f: Fact = { concept: "spending", coords: {}, value: null, source: cell("total", "") };
    expect(evidenceOf(f)).toMatchObject({ value: null, unit: null, derived: false });
  });

  it("a derived fact: derived, citing every printed cell behind it", () => {
    const d: DerivedFact = {
      concept: "spending",
      coords: {},
      value: amount("3.00"),
      table: "t",
      via: { kind: "rollup", column: "c" },
      parts: [],
      sources: [cell("a"), cell("b")],
    };
    expect(evidenceOf(d)).toMatchObject({
      value: "3.00",
      unit: "万元",
      derived: true,
      sources: [cell("a"), cell("b")],
    });
  });
});

describe("cellId and CellSet", () => {
  it("a cell's id is its table, row and column (not its printed value)", () => {
    expect(cellId(cell("total", "1.00"))).toBe("t|total|c");
    expect(cellId(cell("total", "2.00"))).toBe(cellId(cell("total", "1.00")));
  });

  it("holds cells by identity and by id, before and after the first lookup", () => {
    const s = new CellSet();
    const a = cell("a");
    expect(s.has(a)).toBe(false);
    s.add(a);
    expect(s.has(a)).toBe(true);
    // another object describing the same cell
    expect(s.has(cell("a", "9.99"))).toBe(true);
    expect(s.has(cell("b"))).toBe(false);
    // added after the ids were built: found by id too
    s.add(cell("b"));
    expect(s.has(cell("b", ""))).toBe(true);
    expect(s.has(cell("c"))).toBe(false);
    // the same row and column in another table, another column of the same row: other cells
    expect(s.has({ ...cell("a"), table: "u" })).toBe(false);
    expect(s.has({ ...cell("a"), column: "d" })).toBe(false);
  });

  it("cells whose ids coincide through a `|` in a row or column are one cell by id", () => {
    // `t|a|b|c` is the id of row `a|b`, column `c` and of row `a`, column `b|c`
    const s = new CellSet();
    s.add({ table: "t", row: "a|b", column: "c", raw: "1.00" });
    expect(s.has({ table: "t", row: "a", column: "b|c", raw: "1.00" })).toBe(true);
    expect(s.has({ table: "t", row: "a", column: "b", raw: "1.00" })).toBe(false);
    const other = new CellSet();
    other.add({ table: "t", row: "a", column: "b|c", raw: "1.00" });
    other.add(cell("x"));
    expect(other.has(cell("x", "2.00"))).toBe(true);
    expect(other.has({ table: "t", row: "a|b", column: "c", raw: "" })).toBe(true);
  });

  it("adding the same object twice keeps one cell", () => {
    const s = new CellSet();
    const a = cell("a");
    s.add(a);
    s.add(a);
    expect(s.has({ ...a })).toBe(true);
  });
});
