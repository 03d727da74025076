import { describe, expect, it } from "vitest";
import { type Table, tableBuilder } from "../../disclosure";
import { henan2024, shanghai, type Template } from "../../templates";
import { checkDisclosure } from "../check";
import { henan2024Profile, RULES, shanghaiProfile } from "../profiles";
import { renderFinding } from "../render";
import { findings, one, only, outcome } from "../test-support";

/** The rules this file checks: each check runs these alone. */
const IDS = ["table.note", "presentation.blankZero"] as const;

const run = (tables: readonly Table[], template: Template = henan2024) =>
  checkDisclosure(
    {
      meta: {
        year: 2024,
        documentKind: "单位",
        template: template.id,
        department: { name: "某单位" },
        units: [],
      },
      tables,
      texts: [],
    },
    { profile: only(template === shanghai ? shanghaiProfile : henan2024Profile, ...IDS), template },
  );
const h = (kind: string) => tableBuilder(henan2024, kind);

describe("table.note", () => {
  it("passes the empty tables of the fixtures with their notes (政府性基金 under 政府性基金)", () => {
    const r = run([
      h("govFundExpenditure")
        .note("注：我单位2024年无政府性基金预算拨款安排的支出，故此表无数据。")
        .build().value,
      h("soeExpenditure")
        .note("注:本单位2024年无国有资本经营预算财政拨款安排的预算，故本表为空表。")
        .build().value,
    ]);
    expect([outcome(r, "table.note"), findings(r, "table.note")]).toEqual(["pass", []]);
  });

  it("does not read a note that explains the table (三公 definitions) as an empty-table note", () => {
    const r = run([
      h("sanGong")
        .single({ total: "6.50", vehicles: "4.00", reception: "2.50" })
        .note("注：“三公”经费包括因公出国（境）费、公务用车购置及运行费和公务接待费。")
        .build().value,
    ]);
    expect(outcome(r, "table.note")).toBe("not-applicable");
  });

  it("reports `本表为空表 / 本单位无…` under a table that prints amounts as an error", () => {
    const r = run([
      h("govFundExpenditure")
        .functional("2120801", "征地和拆迁补偿支出", { total: "12.00" })
        .note("注：本单位无政府性基金预算拨款安排的支出，故本表为空表。")
        .build().value,
    ]);
    const f = one(r, "table.note");
    expect([f.severity, f.params.kind, f.params.amount]).toEqual(["error", "notEmpty", "12.00"]);
    expect(renderFinding(f, RULES, "zh-CN", henan2024)).toContain("【政府性基金支出预算表】注明");
  });

  it("warns of an empty-table note naming another fund (a 国有资本经营 table speaking of 政府性基金)", () => {
    const r = run([
      h("soeExpenditure")
        .note("注：我单位2024年无政府性基金预算拨款安排的支出，故此表无数据。")
        .build().value,
    ]);
    const f = one(r, "table.note");
    expect([f.severity, f.params.kind, f.params.named]).toEqual([
      "warning",
      "otherFund",
      "政府性基金",
    ]);
    expect(renderFinding(f, RULES, "en", henan2024)).toContain("speaks of another budget");
  });

  it("reads the Shanghai tables' notes the same way", () => {
    const r = run(
      [
        tableBuilder(shanghai, "soeExpenditure")
          .note("注:本单位2024年无政府性基金预算财政拨款安排的预算，故本表为空表。")
          .build().value,
      ],
      shanghai,
    );
    expect(one(r, "table.note").params.kind).toBe("otherFund");
  });
});

describe("presentation.blankZero", () => {
  it("notes (info) one figure printed blank in one table and 0.00 in another", () => {
    const r = run([
      h("expenditure").total({ total: "969.06", basic: "969.06", project: "" }).build().value,
      h("projects").total({ total: "0.00" }).build().value,
    ]);
    const f = one(r, "presentation.blankZero");
    expect([f.severity, f.path?.table, f.evidence[1]?.sources[0]?.table]).toEqual([
      "info",
      "expenditure",
      "projects",
    ]);
    expect(outcome(r, "presentation.blankZero")).toBe("pass");
    expect(renderFinding(f, RULES, "zh-CN", henan2024)).toContain("印为零");
  });

  it("says nothing when both print 0.00, or both are blank", () => {
    for (const [a, b] of [
      ["0.00", "0.00"],
      ["", ""],
    ] as const) {
      const r = run([
        h("expenditure").total({ total: "969.06", basic: "969.06", project: a }).build().value,
        h("projects").total({ total: b }).build().value,
      ]);
      expect(findings(r, "presentation.blankZero")).toEqual([]);
    }
  });
});

