import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shapeDisclosure, shapeTable, textOf } from "./shape";
import type { Disclosure, Table } from "./types";

describe("textOf", () => {
  it("gives a finite number's own decimal, without an exponent", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const text = textOf(n) ?? "";
        expect(text).toMatch(/^-?[0-9]+(\.[0-9]+)?$/);
        expect(Number(text)).toBe(n === 0 ? 0 : n); // -0 reads as 0
      }),
      { numRuns: 2000 },
    );
    expect([textOf(6.5), textOf(1e21), textOf(1.5e-7), textOf(-2e-7)]).toEqual([
      "6.5",
      "1000000000000000000000",
      "0.00000015",
      "-0.0000002",
    ]);
  });

  it("keeps strings, writes bigints in digits, reads null and undefined as blank", () => {
    expect([textOf("6.50"), textOf(12n), textOf(null), textOf(undefined)]).toEqual([
      "6.50",
      "12",
      "",
      "",
    ]);
    expect([textOf(true), textOf({}), textOf([]), textOf(Symbol("s"))]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe("shapes", () => {
  const table: Table = {
    kind: "sanGong",
    unit: "万元",
    rows: [{ key: { kind: "single" }, name: "三公", cells: { total: "6.50" } }],
    note: "无",
  };
  const disclosure: Disclosure = {
    meta: {
      year: 2024,
      documentKind: "单位",
      template: "henan2024",
      department: { name: "某单位" },
      units: [{ name: "某单位", unitType: "行政" }],
    },
    tables: [table],
    texts: [{ title: "说明", body: "无" }],
  };

  it("leave a well-formed value as it is: no copy, no problem", () => {
    const t = shapeTable(table);
    expect(t.table).toBe(table);
    expect(t.problems).toEqual([]);
    const d = shapeDisclosure(disclosure);
    expect(d.disclosure.meta).toBe(disclosure.meta);
    expect(d.disclosure.tables).toBe(disclosure.tables);
    expect(d.disclosure.texts).toBe(disclosure.texts);
    expect(d.problems).toEqual([]);
  });

  it("copy only what changes, and never touch the value given", () => {
    const given = {
      ...table,
      rows: [{ key: { kind: "single" }, cells: { total: 6.5 } }, table.rows[0]],
    };
    const before = JSON.stringify(given);
    const t = shapeTable(given);
    expect(t.table.rows[0]?.cells).toEqual({ total: "6.5" });
    expect(t.table.rows[1]).toBe(table.rows[0]);
    expect(JSON.stringify(given)).toBe(before);
  });

  it("copy a table that only nearly has its shape, dropping what the types do not have", () => {
    const row = { key: { kind: "single" }, cells: { total: "6.50" } };
    const inherited = Object.assign(Object.create({ note: "无" }) as object, {
      kind: "sanGong",
      unit: "万元",
      rows: [row],
    });
    const nearly: [unknown, string][] = [
      [{ ...table, remark: "另附" }, "an extra field"],
      [{ ...table, title: undefined }, "an optional field given as undefined"],
      [{ ...table, rows: [{ ...row, extra: 1 }] }, "a row with an extra field"],
      [{ ...table, rows: [{ ...row, key: { kind: "single", code: "1" } }] }, "a key's extra field"],
      [inherited, "a field inherited, not its own"],
      [
        {
          ...table,
          rows: [Object.assign(Object.create({ key: row.key }) as object, { cells: row.cells })],
        },
        "a row whose key is inherited",
      ],
    ];
    for (const [given, why] of nearly) {
      const t = shapeTable(given);
      expect(t.table, why).not.toBe(given);
      expect(t.problems, why).toEqual([]);
      expect(
        Object.keys(t.table).every((k) => k in table || k === "title"),
        why,
      ).toBe(true);
    }
    expect(Object.keys(shapeTable(nearly[0]?.[0]).table)).not.toContain("remark");
    // The inherited field is read as given, into a copy that holds it as its own.
    expect(Object.hasOwn(shapeTable(inherited).table, "note")).toBe(true);
    // An indicator row without its number is kept as an unplaced row, reported.
    const noIndex = { ...table, rows: [{ key: { kind: "indicator" }, cells: {} }] };
    const shaped = shapeTable(noIndex);
    expect(shaped.table.rows[0]?.key).toEqual({ kind: "unplaced", label: "indicator:" });
    expect(shaped.problems.map((p) => p.code)).toEqual(["wrong-type"]);
  });

  it("report a value that is not a disclosure at all, once, at the root", () => {
    for (const value of [null, 5, "x", []])
      expect(shapeDisclosure(value).problems.map((p) => p.path)).toEqual([[]]);
  });
});
