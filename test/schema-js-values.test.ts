/**
 * What other tools write in a correct document, read the same way from a JavaScript value as from
 * JSON text: a code as a number, a blank cell as `null` (`parseDisclosure` as `parseDisclosureJson`;
 * `parseLedger` and `parseLedgerJson` as `ledgerOf`). A JavaScript number has no digits of its own:
 * a code is read from it only where it is a non-negative safe integer (then `String(n)` gives back
 * exactly the digits a JSON text would have written); a fraction, a sign, NaN or a number beyond
 * 2⁵³ − 1 (whose digits may be gone) is `invalid-code-number`. The caller's value is never changed.
 */
import { describe, expect, it } from "vitest";
import { ledgerEntries, ledgerOf } from "../src/ledger";
import {
  parseDisclosure,
  parseDisclosureJson,
  parseLedger,
  parseLedgerJson,
  readDisclosureJson,
} from "../src/schema";

/** A 河南 expenditure table as a spreadsheet export gives it: codes as numbers, blanks as null. */
const exported = (code: unknown = 2013101, blank: unknown = null) => ({
  format: "yusuan.disclosure",
  version: 1,
  meta: {
    year: 2024,
    documentKind: "部门",
    template: "henan2024",
    department: { code: 116, name: "中国共产党洛阳市涧西区委员会办公室" },
    units: [{ code: 116001, name: "机关", unitType: "行政" }],
    regionCode: 410305,
  },
  tables: [
    {
      kind: "expenditure",
      unit: "万元",
      rows: [
        { key: { kind: "total" }, cells: { total: "635.07", basic: "558.07", project: "77.00" } },
        { key: { kind: "org", code: 116001 }, cells: { total: "635.07" } },
        { key: { kind: "functional", code }, cells: { total: "558.07", project: blank } },
      ],
    },
    {
      kind: "gpbBasic",
      unit: "万元",
      rows: [{ key: { kind: "economic", econ: 30201, gov: 50201 }, cells: { total: "1.00" } }],
    },
  ],
  texts: [],
});

/** The same document as the format writes it. */
const written = () => ({
  ...exported(),
  meta: {
    ...exported().meta,
    department: { code: "116", name: "中国共产党洛阳市涧西区委员会办公室" },
    units: [{ code: "116001", name: "机关", unitType: "行政" }],
    regionCode: "410305",
  },
  tables: [
    {
      kind: "expenditure",
      unit: "万元",
      rows: [
        { key: { kind: "total" }, cells: { total: "635.07", basic: "558.07", project: "77.00" } },
        { key: { kind: "org", code: "116001" }, cells: { total: "635.07" } },
        { key: { kind: "functional", code: "2013101" }, cells: { total: "558.07", project: "" } },
      ],
    },
    {
      kind: "gpbBasic",
      unit: "万元",
      rows: [{ key: { kind: "economic", econ: "30201", gov: "50201" }, cells: { total: "1.00" } }],
    },
  ],
});

const CODE_AT = ["tables", 0, "rows", 2, "key", "code"];

describe("parseDisclosure reads codes as numbers and null cells as the JSON text entry does", () => {
  it("reads them as the format's writing, equal to parseDisclosureJson's reading", () => {
    const r = parseDisclosure(exported());
    const expected = parseDisclosure(written());
    expect(expected.ok).toBe(true);
    expect(r).toEqual(expected);
    expect(r).toEqual(parseDisclosureJson(JSON.stringify(exported())));
    // readDisclosureJson notes each reading; the JavaScript entry reads the same values
    const read = readDisclosureJson(JSON.stringify(exported()));
    expect(read.ok && read.value.disclosure).toEqual(r.ok && r.value);
    expect(read.ok && read.value.notes.map((n) => n.code)).toEqual([
      "number-code",
      "number-code",
      "number-code",
      "number-code",
      "number-code",
      "number-code",
      "number-code",
      "null-cell",
    ]);
  });

  it("leaves the caller's value as it was", () => {
    const doc = exported();
    parseDisclosure(doc);
    expect(doc).toEqual(exported());
  });

  it.each([
    [201.5, "201.5"],
    [-201, "-201"],
    [Number.NaN, "NaN"],
    [Number.POSITIVE_INFINITY, "Infinity"],
    [2 ** 53, "9007199254740992"],
    [1e21, "1e+21"],
  ])("refuses %s, a number that is no code or may have lost digits", (code, input) => {
    const r = parseDisclosure(exported(code));
    expect(r.ok ? [] : r.error).toEqual([{ code: "invalid-code-number", path: CODE_AT, input }]);
  });

  it("as the JSON text entry refuses 201.5", () => {
    const r = parseDisclosureJson(JSON.stringify(exported(201.5)));
    expect(r.ok ? [] : r.error).toEqual([
      { code: "invalid-code-number", path: CODE_AT, input: "201.5" },
    ]);
  });

  it("still refuses money as a JavaScript number, a null code and a cell true", () => {
    const money = exported();
    (money.tables[0]?.rows[0]?.cells as Record<string, unknown>).total = 635.07;
    expect(parseDisclosure(money).ok).toBe(false);
    expect(parseDisclosure(exported(null)).ok).toBe(false);
    expect(parseDisclosure(exported(2013101, true)).ok).toBe(false);
  });
});

