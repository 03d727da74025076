/**
 * Metamorphic: a column of row numbers. Other printers number a table's rows in a first column
 * headed `序号`, `行次` or `栏次` (the 决算 form prints 行次 in some tables). Such a column is read as
 * nothing: in every table of every fixture a numbered column is put first (each printed row
 * numbered 1, 2, 3 …), and the check's findings and outcomes must not change (was: an unread
 * column with content, so every roll-up and nature check of the table fell to insufficient data).
 */
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../../src/printed/types";
import { CASES, checkFixture, mapTables, projection } from "./support";

/** Table `t` with a first column of row numbers headed `header`. */
function numbered(t: PrintedTable, header: string): PrintedTable {
  let n = 0;
  return {
    ...t,
    headers: [header, ...t.headers],
    rows: t.rows.map((r) => [r.some((c) => c.trim() !== "") ? String(++n) : "", ...r]),
  };
}

describe.each(CASES.map((c) => [c.name, c] as const))("%s: rows numbered", (_, c) => {
  const before = projection(checkFixture(c));

  it.each(["序号", "行次", "栏次"])(
    "in a first column headed %s: the same findings and outcomes",
    (header) => {
      const after = checkFixture(
        c,
        mapTables(c.fixture, (t) => numbered(t, header)),
      );
      expect(projection(after)).toEqual(before);
    },
  );
});

describe("the numbering itself", () => {
  it("numbers the printed rows that print something", () => {
    const t: PrintedTable = { title: "t", headers: ["a"], rows: [["x"], [""], ["y"]] };
    expect(numbered(t, "序号").rows).toEqual([
      ["1", "x"],
      ["", ""],
      ["2", "y"],
    ]);
  });
});
