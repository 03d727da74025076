import { describe, expect, it } from "vitest";
import { catalog2024 } from "../../catalog/2024";
import { lowerTable, type Row } from "../../disclosure";
import { henan2024 } from "../../templates";
import { messageLabels } from "../labels";
import type { Finding, RuleContext } from "../types";
import { codeKnownRule, codeRefs, econMappingRule, nameConsistentRule } from "./codes";

/**
 * The codes printed as row keys (`codeRefs`), read from small lowered Henan tables: which cell
 * names each code, which rows are blank, and the messages no scenario prints.
 */

const ctxOf = (...tables: [string, Row[]][]): RuleContext =>
  ({
    tables: tables.map(([kind, rows]) => lowerTable({ kind, unit: "万元", rows }, henan2024)),
    template: henan2024,
    catalog: catalog2024,
    disclosure: { meta: { year: 2024, units: [] } },
  }) as unknown as RuleContext;

const econRow = (econ: string, gov: string, name: string, cells: Record<string, string>): Row => ({
  key: { kind: "economic", econ, gov },
  name,
  cells,
});
const fnRow = (code: string, name: string | undefined, cells: Record<string, string>): Row => ({
  key: { kind: "functional", code },
  ...(name === undefined ? {} : { name }),
  cells,
});

describe("codeRefs", () => {
  it("an economic pair: the 部门 code named in its name column, the 政府 code beside its own name", () => {
    const refs = codeRefs(
      ctxOf([
        "gpbBasic",
        [econRow("30101", "50101", "基本工资", { "gov.name": "工资奖金津补贴", total: "1.00" })],
      ]),
    );
    expect(refs).toEqual([
      {
        system: "departmental",
        code: "30101",
        name: "基本工资",
        at: {
          table: "gpbBasic",
          row: "economic:30101/50101",
          column: "econ.name",
          raw: "基本工资",
        },
        blank: false,
      },
      {
        system: "government",
        code: "50101",
        name: "工资奖金津补贴",
        at: {
          table: "gpbBasic",
          row: "economic:30101/50101",
          column: "gov.name",
          raw: "工资奖金津补贴",
        },
        blank: false,
      },
    ]);
  });

  it("a 政府 code with no name printed is cited by its code", () => {
    const [, gov] = codeRefs(
      ctxOf(["gpbBasic", [econRow("30101", "50101", "基本工资", { total: "1.00" })]]),
    );
    expect(gov?.name).toBeUndefined();
    expect(gov?.at).toMatchObject({ column: "gov.name", raw: "50101" });
  });

  it.each([
    ["blank cells", { total: "", personnel: "  " }, true],
    ["dashes", { total: "-", personnel: " - " }, true],
    ["no cells", {}, true],
    // Zeros state no figure either: a 类 of the template's list printed `0.00` under a former name.
    ["a zero", { total: "0", personnel: "-" }, true],
    ["zeros", { total: "0.00", personnel: "0.00" }, true],
    ["a figure", { total: "1.00" }, false],
  ])("a row of %s is blank: %s", (_, cells, blank) => {
    const refs = codeRefs(ctxOf(["gpbBasic", [econRow("30102", "50101", "津贴补贴", cells)]]));
    expect(refs.map((r) => r.blank)).toEqual([blank, blank]);
  });

  it("in a two-sided table a row is named on the side of its cells", () => {
    const refs = codeRefs(
      ctxOf([
        "summary",
        [
          fnRow("201", "一般公共服务支出", { "spending.amount": "1.00" }),
          fnRow("202", "外交支出", { "income.amount": "1.00" }),
          fnRow("203", "国防支出", {}),
        ],
      ]),
    );
    expect(refs.map((r) => [r.code, r.at.column])).toEqual([
      ["201", "spending.name"],
      ["202", "income.name"],
      // no cell to tell the side: the table's first name column
      ["203", "income.name"],
    ]);
  });

  it("a table with no name column names the code by itself", () => {
    const [ref] = codeRefs(ctxOf(["sanGong", [fnRow("201", undefined, { total: "1.00" })]]));
    expect(ref?.at).toEqual({
      table: "sanGong",
      row: "functional:201",
      column: "name",
      raw: "201",
    });
  });

  it("a code that does not parse is left to cell.unreadable; other row kinds print no code", () => {
    const refs = codeRefs(
      ctxOf([
        "expenditure",
        [
          fnRow("20x", "某支出", { total: "1.00" }),
          { key: { kind: "total" }, name: "合计", cells: { total: "1.00" } },
        ],
      ]),
    );
    expect(refs).toEqual([]);
  });
});

