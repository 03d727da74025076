import { describe, expect, it } from "vitest";
import { henan2024, nationalMinimum, shanghai, type TableKind } from "../templates";
import { matchHeaders } from "./headers";

function kindOf(template: { tables: readonly TableKind[] }, id: string): TableKind {
  const kind = template.tables.find((t) => t.id === id);
  if (kind === undefined) throw new Error(`no kind ${id}`);
  return kind;
}

describe("matchHeaders", () => {
  const expenditure = kindOf(henan2024, "expenditure");

  it("matches full header paths and reports how", () => {
    const { columns, problems } = matchHeaders(
      ["科目编码/类", "单位（科目名称）", "基本支出/人员经费/工资福利支出", "项目支出/其他运转类"],
      expenditure,
    );
    expect(columns.map((c) => c.key)).toEqual([
      "code.class",
      "name",
      "basic.salary",
      "project.operating",
    ]);
    expect(columns.map((c) => c.match)).toEqual(["full", "full", "full", "full"]);
    expect(columns.map((c) => c.index)).toEqual([0, 1, 2, 3]);
    expect(problems).toEqual([]);
  });

  it("matches a suffix of a longer printed path", () => {
    const { columns } = matchHeaders(["本年预算/基本支出/人员经费/工资福利支出"], expenditure);
    expect(columns[0]?.key).toBe("basic.salary");
    expect(columns[0]?.match).toBe("suffix");
  });

  it("compares levels after name normalisation and without a leading year", () => {
    const sanGong = kindOf(henan2024, "sanGong");
    const { columns } = matchHeaders(
      ["因公出国(境)费", " 公务用车购置及运行费 / 公务用车运行费 "],
      sanGong,
    );
    expect(columns.map((c) => c.key)).toEqual(["abroad", "vehicles.operation"]);
    const sh = kindOf(shanghai, "sanGongAndOperating");
    const r = matchHeaders(["2024年“三公”经费预算数/合计", "2024年机关运行经费预算数"], sh);
    expect(r.columns.map((c) => c.key)).toEqual(["total", "operatingCost"]);
  });

  it("keeps an unknown header under extra:<header> and reports it with its index", () => {
    const { columns, problems } = matchHeaders(["科目编码/类", "备注"], expenditure);
    expect(columns[1]).toEqual({
      index: 1,
      header: "备注",
      key: "extra:备注",
      column: undefined,
      match: "none",
      side: undefined,
    });
    expect(problems).toEqual([
      {
        code: "unknown-header",
        severity: "warning",
        path: { header: 1, text: "备注" },
        key: "extra:备注",
      },
    ]);
  });

  it("gives a column to one header only: a second one is a duplicate", () => {
    const { columns, problems } = matchHeaders(["合计", "总计"], expenditure);
    expect(columns.map((c) => c.key)).toEqual(["total", "extra:总计"]);
    expect(problems.map((p) => p.code)).toEqual(["duplicate-header"]);
  });

  it("prefers the full match over an earlier suffix match for the same column", () => {
    const { columns } = matchHeaders(
      ["资金来源/小计/合计", "合计"],
      kindOf(henan2024, "operatingCost"),
    );
    expect(columns.map((c) => c.key)).toEqual(["extra:资金来源/小计/合计", "total"]);
  });

  it("lists the columns no header names", () => {
    const sanGong = kindOf(henan2024, "sanGong");
    const { missing } = matchHeaders(["“三公”经费合计", "公务接待费"], sanGong);
    expect(missing.map((c) => c.key)).toEqual([
      "abroad",
      "vehicles",
      "vehicles.purchase",
      "vehicles.operation",
      "reception.domestic",
      "reception.foreign",
    ]);
  });

  it("uses the printed side of a two-sided table to choose between same-named columns", () => {
    const kind: TableKind = {
      id: "twoSided",
      name: { "zh-CN": "收支表", en: "Two-sided" },
      titles: ["收支表"],
      rowKinds: ["line"],
      defaultUnit: "元",
      emptyNote: "optional",
      columns: [
        { key: "in.name", role: "name", side: "income", headers: ["收入/项目", "项目"] },
        { key: "in.amount", role: "amount", side: "income", headers: ["收入/金额", "金额"] },
        { key: "out.name", role: "name", side: "spending", headers: ["支出/项目", "项目"] },
        { key: "out.amount", role: "amount", side: "spending", headers: ["支出/金额", "金额"] },
      ],
      lines: [],
    };
    const { columns } = matchHeaders(
      ["本年支出/项目", "本年支出/金额", "本年收入/项目", "本年收入/金额"],
      kind,
    );
    expect(columns.map((c) => c.key)).toEqual(["out.name", "out.amount", "in.name", "in.amount"]);
    expect(columns.map((c) => c.side)).toEqual(["spending", "spending", "income", "income"]);
  });

  it("reads the Shanghai 收支总表 headers", () => {
    const { columns, problems } = matchHeaders(
      ["本年收入/项目", "本年收入/预算数", "本年支出/项目", "本年支出/预算数/合计"],
      kindOf(shanghai, "summary"),
    );
    expect(columns.map((c) => c.key)).toEqual([
      "income.name",
      "income.amount",
      "spending.name",
      "spending.amount",
    ]);
    expect(problems).toEqual([]);
  });
});

