import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { disclosureJsonSchema } from "../../scripts/json-schema";
import { checkDisclosure, henan2024Profile } from "../rules";
import { henan2024 } from "../templates";
import { formatSchemaIssue } from "./messages";
import { writtenNumberCells } from "./numbers";
import { parseDisclosureJson } from "./parse";

/** Marks a cell to be written as a JSON number: `"\u0000969.06\u0000"` in the text → `969.06`. */
const MARK = "\u0000";
const asNumber = (digits: string) => `${MARK}${digits}${MARK}`;
/** JSON text with every marked string written as the bare number it holds. */
const write = (doc: unknown, indent?: number): string =>
  JSON.stringify(doc, null, indent).replace(/"\\u0000([^"\\]*)\\u0000"/g, "$1");

const meta = {
  year: 2024,
  documentKind: "单位",
  template: "henan2024",
  department: { name: "某单位" },
  units: [],
};
const documentOf = (tables: unknown[], extra: Record<string, unknown> = {}) => ({
  format: "yusuan.disclosure",
  version: 1,
  meta,
  tables,
  texts: [],
  ...extra,
});
const single = (cell: unknown) =>
  documentOf([{ kind: "sanGong", unit: "万元", rows: [{ key: { kind: "single" }, cells: cell }] }]);

const cellsOf = (text: string) => {
  const r = parseDisclosureJson(text);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value.tables.map((t) => t.rows.map((row) => row.cells));
};

