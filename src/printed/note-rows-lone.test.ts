import { describe, expect, it } from "vitest";
import { henan2024 } from "../templates";
import { noteRows } from "./note-rows";
import { readPrintedTable } from "./read";

/** A Henan 政府性基金 / 国有资本经营 expenditure table printed with `rows` (six columns). */
const read = (title: string, rows: string[][]) =>
  readPrintedTable(
    {
      title,
      headers: ["科目编码/类", "科目编码/款", "科目编码/项", "科目名称", "合计", "基本支出"],
      rows,
    },
    { template: henan2024 },
  );
const GOV = "2024年政府性基金支出预算表";
const SOE = "2024年国有资本经营支出预算表";

describe("an empty fund table whose note is a plain row (no 注 / 说明, no 无数据)", () => {
  it.each([
    // the words the table.note rule reads as saying there is none (无 … 安排), one vocabulary
    [GOV, "本部门无政府性基金预算和国有资本经营预算安排的支出。"],
    [SOE, "本部门无政府性基金预算和国有资本经营预算安排的支出。"],
    [GOV, "我单位2024年度没有使用政府性基金预算拨款安排的支出"],
    // a sentence alone in a table printing no figure
    [GOV, "本单位2024年未安排政府性基金预算支出。"],
    [SOE, "本部门不涉及国有资本经营预算支出"],
    [SOE, "本单位2024年度国有资本经营预算支出为零，未编制此表。"],
  ])("%s: %s is the table's note, the table empty", (title, text) => {
    for (const row of [
      [text, "", "", "", "", ""],
      ["", "", "", text, "", ""],
      [text, text, text, text, text, text],
    ]) {
      const r = read(title, [row]);
      expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
      expect([r.table?.rows, r.table?.note]).toEqual([[], text]);
    }
  });

  it("a sentence row beside a blank 合计 row is the note; the 合计 row stays the table's", () => {
    const text = "本单位2024年未安排政府性基金预算支出。";
    const r = read(GOV, [
      ["", "", "", "合计", "", ""],
      [text, "", "", "", "", ""],
    ]);
    expect(r.table?.note).toBe(text);
    expect(r.table?.rows.map((x) => x.key.kind)).toEqual(["total"]);
  });
});

describe("a lone text row is no note where it is a row's name or the table prints figures", () => {
  it("a blank 合计 or 科目 row alone is no note", () => {
    expect([...noteRows([["", "", "", "合计", "", ""]]).rows]).toEqual([]);
    expect([...noteRows([["", "", "", "一般公共服务支出", "", ""]]).rows]).toEqual([]);
    expect([...noteRows([["合计", "合计", "合计"]]).rows]).toEqual([]);
  });

  it("a sentence with no none-word in a table printing figures is no note", () => {
    const rows = [
      ["212", "08", "01", "征地和拆迁补偿支出", "12.00", ""],
      ["", "", "", "本单位2024年未安排政府性基金预算支出。", "", ""],
    ];
    expect([...noteRows(rows).rows]).toEqual([]);
  });
});
