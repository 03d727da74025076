import { describe, expect, it } from "vitest";
import { henan2024 } from "../templates";
import { formatBuildProblem } from "./builder-messages";
import { tableBuilder } from "./builder-table";
import type { BuildProblem } from "./problems";

const place = { table: "expenditure", row: 3, rowKey: "functional:2013101" } as const;

const cases: readonly [BuildProblem, string, string][] = [
  [
    {
      code: "wrong-type",
      severity: "error",
      path: ["tables", 0, "rows", 2, "cells", "total"],
      expected: "text",
      actual: "boolean",
    },
    'tables[0].rows[2].cells.total：应为印出的文字（如 "6.50"），这里是 boolean',
    'tables[0].rows[2].cells.total: expected printed text (such as "6.50"), got boolean',
  ],
  [
    { code: "wrong-type", severity: "error", path: ["rows"], expected: "array", actual: "object" },
    "rows：应为数组，这里是 object",
    "rows: expected an array, got object",
  ],
  [
    {
      code: "invalid-value",
      severity: "error",
      path: ["unit"],
      input: "千元",
      expected: ["元", "万元", "亿元"],
      suggestions: [],
    },
    "unit：“千元”不是可用的取值（可取 “元”、“万元”、“亿元”）",
    'unit: "千元" is not one of "元", "万元", "亿元"',
  ],
  [
    {
      code: "invalid-value",
      severity: "error",
      path: ["rows", 0, "key", "kind"],
      input: "Total",
      expected: ["total", "org"],
      suggestions: ["total"],
    },
    "rows[0].key.kind：“Total”不是可用的取值（可取 “total”、“org”）（是否指“total”？）",
    'rows[0].key.kind: "Total" is not one of "total", "org" (did you mean "total"?)',
  ],
  [
    {
      code: "reserved-key",
      severity: "error",
      path: ["rows", 0, "cells", "__proto__"],
      table: "sanGong",
      key: "__proto__",
    },
    "表 sanGong 的 rows[0].cells.__proto__：键“__proto__”不能使用（JSON 文档也不能携带它），请换一个键",
    'table sanGong, rows[0].cells.__proto__: the key "__proto__" cannot be used (a JSON document cannot carry it either); use another key',
  ],
  [
    {
      code: "unknown-table-kind",
      severity: "error",
      path: ["kind"],
      table: "sangong",
      template: "henan2024",
      suggestions: ["sanGong"],
    },
    "模板 henan2024 没有表种类“sangong”（是否指“sanGong”？）",
    'template henan2024 has no table kind "sangong" (did you mean "sanGong"?)',
  ],
  [
    {
      code: "unknown-column",
      severity: "error",
      path: [],
      ...place,
      table: "sanGong",
      column: "公务接待费",
      input: "2.50",
      suggestions: ["reception", "vehicles.operation"],
    },
    "表 sanGong 第 4 行（functional:2013101）：此表没有列“公务接待费”（内容“2.50”已保留）（是否指“reception”或“vehicles.operation”？）",
    'table sanGong, row 4 (functional:2013101): this table has no column "公务接待费" (its text "2.50" is kept) (did you mean "reception" or "vehicles.operation"?)',
  ],
  [
    {
      code: "unknown-table-kind",
      severity: "error",
      path: ["kind"],
      table: "balanceSheet",
      template: "henan2024",
      suggestions: [],
    },
    "模板 henan2024 没有表种类“balanceSheet”",
    'template henan2024 has no table kind "balanceSheet"',
  ],
  [
    {
      code: "duplicate-table",
      severity: "warning",
      path: ["tables", 4],
      table: "sanGong",
      first: 1,
    },
    "表种类“sanGong”重复出现（第一次是第 2 张表）",
    'table kind "sanGong" appears again (first as table 2)',
  ],
  [
    {
      code: "template-mismatch",
      severity: "error",
      path: ["meta", "template"],
      template: "national",
      expected: "henan2024",
    },
    "元数据中的模板“national”与所用模板“henan2024”不一致",
    'the meta names template "national" but the template used is "henan2024"',
  ],
  [
    {
      code: "empty-table-without-note",
      severity: "warning",
      path: ["rows"],
      table: "soeExpenditure",
    },
    "表 soeExpenditure 没有数据行，也没有说明；此表为空时须附说明",
    "table soeExpenditure has no rows and no note; this table must carry a note when empty",
  ],
  [
    {
      code: "row-kind-not-allowed",
      severity: "error",
      path: [],
      ...place,
      table: "gpbBasic",
      rowKind: "functional",
      allowed: ["total", "economic"],
    },
    "表 gpbBasic 第 4 行（functional:2013101）：此表不接受 functional 行，只接受 total、economic",
    "table gpbBasic, row 4 (functional:2013101): this table has no functional rows, only total, economic",
  ],
  [
    {
      code: "unknown-line",
      severity: "error",
      path: [],
      table: "summary",
      row: 0,
      rowKey: "line:x",
      line: "x",
      suggestions: [],
    },
    "表 summary 第 1 行（line:x）：此表没有行项目“x”",
    'table summary, row 1 (line:x): this table has no line "x"',
  ],
  [
    { code: "duplicate-row", severity: "error", path: [], ...place, first: 2 },
    "表 expenditure 第 4 行（functional:2013101）：行键与第 3 行重复",
    "table expenditure, row 4 (functional:2013101): the row key repeats row 3",
  ],
  [
    {
      code: "unknown-column",
      severity: "error",
      path: [],
      ...place,
      column: "cost",
      input: "1.00",
      suggestions: [],
    },
    "表 expenditure 第 4 行（functional:2013101）：此表没有列“cost”（内容“1.00”已保留）",
    'table expenditure, row 4 (functional:2013101): this table has no column "cost" (its text "1.00" is kept)',
  ],
  [
    {
      code: "malformed-amount",
      severity: "error",
      path: [],
      ...place,
      column: "basic",
      error: { code: "multiple-points", input: "1.2.3", position: 3 },
    },
    "表 expenditure 第 4 行（functional:2013101）列“basic”：金额“1.2.3”无效：第 4 个字符是第二个小数点",
    'table expenditure, row 4 (functional:2013101), column "basic": invalid amount "1.2.3": character 4 is a second decimal point',
  ],
  [
    {
      code: "unknown-attribute-value",
      severity: "warning",
      path: [],
      ...place,
      table: "projects",
      rowKey: "project:p",
      column: "type",
      input: "其它运转类",
      known: ["其他运转类", "特定目标类"],
    },
    "表 projects 第 4 行（project:p）列“type”：“其它运转类”不是可识别的取值（可取 “其他运转类”、“特定目标类”）",
    'table projects, row 4 (project:p), column "type": "其它运转类" is not a known value (one of "其他运转类", "特定目标类")',
  ],
];