describe("code.nameConsistent, blank rows", () => {
  it("a blank row's other name is not held against the code", () => {
    const r = nameConsistentRule.check(
      ctxOf([
        "expenditure",
        [fnRow("210", "卫生健康支出", { total: "1.00" }), fnRow("210", "医疗卫生", { total: "-" })],
      ]),
      "warning",
    );
    expect(r.findings).toEqual([]);
    expect(r.outcome).toBe("pass");
  });

  it("each other name once: a third row with the second name adds nothing", () => {
    const r = nameConsistentRule.check(
      ctxOf([
        "expenditure",
        [
          fnRow("210", "卫生健康支出", { total: "1.00" }),
          fnRow("210", "医疗卫生", { total: "1.00" }),
          fnRow("210", "医疗卫生", { total: "2.00" }),
        ],
      ]),
      "warning",
    );
    expect(r.findings.map((f) => [f.params.name, f.params.other])).toEqual([
      ["医疗卫生", "卫生健康支出"],
    ]);
    expect(r.outcome).toBe("fail");
  });
});

describe("code.nameConsistent, a note after the name", () => {
  const check = (a: string, b: string) =>
    nameConsistentRule
      .check(
        ctxOf([
          "expenditure",
          [fnRow("2120104", a, { total: "1.00" }), fnRow("2120104", b, { total: "1.00" })],
        ]),
        "warning",
      )
      .findings.map((f) => [f.params.name, f.params.other]);

  it("one table's note in brackets after the name is the same name", () => {
    const pairs: [string, string][] = [
      ["城管执法", "城管执法（含上年结转）"],
      ["城管执法（含上年结转）", "城管执法"],
      ["机关事业单位职业年金缴费支出", "机关事业单位职业年金缴费支出(据实列支)"],
      ["城管执法【据实列支】", "城管执法"],
    ];
    for (const [a, b] of pairs) expect([a, b, check(a, b)]).toEqual([a, b, []]);
  });

  it("another name, with a note or not, is still another name", () => {
    expect(check("城管执法", "市政公用事业（含上年结转）")).toEqual([
      ["市政公用事业（含上年结转）", "城管执法"],
    ]);
    expect(check("城管执法", "城管执法支出费用")).toHaveLength(1);
    // two different notes on one code are two names (`（人大）`, `（政协）`)
    expect(check("一般行政管理事务（人大）", "一般行政管理事务（政协）")).toHaveLength(1);
    expect(check("城管执法（含结转）", "城管执法（据实）")).toHaveLength(1);
  });
});

describe("code.known, the 政府经济分类", () => {
  it("an unknown 政府 code is reported at its name cell, in its system's words", () => {
    const r = codeKnownRule.check(
      ctxOf([
        "gpbBasic",
        [econRow("30101", "59998", "基本工资", { "gov.name": "某类", total: "1.00" })],
      ]),
      "error",
    );
    const f = r.findings[0] as Finding;
    expect([f.params.system, f.params.code, f.path?.column]).toEqual([
      "government",
      "59998",
      "gov.name",
    ]);
    expect(codeKnownRule.message(f, messageLabels())["zh-CN"]).toContain("政府经济分类科目 59998");
  });

  it("a system the catalog lacks is not checked", () => {
    const ctx = {
      ...ctxOf(["gpbBasic", [econRow("39998", "59998", "某", { total: "1.00" })]]),
      catalog: { functional: catalog2024.functional },
    } as unknown as RuleContext;
    const r = codeKnownRule.check(ctx, "error");
    expect(r.findings).toEqual([]);
    expect(r.outcome).toBe("pass");
  });
});

describe("econ.mapping messages", () => {
  it("a pair allowed only for a unit kind the disclosure does not state", () => {
    const f: Finding = {
      ruleId: "econ.mapping",
      severity: "info",
      outcome: "insufficient-data",
      params: {
        code: "30217",
        system: "departmental",
        name: "公务接待费",
        kind: "unitKindUnknown",
        gov: "50502",
        allowedFor: "事业单位",
      },
      evidence: [],
      path: { table: "gpbBasic", row: "economic:30217/50502", column: "gov", raw: "50502" },
    };
    expect(econMappingRule.message(f, messageLabels())).toEqual({
      "zh-CN":
        "【gpbBasic】30217/50502 行「gov」列（50502）：部门经济分类 30217 对应政府经济分类 50502 只适用于事业单位，而披露未说明各单位类型，无法核实。",
      en: '[gpbBasic] row 30217/50502, column "gov" (50502): pairing 30217 with 50502 is allowed only for 事业单位, and the disclosure does not say each unit\'s kind: not checked.',
    });
  });
});
