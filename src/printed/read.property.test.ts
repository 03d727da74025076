import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isNoValue } from "../amount/parse";
import { henan2024, shanghai, type TableKind, type Template } from "../templates";
import { readPrintedTable } from "./read";
import type { PrintedTable } from "./types";

/** Printed text as documents give it: known header and label words, codes, amounts, noise. */
const WORDS = [
  "",
  " ",
  "合计",
  "合 计",
  "总计",
  "项目",
  "预算数",
  "科目编码",
  "类",
  "款",
  "项",
  "科目名称",
  "基本支出",
  "项目支出",
  "人员经费",
  "本年收入",
  "本年支出",
  "一、一般公共预算",
  "1. 一般公共预算资金",
  "其中：财政拨款",
  "201",
  "31",
  "01",
  "301 2",
  "7 11 02",
  "116",
  "2013101",
  "969.06",
  "12,345,678,901.23",
  "6.5O",
  "12.3.4",
  "4,00",
  "-",
  "（续）",
  "①",
  "\u3000",
  "/",
  "//",
  "续表",
  "单位：万元",
  "栏次",
  "1",
  "2",
  "第2页",
];

const word = fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 }));
const header = fc.array(word, { minLength: 1, maxLength: 3 }).map((ls) => ls.join("/"));
const title = fc.oneof(
  fc.constantFrom(
    "2024年部门支出预算表",
    "2025年预算单位财务收支预算总表",
    "上海市财政局2025年预算单位财政拨款收支预算总表",
    "2024年一般公共预算“三公”经费预算表",
    "2024年部门收支预算表（续）",
  ),
  fc.string({ maxLength: 12 }),
);

const grid: fc.Arbitrary<PrintedTable> = fc.record({
  title,
  headers: fc.array(header, { maxLength: 12 }),
  rows: fc.array(fc.array(word, { maxLength: 14 }), { maxLength: 12 }),
});

/** A row that prints nothing: blank cells and marks of no value (`-`, `/`). */
const blank = (row: readonly string[]) => row.every(isNoValue);

describe("readPrintedTable on arbitrary grids", () => {
  it.each([
    ["henan2024", henan2024],
    ["shanghai", shanghai],
  ] as const)(
    "never throws, gives every problem a path, and keeps every printed row that is not blank or a repeated header (%s)",
    (_, template) => {
      fc.assert(
        fc.property(grid, (printed) => {
          const r = readPrintedTable(printed, { template });
          for (const p of r.problems) expect(p.path).toBeDefined();
          if (r.table === undefined) {
            expect(r.ok).toBe(false);
            return;
          }
          const kept = new Set(r.rowSources);
          // a row that repeats the headers (a page break) or prints the layout is skipped, and said so
          for (const p of r.problems)
            if (p.code === "repeated-header" || p.code === "layout-row") kept.add(p.path.row);
          // rows a layout folds into another's row (one item a row) are read there
          for (const row of r.folded ?? []) kept.add(row);
          printed.rows.forEach((row, i) => {
            if (!blank(row)) expect(kept.has(i), `row ${i}`).toBe(true);
          });
          expect(r.table.rows.length).toBe(r.rowSources.length);
          // Every printed row has as many cells as headers, or is reported.
          printed.rows.forEach((row, i) => {
            if (row.length !== printed.headers.length)
              expect(
                r.problems.some(
                  (p) => p.code === "row-width" && "row" in p.path && p.path.row === i,
                ),
              ).toBe(true);
          });
        }),
        { numRuns: 300 },
      );
    },
  );
});

describe("bad input is a reader problem with a path, never a throw", () => {
  it("reads 10³ unknown columns, each reported once with its index, every cell kept", () => {
    const headers = Array.from({ length: 1000 }, (_, i) => `列${i}`);
    const row = headers.map((_, i) => String(i));
    const r = readPrintedTable(
      { title: "2024年部门支出预算表", headers, rows: [["合计", ...row.slice(1)]] },
      { template: henan2024 },
    );
    const unknown = r.problems.filter((p) => p.code === "unknown-header");
    expect(unknown).toHaveLength(1000);
    expect(unknown[999]?.path).toEqual({ header: 999, text: "列999" });
    expect(Object.keys(r.table?.rows[0]?.cells ?? {})).toHaveLength(1000);
  });

  it("keeps the cells of empty and repeated unknown headers apart", () => {
    const r = readPrintedTable(
      {
        title: "2024年一般公共预算“三公”经费预算表",
        headers: ["“三公”经费合计", "", "", "经办人", "经办人"],
        rows: [["6.50", "a", "b", "c", "d"]],
      },
      { template: henan2024 },
    );
    expect(r.table?.rows[0]?.cells).toEqual({
      total: "6.50",
      "extra:#1": "a",
      "extra:#2": "b",
      "extra:经办人": "c",
      "extra:#4": "d",
    });
  });

  it("reports ragged rows with their index and reads missing cells as blank", () => {
    const r = readPrintedTable(
      {
        title: "2024年一般公共预算“三公”经费预算表",
        headers: ["“三公”经费合计", "公务接待费"],
        rows: [[], ["6.50", "2.50", "x"]],
      },
      { template: henan2024 },
    );
    expect(r.problems.filter((p) => p.code === "row-width").map((p) => p.path)).toEqual([
      { row: 0 },
      { row: 1 },
    ]);
    expect(r.table?.rows.map((row) => row.cells)).toEqual([
      { total: "6.50", reception: "2.50", "extra:#2": "x" },
    ]);
  });

  it("refuses to choose between two kinds a title names equally well", () => {
    const kind = (id: string): TableKind => ({
      id,
      name: { "zh-CN": id, en: id },
      titles: ["收支预算总表"],
      rowKinds: ["total"],
      defaultUnit: "万元",
      emptyNote: "optional",
      columns: [{ key: "total", role: "amount", headers: ["合计"] }],
    });
    const template: Template = {
      id: "t",
      name: { "zh-CN": "t", en: "t" },
      tables: [kind("a"), kind("b")],
    };
    const r = readPrintedTable(
      { title: "2024年收支预算总表", headers: ["合计"], rows: [["1.00"]] },
      { template },
    );
    expect(r.ok).toBe(false);
    expect(r.table).toBeUndefined();
    expect(r.problems).toEqual([
      {
        code: "ambiguous-title",
        severity: "error",
        path: { title: "2024年收支预算总表" },
        candidates: ["a", "b"],
      },
    ]);
    const forced = readPrintedTable(
      { title: "2024年收支预算总表", headers: ["合计"], rows: [["1.00"]] },
      { template, kind: "b" },
    );
    expect([forced.ok, forced.kind]).toEqual([true, "b"]);
  });

  it.each([
    ["12.3.4", "multiple-points"],
    ["6.5O", "invalid-character"],
    ["4,00", "bad-grouping"],
  ])("reports %j, which is no amount, as an error with the reason (%s)", (raw, reason) => {
    const r = readPrintedTable(
      { title: "2024年一般公共预算“三公”经费预算表", headers: ["“三公”经费合计"], rows: [[raw]] },
      { template: henan2024 },
    );
    expect(r.ok).toBe(false);
    const p = r.problems.find((x) => x.code === "malformed-amount");
    expect(p).toMatchObject({ severity: "error", path: { row: 0, cell: 0 }, column: "total", raw });
    if (p?.code === "malformed-amount") expect(p.error.code).toBe(reason);
    expect(r.table?.rows[0]?.cells.total).toBe(raw);
  });
});
