import { describe, expect, it } from "vitest";
import { namedBlocks, type RowRole } from "./centred-names";

const CATEGORY: Record<string, string> = { 产: "output", 效: "benefit", 满: "satisfaction" };

/**
 * The blocks `namedBlocks` gives rows written `N产` (a name, 一级 产出), `-满` (no name, 一级 满意度),
 * `-` (neither), `|` (a total), `/` (a line): `[first row, name's row]`, offset 0 left out.
 */
function plan(rows: string, continued?: { seen: string[]; last: string; centred?: boolean }) {
  const cells = rows.split(" ");
  const role = (i: number): RowRole => {
    const c = cells[i] ?? "";
    return c === "|" ? "break" : c === "/" ? "stop" : c.startsWith("N") ? "name" : "row";
  };
  const from =
    continued === undefined
      ? undefined
      : { seen: new Set(continued.seen), last: continued.last, centred: continued.centred ?? true };
  const blocks = namedBlocks(cells.length, role, (i) => CATEGORY[cells[i]?.slice(1) ?? ""], from);
  return [...blocks].filter(([start, name]) => name > start);
}

describe("namedBlocks", () => {
  it("gives each block's first row its one name, wherever the name is printed", () => {
    expect(plan("-产 N满 -产 N满")).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(plan("-产 -效 N满 -产 N- -")).toEqual([
      [0, 2],
      [3, 4],
    ]);
    // 产出 after 效益 starts the next block though 产出 was not printed in it yet.
    expect(plan("-效 N满 -产 N满")).toEqual([
      [0, 1],
      [2, 3],
    ]);
    // The same 一级 on one row after another (repeated merged cells) is one; a block's name on
    // its first row is its name too.
    expect(plan("-产 N产 -满 N产 -满 -产 N产 -满")).toEqual([
      [0, 1],
      [5, 6],
    ]);
  });

  it("reads a table starting with a name row by row (names on their blocks' first rows)", () => {
    expect(plan("N产 -满 N产 -效 -满")).toEqual([]);
    // 效益 printed before 产出 in the first project: 乙 is not given the row above it.
    expect(plan("N效 - -产 N效")).toEqual([]);
  });

  it("reads row by row where a block holds two names or none, or shows no cycle of 一级", () => {
    expect(plan("-产 N- -产 N满")).toEqual([]);
    expect(plan("-产 -满 N产 -满")).toEqual([]);
    expect(plan("-产 N产")).toEqual([]);
    expect(plan("- N-")).toEqual([]);
    expect(plan("-产 N满")).toEqual([[0, 1]]);
  });

  it("gives the first rows of a continued table to the project continued", () => {
    expect(plan("-满 -产 N满", { seen: ["output"], last: "output" })).toEqual([[1, 2]]);
    expect(plan("-产 N满", { seen: ["output", "satisfaction"], last: "satisfaction" })).toEqual([
      [0, 1],
    ]);
    // A name in the first block of a continued table: whose rows are above it is not known.
    expect(plan("-产 N满", { seen: ["output"], last: "output" })).toEqual([]);
    // The table before read row by row: this one is too.
    const rowByRow = { seen: ["output", "satisfaction"], last: "satisfaction", centred: false };
    expect(plan("-产 N满", rowByRow)).toEqual([]);
  });

  it("reads each run between totals on its own, none after a line", () => {
    expect(plan("-产 N满 | -产 N满 / -产 N满")).toEqual([
      [0, 1],
      [3, 4],
    ]);
  });
});
