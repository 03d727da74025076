/**
 * A figure a PDF's text layer broke over two lines in a narrow column (`13,345,\n678.90`,
 * `13,345,678.\n90`, `13,34\n5,678.90`): the document printed one figure, so it is read as the
 * figure joined, on every path (printed tables, JSON, the builder), never `cell.unreadable`. A
 * break where each line is a figure of its own (`100\n200`, `12\n3,456`) may be two figures in one
 * cell: it stays unread, never guessed.
 */
import { describe, expect, it } from "vitest";
import { parseAmount } from "../src/amount";
import { catalog2024 } from "../src/catalog/2024";
import type { Disclosure } from "../src/disclosure";
import { type PrintedTable, readPrintedTable } from "../src/printed";
import { checkDisclosure, nationalProfile } from "../src/rules";
import { parseDisclosureJson, serializeDisclosure } from "../src/schema";
import { nationalMinimum } from "../src/templates";
import { serious } from "./layouts/check";

const BROKEN = [
  "13,345,\n678.90",
  "13,345,678.\n90",
  "13,345,678\n.90",
  "13,34\n5,678.90",
  "13,345,\r\n678.90",
  "13,345,\r678.90",
  "13,345, \n 678.90",
  "1334\n5678.\n90",
  "１３,３４５,\n６７８.９０",
];

describe("parseAmount on a figure broken over lines", () => {
  it("reads the figure joined", () => {
    for (const text of BROKEN) {
      const r = parseAmount(text, "元");
      expect(r.ok && r.value?.value, JSON.stringify(text)).toBe("13345678.90");
    }
    expect(parseAmount("(13,345,\n678.90)", "元").ok).toBe(true);
  });

  it("never joins lines that are each a figure, nor reads a broken malformed figure", () => {
    for (const text of [
      "100\n200",
      "12\n3,456",
      "1,234\n5,678.00",
      "100.00\n200.00",
      "13,34\n5,67.90",
      "12.3\n.4",
      "6.5\nO",
    ])
      expect(parseAmount(text, "元").ok, JSON.stringify(text)).toBe(false);
  });
});

const mk = (total: string): PrintedTable => ({
  title: "2025年部门支出总表",
  unit: "单位：元",
  headers: ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
  rows: [
    ["", "合计", total, "12,345,678.90", "1,000,000.00"],
    ["201", "一般公共服务支出", total, "12,345,678.90", "1,000,000.00"],
    ["20103", "政府办公厅（室）及相关机构事务", total, "12,345,678.90", "1,000,000.00"],
    ["2010301", "行政运行", "12,345,678.90", "12,345,678.90", ""],
    ["2010302", "一般行政管理事务", "1,000,000.00", "", "1,000,000.00"],
  ],
});

const disclosure = (total: string): Disclosure => {
  const r = readPrintedTable(mk(total), {
    template: nationalMinimum,
    catalog: catalog2024.functional,
    year: 2025,
  });
  if (r.table === undefined) throw new Error("not read");
  return {
    meta: {
      year: 2025,
      documentKind: "单位",
      template: nationalMinimum.id,
      department: { name: "某区政府办公室" },
      units: [],
    },
    tables: [r.table],
    texts: [],
  };
};

const check = (d: Disclosure) =>
  serious(
    checkDisclosure(d, {
      profile: nationalProfile,
      template: nationalMinimum,
      catalog: catalog2024,
    }).findings,
  );

describe("a table printing a figure broken over lines", () => {
  it("is no false alarm, read from print or from JSON", () => {
    for (const text of BROKEN.slice(0, 7)) {
      const d = disclosure(text);
      expect(check(d), JSON.stringify(text)).toEqual([]);
      const json = parseDisclosureJson(JSON.stringify(serializeDisclosure(d)));
      expect(json.ok).toBe(true);
      if (json.ok) expect(check(json.value), JSON.stringify(text)).toEqual([]);
    }
  });

  it("still catches a wrong figure broken over lines, and two figures in one cell", () => {
    expect(check(disclosure("13,345,\n678.91")).join()).toMatch(/rollup|nature/);
    expect(check(disclosure("13,345,678.90\n1.00")).join()).toMatch(/cell\.unreadable/);
  });
});
