import { describe, expect, it } from "vitest";
import { checkDisclosure, henan2024Profile } from "../rules";
import { henan2024 } from "../templates";
import { formatSchemaIssue, formatSchemaNote } from "./messages";
import { parseDisclosureJson } from "./parse";
import { readDisclosureJson } from "./read";

/** A number as an extractor writes it (`287.0`), kept as written by {@link text}. */
const n = (digits: string) => `\u0000${digits}\u0000`;
const text = (doc: unknown) => JSON.stringify(doc).replace(/"\\u0000([^"\\]*)\\u0000"/g, "$1");

const box = [72.5, 140.25, 523.0, 161.75];
/**
 * A Henan 部门支出预算表 as a PDF extractor with a pandas-like export writes it: the page and
 * bounding box of each row, the extractor's confidence, where the document came from; blank cells
 * as `null`, codes as numbers.
 */
const extracted = () => ({
  format: "yusuan.disclosure",
  version: 1,
  source: { file: "2024年涧西区委办部门预算.pdf", extractor: "tabula-like 1.4" },
  meta: {
    year: 2024,
    documentKind: "单位",
    template: "henan2024",
    department: { code: n("116"), name: "中国共产党洛阳市涧西区委员会办公室" },
    units: [],
  },
  tables: [
    {
      kind: "expenditure",
      unit: "万元",
      page: 7,
      rows: [
        {
          key: { kind: "total" },
          cells: { total: n("635.07"), basic: n("558.07"), project: n("77.0") },
          page: 7,
          bbox: box,
        },
        {
          key: { kind: "functional", code: n("2013101") },
          name: "行政运行",
          cells: { total: n("558.07"), basic: n("558.07"), project: null },
          page: 7,
          bbox: box,
          confidence: 0.97,
        },
        {
          key: { kind: "functional", code: n("2013102") },
          name: "一般行政管理事务",
          cells: { total: n("77.0"), basic: null, project: n("77.0") },
          page: 7,
          bbox: null,
        },
      ],
    },
  ],
  texts: [],
});

