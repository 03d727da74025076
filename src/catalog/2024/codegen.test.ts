import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseBasis, parseCsv, readCsvRecords } from "../../../scripts/catalog-csv";
import { catalogEntry, MAPPING_COLUMNS, mappingRule } from "../../../scripts/catalog-rows";
import { displayWidth, markdownTable } from "../../../scripts/catalog-snapshot";

describe("parseCsv", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks", () => {
    const text = 'a,b,c\r\n1,"S,P,C",""\n2,"say ""hi""","two\nlines"\n';
    expect(parseCsv(text)).toEqual([
      ["a", "b", "c"],
      ["1", "S,P,C", ""],
      ["2", 'say "hi"', "two\nlines"],
    ]);
  });

  it("keeps empty trailing fields and a last line without a line break", () => {
    expect(parseCsv("x,,\ny,z,")).toEqual([
      ["x", "", ""],
      ["y", "z", ""],
    ]);
  });

  it("rejects malformed quoting", () => {
    expect(() => parseCsv('a,"open\n')).toThrow(/unterminated/);
    expect(() => parseCsv('a,b"c\n')).toThrow(/quote inside/);
    expect(() => parseCsv('a,"b"c\n')).toThrow(/after a quoted field/);
  });

  it("reads back any table written with RFC 4180 quoting", () => {
    const field = fc.string({ unit: fc.constantFrom("a", "类", ",", '"', "\n", " ", "(") });
    const table = fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), {
      minLength: 1,
      maxLength: 5,
    });
    fc.assert(
      fc.property(table, (rows) => {
        const quote = (f: string) => `"${f.replaceAll('"', '""')}"`;
        const text = `${rows.map((r) => r.map(quote).join(",")).join("\r\n")}\n`;
        expect(parseCsv(text)).toEqual(rows);
      }),
    );
  });
});

describe("readCsvRecords", () => {
  it("checks the header and the field count, naming the line", () => {
    expect(() => readCsvRecords("a,b\n1,2\n", "f.csv", ["a", "c"])).toThrow(
      /f\.csv: expected header/,
    );
    expect(() => readCsvRecords("a,b\n1,2\n\n3\n", "f.csv", ["a", "b"])).toThrow(/f\.csv:4:/);
    expect(readCsvRecords("a,b\n1, 2 \n", "f.csv", ["a", "b"])).toEqual([
      { line: 2, fields: { a: "1", b: "2" } },
    ]);
  });
});

describe("parseBasis", () => {
  it("reads plain lists", () => {
    expect(parseBasis("S,P,C", "30101")).toEqual({ basis: ["S", "P", "C"], qualified: false });
    expect(parseBasis("K", "307")).toEqual({ basis: ["K"], qualified: false });
  });

  it("keeps K next to a qualified source", () => {
    expect(parseBasis("K+S(label)", "201")).toEqual({ basis: ["S", "K"], qualified: true });
  });

  it("drops an uncertain source", () => {
    expect(parseBasis("S?,C", "20805")).toEqual({ basis: ["C"], qualified: true });
  });

  it("applies a source listing codes only to those rows, and falls back to K", () => {
    expect(parseBasis("S(30108,30110,30112),P", "30110").basis).toEqual(["S", "P"]);
    expect(parseBasis("S(30108,30110,30112),P", "30109").basis).toEqual(["P"]);
    expect(parseBasis("S(30226)", "30227").basis).toEqual(["K"]);
  });

  it("rejects unknown letters", () => {
    expect(() => parseBasis("S,X", "301")).toThrow(/unknown basis token "X"/);
  });
});

const mappingRecord = (fields: readonly string[]) => ({
  line: 7,
  fields: Object.fromEntries(MAPPING_COLUMNS.map((c, k) => [c, fields[k] ?? ""])),
});