describe("matchHeaders: a bare 合计 beside an 上年结转 column", () => {
  const income = kindOf(henan2024, "income");
  const national = kindOf(nationalMinimum, "income");
  const keyOf = (headers: readonly string[], header: string, kind = income) =>
    matchHeaders(headers, kind).columns[headers.indexOf(header)]?.key;
  const SOURCES = ["一般公共预算拨款收入", "政府性基金预算拨款收入", "事业收入", "其他收入"];

  it("is the row's grand total (上年结转 included), as Jiangsu, Beijing and Guangdong print it", () => {
    // Jiangsu: 合计 = 上年结转结余 + this year's sources.
    const jiangsu = ["单位代码", "单位名称", "合计", "上年结转结余", ...SOURCES];
    expect(keyOf(jiangsu, "合计")).toBe("total");
    expect(keyOf(jiangsu, "合计", national)).toBe("total");
    // Guangdong: 上年结转 printed last; letter-spaced 合  计.
    const guangdong = ["单位名称", "合  计", ...SOURCES, "上年结转"];
    expect(keyOf(guangdong, "合  计")).toBe("total");
    // 上年结转结余 split by fund under its own heading; 收入合计 as the total's wording.
    const split = [
      "单位名称",
      "收入合计",
      ...SOURCES,
      "上年结转结余/合计",
      "上年结转结余/一般公共预算",
    ];
    expect(keyOf(split, "收入合计")).toBe("total");
    expect(keyOf(split, "上年结转结余/合计")).toBe("carryover");
    // Nothing else takes this year's income (本年收入) from it.
    expect(matchHeaders(jiangsu, income).columns.some((c) => c.key === "revenue")).toBe(false);
  });

  it("stays this year's income where no carry-over column is printed beside it", () => {
    expect(keyOf(["单位名称", "合计", ...SOURCES], "合计")).toBe("revenue");
    expect(keyOf(["单位名称", "收入合计", ...SOURCES], "收入合计")).toBe("revenue");
  });

  it("is not a 合计 under a this-year group, nor one marked 本年", () => {
    // Henan 02: 本年收入/合计 beside 上年结转结余/合计 is this year's income; 总计 the grand total.
    const henan = [
      "部门（单位）名称",
      "总计",
      "本年收入/合计",
      "本年收入/事业收入",
      "上年结转结余/合计",
    ];
    expect(keyOf(henan, "本年收入/合计")).toBe("revenue");
    expect(keyOf(henan, "总计")).toBe("total");
    expect(keyOf(["单位名称", "本年合计", ...SOURCES, "上年结转"], "本年合计")).not.toBe("total");
    expect(keyOf(["单位名称", "本年收入合计", "上年结转", ...SOURCES], "本年收入合计")).toBe(
      "revenue",
    );
  });
});

describe("matchHeaders: a column printed under a fund or nature it is not of", () => {
  const keys = (kindId: string, headers: string[]) =>
    matchHeaders(headers, kindOf(henan2024, kindId)).columns.map((c) => c.column?.key ?? "(none)");

  it("is that fund's part of the column, no column of an all-funds table", () => {
    const headers = [
      "合计",
      "一般公共预算/基本支出",
      "一般公共预算拨款/项目支出",
      "政府性基金/合计",
    ];
    expect(keys("expenditure", headers)).toEqual(["total", "(none)", "(none)", "(none)"]);
    expect(
      keys("expenditure", ["合计", "财政专户管理资金/基本支出", "政府性基金/项目支出"]),
    ).toEqual(["total", "(none)", "(none)"]);
  });

  it("is the column in the table of that fund (一般公共预算支出表)", () => {
    const headers = [
      "合计",
      "一般公共预算/基本支出",
      "一般公共预算/项目支出",
      "政府性基金/项目支出",
    ];
    expect(keys("gpbExpenditure", headers)).toEqual(["total", "basic", "project", "(none)"]);
  });

  it("and so is one printed under a spending nature it is not of (项目支出/工资福利支出)", () => {
    expect(
      keys("expenditure", ["合计", "项目支出/工资福利支出", "项目支出/商品和服务支出"]),
    ).toEqual(["total", "(none)", "(none)"]);
    expect(keys("economicSummary", ["合计", "基本支出/合计", "项目支出/合计"])).toEqual([
      "total",
      "(none)",
      "(none)",
    ]);
    // A part of the column's own nature is the column (基本支出/人员经费 is 人员经费).
    expect(keys("expenditure", ["合计", "基本支出/人员经费", "基本支出/工资福利支出"])).toEqual([
      "total",
      "basic.personnel",
      "basic.salary",
    ]);
  });

  it("leaves group levels that name no fund as they were (本年预算/基本支出)", () => {
    expect(
      keys("expenditure", ["本年预算/合计", "本年预算/基本支出", "本年预算/项目支出"]),
    ).toEqual(["total", "basic", "project"]);
  });
});
