/**
 * A row with no code whose label names no unit (`其中：上年结转`, `其中：基本支出`, `基本支出`,
 * `一般公共预算拨款`, `按功能分类`) inside a 支出表: it heads no unit's rows (it was read as an
 * unknown unit's heading and every 科目 row below it was left unplaced). A unit's name the caller
 * does not give still heads its rows; a wrong figure below such a row is still caught.
 */
import { describe, expect, it } from "vitest";
import { rowKeyId } from "../disclosure";
import { henan2024, nationalMinimum } from "../templates";
import { checkNational, readNational, serious } from "./test-support";
import type { PrintedTable } from "./types";
import { namesNoUnit } from "./unit-names";

const table = (label: string, figures: readonly string[], operation = "300.00"): PrintedTable => ({
  title: "2025年一般公共预算支出表",
  unit: "万元",
  headers: ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
  rows: [
    ["", "合计", "420.00", "300.00", "120.00"],
    ["", label, ...figures],
    ["212", "城乡社区支出", "420.00", "300.00", "120.00"],
    ["21201", "城乡社区管理事务", "420.00", "300.00", "120.00"],
    ["2120101", "行政运行", operation, "300.00", ""],
    ["2120104", "城管执法", "120.00", "", "120.00"],
  ],
});

const LABELS = [
  "其中：上年结转",
  "其中:基本支出",
  "其中：一般公共预算拨款",
  "其中：",
  "按功能分类",
  "按支出功能分类科目",
];
/** Bare words of the vocabulary: they may head a block of a table printed in blocks by fund. */
const BLOCK_HEADINGS = ["基本支出", "（一）项目支出", "一般公共预算拨款", "上年结转"];

const UNITS = { units: [{ code: "301001", name: "某区住房和城乡建设局" }] };
const read = (p: PrintedTable, template = nationalMinimum) =>
  readNational(p, { template, ...UNITS });
const findings = (p: PrintedTable) => serious(checkNational(p, UNITS, "某区住房和城乡建设局"));

describe("a label row with no code that names no unit", () => {
  describe.each([nationalMinimum, henan2024])("$id", (template) => {
    it.each(LABELS)("%s heads no unit: the 科目 rows below are read", (label) => {
      for (const figures of [
        ["", "", ""],
        ["20.00", "", "20.00"],
      ]) {
        const r = read(table(label, figures), template);
        const keys = r.table?.rows.map((row) => rowKeyId(row.key)) ?? [];
        expect(keys.slice(2)).toEqual([
          "functional:212",
          "functional:21201",
          "functional:2120101",
          "functional:2120104",
        ]);
        expect(
          r.problems.filter((p) => p.code === "unplaced-row" && p.under !== undefined),
        ).toEqual([]);
      }
    });
  });

  it("no finding on the document; a wrong figure below it is still caught", () => {
    for (const label of LABELS) {
      expect(findings(table(label, ["", "", ""]))).toEqual([]);
      expect(findings(table(label, ["", "", ""], "310.00")).length).toBeGreaterThan(0);
    }
  });

  it("a unit's name the caller does not give still heads its rows", () => {
    const r = read(table("某区城市管理服务中心", ["", "", ""]));
    const under = r.problems.flatMap((p) => (p.code === "unplaced-row" ? [p.under] : []));
    expect(under.filter((u) => u === 1)).toHaveLength(4);
  });

  it("a bare word of the vocabulary (it may head a block of a table by fund): no finding, no row lost", () => {
    for (const label of BLOCK_HEADINGS) {
      const r = read(table(label, ["", "", ""]));
      // every 科目 row read, or kept aside under the label as coverage
      const under = r.problems.flatMap((p) => (p.code === "unplaced-row" ? [p.under] : []));
      const read4 = (r.table?.rows ?? []).filter((row) => row.key.kind === "functional").length;
      expect([label, read4 + under.filter((u) => u === 1).length]).toEqual([label, 4]);
      expect(findings(table(label, ["", "", ""]))).toEqual([]);
    }
  });

  it("tells the words apart", () => {
    expect(namesNoUnit("其中：上年结转", nationalMinimum)).toBe(true);
    expect(namesNoUnit("其中：", undefined)).toBe(true);
    expect(namesNoUnit("按经济分类", undefined)).toBe(true);
    expect(namesNoUnit("基本支出", nationalMinimum)).toBe(false);
    expect(namesNoUnit("其中：某区住建局本级", nationalMinimum)).toBe(false);
    expect(namesNoUnit("某区第一中学", nationalMinimum)).toBe(false);
    expect(namesNoUnit("住建局本级", nationalMinimum)).toBe(false);
  });
});
