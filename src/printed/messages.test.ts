import { describe, expect, it } from "vitest";
import { formatReadProblem } from "./messages";
import type { ReadProblem } from "./problems";

describe("formatReadProblem", () => {
  it("names the title, in Chinese by default and in English on request", () => {
    const p: ReadProblem = {
      code: "unknown-title",
      severity: "error",
      path: { title: "2024年人员名单" },
    };
    expect(formatReadProblem(p)).toBe("表“2024年人员名单”：模板中没有此标题的表");
    expect(formatReadProblem(p, "en")).toBe(
      'table "2024年人员名单": no table kind of the template has this title',
    );
  });

  it("names the header, counting columns from 1", () => {
    const p: ReadProblem = {
      code: "unknown-header",
      severity: "warning",
      path: { header: 4, text: "备注" },
      key: "extra:备注",
    };
    expect(formatReadProblem(p)).toBe("第 5 列表头“备注”不是该表的列，单元格保留为“extra:备注”");
    expect(formatReadProblem(p, "en")).toBe(
      'header 5 "备注" is not a column of this table; its cells are kept as "extra:备注"',
    );
  });

  it("names the row and cell of a malformed code and renders the code error", () => {
    const p: ReadProblem = {
      code: "malformed-code",
      severity: "warning",
      path: { row: 10, cell: 0 },
      system: "functional",
      error: {
        code: "bad-segment",
        segment: "7",
        expectedLength: 3,
        input: "7 11 02",
        position: 0,
        system: "functional",
      },
      cells: ["7", "11", "02", "事业单位医疗"],
    };
    expect(formatReadProblem(p)).toBe(
      "第 11 行第 1 列：支出功能分类科目编码“7 11 02”第 1 个字符起的编码段“7”有 1 位，应为 3 位，该行保留为未识别行",
    );
    expect(formatReadProblem(p, "en")).toBe(
      'row 11, cell 1: functional code "7 11 02": the group "7" at character 1 has 1 digit, expected 3; the row is kept as unplaced',
    );
  });

  it("names both rows of a duplicate", () => {
    const p: ReadProblem = {
      code: "duplicate-row",
      severity: "info",
      path: { row: 10 },
      key: "functional:210",
      rows: [9, 10],
    };
    expect(formatReadProblem(p)).toBe("第 10 行与第 11 行的行键相同（functional:210）");
    expect(formatReadProblem(p, "en")).toBe("rows 10 and 11 have the same key functional:210");
  });

  it("says a repeated header is skipped", () => {
    const p: ReadProblem = { code: "repeated-header", severity: "info", path: { row: 30 } };
    expect(formatReadProblem(p)).toBe("第 31 行重复印出表头（分页所致），已跳过");
    expect(formatReadProblem(p, "en")).toBe(
      "row 31 repeats the headers (a page break printed them again); skipped",
    );
  });

  it("says a wrapped row is read into the row above", () => {
    const p: ReadProblem = { code: "wrapped-row", severity: "info", path: { row: 5 }, into: 4 };
    expect(formatReadProblem(p)).toBe("第 6 行是第 5 行的续行（名称折行），已并入该行");
    expect(formatReadProblem(p, "en")).toBe(
      "row 6 prints the rest of row 5 (a name wrapped onto a second line); read into it",
    );
  });

  it("says a row of the table's layout is skipped, and what it prints", () => {
    const p: ReadProblem = {
      code: "layout-row",
      severity: "info",
      path: { row: 12 },
      what: "column-numbers",
    };
    expect(formatReadProblem(p)).toBe("第 13 行印的是表格版式（栏次），不是数据，已跳过");
    expect(formatReadProblem(p, "en")).toBe(
      "row 13 prints the table's layout (the column numbers), not its data; skipped",
    );
  });

  it("renders every other code from its params", () => {
    const cases: [ReadProblem, string, string][] = [
      [
        { code: "unknown-kind", severity: "error", path: { title: "表" }, kind: "x" },
        "表“表”：模板中没有表类型“x”",
        'table "表": the template has no table kind "x"',
      ],
      [
        {
          code: "unknown-unit",
          severity: "error",
          path: { title: "表" },
          unit: "千元",
          used: "万元",
        },
        "表“表”：单位“千元”不是元、万元或亿元，按万元读取",
        'table "表": unit "千元" is not 元, 万元 or 亿元; read as 万元',
      ],
      [
        {
          code: "duplicate-header",
          severity: "warning",
          path: { header: 1, text: "总计" },
          key: "extra:总计",
        },
        "第 2 列表头“总计”与前面的表头对应同一列，单元格保留为“extra:总计”",
        'header 2 "总计" names a column an earlier header already took; its cells are kept as "extra:总计"',
      ],
      [
        {
          code: "ambiguous-header",
          severity: "warning",
          path: { header: 3, text: "一般公共预算" },
          key: "extra:一般公共预算",
          candidates: ["gpb", "carryover.gpb"],
        },
        "第 4 列表头“一般公共预算”可对应多列（gpb、carryover.gpb），不作猜测，单元格保留为“extra:一般公共预算”",
        'header 4 "一般公共预算" could be any of the columns gpb, carryover.gpb; not guessed, its cells are kept as "extra:一般公共预算"',
      ],
      [
        {
          code: "missing-column",
          severity: "info",
          path: { title: "表" },
          column: "abroad",
          header: "因公出国（境）费",
        },
        "表“表”：未印出“因公出国（境）费”列（abroad）",
        'table "表": column "因公出国（境）费" (abroad) is not printed',
      ],
      [
        { code: "row-width", severity: "warning", path: { row: 0 }, expected: 3, actual: 4 },
        "第 1 行有 4 个单元格，表有 3 列",
        "row 1 has 4 cells, the table has 3 columns",
      ],
      [
        { code: "row-width", severity: "info", path: { row: 0 }, expected: 3, actual: 1 },
        "第 1 行有 1 个单元格，表有 3 列；缺少的末尾单元格读作空白",
        "row 1 has 1 cells, the table has 3 columns; the missing trailing cells are read as blank",
      ],
      [
        { code: "unplaced-row", severity: "warning", path: { row: 2 }, cells: ["某说明"] },
        "第 3 行没有该表可识别的编码、单位、项目或名称，该行保留为未识别行",
        "row 3 has no code, unit, project or label this table accepts; the row is kept as unplaced",
      ],
      [
        {
          code: "unknown-line-label",
          severity: "warning",
          path: { row: 3, cell: 2 },
          label: "四、某某",
          candidates: [],
        },
        "第 4 行第 3 列：项目“四、某某”不是该表的行，保留为未识别行",
        'row 4, cell 3: label "四、某某" matches no line of this table; kept as unplaced',
      ],
      [
        {
          code: "ambiguous-line",
          severity: "warning",
          path: { row: 0, cell: 0 },
          label: "一般公共预算拨款",
          candidates: ["revenue.gpb", "revenue.carryover.gpb"],
        },
        "第 1 行第 1 列：项目“一般公共预算拨款”对应多个行（revenue.gpb、revenue.carryover.gpb），保留为未识别行",
        'row 1, cell 1: label "一般公共预算拨款" matches several lines (revenue.gpb, revenue.carryover.gpb); kept as unplaced',
      ],
      [
        {
          code: "functional-by-ordinal",
          severity: "info",
          path: { row: 7, cell: 2 },
          label: "（七）文化",
          functional: "207",
        },
        "第 8 行第 3 列：“（七）文化”仅按序号读作功能分类 207 类",
        'row 8, cell 3: "（七）文化" read as functional class 207 from its ordinal only',
      ],
    ];
    for (const [p, zh, en] of cases) {
      expect(formatReadProblem(p), p.code).toBe(zh);
      expect(formatReadProblem(p, "en"), p.code).toBe(en);
    }
  });
});