describe("table.note: which notes say a table is empty, and what counts as printed money", () => {
  /** A 政府性基金 table printing `amounts` (one 项 row each), with a note. */
  const govFund = (note: string, ...amounts: string[]) =>
    amounts
      .reduce(
        (b, a, i) => b.functional(`212080${i + 1}`, "某支出", { total: a }),
        h("govFundExpenditure"),
      )
      .note(note)
      .build().value;

  it.each([
    ["空表", "注：空表。"],
    ["无数据", "注：无数据。"],
    ["此表无", "注：此表无内容。"],
    ["本表无", "注：本表无内容。"],
    ["没有数据", "注：没有数据。"],
    ["无 … 安排", "注：本单位无此项安排。"],
    ["无相关数据", "本部门无相关数据。"],
    ["a bare 无", "（无）"],
  ])("%s: an empty-table note, an error under a table that prints 12.00", (_, note) => {
    const r = run([govFund(note, "12.00")]);
    const f = one(r, "table.note");
    expect([f.severity, f.params.kind, f.params.note, f.params.amount]).toEqual([
      "error",
      "notEmpty",
      note,
      "12.00",
    ]);
    expect(f.path).toEqual({ table: "govFundExpenditure", row: "", column: "", raw: note });
    expect(f.evidence[0]?.sources.map((s) => [s.row, s.raw])).toEqual([
      ["functional:2120801", "12.00"],
    ]);
    expect(outcome(r, "table.note")).toBe("fail");
  });

  it.each([
    ["a part of its spending", "注：本表无基本支出数据。"],
    ["its carry-over", "注：本表反映2024年政府性基金预算财政拨款支出，无上年结转。"],
    ["a part, after a year", "说明：政府性基金支出全部为项目支出，无2024年基本支出安排。"],
    ["another fund budget", "注：本部门无国有资本经营预算安排，政府性基金预算支出如下。"],
    ["its 三公", "注：本表无“三公”经费。"],
    ["没有 a part", "注：本单位没有人员经费数据。"],
    ["a part named before 无", "注：基本支出无数据。"],
    ["a part named before 无 … 安排", "注：公务用车购置费2024年无安排。"],
    ["another fund budget named before 无", "注：国有资本经营预算本年度无数据。"],
    ["此项 of a part named before 无", "注：因公出国（境）费无此项支出。"],
  ])("a note saying there is none of %s does not say the table is empty", (_, note) => {
    const r = run([govFund(note, "12.00")]);
    expect([outcome(r, "table.note"), findings(r, "table.note")]).toEqual(["not-applicable", []]);
  });

  it.each([
    ["its own fund budget", "注：本单位无政府性基金预算安排的支出。"],
    ["its own fund budget, after a year", "注：本部门无2024年政府性基金预算安排。"],
    ["此项", "注：本表无此项。"],
    ["此项 of the department", "注：本部门无此项支出。"],
    ["a part, then the whole", "注：无基本支出，本表无数据。"],
  ])("a note saying there is none of %s says it is empty: an error under 12.00", (_, note) => {
    const r = run([govFund(note, "12.00")]);
    expect(one(r, "table.note").params.kind).toBe("notEmpty");
  });

  it.each([
    ["无 without 安排", "注：无。"],
    ["安排 without 无", "注：另有安排。"],
    ["a blank note", "   "],
  ])("%s is no empty-table note: not applicable", (_, note) => {
    const r = run([govFund(note, "12.00")]);
    expect([outcome(r, "table.note"), findings(r, "table.note")]).toEqual(["not-applicable", []]);
  });

  it("zeros and blanks are no money: the note holds (pass); the first non-zero amount is quoted", () => {
    const zeros = run([govFund("注：本表为空表。", "0.00", "")]);
    expect([outcome(zeros, "table.note"), findings(zeros, "table.note")]).toEqual(["pass", []]);
    const later = run([govFund("注：本表为空表。", "0.00", "3.00", "4.00")]);
    expect(one(later, "table.note").params.amount).toBe("3.00");
  });

  it("names every other fund the note speaks of, in the order 一般公共预算、政府性基金、国有资本经营", () => {
    const r = run([
      h("soeExpenditure")
        .note("注：本单位无政府性基金和一般公共预算安排的支出，故本表为空表。")
        .build().value,
    ]);
    const f = one(r, "table.note");
    expect([f.severity, f.params.named]).toEqual(["warning", "一般公共预算、政府性基金"]);
    expect(f.evidence).toEqual([]);
  });

  it("a note naming the table's own fund too, or a table with no fixed fund, is not warned about", () => {
    const both = run([
      h("soeExpenditure")
        .note("注：本单位无国有资本经营和政府性基金安排的支出，故本表为空表。")
        .build().value,
    ]);
    expect([outcome(both, "table.note"), findings(both, "table.note")]).toEqual(["pass", []]);
    const unfixed = run([
      h("expenditure").note("注：本单位无政府性基金安排的支出，故本表为空表。").build().value,
    ]);
    expect([outcome(unfixed, "table.note"), findings(unfixed, "table.note")]).toEqual(["pass", []]);
  });
});

describe("presentation.blankZero: applicability", () => {
  it("is not applicable when no figure is printed twice, passes when one is printed twice alike", () => {
    const once = run([h("expenditure").total({ total: "969.06" }).build().value]);
    expect(outcome(once, "presentation.blankZero")).toBe("not-applicable");
    const twice = run([
      h("expenditure").total({ total: "969.06", project: "5.00" }).build().value,
      h("projects").total({ total: "5.00" }).build().value,
    ]);
    expect([
      outcome(twice, "presentation.blankZero"),
      findings(twice, "presentation.blankZero"),
    ]).toEqual(["pass", []]);
  });

  it("the message names the blank cell and the cell printed as zero, word for word", () => {
    const r = run([
      h("expenditure").total({ total: "969.06", basic: "969.06", project: "" }).build().value,
      h("projects").total({ total: "0.00" }).build().value,
    ]);
    const f = one(r, "presentation.blankZero");
    expect(renderFinding(f, RULES, "zh-CN", henan2024)).toBe(
      "【部门支出预算表】合计行「项目支出/小计」列（空） 为空白，同一数字在 【项目支出预算表】合计行「合计」列（0.00） 印为零。",
    );
    expect(renderFinding(f, RULES, "en", henan2024)).toBe(
      '[Expenditure] total row, column "项目支出/小计" (blank) is blank, while the same figure is printed as zero at [Project expenditure] total row, column "合计" (0.00).',
    );
  });
});
