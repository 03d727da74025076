/**
 * A sum across one row's columns (合计 = 人员经费 + 公用经费 on the 合计 row) misses no figure of a
 * line the reader did not place, and stays checked in a table with one; but "one row" is one
 * printed row, not one row key: where a table prints the same row twice (its 合计 on two rows,
 * each with a part of its figures), a sum of parts from the two is a sum across rows, and may
 * miss the unplaced line's figure like any other (the derivations oracle found it on a random
 * table: was complete, as both parts' cells cite the row `total`).
 */
import { describe, expect, it } from "vitest";
import { lowerTable, type Row } from "../disclosure";
import { henan2024 } from "../templates";
import { decomposeTable, isIncomplete } from "./derive";

const lower = (rows: Row[]) => lowerTable({ kind: "gpbBasic", unit: "万元", rows }, henan2024);
const total = (cells: Record<string, string>): Row => ({ key: { kind: "total" }, cells });
const UNKNOWN: Row = { key: { kind: "line", line: "no.such.line" }, cells: { total: "10.00" } };

/** The 基本支出 the decompositions derive on the table's 合计 (人员经费 + 公用经费), complete or not. */
const basic = (rows: Row[]) =>
  decomposeTable(lower(rows))
    .filter((d) => d.coords.nature === "basic" && d.via.kind === "decomposition")
    .map((d) => ({ value: d.value?.value ?? null, incomplete: isIncomplete(d) }));

describe("a sum across one row's columns in a table with a line the reader did not place", () => {
  it("on one printed row: complete (no other row's figure is a part of it)", () => {
    const rows = [total({ total: "500.00", personnel: "450.00", public: "60.00" }), UNKNOWN];
    expect(basic(rows)).toEqual([{ value: "510.00", incomplete: false }]);
  });

  it("its parts on two printed rows of the same key: incomplete", () => {
    const rows = [total({ total: "500.00", personnel: "450.00" }), total({ public: "60.00" })];
    // read whole, the two rows' sum is complete …
    expect(basic(rows)).toEqual([{ value: "510.00", incomplete: false }]);
    // … with a line the reader did not place, it may miss that line's figure
    expect(basic([...rows, UNKNOWN])).toEqual([{ value: "510.00", incomplete: true }]);
  });
});
