import { describe, expect, it } from "vitest";
import { type DisclosureMeta, type Table, tableBuilder } from "../../disclosure";
import { henan2024 } from "../../templates";
import { checkDisclosure } from "../check";
import { henan2024Profile, RULES } from "../profiles";
import { renderFinding } from "../render";
import { findings, one, only, outcome } from "../test-support";
import type { CheckReport } from "../types";

/** The rules this file checks: each check runs these alone. */
const IDS = [
  "rollup",
  "rows.duplicate",
  "amount.negative",
  "table.emptyNote",
  "cell.unreadable",
  "code.misprint",
  "project.code",
  "cell.blank",
] as const;

/**
 * The hygiene rules (rows.duplicate, amount.negative, table.emptyNote, cell.unreadable,
 * project.code) on small hand-built Henan tables.
 */

const META: DisclosureMeta = {
  year: 2024,
  documentKind: "单位",
  template: "henan2024",
  department: { name: "某单位" },
  units: [{ name: "某单位", unitType: "行政" }],
};

const check = (...tables: Table[]): CheckReport =>
  checkDisclosure(
    { meta: META, tables, texts: [] },
    { profile: only(henan2024Profile, ...IDS), template: henan2024 },
  );

const NO_TABLES = check();

describe("rows.duplicate (a row key once per table)", () => {
  const rows = (second: string) =>
    tableBuilder(henan2024, "expenditure")
      .total({ total: "558.07" })
      .functional("2013101", "行政运行", { total: "558.07" })
      .functional("201 31 01", "行政运行", { total: second })
      .build().value;

  it("passes when every row key is distinct", () => {
    const t = tableBuilder(henan2024, "expenditure")
      .functional("2013101", "行政运行", { total: "558.07" })
      .functional("2013102", "一般行政管理事务", { total: "77.00" })
      .build().value;
    const r = check(t);
    expect(outcome(r, "rows.duplicate")).toBe("pass");
    expect(findings(r, "rows.duplicate")).toEqual([]);
  });

  it("reports a second 2013101 row with figures as an error, naming the first (row 2)", () => {
    const r = check(rows("558.07"));
    expect(outcome(r, "rows.duplicate")).toBe("fail");
    const f = one(r, "rows.duplicate");
    expect(f.severity).toBe("error");
    expect(f.path).toEqual({
      table: "expenditure",
      row: "functional:2013101",
      column: "",
      raw: "",
    });
    // the total row is row 1, the first 2013101 row is row 2 (1-based)
    expect(f.params.first).toBe(2);
  });

  it("reports a blank repeated template row at info only", () => {
    const r = check(rows(""));
    expect(outcome(r, "rows.duplicate")).toBe("pass");
    expect(one(r, "rows.duplicate").severity).toBe("info");
  });

  it("does not count repeated indicator rows (continuation lines of a target table)", () => {
    const t = tableBuilder(henan2024, "projectTargets")
      .indicator(1, { "output.name": "培训人次" })
      .indicator(1, { "output.name": "培训天数" })
      .build().value;
    expect(findings(check(t), "rows.duplicate")).toEqual([]);
  });

  it("is not applicable without tables", () => {
    expect(outcome(NO_TABLES, "rows.duplicate")).toBe("not-applicable");
  });
});

describe("amount.negative (budget tables hold no negative amounts)", () => {
  const t = (v: string) =>
    tableBuilder(henan2024, "expenditure").functional("2013101", "行政运行", { total: v }).build()
      .value;

  it("passes on non-negative amounts, zero included", () => {
    expect(outcome(check(t("0.00")), "amount.negative")).toBe("pass");
  });

  it("warns on −5.00, at its cell", () => {
    const r = check(t("-5.00"));
    expect(outcome(r, "amount.negative")).toBe("fail");
    const f = one(r, "amount.negative");
    expect(f.severity).toBe("warning");
    expect(f.path).toEqual({
      table: "expenditure",
      row: "functional:2013101",
      column: "total",
      raw: "-5.00",
    });
  });

  it("reads full-width minus signs too (－5.00)", () => {
    expect(one(check(t("－5.00")), "amount.negative").path?.raw).toBe("－5.00");
  });

  it("is not applicable without amounts", () => {
    expect(outcome(NO_TABLES, "amount.negative")).toBe("not-applicable");
  });
});

