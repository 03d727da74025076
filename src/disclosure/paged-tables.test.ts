import { describe, expect, it } from "vitest";
import { henan2024 } from "../templates";
import { continuations } from "./first-tables";
import type { Row } from "./types";

const kind = henan2024.tables.find((k) => k.id === "expenditure");
const TITLE = "2024年部门支出预算表";
const total: Row = { key: { kind: "total" }, cells: { total: "30.00" } };
const org = (code: string): Row => ({ key: { kind: "org", code }, cells: { total: "15.00" } });
const fn = (code: string): Row => ({
  key: { kind: "functional", code },
  cells: { total: "15.00" },
});
const bound = (...pages: (readonly Row[])[]) => pages.map((rows) => ({ kind, title: TITLE, rows }));

describe("a table given page by page under one title", () => {
  it("reads the next page of a table by unit, going on in the last unit's 科目 or with the next unit", () => {
    const first = [total, org("301001"), fn("2050101"), org("301002"), fn("2050203")];
    expect([...continuations(bound(first, [fn("2080505")]))]).toEqual([[1, 0]]);
    // The next unit's rows repeat the first unit's 科目 under their own unit: a next page still.
    expect([...continuations(bound(first, [org("301003"), fn("2050101")]))]).toEqual([[1, 0]]);
  });

  it("bites: a unit's own table after the department's, without a total, is no page of it", () => {
    const department = [total, org("301001"), fn("2050101"), org("301002"), fn("2050203")];
    // Its 科目 start again from the first (2050101 after 2050203), though not under 301002 before.
    expect([...continuations(bound(department, [fn("2050101")]))]).toEqual([]);
    // …or print the department's rows again, or a total of their own.
    expect([...continuations(bound(department, [fn("2050203"), fn("2080505")]))]).toEqual([]);
    const own: Row = { key: { kind: "total" }, cells: { total: "15.00" } };
    expect([...continuations(bound(department, [own, fn("2080505")]))]).toEqual([]);
    // …or their unit's row with its own figures first (not the one the run's rows are under).
    const unit: Row = { key: { kind: "org", code: "301002" }, cells: { total: "9.00" } };
    expect([...continuations(bound(department, [unit, fn("2080505")]))]).toEqual([]);
    expect([...continuations(bound(department, [org("301001"), fn("2080505")]))]).toEqual([]);
  });

  it("reads a page repeating the run's total or its last unit's row at its top, same figures, as a next page", () => {
    const department = [total, org("301001"), fn("2050101"), org("301002"), fn("2050203")];
    for (const heads of [[total], [org("301002")], [total, org("301002")]])
      expect([...continuations(bound(department, [...heads, fn("2080505")]))]).toEqual([[1, 0]]);
    // A single unit's table: the unit's row repeated over the rest of its 科目.
    const single = [total, org("301001"), fn("2050101")];
    expect([...continuations(bound(single, [org("301001"), fn("2050203")]))]).toEqual([[1, 0]]);
    // Repeated, but the page goes on with a 科目 printed before: another table still.
    expect([...continuations(bound(department, [total, fn("2050203")]))]).toEqual([]);
    // The same total, then a unit's row restating it: a table of its own (a one-unit
    // department's, then its unit's), not a next page…
    const restating: Row = { key: { kind: "org", code: "301003" }, cells: { total: "30.00" } };
    expect([...continuations(bound(department, [total, restating, fn("2050101")]))]).toEqual([]);
    // …nor a unit the run printed, with other figures (its own table's)…
    const other: Row = { key: { kind: "org", code: "301001" }, cells: { total: "9.00" } };
    expect([...continuations(bound(department, [total, other, fn("2050101")]))]).toEqual([]);
    // …but a unit new to the run printing less: the next of the department's units.
    expect([...continuations(bound(department, [total, org("301003"), fn("2050101")]))]).toEqual([
      [1, 0],
    ]);
    // The department's row (the first unit's, restating the total) repeated too.
    const dept: Row = { key: { kind: "org", code: "301" }, cells: { total: "30.00" } };
    const byUnit = [total, dept, org("301001"), fn("2050101"), org("301002"), fn("2050203")];
    expect([...continuations(bound(byUnit, [total, dept, org("301003"), fn("2050101")]))]).toEqual([
      [1, 0],
    ]);
    // A page printing the heading only is no page of the run.
    expect([...continuations(bound(department, [total]))]).toEqual([]);
  });

  it("a 类 printed again under its new name across the break (template residue) is a next page", () => {
    const blank = (code: string): Row => ({
      key: { kind: "functional", code },
      cells: { total: "" },
    });
    const zero = (code: string): Row => ({
      key: { kind: "functional", code },
      cells: { total: "0.00" },
    });
    // `（九）医疗卫生与计划生育支出` blank (210) ends the page, `（十）卫生健康支出` (210) opens the next.
    for (const former of [blank("210"), zero("210")]) {
      expect([...continuations(bound([total, fn("208"), former], [fn("210"), fn("221")]))]).toEqual(
        [[1, 0]],
      );
      // …or the former name on the next page, after the new one.
      expect([...continuations(bound([total, fn("208"), fn("210")], [former, fn("221")]))]).toEqual(
        [[1, 0]],
      );
    }
    // A blank 类 of the first page printed again further on the next: residue too.
    expect([
      ...continuations(bound([total, blank("205"), fn("208")], [fn("210"), blank("205")])),
    ]).toEqual([[1, 0]]);
  });

  it("bites: a 类 printed again with a figure on both pages is another table's", () => {
    expect([
      ...continuations(bound([total, fn("208"), fn("210")], [fn("210"), fn("221")])),
    ]).toEqual([]);
    expect([
      ...continuations(bound([total, fn("205"), fn("208")], [fn("210"), fn("205")])),
    ]).toEqual([]);
  });

  it("a unit's heading row ending the page: the next page's 科目 start again under it", () => {
    const first = [total, org("301001"), fn("2080505"), fn("2101101"), org("301002")];
    expect([...continuations(bound(first, [fn("2013101"), fn("2210201")]))]).toEqual([[1, 0]]);
    // Under the first unit still, the next page's first 科目 going back is another table's.
    const under = [total, org("301001"), fn("2080505"), fn("2101101")];
    expect([...continuations(bound(under, [fn("2013101"), fn("2210201")]))]).toEqual([]);
  });

  it("a one-row kind printed one item a row: the next page prints the other items", () => {
    const sanGong = henan2024.tables.find((k) => k.id === "sanGong");
    const single = (cells: Record<string, string>): Row => ({ key: { kind: "single" }, cells });
    const pages = (...rows: Row[]) =>
      rows.map((r) => ({ kind: sanGong, title: "三公", rows: [r] }));
    const first = single({ total: "6.50", abroad: "", vehicles: "" });
    expect([...continuations(pages(first, single({ total: "", vehicles: "4.00" })))]).toEqual([
      [1, 0],
    ]);
    // One printing an item the first printed is another table's.
    expect([...continuations(pages(first, single({ total: "6.50", vehicles: "4.00" })))]).toEqual(
      [],
    );
  });
});
