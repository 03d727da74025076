import { describe, expect, it } from "vitest";
import { henan2024, nationalMinimum, shanghai, type TableKind } from "../templates";
import { amount } from "../templates/build";
import { matchHeaders } from "./headers";
import { formatReadProblem } from "./messages";
import { isChangeLabel, markedLevels, titleYear } from "./periods";
import { readPrintedTable } from "./read";

/**
 * Columns of two years side by side (`2023年预算数 | 2024年预算数`, `上年预算数 | 本年预算数`):
 * only this year's are read as the table's figures; last year's (or an undecided year's) are kept
 * aside under `extra:` with an `other-period-header` problem, never read as this year's.
 */

function kindOf(template: { tables: readonly TableKind[] }, id: string): TableKind {
  const kind = template.tables.find((t) => t.id === id);
  if (kind === undefined) throw new Error(`no kind ${id}`);
  return kind;
}

const sanGong = kindOf(henan2024, "sanGong");
const ITEMS = [
  "合计",
  "因公出国（境）费",
  "公务用车购置及运行费/小计",
  "公务用车购置及运行费/公务用车购置费",
  "公务用车购置及运行费/公务用车运行费",
  "公务接待费",
];
const KEYS = [
  "total",
  "abroad",
  "vehicles",
  "vehicles.purchase",
  "vehicles.operation",
  "reception",
];
const under = (group: string) => ITEMS.map((h) => `${group}/${h}`);
const keys = (headers: readonly string[], year?: number, kind = sanGong) =>
  matchHeaders(headers, kind, { year }).columns.map((c) => c.key);

describe("two periods side by side in the 三公 table", () => {
  it.each([
    ["2023年预算数", "2024年预算数", 2024],
    ["2023年", "2024年", 2024],
    ["上年预算数", "本年预算数", undefined],
    ["上年度预算数", "本年度预算数", undefined],
    ["上年执行数", "本年预算数", 2024],
    ["上年预算", "2024年预算", 2024],
  ])("reads %s as last year's and %s as this year's (document year %s)", (prior, current, year) => {
    const headers = [...under(prior), ...under(current)];
    const { columns, problems } = matchHeaders(headers, sanGong, { year });
    expect(columns.slice(6).map((c) => c.key)).toEqual(KEYS);
    expect(columns.slice(0, 6).map((c) => c.key)).toEqual(under(prior).map((h) => `extra:${h}`));
    expect(problems.map((p) => [p.code, p.severity, "period" in p ? p.period : ""])).toEqual(
      ITEMS.map(() => ["other-period-header", "info", "prior"]),
    );
  });

  it("reads this year's first whatever the order (2024 printed before 2023)", () => {
    const headers = [...under("2024年预算数"), ...under("2023年预算数")];
    expect(keys(headers, 2024).slice(0, 6)).toEqual(KEYS);
    expect(keys(headers, 2024).slice(6)).toEqual(under("2023年预算数").map((h) => `extra:${h}`));
  });

  it("keeps a later year's columns aside (a 2025 column in a 2024 table), with a warning", () => {
    const { columns, problems } = matchHeaders(
      [...under("2024年预算数"), "2025年预算数/合计"],
      sanGong,
      { year: 2024 },
    );
    expect(columns.map((c) => c.key)).toEqual([...KEYS, "extra:2025年预算数/合计"]);
    expect(problems).toMatchObject([
      { code: "other-period-header", severity: "warning", period: "later" },
    ]);
  });

  it("does not guess this year among several when the document's year is not given", () => {
    const { columns, problems } = matchHeaders(
      [...under("2023年预算数"), ...under("2024年预算数")],
      sanGong,
    );
    expect(columns.every((c) => c.key.startsWith("extra:"))).toBe(true);
    expect(problems.map((p) => ("period" in p ? [p.severity, p.period] : []))).toEqual(
      [...ITEMS, ...ITEMS].map(() => ["warning", "undecided"]),
    );
  });

  it("reads one year printed alone as this year's, the document's year given or not", () => {
    expect(keys(under("2024年预算数"))).toEqual(KEYS);
    expect(keys(under("2024年预算数"), 2024)).toEqual(KEYS);
  });
});