describe("formatBuildProblem", () => {
  it.each(cases)("%o", (problem, zh, en) => {
    expect(formatBuildProblem(problem)).toBe(zh);
    expect(formatBuildProblem(problem, "zh-CN")).toBe(zh);
    expect(formatBuildProblem(problem, "en")).toBe(en);
  });

  it("malformed-code names the row key or the code column and embeds the code message", () => {
    const r = tableBuilder(henan2024, "expenditure")
      .functional("2O13101", "行政运行", { "code.section": "3" })
      .build();
    const [inKey, inCell] = r.problems;
    if (inKey === undefined || inCell === undefined) throw new Error("expected two problems");
    expect(formatBuildProblem(inKey)).toMatch(
      /^表 expenditure 第 1 行（functional:2O13101）行键：支出功能分类科目编码“2O13101”/,
    );
    expect(formatBuildProblem(inKey, "en")).toMatch(
      /^table expenditure, row 1 \(functional:2O13101\), row key: functional code "2O13101"/,
    );
    expect(formatBuildProblem(inCell)).toMatch(
      /^表 expenditure 第 1 行（functional:2O13101）列“code\.section”：/,
    );
    expect(formatBuildProblem(inCell, "en")).toMatch(
      /^table expenditure, row 1 \(functional:2O13101\), column "code\.section": /,
    );
  });
});
