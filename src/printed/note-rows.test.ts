import { describe, expect, it } from "vitest";
import { henan2024 } from "../templates";
import { noteRows } from "./note-rows";
import { readPrintedTable } from "./read";

const read = (title: string, headers: string[], rows: string[][], note?: string) =>
  readPrintedTable(
    { title, headers, rows, ...(note === undefined ? {} : { note }) },
    { template: henan2024 },
  );

describe("note rows", () => {
  it("finds rows opening with 注 / 说明 / 备注 and a colon, other cells blank or the same text", () => {
    const r = noteRows([
      ["注：本表反映本年度部门预算情况。", "", ""],
      ["", "说明:本单位无此项支出，故本表无数据。", ""],
      ["备注1：单位为万元", "备注1：单位为万元", "备注1：单位为万元"],
      ["说明", "12.00", ""],
      ["注：甲", "1.00", ""],
      ["201", "一般公共服务支出", "635.07"],
    ]);
    expect([...r.rows]).toEqual([0, 1, 2]);
    expect(r.texts).toEqual([
      "注：本表反映本年度部门预算情况。",
      "说明:本单位无此项支出，故本表无数据。",
      "备注1：单位为万元",
    ]);
  });

  it("a 三公 table: the note row is the table's note, not an amount", () => {
    const r = read(
      "2024年一般公共预算“三公”经费支出预算表",
      [
        "合计",
        "因公出国（境）费",
        "公务用车购置及运行费/小计",
        "公务用车购置及运行费/公务用车购置费",
        "公务用车购置及运行费/公务用车运行费",
        "公务接待费",
      ],
      [
        ["8.00", "", "6.00", "", "6.00", "2.00"],
        ["注：本表反映本年度“三公”经费预算情况。", "", "", "", "", ""],
      ],
    );
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
    expect(r.table?.rows).toHaveLength(1);
    expect(r.table?.note).toBe("注：本表反映本年度“三公”经费预算情况。");
  });

  it("a 项目支出表: no project named after the note; a printed note is kept before it", () => {
    const r = read(
      "2024年项目支出预算表",
      ["类型", "项目名称", "项目单位", "合计"],
      [
        ["其他运转类", "2024年机关运行经费", "某单位", "49.00"],
        ["", "说明：项目按类型汇总。", "", ""],
      ],
      "单位：万元",
    );
    expect(r.table?.rows.map((x) => x.key)).toEqual([
      { kind: "project", name: "2024年机关运行经费" },
    ]);
    expect(r.table?.note).toBe("单位：万元\n说明：项目按类型汇总。");
  });

  it("an empty table printed with its note as a row has no rows and that note", () => {
    const r = read(
      "2024年政府性基金预算支出表",
      ["科目编码/类", "科目编码/款", "科目编码/项", "科目名称", "合计"],
      [["注：本单位无政府性基金预算支出，故本表无数据。", "", "", "", ""]],
    );
    expect(r.table?.rows).toEqual([]);
    expect(r.table?.note).toBe("注：本单位无政府性基金预算支出，故本表无数据。");
  });
});

describe("a row saying alone that the table is empty, with no 注 / 说明 before it", () => {
  it.each([
    "本部门2024年度无政府性基金预算财政拨款收入支出，故本表无数据。",
    "本单位无政府性基金预算财政拨款收支，此表为空表",
    "无数据",
    "（无）",
    "本表无数据",
    // The words the table.note rule reads as saying the table is empty, one vocabulary.
    "本单位本年度无此项支出。",
    "本部门无相关数据",
  ])("%s is the table's note, the table empty", (text) => {
    const rows = [["", text, "", "", "", ""]];
    expect([...noteRows(rows).rows]).toEqual([0]);
    expect(noteRows([[text, text, text, text, text, text]]).texts).toEqual([text]);
  });

  it("a row that prints an amount or a code beside such words is no note", () => {
    expect([...noteRows([["", "无数据", "1.00", "", "", ""]]).rows]).toEqual([]);
    expect([...noteRows([["2120101", "行政运行", "", "", "", ""]]).rows]).toEqual([]);
    expect([...noteRows([["", "无线电管理", "", "", "", ""]]).rows]).toEqual([]);
    // A bare 无 among other rows may be a wrapped cell's rest: a note only merged or alone.
    const rows = [
      ["2120101", "行政运行", "1.00"],
      ["", "无", ""],
      ["无", "无", "无"],
    ];
    expect([...noteRows(rows).rows]).toEqual([2]);
  });
});