describe("two periods in the 收支总表 (two-sided)", () => {
  const summary = kindOf(henan2024, "summary");
  it.each([
    ["上年预算数", "本年预算数", undefined],
    ["2023年预算数", "2024年预算数", 2024],
    ["上年预算", "本年预算数", 2024],
  ])("reads 收入/%s aside and 收入/%s as the amounts", (prior, current, year) => {
    const headers = ["收入/项目", `收入/${prior}`, `收入/${current}`];
    const spending = ["支出/项目", `支出/${prior}`, `支出/${current}`];
    expect(keys([...headers, ...spending], year, summary)).toEqual([
      "income.name",
      `extra:收入/${prior}`,
      "income.amount",
      "spending.name",
      `extra:支出/${prior}`,
      "spending.amount",
    ]);
  });

  it("reads Shanghai's 本年收入/预算数 as before, and 收入/本年预算数 the same", () => {
    const sh = kindOf(shanghai, "summary");
    expect(keys(["本年收入/项目", "本年收入/预算数"], 2025, sh)).toEqual([
      "income.name",
      "income.amount",
    ]);
    expect(keys(["收入/项目", "收入/本年预算数"], 2025, sh)).toEqual([
      "income.name",
      "income.amount",
    ]);
  });
});

describe("what is not a period mark", () => {
  it("reads 上年结转 (this year's fund source) as the carry-over column, not last year's", () => {
    const income = kindOf(henan2024, "income");
    for (const h of [
      "上年结转结余/合计",
      "上年结转",
      "上年结余",
      "上年度结转结余",
      // the fund carried over named first, or the balance at last year's end
      "上年财政拨款结转",
      "上年财政拨款结转结余",
      "上年度财政拨款结转和结余",
      "上年单位资金结转结余",
      "上年末结转结余",
      "上年末结余",
    ]) {
      const { problems } = matchHeaders(["本年收入/合计", h], income, { year: 2024 });
      expect(
        problems.some((p) => p.code === "other-period-header"),
        h,
      ).toBe(false);
    }
    expect(keys(["本年收入/合计", "上年结转结余/合计"], 2024, income)).toEqual([
      "revenue",
      "carryover",
    ]);
  });

  it("still reads last year's figures as last year's (上年决算数, 上年度执行数, 上年支出)", () => {
    for (const h of ["上年决算数", "上年度执行数", "上年支出", "上年预算数/合计"])
      expect(markedLevels(h).prior, h).toBe(true);
  });

  it("takes the marks off the start of a level only", () => {
    expect(markedLevels("收入/上年预算数").levels).toEqual(["收入", "预算数"]);
    expect(markedLevels("比上年增减").levels).toEqual(["比上年增减"]);
    expect(markedLevels("比上年增减").prior).toBe(false);
    expect(markedLevels("2024年度 预算数").year).toBe(2024);
  });
});

describe("a template with a column for last year's figures", () => {
  const kind: TableKind = {
    ...sanGong,
    columns: [
      amount("reception", ["公务接待费"], { item: "reception" }),
      amount("reception.prior", ["上年/公务接待费"], { item: "reception", period: "prior" }),
    ],
  };
  it("reads last year's header into it, and only last year's", () => {
    expect(keys(["2023年预算数/公务接待费", "2024年预算数/公务接待费"], 2024, kind)).toEqual([
      "reception.prior",
      "reception",
    ]);
    expect(keys(["上年预算数/公务接待费", "本年预算数/公务接待费"], undefined, kind)).toEqual([
      "reception.prior",
      "reception",
    ]);
    expect(keys(["公务接待费"], 2024, kind)).toEqual(["reception"]);
  });
});