describe("table.emptyNote (an empty 政府性基金 / 国有资本经营 table carries a note)", () => {
  it("passes when the empty table carries its note", () => {
    const t = tableBuilder(henan2024, "govFundExpenditure")
      .note("本部门无政府性基金预算拨款安排的支出。")
      .build().value;
    const r = check(t);
    expect(outcome(r, "table.emptyNote")).toBe("pass");
    expect(findings(r, "table.emptyNote")).toEqual([]);
  });

  it("passes when the table has figures", () => {
    const t = tableBuilder(henan2024, "govFundExpenditure").total({ total: "3.00" }).build().value;
    expect(outcome(check(t), "table.emptyNote")).toBe("pass");
  });

  it("warns on an empty table without a note, at the table", () => {
    const r = check(tableBuilder(henan2024, "govFundExpenditure").build().value);
    expect(outcome(r, "table.emptyNote")).toBe("fail");
    const f = one(r, "table.emptyNote");
    expect(f.severity).toBe("warning");
    expect(f.path).toEqual({ table: "govFundExpenditure", row: "", column: "", raw: "" });
    expect(f.params).toEqual({});
    expect(renderFinding(f, RULES, "zh-CN", henan2024)).toBe(
      "【政府性基金支出预算表】为空表，但没有说明。",
    );
    expect(renderFinding(f, RULES, "en", henan2024)).toBe(
      "[Government fund expenditure] is empty but carries no note.",
    );
  });

  it("counts a table of blank rows as empty", () => {
    const t = tableBuilder(henan2024, "soeExpenditure").total({ total: "" }).build().value;
    expect(one(check(t), "table.emptyNote").path?.table).toBe("soeExpenditure");
  });

  it("is not applicable when no table requires a note", () => {
    const t = tableBuilder(henan2024, "expenditure").build().value;
    expect(outcome(check(t), "table.emptyNote")).toBe("not-applicable");
  });
});

describe("cell.unreadable (printed text that is no amount)", () => {
  it("passes on clean tables", () => {
    const t = tableBuilder(henan2024, "expenditure").total({ total: "1.00" }).build().value;
    const r = check(t);
    expect(outcome(r, "cell.unreadable")).toBe("pass");
    expect(findings(r, "cell.unreadable")).toEqual([]);
  });

  it("reports a malformed amount (12.3.4) as an error at its cell, with why", () => {
    const t = tableBuilder(henan2024, "expenditure").total({ total: "12.3.4" }).build().value;
    const r = check(t);
    expect(outcome(r, "cell.unreadable")).toBe("fail");
    const f = one(r, "cell.unreadable");
    expect(f.severity).toBe("error");
    expect(f.params.problem).toBe("multiple-points");
    expect(f.path).toEqual({ table: "expenditure", row: "total", column: "total", raw: "12.3.4" });
    expect(renderFinding(f, RULES, "zh-CN", henan2024)).toBe(
      "【部门支出预算表】合计行「合计」列（12.3.4）：不是有效的金额。",
    );
    expect(renderFinding(f, RULES, "en", henan2024)).toBe(
      '[Expenditure] total row, column "合计" (12.3.4): not a valid amount.',
    );
  });

  it.each([
    ["6.5O", "invalid-character"],
    ["4,00", "bad-grouping"],
  ])("reports %j (%s) as an error", (raw, why) => {
    const t = tableBuilder(henan2024, "expenditure").total({ total: raw }).build().value;
    const f = one(check(t), "cell.unreadable");
    expect([f.severity, f.params.problem, f.path?.raw]).toEqual(["error", why, raw]);
  });

  it("reports no finding for what the library could not place: an unknown table, column, line or category value go to coverage", () => {
    const expenditure = tableBuilder(henan2024, "expenditure")
      .total({ total: "1.00", extra: "1.00" })
      .build().value;
    const summary = tableBuilder(henan2024, "summary")
      .line("nonsense", { "income.amount": "1.00" })
      .build().value;
    const projects = tableBuilder(henan2024, "projects")
      .project("办公楼维修", { type: "未知类", total: "1.00" })
      .build().value;
    const other: Table = {
      kind: "balanceSheet",
      unit: "万元",
      rows: [{ key: { kind: "total" }, cells: { total: "3.00" } }],
    };
    const r = check(expenditure, summary, projects, other);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(findings(r, "cell.unreadable")).toEqual([]);
    const gaps = r.coverage.tables.flatMap((t) => t.gaps.map((g) => [g.code, g.table, g.cells]));
    expect(gaps).toEqual([
      ["unknown-column", "expenditure", 1],
      ["unknown-line", "summary", 1],
      ["unknown-value", "projects", 1],
      ["unknown-table", "balanceSheet", 1],
    ]);
    expect([r.coverage.printed, r.coverage.placed, r.coverage.notUnderstood]).toEqual([6, 2, 4]);
  });

  it("is not applicable without tables", () => {
    expect(outcome(NO_TABLES, "cell.unreadable")).toBe("not-applicable");
  });
});