describe("mappingRule", () => {
  it("reads a plain row", () => {
    expect(mappingRule(mappingRecord(["30101", "50101", "机关", "S,P", ""]), "m.csv")).toEqual({
      from: "30101",
      unitKinds: ["机关"],
      to: ["50101"],
      basis: ["S", "P"],
    });
  });

  it("reads wildcard rows and class targets", () => {
    const rule = mappingRule(
      mappingRecord(["309*", "504xx", "机关", "K", "基本建设口径 → 504"]),
      "m.csv",
    );
    expect(rule).toEqual({
      from: "309",
      unitKinds: ["机关"],
      to: ["504"],
      basis: ["K"],
      note: 'gov_code "504xx"; 基本建设口径 → 504',
    });
    const staff = mappingRule(mappingRecord(["301*", "50501", "事业", "K", ""]), "m.csv");
    expect(staff.unitKinds).toEqual(["事业单位"]);
  });

  it("resolves the same-suffix target and 任意 with a remark", () => {
    const rule = mappingRule(
      mappingRecord(["30702", "511xx (same 款 suffix)", "任意", "K", ""]),
      "m.csv",
    );
    expect(rule.to).toEqual(["51102"]);
    expect(rule.unitKinds).toEqual(["机关", "事业单位"]);
    const pay = mappingRule(
      mappingRecord(["30107", "50501", "任意(绩效工资仅事业单位人员)", "S", ""]),
      "m.csv",
    );
    expect(pay.unitKinds).toEqual(["机关", "事业单位"]);
    expect(pay.note).toBe('unit_type "任意(绩效工资仅事业单位人员)"');
  });

  it("adds a named alternative target to the named row only", () => {
    const target = "50399 (31007 may map to 50306; verify)";
    expect(mappingRule(mappingRecord(["31007", target, "机关", "K", ""]), "m.csv").to).toEqual([
      "50399",
      "50306",
    ]);
    expect(mappingRule(mappingRecord(["31008", target, "机关", "K", ""]), "m.csv").to).toEqual([
      "50399",
    ]);
  });

  it("rejects forms it does not know, naming file and line", () => {
    expect(() => mappingRule(mappingRecord(["30*", "50101", "机关", "K", ""]), "m.csv")).toThrow(
      /m\.csv:7:/,
    );
    expect(() => mappingRule(mappingRecord(["30101", "5xx", "机关", "K", ""]), "m.csv")).toThrow(
      /gov_code/,
    );
    expect(() => mappingRule(mappingRecord(["30101", "50101", "单位", "K", ""]), "m.csv")).toThrow(
      /unit_type/,
    );
  });
});

describe("catalogEntry", () => {
  const record = (fields: readonly string[]) => ({
    line: 3,
    fields: Object.fromEntries(
      ["code", "level", "name", "parent", "basis", "note"].map((c, k) => [c, fields[k] ?? ""]),
    ),
  });

  it("turns a printed row label into an alias unless it is the name", () => {
    const note = "Henan 2024 row label: '城乡社区事务' numbered 12 (= code-200)";
    const e = catalogEntry(
      record(["212", "类", "城乡社区支出", "", "K+S(label)", note]),
      "f.csv",
      "functional",
    );
    // the note's label, then the label printed in the Henan 财政拨款收支预算表 (LEGACY_NAMES)
    expect(e.aliases).toEqual([{ name: "城乡社区事务" }, { name: "城乡社区事务支出" }]);
    expect(e.basis).toEqual(["S", "K"]);
    expect(e.note?.startsWith(`basis "K+S(label)"; ${note}`)).toBe(true);
    const same = "Henan 2024 row label: '金融支出' numbered 17 (= code-200)";
    expect(
      catalogEntry(record(["217", "类", "金融支出", "", "K", same]), "f.csv", "functional").aliases,
    ).toEqual([]);
  });

  it("reads 'older name X (pre-YYYY)' as an alias valid until the year before", () => {
    const note = "older name 行政事业单位离退休 (pre-2019); more";
    const e = catalogEntry(
      record(["20805", "款", "行政事业单位养老支出", "208", "C", note]),
      "f.csv",
      "functional",
    );
    expect(e.aliases).toEqual([{ name: "行政事业单位离退休", to: 2018 }]);
    expect(e.parent).toBe("208");
  });

  it("adds the legacy names the CSVs lack (210 before 2019)", () => {
    const e = catalogEntry(
      record(["210", "类", "卫生健康支出", "", "K", ""]),
      "f.csv",
      "functional",
    );
    expect(e.aliases).toEqual([{ name: "医疗卫生与计划生育支出", to: 2018 }]);
    expect(
      catalogEntry(record(["210", "类", "x", "", "K", ""]), "f.csv", "government").aliases,
    ).toEqual([]);
  });

  it("rejects unknown levels and non-digit codes", () => {
    expect(() =>
      catalogEntry(record(["301", "目", "x", "", "K", ""]), "f.csv", "departmental"),
    ).toThrow(/f\.csv:3:/);
    expect(() =>
      catalogEntry(record(["30x", "类", "x", "", "K", ""]), "f.csv", "departmental"),
    ).toThrow(/digits/);
  });
});

describe("markdownTable", () => {
  it("pads columns counting wide characters as two columns", () => {
    expect(displayWidth("a类（)")).toBe(6);
    expect(
      markdownTable(
        ["code", "name"],
        [
          ["301", "工资（福利）"],
          ["1|2", ""],
        ],
      ),
    ).toEqual([
      "| code | name         |",
      "| ---- | ------------ |",
      "| 301  | 工资（福利） |",
      "| 1\\|2 |              |",
    ]);
  });
});
