import { describe, expect, it } from "vitest";
import { type Table, tableBuilder } from "../../disclosure";
import { renderFinding } from "../../rules/render";
import { findings, outcome } from "../../rules/test-support";
import { henan2024, shanghai, type Template } from "../../templates";
import { checker, disclosure, profileOf } from "./test-support";

const check = checker("narrative.items");

/** A Shanghai 一般公共预算支出功能分类预算表 in 元. */
const gpb = (rows: readonly (readonly [string, string, string])[]): Table =>
  rows
    .reduce(
      (b, [code, name, total]) => b.functional(code, name, { total }),
      tableBuilder(shanghai, "gpbExpenditure", { unit: "元" }),
    )
    .build().value;

const TABLE = gpb([
  ["208", "社会保障和就业支出", "1,300,000"],
  ["20805", "行政事业单位养老支出", "1,300,000"],
  ["2080505", "机关事业单位基本养老保险缴费支出", "800,000"],
  ["2080506", "机关事业单位职业年金缴费支出", "400,000"],
  ["2080599", "其他行政事业单位养老支出", "100,000"],
  ["221", "住房保障支出", "200,000"],
  ["22102", "住房改革支出", "200,000"],
  ["2210201", "住房公积金", "200,000"],
]);

/**
 * TABLE with a row the reader could not place (`label` as printed, 50,000 元): in TABLE itself
 * for a 一般公共预算支出表 (a second table of a kind is set aside, unread), else in a table of
 * `kind` of its own.
 */
const withUnplaced = (kind: "gpbExpenditure" | "gpbBasic", label: string): Table[] => {
  const row = { key: { kind: "unplaced", label }, cells: { total: "50,000" } } as const;
  if (kind === "gpbExpenditure") return [{ ...TABLE, rows: [...TABLE.rows, row] }];
  return [
    TABLE,
    tableBuilder(shanghai, kind, { unit: "元" }).row(row.key, row.cells).build().value,
  ];
};

const ITEMS = [
  "财政拨款支出主要内容如下：",
  "1. “社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）”80.00万元，主要用于养老保险缴费。",
  "2. “社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）”40.00万元，主要用于职业年金缴费。",
  "3. “社会保障和就业支出（类）行政事业单位养老支出（款）其他行政事业单位养老支出（项）”10.00万元，主要用于其他养老支出。",
  "4. “住房保障支出（类）住房改革支出（款）住房公积金（项）”20.00万元，主要用于住房公积金。",
  "其他相关情况说明",
  "一、“三公”经费预算情况说明",
];
const run = (
  lines: readonly string[],
  tables: readonly Table[] = [TABLE],
  t: Template = shanghai,
) => check(disclosure(tables, lines.join("\n"), t), t);
const rendered = (lines: readonly string[]) =>
  findings(run(lines), "narrative.items").map((f) =>
    renderFinding(f, profileOf(shanghai).rules, "zh-CN", shanghai),
  );