describe("code.misprint (a code printed without a leading zero)", () => {
  const basic = (code: string) =>
    tableBuilder(henan2024, "gpbBasic")
      .total({ total: "3.00" })
      .row(code, { total: "3.00" }, "津贴补贴")
      .build().value;

  it("reads 301 2 as 30102, keeps the row in the sums, and warns citing the print", () => {
    const r = check(basic("301 2"));
    const f = one(r, "code.misprint");
    expect(f.severity).toBe("warning");
    expect(f.params).toEqual({ printed: "301 2", code: "30102" });
    expect(f.path).toEqual({ table: "gpbBasic", row: "economic:30102", column: "", raw: "301 2" });
    expect(outcome(r, "rollup")).toBe("pass");
    expect(renderFinding(f, RULES, "en", henan2024)).toContain(
      'printed "301 2" without a leading zero; read as 30102',
    );
  });

  it("passes a well-printed code", () => {
    const r = check(basic("301 02"));
    expect(outcome(r, "code.misprint")).toBe("pass");
    expect(findings(r, "code.misprint")).toEqual([]);
  });
});

describe("project.code (21 characters, 8 leading digits, the budget year)", () => {
  const projects = (code: string) =>
    tableBuilder(henan2024, "projects").project("办公楼维修", { total: "10.00" }, code).build()
      .value;

  it("passes 410305 24 0000000012440 in a 2024 disclosure", () => {
    const r = check(projects("410305240000000012440"));
    expect(outcome(r, "project.code")).toBe("pass");
    expect(findings(r, "project.code")).toEqual([]);
  });

  it("notes a code of another year (23) at info", () => {
    const r = check(projects("410305230000000012440"));
    expect(outcome(r, "project.code")).toBe("pass");
    const f = one(r, "project.code");
    expect(f.severity).toBe("info");
    expect(f.params).toMatchObject({ kind: "year", codeYear: "23", year: 2024 });
    expect(f.path).toEqual({
      table: "projects",
      row: "project:办公楼维修",
      column: "code",
      raw: "410305230000000012440",
    });
  });

  it("warns on a code of the wrong shape (10 characters)", () => {
    const r = check(projects("4103052400"));
    expect(outcome(r, "project.code")).toBe("fail");
    const f = one(r, "project.code");
    expect([f.severity, f.params.kind, f.params.code]).toEqual(["warning", "shape", "4103052400"]);
  });

  it("accepts letters after the first 8 characters (other provinces)", () => {
    expect(outcome(check(projects("41030524ABCDEFGHIJKLM")), "project.code")).toBe("pass");
  });

  it("is not applicable to project rows without codes", () => {
    const t = tableBuilder(henan2024, "projects")
      .project("办公楼维修", { total: "10.00" })
      .build().value;
    expect(outcome(check(t), "project.code")).toBe("not-applicable");
  });
});

describe("cell.blank (blank is not zero unless an identity confirms it)", () => {
  it("lists a blank no comparison reaches, at info", () => {
    const t = tableBuilder(henan2024, "expenditure")
      .functional("2013101", "行政运行", { total: "1.00", basic: "" })
      .build().value;
    const r = check(t);
    expect(outcome(r, "cell.blank")).toBe("pass");
    const f = one(r, "cell.blank");
    expect(f.severity).toBe("info");
    expect(f.path).toEqual({
      table: "expenditure",
      row: "functional:2013101",
      column: "basic",
      raw: "",
    });
  });

  it("is silent on a blank an identity confirms (出国 blank in 6.50 = 4.00 + 2.50)", () => {
    const t = tableBuilder(henan2024, "sanGong")
      .single({ total: "6.50", abroad: "", vehicles: "4.00", reception: "2.50" })
      .build().value;
    const r = check(t);
    expect(outcome(r, "cell.blank")).toBe("pass");
    expect(findings(r, "cell.blank")).toEqual([]);
  });

  it("is not applicable without blank cells", () => {
    const t = tableBuilder(henan2024, "expenditure").total({ total: "1.00" }).build().value;
    expect(outcome(check(t), "cell.blank")).toBe("not-applicable");
  });
});

describe("amount.negative where the template allows it", () => {
  it("does not flag a negative in a column the template marks allowNegative", () => {
    const template = {
      ...henan2024,
      tables: henan2024.tables.map((k) =>
        k.id !== "sanGong"
          ? k
          : {
              ...k,
              columns: k.columns.map((c) =>
                c.key === "abroad" ? { ...c, allowNegative: true } : c,
              ),
            },
      ),
    };
    const table: Table = {
      kind: "sanGong",
      unit: "万元",
      rows: [{ key: { kind: "single" }, cells: { abroad: "-1.00", reception: "-2.00" } }],
    };
    const negatives = checkDisclosure(
      { meta: META, tables: [table], texts: [] },
      { profile: only(henan2024Profile, ...IDS), template },
    ).findings.filter((f) => f.ruleId === "amount.negative");
    expect(negatives.map((f) => f.path?.column)).toEqual(["reception"]);
  });
});