const read = (doc: unknown, options?: Parameters<typeof readDisclosureJson>[1]) => {
  const r = readDisclosureJson(text(doc), options);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

describe("readDisclosureJson: what another extractor wrote, kept and reported", () => {
  it("reads the document and notes, with its path, every null cell, code written as a number and key the format does not have", () => {
    const { disclosure, notes } = read(extracted());
    expect(disclosure.tables[0]?.rows.map((r) => [r.key, r.cells])).toEqual([
      [{ kind: "total" }, { total: "635.07", basic: "558.07", project: "77.0" }],
      [
        { kind: "functional", code: "2013101" },
        { total: "558.07", basic: "558.07", project: "" },
      ],
      [
        { kind: "functional", code: "2013102" },
        { total: "77.0", basic: "", project: "77.0" },
      ],
    ]);
    expect(disclosure.meta.department.code).toBe("116");
    expect(notes.map((x) => [x.code, x.path.join(".")])).toEqual([
      ["number-code", "meta.department.code"],
      ["number-code", "tables.0.rows.1.key.code"],
      ["number-code", "tables.0.rows.2.key.code"],
      ["null-cell", "tables.0.rows.1.cells.project"],
      ["null-cell", "tables.0.rows.2.cells.basic"],
      ["unknown-key", "tables.0.rows.0.page"],
      ["unknown-key", "tables.0.rows.0.bbox"],
      ["unknown-key", "tables.0.rows.1.page"],
      ["unknown-key", "tables.0.rows.1.bbox"],
      ["unknown-key", "tables.0.rows.1.confidence"],
      ["unknown-key", "tables.0.rows.2.page"],
      ["unknown-key", "tables.0.rows.2.bbox"],
      ["unknown-key", "tables.0.page"],
      ["unknown-key", "source"],
    ]);
  });

  it("keeps each unknown key's JSON value, so nothing the extractor wrote is lost", () => {
    const { notes } = read(extracted());
    const kept = notes.flatMap((x) => (x.code === "unknown-key" ? [[x.key, x.value]] : []));
    expect(kept).toEqual([
      ["page", 7],
      ["bbox", box],
      ["page", 7],
      ["bbox", box],
      ["confidence", 0.97],
      ["page", 7],
      ["bbox", null],
      ["page", 7],
      ["source", { file: "2024年涧西区委办部门预算.pdf", extractor: "tabula-like 1.4" }],
    ]);
    expect(notes.find((x) => x.code === "number-code")).toEqual({
      code: "number-code",
      path: ["meta", "department", "code"],
      input: "116",
    });
    expect(Object.isFrozen(notes[5])).toBe(true);
  });

  it("gives the disclosure the checker reads like the same document written by hand", () => {
    const { disclosure } = read(extracted());
    const report = checkDisclosure(disclosure, { profile: henan2024Profile, template: henan2024 });
    expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("words each note with its path, in Chinese by default and in English", () => {
    const { notes } = read(extracted());
    const some = [notes[0], notes[3], notes[13]].flatMap((x) => (x === undefined ? [] : [x]));
    expect(some.map((x) => formatSchemaNote(x))).toEqual([
      'meta.department.code：编码写成了数 116，按写出的数字读作 "116"',
      "tables[0].rows[1].cells.project：null 读作空白单元格",
      "source：文档格式中没有属性“source”，已保留在提示中，未读入",
    ]);
    expect(some.map((x) => formatSchemaNote(x, "en"))).toEqual([
      'meta.department.code: a code written as the number 116, read as the digits written, "116"',
      "tables[0].rows[1].cells.project: null read as a blank cell",
      'source: the format has no property "source"; kept in this note, not read',
    ]);
  });

  it("suggests the property a kept key may mean (a misspelt optional one)", () => {
    const doc = extracted();
    const { notes } = read({ ...doc, tables: [{ ...doc.tables[0], titel: "部门支出预算表" }] });
    const titel = notes.find((x) => x.code === "unknown-key" && x.key === "titel");
    expect(titel).toMatchObject({ path: ["tables", 0, "titel"], suggestions: ["title"] });
    expect(titel === undefined ? "" : formatSchemaNote(titel, "en")).toBe(
      'tables[0].titel: the format has no property "titel" (did you mean "title"?); kept in this note, not read',
    );
  });

  it('refuses unknown keys as parseDisclosureJson does with { unknownKeys: "refuse" }', () => {
    const r = readDisclosureJson(text(extracted()), { unknownKeys: "refuse" });
    expect(r.ok ? [] : r.error.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["unknown-key", "tables.0.rows.0.page"],
      ["unknown-key", "tables.0.rows.0.bbox"],
      ["unknown-key", "tables.0.rows.1.page"],
      ["unknown-key", "tables.0.rows.1.bbox"],
      ["unknown-key", "tables.0.rows.1.confidence"],
      ["unknown-key", "tables.0.rows.2.page"],
      ["unknown-key", "tables.0.rows.2.bbox"],
      ["unknown-key", "tables.0.page"],
      ["unknown-key", "source"],
    ]);
    const strict = parseDisclosureJson(text(extracted()));
    expect(strict.ok ? [] : strict.error.map((i) => i.code)).toContain("unknown-key");
  });

  it("gives no note for a document written as the format writes it", () => {
    const doc = extracted();
    const plain = {
      format: doc.format,
      version: doc.version,
      meta: { ...doc.meta, department: { code: "116", name: doc.meta.department.name } },
      tables: [
        {
          kind: "sanGong",
          unit: "万元",
          rows: [{ key: { kind: "single" }, cells: { total: "6.50" } }],
        },
      ],
      texts: [],
    };
    expect(read(plain)).toMatchObject({ notes: [] });
  });

  it("still refuses what is wrong, with its path, beside the keys it keeps: a cell true, an object where a cell is, a code 201.5", () => {
    const doc = extracted();
    const rows = doc.tables[0]?.rows ?? [];
    const bad = {
      ...doc,
      tables: [
        {
          ...doc.tables[0],
          rows: [
            { ...rows[0], cells: { ...rows[0]?.cells, total: true } },
            { ...rows[1], cells: { ...rows[1]?.cells, basic: { value: "558.07", page: 7 } } },
            { ...rows[2], key: { kind: "functional", code: n("201.5") } },
          ],
        },
      ],
    };
    const r = readDisclosureJson(text(bad));
    expect(r.ok ? [] : r.error.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["invalid-code-number", "tables.0.rows.2.key.code"],
      ["invalid-type", "tables.0.rows.0.cells.total"],
      ["invalid-type", "tables.0.rows.1.cells.basic"],
    ]);
    const issue = r.ok ? undefined : r.error[0];
    expect(issue === undefined ? "" : formatSchemaIssue(issue, "en")).toBe(
      "tables[0].rows[2].key.code: a code written as the number 201.5: a code is digits only; write it as printed text",
    );
    expect(issue === undefined ? "" : formatSchemaIssue(issue)).toBe(
      "tables[0].rows[2].key.code：编码写成了数 201.5：编码只有数字，请按印刷写成文字",
    );
  });

  it("still refuses text that is not JSON, a key written twice, and a missing part", () => {
    expect(readDisclosureJson("{").ok).toBe(false);
    const twice = readDisclosureJson('{"format": "yusuan.disclosure", "page": 1, "page": 2}');
    expect(twice.ok ? [] : twice.error[0]).toEqual({
      code: "duplicate-key",
      path: ["page"],
      key: "page",
    });
    const { tables: _, ...noTables } = extracted();
    const missing = readDisclosureJson(text(noTables));
    expect(missing.ok ? [] : missing.error.map((i) => [i.code, i.path])).toEqual([
      ["missing", ["tables"]],
    ]);
  });
});