describe("readPrintedTable", () => {
  const printed = (title: string) => ({
    title,
    unit: "单位：万元",
    headers: [...under("2023年预算数"), ...under("2024年预算数")],
    rows: [["7.50", "", "4.00", "", "4.00", "3.50", "6.50", "", "4.00", "", "4.00", "2.50"]],
  });

  it("takes the document's year from the title when not given: 2024's figures are read", () => {
    const r = readPrintedTable(printed("2024年一般公共预算“三公”经费预算表"), {
      template: henan2024,
    });
    expect(r.table?.rows[0]?.cells).toMatchObject({ total: "6.50", reception: "2.50" });
    expect(r.table?.rows[0]?.cells["extra:2023年预算数/公务接待费"]).toBe("3.50");
    expect(r.problems.some((p) => p.severity === "warning")).toBe(false);
  });

  it("prefers the year given (2023's figures read in a 2023 document)", () => {
    const r = readPrintedTable(printed("2024年一般公共预算“三公”经费预算表"), {
      template: henan2024,
      year: 2023,
    });
    expect(r.table?.rows[0]?.cells).toMatchObject({ total: "7.50", reception: "3.50" });
  });

  it("reads neither year without one in the title or the options", () => {
    const r = readPrintedTable(printed("一般公共预算“三公”经费预算表"), { template: henan2024 });
    expect(r.table?.rows[0]?.cells.total).toBeUndefined();
    expect(r.table?.rows[0]?.cells.reception).toBeUndefined();
  });

  it("lists the columns of last year's figures and of a change as the table's otherPeriods", () => {
    const read = (headers: string[], year?: number) =>
      readPrintedTable(
        { title: "一般公共预算“三公”经费预算表", headers, rows: [headers.map(() => "1.00")] },
        { template: henan2024, ...(year === undefined ? {} : { year }) },
      ).table?.otherPeriods;
    expect(read(["公务接待费", "上年预算数/公务接待费", "增减额", "增减%"])).toEqual({
      "extra:上年预算数/公务接待费": "prior",
      "extra:增减额": "change",
      "extra:增减%": "change",
    });
    expect(read(["2024年/公务接待费", "2023年/公务接待费", "比上年增减"], 2024)).toEqual({
      "extra:2023年/公务接待费": "prior",
      "extra:比上年增减": "change",
    });
    // none printed; an unknown column (备注) is none of them
    expect(read(["公务接待费", "备注"])).toBeUndefined();
    // a later year's and an undecided one's may be this year's figures: not listed
    expect(read(["2024年/公务接待费", "2025年/公务接待费"], 2024)).toBeUndefined();
    expect(read(["2023年/公务接待费", "2024年/公务接待费"])).toBeUndefined();
  });

  it("finds the title's year after a name, and none in a title without one", () => {
    expect(titleYear("上海市财政局2025年部门收支预算总表")).toBe(2025);
    expect(titleYear("２０２４年度部门支出预算表")).toBe(2024);
    expect(titleYear("部门支出预算表")).toBeUndefined();
  });
});

describe("a change between years (增减额, 比上年增减)", () => {
  it.each(["增减", "增减额", "比上年增减", "增减变化情况/增减率", "较上年增长率（%）"])(
    "never reads %s as this year's figures, printed before them or without them",
    (change) => {
      const before = matchHeaders([...under(change), ...under("2024年预算数")], sanGong, {
        year: 2024,
      });
      expect(before.columns.map((c) => c.key)).toEqual([
        ...under(change).map((h) => `extra:${h}`),
        ...KEYS,
      ]);
      expect(before.problems.map((p) => ("period" in p ? [p.severity, p.period] : []))).toEqual(
        ITEMS.map(() => ["info", "change"]),
      );
      // Last year's and the change only: nothing is this year's.
      const alone = keys([...under("上年预算数"), ...under(change)], 2024);
      expect(alone.every((k) => k.startsWith("extra:"))).toBe(true);
    },
  );

  it("marks no header a template names (no budget column is headed by a change)", () => {
    for (const template of [henan2024, shanghai, nationalMinimum])
      for (const kind of template.tables)
        for (const column of kind.columns)
          for (const header of column.headers) expect(markedLevels(header).change).toBe(false);
  });
});

describe("the other-period-header message", () => {
  const p = (period: "prior" | "later" | "undecided" | "change") =>
    ({
      code: "other-period-header",
      severity: period === "prior" || period === "change" ? "info" : "warning",
      path: { header: 1, text: "上年预算数/合计" },
      key: "extra:上年预算数/合计",
      period,
    }) as const;
  it("says why the cells are kept aside, in both locales", () => {
    expect(formatReadProblem(p("prior"), "en")).toBe(
      `header 2 "上年预算数/合计" states an earlier year's figures, not this year's; its cells are kept as "extra:上年预算数/合计"`,
    );
    expect(formatReadProblem(p("prior"))).toBe(
      "第 2 列表头“上年预算数/合计”是上年（以前年度）的数，不是本年数，单元格保留为“extra:上年预算数/合计”",
    );
    expect(formatReadProblem(p("later"), "en")).toContain("a later year's figures");
    expect(formatReadProblem(p("undecided"))).toContain("所属年度无法确定");
    expect(formatReadProblem(p("change"), "en")).toContain("states a change between years");
    expect(formatReadProblem(p("change"))).toContain("是年度间的增减，不是本年数");
  });
});

describe("the outcome less the budget is a difference, no figure of either", () => {
  it.each(["决算数比预算数增减", "决算比预算增减", "决算数较预算数增减", "比预算增减"])(
    "%s is a change",
    (label) => expect(isChangeLabel(label)).toBe(true),
  );
  it.each(["预算数", "决算数", "全年预算数", "预算执行率"])("%s is not", (label) =>
    expect(isChangeLabel(label)).toBe(false),
  );
});