describe("parseDisclosureJson: a cell written as a JSON number", () => {
  it("holds exactly the digits written: no binary float on the way", () => {
    const cases = [
      "969.06",
      "1200.50",
      "-3",
      "0",
      "0.00",
      "-0",
      "0.1",
      "123456789012345678901234567890.12",
      "9007199254740993",
      "0.30000000000000004441",
    ];
    for (const digits of cases)
      expect(cellsOf(write(single({ total: asNumber(digits) })))).toEqual([[{ total: digits }]]);
  });

  it("reads number cells beside string cells, in any table and row, whatever the spacing and the keys' order", () => {
    const doc = documentOf([
      {
        kind: "sanGong",
        unit: "万元",
        title: '2024年 "三公" 经费 12.5',
        rows: [{ key: { kind: "single" }, cells: { total: "6.50", "2": asNumber("1.10") } }],
      },
      {
        kind: "expenditure",
        unit: "万元",
        note: 'a "quoted" 7 and a backslash \\ then 8',
        rows: [
          { key: { kind: "total" }, name: "合计 9.9", cells: { total: asNumber("10.00") } },
          {
            key: { kind: "functional", code: "2013101" },
            cells: { 'b"1\\': asNumber("-4.5"), total: "x", "10": asNumber("10") },
          },
        ],
      },
    ]);
    for (const indent of [undefined, 2, 1]) {
      expect(cellsOf(write(doc, indent))).toEqual([
        [{ total: "6.50", "2": "1.10" }],
        [{ total: "10.00" }, { 'b"1\\': "-4.5", total: "x", "10": "10" }],
      ]);
    }
  });

  it("reads keys written with escapes (\\u0074ables) as the keys they are", () => {
    const text = write(single({ total: asNumber("1.50") }))
      .replace('"tables"', '"\\u0074ables"')
      .replace('"cells"', '"c\\u0065lls"')
      .replace('"total"', '"\\u0074otal"');
    expect(cellsOf(text)).toEqual([[{ total: "1.50" }]]);
  });

  it("keeps numbers elsewhere as they were: year and an indicator's index stay numbers; a number in a table's texts, in an array or in an unknown place is still wrong", () => {
    const doc = documentOf([
      {
        kind: "sanGong",
        unit: "万元",
        rows: [{ key: { kind: "indicator", index: 2 }, cells: { total: asNumber("3.00") } }],
      },
    ]);
    const r = parseDisclosureJson(write(doc));
    expect(r.ok && r.value.meta.year).toBe(2024);
    expect(r.ok && r.value.tables[0]?.rows[0]?.key).toEqual({ kind: "indicator", index: 2 });
    expect(r.ok && r.value.tables[0]?.rows[0]?.cells).toEqual({ total: "3.00" });

    const wrong = documentOf([
      {
        kind: "sanGong",
        unit: "万元",
        texts: { note: asNumber("1.5") },
        rows: [
          { key: { kind: "single" }, cells: { total: [asNumber("1.5")] } },
          { key: { kind: "single" }, cells: { total: { v: asNumber("2.5") } } },
        ],
      },
    ]);
    const issues = parseDisclosureJson(write(wrong));
    expect(issues.ok ? [] : issues.error.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["invalid-type", "tables.0.rows.0.cells.total"],
      ["invalid-type", "tables.0.rows.1.cells.total"],
      ["invalid-type", "tables.0.texts.note"],
    ]);
  });

  it("reads cells nested in other places no deeper than the format (tables inside meta are an unknown key)", () => {
    const nested = { tables: [{ rows: [{ cells: { total: asNumber("1.5") } }] }] };
    const r = parseDisclosureJson(write({ ...single({ total: "1" }), meta: { ...meta, nested } }));
    expect(r.ok ? [] : r.error.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["unknown-key", "meta.nested"],
    ]);
    expect(writtenNumberCells(write({ a: [[[[[[[nested]]]]]]] }))).toEqual([]);
  });

  it("refuses a number with an exponent, with its path and its text as written, beside the other issues", () => {
    for (const digits of ["1e3", "1E3", "9.6906e2", "-2E+5", "1.5e-2"]) {
      const r = parseDisclosureJson(write(single({ total: asNumber(digits), other: "1.00" })));
      expect(r.ok ? [] : r.error).toEqual([
        {
          code: "number-exponent",
          path: ["tables", 0, "rows", 0, "cells", "total"],
          input: digits,
        },
      ]);
    }
    const both = parseDisclosureJson(
      write({ ...single({ total: asNumber("1e3") }), texts: [{ title: "说明" }] }),
    );
    expect(both.ok ? [] : both.error.map((i) => i.code)).toEqual(["number-exponent", "missing"]);
    const issue = both.ok ? undefined : both.error[0];
    expect(issue && formatSchemaIssue(issue)).toBe(
      "tables[0].rows[0].cells.total：数 1e3 用了指数写法：请写成印出的数字",
    );
    expect(issue && formatSchemaIssue(issue, "en")).toBe(
      "tables[0].rows[0].cells.total: the number 1e3 has an exponent: write the figure as printed",
    );
  });

  it("keeps a __proto__ cell key an own key, reported as reserved, whether its value is a string or a number", () => {
    const text = write(single({ total: "1" })).replace('"total":"1"', '"__proto__":2.5');
    const r = parseDisclosureJson(text);
    expect(r.ok ? [] : r.error).toEqual([
      {
        code: "reserved-key",
        path: ["tables", 0, "rows", 0, "cells", "__proto__"],
        key: "__proto__",
      },
    ]);
  });

  it("gives the same cells through the hand reader and through zod (a document with targets)", () => {
    const cells = { total: asNumber("969.06"), basic: asNumber("682.10"), project: "287.00" };
    const plain = cellsOf(write(single(cells)));
    const viaZod = cellsOf(
      write(single(cells)).replace(/}$/, ',"targets":{"unit":"万元","projects":[]}}'),
    );
    expect(plain).toEqual([[{ total: "969.06", basic: "682.10", project: "287.00" }]]);
    expect(viaZod).toEqual(plain);
  });

  it("reads the examples with every decimal cell written as a number as it reads them with strings", () => {
    for (const name of ["henan-2024", "shanghai-finance-2025", "putuo-planning-final-2024"]) {
      const source = readFileSync(new URL(`../../examples/${name}.json`, import.meta.url), "utf8");
      const doc = JSON.parse(source) as { tables: { rows: { cells: Record<string, string> }[] }[] };
      let numbers = 0;
      for (const t of doc.tables)
        for (const row of t.rows)
          for (const [k, v] of Object.entries(row.cells))
            if (/^-?(?:0|[1-9]\d*)(?:\.\d+)?$/.test(v)) {
              row.cells[k] = asNumber(v);
              numbers++;
            }
      expect(numbers).toBeGreaterThan(0);
      expect(parseDisclosureJson(write(doc, 2))).toEqual(parseDisclosureJson(source));
    }
  });

  it("round-trips any decimal written as a number to the cell it is as a string (property)", () => {
    const decimal = fc
      .tuple(
        fc.boolean(),
        fc.oneof(fc.constant("0"), fc.stringMatching(/^[1-9]\d{0,25}$/)),
        fc.option(fc.stringMatching(/^\d{1,8}$/), { nil: undefined }),
      )
      .map(
        ([minus, int, frac]) => `${minus ? "-" : ""}${int}${frac === undefined ? "" : `.${frac}`}`,
      );
    const key = fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.constantFrom("total", "1", "10", 'a"b', "c\\d", "12.5", "tables", "cells", "rows"),
    );
    const cell = fc.oneof(
      decimal.map((d) => ({ d, number: true })),
      fc.oneof(decimal, fc.string({ maxLength: 8 })).map((d) => ({ d, number: false })),
    );
    const rows = fc.array(fc.dictionary(key, cell, { maxKeys: 5 }), { maxLength: 4 });
    const tables = fc.array(fc.tuple(rows, fc.string({ maxLength: 10 })), { maxLength: 3 });
    fc.assert(
      fc.property(tables, fc.constantFrom(undefined, 2), (ts, indent) => {
        const doc = (numbers: boolean) =>
          documentOf(
            ts.map(([rs, note]) => ({
              kind: "expenditure",
              unit: "万元",
              note,
              rows: rs.map((cells) => ({
                key: { kind: "total" },
                cells: Object.fromEntries(
                  Object.entries(cells).map(([k, c]) => [
                    k,
                    numbers && c.number ? asNumber(c.d) : c.d,
                  ]),
                ),
              })),
            })),
            { texts: [{ title: "说明 1.5", body: 'say "2.00" \\ 3' }] },
          );
        const withNumbers = parseDisclosureJson(write(doc(true), indent));
        const withStrings = parseDisclosureJson(write(doc(false), indent));
        expect(withNumbers).toEqual(withStrings);
      }),
      { numRuns: 500 },
    );
  });
});