describe("narrative.items (Shanghai 财政拨款支出主要内容)", () => {
  it("passes when every 项 with money has its entry", () => {
    const r = run(ITEMS);
    expect([outcome(r, "narrative.items"), findings(r, "narrative.items")]).toEqual(["pass", []]);
  });

  it("a 项 with money and no entry is a warning naming it and its money", () => {
    const lines = ITEMS.filter((l) => !l.startsWith("4."));
    expect(rendered(lines)).toEqual([
      "【情况说明】“财政拨款支出主要内容如下：” 没有说明科目 2210201（住房公积金），表中该科目为 200,000元。",
    ]);
    const [f] = findings(run(lines), "narrative.items");
    expect([f?.severity, f?.evidence[0]?.sources[0]?.row]).toEqual([
      "warning",
      "functional:2210201",
    ]);
  });

  it("an entry for a 科目 no placed row prints is a gap, not an error, when rows were not placed", () => {
    const lines = [
      ...ITEMS.slice(0, 5),
      "5. “卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）”5.00万元，主要用于医疗保险。",
      ...ITEMS.slice(5),
    ];
    // the code printed in the name column: the reader could not place the row
    for (const label of ["2101102 事业单位医疗", "210 11 02事业单位医疗", ""]) {
      const fs = findings(run(lines, withUnplaced("gpbExpenditure", label)), "narrative.items");
      expect(fs.filter((f) => f.params.kind === "unknown")).toEqual([]);
    }
    // a row not placed that prints another code (one holding the entry's digits further in), or
    // a row without digits in a table whose rows are no 科目 (经济分类), does not hide the entry's error
    for (const [kind, label] of [
      ["gpbExpenditure", "2080502 事业单位离退休"],
      ["gpbExpenditure", "2101101 行政单位医疗"],
      ["gpbExpenditure", "2132101102 某某"],
      ["gpbBasic", ""],
    ] as const) {
      const fs = findings(run(lines, withUnplaced(kind, label)), "narrative.items");
      expect(fs.filter((f) => f.params.kind === "unknown").map((f) => f.params.code)).toEqual([
        "2101102",
      ]);
    }
  });

  it("an entry whose 项 name a row the reader could not place prints is a gap (a misprinted class code)", () => {
    const lines = [
      ...ITEMS.slice(0, 5),
      "5. “卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）”5.00万元，主要用于医疗保险。",
      ...ITEMS.slice(5),
    ];
    // `7 11 02` for 210 11 02 (a printed class code cut to its last digit), the name as printed
    for (const label of ["7 11 02 事业单位医疗", "71102事业单位医疗", "7-11-02 事业 单位 医疗"]) {
      const fs = findings(run(lines, withUnplaced("gpbExpenditure", label)), "narrative.items");
      expect(fs.filter((f) => f.params.kind === "unknown")).toEqual([]);
    }
    // a row not placed of another name keeps the entry's error
    const fs = findings(
      run(lines, withUnplaced("gpbExpenditure", "7 11 01 行政单位医疗")),
      "narrative.items",
    );
    expect(fs.filter((f) => f.params.kind === "unknown").map((f) => f.params.code)).toEqual([
      "2101102",
    ]);
  });

  it("tables printing no 科目 as deep as the entries (an extract by 类) make no entry unknown", () => {
    const byClass = gpb([
      ["208", "社会保障和就业支出", "1,300,000"],
      ["221", "住房保障支出", "200,000"],
    ]);
    const lines = [
      ...ITEMS.slice(0, 5),
      "5. “卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）”5.00万元，主要用于医疗保险。",
      ...ITEMS.slice(5),
    ];
    const fs = findings(run(lines, [byClass]), "narrative.items");
    expect(fs.filter((f) => f.params.kind === "unknown")).toEqual([]);
  });

  it("an entry for a 科目 the tables do not print is an error", () => {
    const lines = [
      ...ITEMS.slice(0, 5),
      "5. “卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）”5.00万元，主要用于医疗保险。",
      ...ITEMS.slice(5),
    ];
    const fs = findings(run(lines), "narrative.items");
    expect(fs.map((f) => [f.severity, f.params.kind, f.params.code])).toEqual([
      ["error", "unknown", "2101102"],
    ]);
    const [f] = fs;
    if (f === undefined) throw new Error("no finding");
    expect(renderFinding(f, profileOf(shanghai).rules, "en", shanghai)).toContain(
      "explains 科目 2101102, which no table prints",
    );
  });

  it("entries at 类 level are checked at 类 level (the municipal finance bureau)", () => {
    const lines = [
      "财政拨款支出主要内容如下：",
      "1.“社会保障和就业支出”科目130万元，主要用于缴纳养老保险。",
      "2.“住房保障支出”科目20万元，主要用于缴纳住房公积金。",
    ];
    expect(findings(run(lines), "narrative.items")).toEqual([]);
    expect(rendered(lines.slice(0, 2))).toEqual([
      "【情况说明】“财政拨款支出主要内容如下：” 没有说明科目 221（住房保障支出），表中该科目为 200,000元。",
    ]);
  });

  it("主要内容: a 科目 under 1% of the money may go unexplained", () => {
    const table = gpb([
      ["208", "社会保障和就业支出", "10,000,000"],
      ["20805", "行政事业单位养老支出", "10,000,000"],
      ["2080505", "机关事业单位基本养老保险缴费支出", "9,930,000"],
      ["2080599", "其他行政事业单位养老支出", "70,000"],
    ]);
    const lines = [ITEMS[0] ?? "", (ITEMS[1] ?? "").replace("80.00", "993.00")];
    expect(findings(run(lines, [table]), "narrative.items")).toEqual([]);
  });

  it("says nothing of missing ones when an entry's name cannot be read", () => {
    const lines = [
      ...ITEMS.slice(0, 4),
      "4. “住房保障支出（类）住房改革支出（款）某某补贴（项）”20.00万元，主要用于补贴。",
    ];
    expect(findings(run(lines), "narrative.items")).toEqual([]);
  });

  it("is not applicable without the section, or with a template that has no such section", () => {
    expect(outcome(run(["收入预算150.00万元。"]), "narrative.items")).toBe("not-applicable");
    expect(outcome(run(ITEMS, [TABLE], henan2024), "narrative.items")).toBe("not-applicable");
    // entries without the heading, or the heading without entries
    expect(outcome(run(ITEMS.slice(1)), "narrative.items")).toBe("not-applicable");
    expect(outcome(run([ITEMS[0] ?? "", "主要用于养老保险缴费。"]), "narrative.items")).toBe(
      "not-applicable",
    );
  });

  it("reads the heading however it is spaced or worded (财政拨款支出预算主要内容)", () => {
    for (const heading of ["财政拨款支出 主要内容：", "二、财政拨款支出预算主要内容"]) {
      const lines = [heading, ...ITEMS.slice(1, 4), ...ITEMS.slice(5)];
      expect([heading, findings(run(lines), "narrative.items").map((f) => f.params.code)]).toEqual([
        heading,
        ["2210201"],
      ]);
    }
  });

  it("the section ends at the next title line: an entry after it is no entry", () => {
    const lines = [
      ...ITEMS.slice(0, 4),
      "其他相关情况说明",
      "“住房保障支出（类）住房改革支出（款）住房公积金（项）”20.00万元，主要用于住房公积金。",
    ];
    expect(findings(run(lines), "narrative.items").map((f) => f.params.code)).toEqual(["2210201"]);
    // a line with a full stop or longer than a title does not end it
    const long = [
      ...ITEMS.slice(0, 4),
      "以上为本单位2024年财政拨款支出预算中各项目的主要用途说明如下",
      ITEMS[4] ?? "",
    ];
    expect(findings(run(long), "narrative.items")).toEqual([]);
  });

  it("the money of one 项 is its total column, whatever else its row prints (基本支出, 项目支出)", () => {
    const table = tableBuilder(shanghai, "gpbExpenditure", { unit: "元" })
      .functional("2080505", "机关事业单位基本养老保险缴费支出", {
        total: "800,000",
        basic: "800,000",
      })
      .functional("2210201", "住房公积金", {
        total: "200,000",
        basic: "150,000",
        project: "50,000",
      })
      .build().value;
    const lines = [ITEMS[0] ?? "", ITEMS[1] ?? ""];
    expect(
      findings(run(lines, [table]), "narrative.items").map((f) => [f.params.code, f.params.amount]),
    ).toEqual([["2210201", "200,000"]]);
  });

  it("only the section's funds need an entry; a 科目 at zero needs none", () => {
    // 事业收入 money (支出预算总表 only, no fund) and a 项 the table prints at 0
    const all = tableBuilder(shanghai, "expenditure", { unit: "元" })
      .functional("2050201", "学前教育", { total: "500,000" })
      .build().value;
    const zero = gpb([
      ...[
        ["2080505", "机关事业单位基本养老保险缴费支出", "800,000"],
        ["2080506", "机关事业单位职业年金缴费支出", "400,000"],
        ["2080599", "其他行政事业单位养老支出", "100,000"],
        ["2210201", "住房公积金", "200,000"],
      ].map((r) => r as [string, string, string]),
      ["2010350", "事业运行", "0.00"],
    ]);
    expect(findings(run(ITEMS, [zero, all]), "narrative.items")).toEqual([]);
    // …and an entry for a 科目 of another fund is still one the tables print
    const lines = [
      ...ITEMS.slice(0, 5),
      "5. “教育支出（类）普通教育（款）学前教育（项）”50.00万元，主要用于幼儿园运转。",
    ];
    expect(findings(run(lines, [zero, all]), "narrative.items")).toEqual([]);
  });

  it("an entry for a 类 explains every 项 under it, at the 项 level too", () => {
    const lines = [
      ITEMS[0] ?? "",
      "1. “社会保障和就业支出”科目130.00万元，主要用于缴纳养老保险。",
      ITEMS[4] ?? "",
    ];
    expect(findings(run(lines), "narrative.items")).toEqual([]);
    const without = [ITEMS[0] ?? "", ITEMS[4] ?? ""];
    expect(findings(run(without), "narrative.items").map((f) => f.params.code)).toEqual([
      "2080505",
      "2080506",
      "2080599",
    ]);
  });

  it("with no table printing a 科目 it says nothing, yet the section was checked", () => {
    const r = run([ITEMS[0] ?? "", ITEMS[1] ?? ""], [TABLE]);
    expect(outcome(r, "narrative.items")).toBe("fail");
    const none = run([ITEMS[0] ?? "", ITEMS[1] ?? ""], []);
    expect([outcome(none, "narrative.items"), findings(none, "narrative.items")]).toEqual([
      "pass",
      [],
    ]);
  });

  it("finds the heading among lines without figures, and reads short entries without a comma", () => {
    const lines = [
      "上海市某单位2024年单位预算情况说明",
      "2024年财政拨款支出主要内容涉及2个科目，合计150.00万元。",
      "一、收支预算总体情况",
      "财政拨款支出主要内容如下：",
      "1.“社会保障和就业支出”科目130万元",
      "2.“住房保障支出”科目20万元",
      "以上合计150.00万元。",
      "其他相关情况说明",
      "“住房保障支出（类）住房改革支出（款）某某补贴（项）”20.00万元。",
    ];
    const r = run(lines);
    expect([outcome(r, "narrative.items"), findings(r, "narrative.items")]).toEqual(["pass", []]);
    // a name that cannot be read outside the section does not excuse a missing entry inside it
    const fs = findings(run(lines.filter((l) => !l.startsWith("2."))), "narrative.items");
    expect(fs.map((f) => [f.params.kind, f.params.code, f.params.amount, f.params.unit])).toEqual([
      ["missing", "221", "200,000", "元"],
    ]);
    const [f] = fs;
    if (f === undefined) throw new Error("no finding");
    expect(renderFinding(f, profileOf(shanghai).rules, "en", shanghai)).toBe(
      '[情况说明] "财政拨款支出主要内容如下：" does not explain 科目 221 (住房保障支出), which the tables give 200,000 元.',
    );
  });

  it("an entry for a 款 explains the 项 under it", () => {
    const lines = [
      ITEMS[0] ?? "",
      "1. “社会保障和就业支出（类）行政事业单位养老支出（款）”130.00万元，主要用于养老保险缴费。",
      ITEMS[4] ?? "",
    ];
    expect(findings(run(lines), "narrative.items")).toEqual([]);
  });

  it("主要内容: a 科目 at 1% of the money is a main one; without a share every 科目 is", () => {
    const table = gpb([
      ["2080505", "机关事业单位基本养老保险缴费支出", "9,900,000"],
      ["2080599", "其他行政事业单位养老支出", "100,000"],
    ]);
    const lines = [ITEMS[0] ?? "", (ITEMS[1] ?? "").replace("80.00", "990.00")];
    expect(findings(run(lines, [table]), "narrative.items").map((f) => f.params.code)).toEqual([
      "2080599",
    ]);
    const [spec] = shanghai.document?.itemised ?? [];
    if (spec === undefined || shanghai.document === undefined) throw new Error("no spec");
    const { minShare: _, ...all } = spec;
    const strict: Template = {
      ...shanghai,
      document: { ...shanghai.document, itemised: [all] },
    };
    const under = gpb([
      ["2080505", "机关事业单位基本养老保险缴费支出", "9,930,000"],
      ["2080599", "其他行政事业单位养老支出", "70,000"],
    ]);
    const text = [ITEMS[0] ?? "", (ITEMS[1] ?? "").replace("80.00", "993.00")].join("\n");
    expect(
      findings(check(disclosure([under], text, strict), strict), "narrative.items").map(
        (f) => f.params.code,
      ),
    ).toEqual(["2080599"]);
  });

  it("renders a 科目 the tables do not print in Chinese", () => {
    const lines = [
      ITEMS[0] ?? "",
      "1. “卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）”5.00万元，主要用于医疗保险。",
    ];
    const [f] = findings(run(lines), "narrative.items").filter((x) => x.params.kind === "unknown");
    if (f === undefined) throw new Error("no finding");
    expect(renderFinding(f, profileOf(shanghai).rules, "zh-CN", shanghai)).toBe(
      "【情况说明】“1. “卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）”5.00万元” 说明的科目 2101102 在表中没有。",
    );
  });

  it("a title line is at most 30 characters", () => {
    const endedBy = (title: string) => [...ITEMS.slice(0, 4), title, ITEMS[4] ?? ""];
    const title = "三、本单位2024年度部门预算其他相关情况说明及有关名词解释";
    expect(title.length).toBe(30);
    expect(findings(run(endedBy(title)), "narrative.items").map((f) => f.params.code)).toEqual([
      "2210201",
    ]);
    expect(findings(run(endedBy(`${title}表`)), "narrative.items")).toEqual([]);
  });

  it("without a section's money share, a 科目 at zero still needs no entry", () => {
    const [spec] = shanghai.document?.itemised ?? [];
    if (spec === undefined || shanghai.document === undefined) throw new Error("no spec");
    const { minShare: _, ...all } = spec;
    const strict: Template = { ...shanghai, document: { ...shanghai.document, itemised: [all] } };
    const zero = gpb([
      ["2080505", "机关事业单位基本养老保险缴费支出", "800,000"],
      ["2010350", "事业运行", "0.00"],
    ]);
    const text = [ITEMS[0] ?? "", ITEMS[1] ?? "", "以上支出合计80.00万元。"].join("\n");
    expect(findings(check(disclosure([zero], text, strict), strict), "narrative.items")).toEqual(
      [],
    );
    // a template that says nothing of its document has no such section
    const { document: _d, ...bare } = shanghai;
    expect(outcome(check(disclosure([zero], text, bare), bare), "narrative.items")).toBe(
      "not-applicable",
    );
  });
});