const meta = (unitCode: unknown = 1) => ({
  year: 2024,
  documentKind: "单位",
  department: { code: 116, name: "某局" },
  units: [{ code: unitCode, name: "某局", unitType: "行政" }],
});
const ledgerDoc = (over: Record<string, unknown> = {}, unitCode: unknown = 1) => ({
  format: "yusuan.ledger",
  version: 1,
  meta: meta(unitCode),
  scale: { unit: "万元", decimals: 2 },
  entries: [
    {
      unit: 1,
      fund: "gpb.grant",
      functional: 2013101,
      econ: 30201,
      gov: 50201,
      nature: "basic",
      amount: "8.02",
      ...over,
    },
    { kind: "carryforward", unit: 1, fund: "gpb.grant", amount: "1.00", period: null },
  ],
});
const expected = ledgerOf(
  {
    year: 2024,
    documentKind: "单位",
    department: { code: "116", name: "某局" },
    units: [{ code: "1", name: "某局", unitType: "行政" }],
  },
  { unit: "万元", decimals: 2 },
  [
    {
      unit: "1",
      fund: "gpb.grant",
      functional: "2013101",
      econ: "30201",
      gov: "50201",
      nature: "basic",
      amount: "8.02",
    },
    { kind: "carryforward", unit: "1", fund: "gpb.grant", amount: "1.00" },
  ],
);
const entries = (r: ReturnType<typeof parseLedger>) => (r.ok ? ledgerEntries(r.value) : r.error);

describe("parseLedgerJson and parseLedger read codes as numbers and null optional fields", () => {
  if (!expected.ok) throw new Error(JSON.stringify(expected.error));
  const want = ledgerEntries(expected.value);

  it("reads codes written as numbers as their digits, null gov / project / period as absent", () => {
    const doc = ledgerDoc({ project: null, period: null });
    expect(entries(parseLedgerJson(JSON.stringify(doc)))).toEqual(want);
    expect(entries(parseLedger(doc))).toEqual(want);
    const r = parseLedgerJson(JSON.stringify(doc));
    expect(r.ok && r.value.meta).toEqual(expected.value.meta);
    const without = ledgerDoc();
    delete (without.entries[0] as { gov?: unknown }).gov;
    const absent = entries(parseLedger(without));
    expect(absent).toMatchObject([{ econ: "30201" }, { kind: "carryforward" }]);
    expect(entries(parseLedger(ledgerDoc({ gov: null })))).toEqual(absent);
    expect(entries(parseLedgerJson(JSON.stringify(ledgerDoc({ gov: null }))))).toEqual(absent);
  });

  it("reads a project code of 21 digits from the text exactly; refuses it as a JavaScript number", () => {
    const project = { name: "接待保障", code: Number("410305240000000012440") };
    const doc = ledgerDoc({ nature: "project.operating", project });
    // (the JavaScript number is 410305240000000000000: its last digits are gone)
    const text = JSON.stringify(doc).replace("410305240000000000000", "410305240000000012440");
    const r = parseLedgerJson(text);
    expect(r.ok && ledgerEntries(r.value)[0]).toMatchObject({
      project: { name: "接待保障", code: "410305240000000012440" },
    });
    const js = parseLedger(doc);
    expect(js.ok ? [] : js.error).toEqual([
      {
        code: "invalid-code-number",
        path: ["entries", 0, "project", "code"],
        input: "410305240000000000000",
      },
    ]);
  });

  it("refuses 201.5 from the text and from a JavaScript value, at its path", () => {
    const issue = { code: "invalid-code-number", path: ["entries", 0, "econ"], input: "302.01" };
    expect(entries(parseLedgerJson(JSON.stringify(ledgerDoc({ econ: 302.01 }))))).toEqual([issue]);
    expect(entries(parseLedger(ledgerDoc({ econ: 302.01 })))).toEqual([issue]);
  });

  it("leaves the caller's value as it was; a null amount or fund is still wrong", () => {
    const doc = ledgerDoc({ project: null });
    parseLedger(doc);
    expect(doc).toEqual(ledgerDoc({ project: null }));
    expect(parseLedger(ledgerDoc({ amount: null })).ok).toBe(false);
    expect(parseLedger(ledgerDoc({ fund: null })).ok).toBe(false);
    expect(parseLedgerJson(JSON.stringify(ledgerDoc({ amount: 8.02 }))).ok).toBe(true);
    expect(parseLedger(ledgerDoc({ amount: 8.02 })).ok).toBe(false);
  });
});
