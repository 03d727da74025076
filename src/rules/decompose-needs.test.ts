import { describe, expect, it } from "vitest";
import { lowerTable, type Row } from "../disclosure";
import type { Decomposition } from "../facts";
import { henan2024 } from "../templates";
import { decomposeTable } from "./derive";

/**
 * A decomposition whose children need a value no fact of the table has is skipped without
 * visiting its anchors. The skip must not lose a child that only canonical coordinates give: a
 * 合计 (基本支出) cell on a 301 economic code *is* 人员经费, though it prints `basic`.
 */

const gpbBasic = (rows: Row[]) => lowerTable({ kind: "gpbBasic", unit: "万元", rows }, henan2024);
const econ = (code: string, cells: Record<string, string>): Row => ({
  key: { kind: "economic", econ: code },
  cells,
});

// Builds the table's index by nature first (its anchor is keyed on a nature no fact has).
const byNature: Decomposition = {
  id: "test.byNature",
  rule: "nature",
  parent: { coords: { nature: null } },
  children: [{ coords: { nature: "project" } }, { coords: { nature: "basic" } }],
};
// 30101 + 30102 = 301, the second child named by its canonical nature.
const canonical: Decomposition = {
  id: "test.canonical",
  rule: "nature",
  parent: { coords: { econ: "301" } },
  children: [
    { coords: { econ: "30101" } },
    { coords: { econ: "30102", nature: "basic.personnel" } },
  ],
};

describe("decomposeTable: children needing values no fact has", () => {
  it("still finds a child that only its canonical nature names", () => {
    const lt = gpbBasic([econ("30101", { total: "3.00" }), econ("30102", { total: "2.00" })]);
    const ds = decomposeTable(lt, [byNature, canonical]);
    expect(ds.map((d) => [d.via, d.coords, d.value?.value])).toEqual([
      [
        { kind: "decomposition", id: "test.canonical" },
        { fund: "gpb", nature: "basic", econ: "301" },
        "5.00",
      ],
    ]);
  });

  it("derives nothing where a needed value is printed nowhere, and sums where it is", () => {
    const split: Decomposition = {
      id: "test.split",
      rule: "nature",
      parent: { coords: { econ: "301" } },
      children: [{ coords: { econ: "30101" } }, { coords: { econ: "30102" } }],
    };
    const only = gpbBasic([econ("30101", { total: "3.00" }), econ("30199", { total: "1.00" })]);
    expect(decomposeTable(only, [split])).toEqual([]);
    const both = gpbBasic([econ("30101", { total: "3.00" }), econ("30102", { total: "2.50" })]);
    expect(decomposeTable(both, [split]).map((d) => d.value?.value)).toEqual(["5.50"]);
  });

  it("sums a parent once where a printed and a derived fact of one identity both anchor it", () => {
    // 基本支出 printed (4.00) and derived (人员 1.00 + 公用 2.00 = 3.00): one 合计, from the printed.
    const lt = lowerTable(
      {
        kind: "expenditure",
        unit: "万元",
        rows: [
          {
            key: { kind: "functional", code: "2010101" },
            cells: {
              basic: "4.00",
              "basic.personnel": "1.00",
              "basic.public": "2.00",
              project: "5.00",
            },
          },
        ],
      },
      henan2024,
    );
    const basic: Decomposition = {
      id: "test.basic",
      rule: "nature",
      parent: { coords: { nature: "basic" } },
      children: [{ coords: { nature: "basic.personnel" } }, { coords: { nature: "basic.public" } }],
    };
    const total: Decomposition = {
      id: "test.total",
      rule: "nature",
      parent: { coords: { nature: null } },
      children: [{ coords: { nature: "basic" } }, { coords: { nature: "project" } }],
    };
    const ds = decomposeTable(lt, [basic, total]);
    expect(ds.map((d) => [d.via, d.value?.value])).toEqual([
      [{ kind: "decomposition", id: "test.basic" }, "3.00"],
      [{ kind: "decomposition", id: "test.total" }, "9.00"],
    ]);
  });

  it("counts an optional child where one is printed, and sums without it where none is", () => {
    const withOptional: Decomposition = {
      id: "test.optional",
      rule: "nature",
      parent: { coords: { nature: null } },
      children: [{ coords: { nature: "basic" } }],
      optional: [{ coords: { nature: "project" } }, { coords: { nature: "remittance" } }],
    };
    const row = (cells: Record<string, string>) =>
      lowerTable(
        {
          kind: "expenditure",
          unit: "万元",
          rows: [{ key: { kind: "functional", code: "2010101" }, cells }],
        },
        henan2024,
      );
    const sums = (cells: Record<string, string>) =>
      decomposeTable(row(cells), [withOptional]).map((d) => d.value?.value);
    expect(sums({ basic: "4.00", project: "5.00" })).toEqual(["9.00"]);
    expect(sums({ basic: "4.00" })).toEqual(["4.00"]);
  });
});