describe("a figure written as a number is checked as printed", () => {
  const expenditure = (last: string) =>
    write(
      documentOf([
        {
          kind: "expenditure",
          unit: "万元",
          rows: [
            { key: { kind: "total" }, cells: { total: asNumber("10.00") } },
            { key: { kind: "functional", code: "201" }, cells: { total: asNumber("10.00") } },
            { key: { kind: "functional", code: "20131" }, cells: { total: asNumber("10.00") } },
            { key: { kind: "functional", code: "2013101" }, cells: { total: asNumber("4.00") } },
            { key: { kind: "functional", code: "2013102" }, cells: { total: asNumber(last) } },
          ],
        },
      ]),
    );
  const rollup = (last: string) => {
    const parsed = parseDisclosureJson(expenditure(last));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const report = checkDisclosure(parsed.value, {
      profile: henan2024Profile,
      template: henan2024,
    });
    return report.outcomes.find((o) => o.ruleId === "rollup")?.outcome;
  };

  it("the sums hold when they hold, and a wrong figure is still caught", () => {
    expect(rollup("6.00")).toBe("pass");
    expect(rollup("6.01")).toBe("fail");
  });
});

describe("schema.json", () => {
  it("lets a cell be a string, a number or null (a blank), as parseDisclosureJson reads it; a table's texts stay strings", () => {
    expect(disclosureJsonSchema().properties).toMatchObject({
      tables: {
        items: {
          properties: {
            rows: {
              items: {
                properties: {
                  cells: {
                    additionalProperties: {
                      anyOf: [{ type: "string" }, { type: "number" }, { type: "null" }],
                    },
                  },
                },
              },
            },
            texts: { additionalProperties: { type: "string" } },
          },
        },
      },
    });
  });
});
