import { describe, expect, it } from "vitest";
import { henan2024 } from "../templates";
import { readPrintedTable } from "./read";

const PROJECTS = {
  title: "2024年项目支出预算表",
  unit: "万元",
  headers: ["项目类型", "项目名称", "本年拨款/合计", "合计"],
};
const types = (rows: string[][]) =>
  readPrintedTable(
    { ...PROJECTS, rows: [["", "", "10.00", "10.00"], ...rows] },
    {
      template: henan2024,
    },
  )
    .table?.rows.filter((r) => r.key.kind === "project")
    .map((r) => r.cells.type);

describe("项目类型 merged over its group", () => {
  it("carries a merged cell's value down to the blank cells below it", () => {
    const rows = [
      ["特定目标类", "甲", "1.00", "1.00"],
      ["", "乙", "2.00", "2.00"],
      ["其他运转类", "丙", "3.00", "3.00"],
      ["", "丁", "4.00", "4.00"],
    ];
    expect(types(rows)).toEqual(["特定目标类", "特定目标类", "其他运转类", "其他运转类"]);
  });

  it("leaves a blank blank in a column printed on every row (a repeated value)", () => {
    const rows = [
      ["特定目标类", "甲", "1.00", "1.00"],
      ["特定目标类", "乙", "2.00", "2.00"],
      ["其他运转类", "丙", "3.00", "3.00"],
      ["", "丁", "4.00", "4.00"],
    ];
    expect(types(rows)).toEqual(["特定目标类", "特定目标类", "其他运转类", ""]);
  });

  it("leaves blanks blank where no blank is followed by a printed cell (no merged pattern)", () => {
    const rows = [
      ["特定目标类", "甲", "1.00", "1.00"],
      ["其他运转类", "丙", "3.00", "3.00"],
      ["", "丁", "4.00", "4.00"],
    ];
    expect(types(rows)).toEqual(["特定目标类", "其他运转类", ""]);
  });
  it("leaves the blank of `A, blank, B` blank: a column printed on every row, not merged", () => {
    const rows = [
      ["特定目标类", "甲", "1.00", "1.00"],
      ["", "乙", "2.00", "2.00"],
      ["其他运转类", "丙", "3.00", "3.00"],
    ];
    expect(types(rows)).toEqual(["特定目标类", "", "其他运转类"]);
  });

  it("carries a value printed once over two blanks in a row", () => {
    const rows = [
      ["特定目标类", "甲", "1.00", "1.00"],
      ["", "乙", "2.00", "2.00"],
      ["", "戊", "2.00", "2.00"],
      ["其他运转类", "丙", "3.00", "3.00"],
    ];
    expect(types(rows)).toEqual(["特定目标类", "特定目标类", "特定目标类", "其他运转类"]);
  });
});
