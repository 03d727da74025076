import { describe, expect, it } from "vitest";
import { amount, line } from "../templates/build";
import type { TableKind, Template } from "../templates/types";
import { lowerTable } from "./lower";
import type { Row } from "./types";

/**
 * A labelled line of a table whose columns split a nature (合计 | 人员经费 | 公用经费): each cell
 * states the line's nature narrowed by its column's, never the line's figure again under a column
 * of another nature.
 */
const kind: TableKind = {
  id: "basic",
  name: { "zh-CN": "基本支出表", en: "Basic" },
  titles: ["基本支出表"],
  rowKinds: ["total", "economic", "line"],
  defaultUnit: "万元",
  concept: "spending",
  fixed: { fund: "gpb" },
  emptyNote: "optional",
  columns: [
    amount("total", ["合计"], { nature: "basic" }),
    amount("personnel", ["人员经费"], { nature: "basic.personnel" }),
    amount("public", ["公用经费"], { nature: "basic.public" }),
    amount("project", ["项目支出"], { nature: "project" }),
  ],
  lines: [
    line("personnel", "spending", ["人员经费合计"], { nature: "basic.personnel" }),
    line("basic", "spending", ["基本支出合计"], { nature: "basic" }),
  ],
};
const template: Template = {
  id: "t",
  profile: "national",
  name: { "zh-CN": "t", en: "t" },
  tables: [kind],
};

const lowered = (id: string, cells: Record<string, string>) =>
  lowerTable(
    { kind: "basic", unit: "万元", rows: [{ key: { kind: "line", line: id }, cells } as Row] },
    template,
  ).rows[0]?.facts.map((f) => [f.source.column, f.coords.nature, f.value?.value ?? null]);

describe("a line's cells under columns of a nature", () => {
  it("人员经费合计 under 合计 and 人员经费 states 人员经费; under 公用经费 or 项目支出, blank or zero, nothing", () => {
    expect(
      lowered("personnel", { total: "95.36", personnel: "95.36", public: "", project: "0.00" }),
    ).toEqual([
      ["total", "basic.personnel", "95.36"],
      ["personnel", "basic.personnel", "95.36"],
    ]);
  });

  it("基本支出合计 under 人员经费 / 公用经费 states each part", () => {
    expect(lowered("basic", { total: "105.59", personnel: "95.36", public: "10.23" })).toEqual([
      ["total", "basic", "105.59"],
      ["personnel", "basic.personnel", "95.36"],
      ["public", "basic.public", "10.23"],
    ]);
  });

  it("a figure printed where the natures share no part is still read as the line's (found against its other print)", () => {
    expect(lowered("personnel", { total: "95.36", public: "10.23" })).toEqual([
      ["total", "basic.personnel", "95.36"],
      ["public", "basic.personnel", "10.23"],
    ]);
  });
});

/**
 * A line of one fund under columns of funds (合计 | 一般公共预算 | 政府性基金 | 国有资本经营, the 决算
 * 财政拨款总表's 年末 lines by fund): its cell under 合计 (财政拨款) or its own fund's column states the
 * line's fund; under another fund's, blank, zero or a no-value mark, nothing.
 */
const fundKind: TableKind = {
  id: "fiscal",
  name: { "zh-CN": "财政拨款总表", en: "Fiscal" },
  titles: ["财政拨款总表"],
  rowKinds: ["line"],
  defaultUnit: "万元",
  concept: "spending",
  emptyNote: "optional",
  columns: [
    amount("total", ["合计"], { fund: "government" }),
    amount("gpb", ["一般公共预算"], { fund: "gpb" }),
    amount("govFund", ["政府性基金"], { fund: "govFund" }),
    amount("soe", ["国有资本经营"], { fund: "soe" }),
  ],
  lines: [line("carry.gpb", "spending.carryforward", ["一般公共预算"], { fund: "gpb" })],
};
const fundTemplate: Template = { ...template, tables: [fundKind] };
const fundLowered = (cells: Record<string, string>) =>
  lowerTable(
    {
      kind: "fiscal",
      unit: "万元",
      rows: [{ key: { kind: "line", line: "carry.gpb" }, cells } as Row],
    },
    fundTemplate,
  ).rows[0]?.facts.map((f) => [f.source.column, f.coords.fund, f.value?.value ?? null]);

describe("a line's cells under columns of funds", () => {
  it.each([
    ["blank", ""],
    ["zero", "0.00"],
    ["a no-value mark", "-"],
  ])("another fund's column printing %s states nothing", (_, other) => {
    expect(fundLowered({ total: "21.63", gpb: "21.63", govFund: other, soe: other })).toEqual([
      ["total", "gpb", "21.63"],
      ["gpb", "gpb", "21.63"],
    ]);
  });

  it("a figure under another fund's column is still read as the line's (found against its other print)", () => {
    expect(fundLowered({ total: "21.63", gpb: "21.63", govFund: "5.00" })).toEqual([
      ["total", "gpb", "21.63"],
      ["gpb", "gpb", "21.63"],
      ["govFund", "gpb", "5.00"],
    ]);
  });
});
