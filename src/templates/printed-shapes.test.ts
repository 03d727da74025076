import { describe, expect, it } from "vitest";
import { nationalMinimum } from "./national";
import { shanghai } from "./shanghai";
import { kindForTitle, kindOf, lineMeaning, meaning } from "./test-support";
import type { ColumnSpec, TableKind } from "./types";

/** The column a printed header path lands on (exact match), or undefined. */
function columnFor(kind: TableKind, header: string): ColumnSpec | undefined {
  const hits = kind.columns.filter((c) => c.headers.includes(header));
  return hits.length === 1 ? hits[0] : undefined;
}

describe("shanghai", () => {
  it("has the 9 tables of the Shanghai fixtures, in their order, then the project form, the table of projects' targets and the tables read where printed", () => {
    expect(shanghai.tables.map((t) => t.id)).toEqual([
      "summary",
      "income",
      "expenditure",
      "fiscalSummary",
      "gpbExpenditure",
      "govFundExpenditure",
      "soeExpenditure",
      "gpbBasic",
      "sanGongAndOperating",
      "projectForm",
      "projectTargets",
      "procurement",
      "agencyOperating",
      "assets",
    ]);
  });

  it("prints tables 1–8 in 元, the 三公 table, the targets and the tables read where printed in 万元", () => {
    expect(shanghai.tables.map((t) => t.defaultUnit)).toEqual([
      "元",
      "元",
      "元",
      "元",
      "元",
      "元",
      "元",
      "元",
      "万元",
      "万元",
      "万元",
      "万元",
      "万元",
      "万元",
    ]);
  });

  it("recognises every title printed in the fixtures (year removed)", () => {
    const printed: Record<string, string> = {
      预算单位财务收支预算总表: "summary",
      预算单位收入预算总表: "income",
      预算单位支出预算总表: "expenditure",
      预算单位财政拨款收支预算总表: "fiscalSummary",
      预算单位一般公共预算支出功能分类预算表: "gpbExpenditure",
      预算单位政府性基金预算支出功能分类预算表: "govFundExpenditure",
      预算单位国有资本经营预算支出功能分类预算表: "soeExpenditure",
      预算单位一般公共预算基本支出部门预算经济分类预算表: "gpbBasic",
      "单位“三公”经费和机关运行经费预算表": "sanGongAndOperating",
    };
    for (const [title, id] of Object.entries(printed))
      expect(kindForTitle(shanghai, title)).toBe(id);
  });

  // Header paths read off municipal-finance-bureau-2025.txt, printed levels joined by "/", with
  // the fact each amount column states (concept|coords, coords in canonical order).
  const printedHeaders: Record<string, readonly (readonly [string, string, string?])[]> = {
    summary: [
      ["本年收入/项目", "income.name"],
      ["本年收入/预算数", "income.amount", "line"],
      ["本年支出/项目", "spending.name"],
      ["本年支出/预算数/合计", "spending.amount", "spending"],
      [
        "本年支出/预算数/基本支出/人员经费",
        "spending.basic.personnel",
        "spending|nature=basic.personnel",
      ],
      [
        "本年支出/预算数/基本支出/公用经费",
        "spending.basic.public",
        "spending|nature=basic.public",
      ],
      ["本年支出/预算数/项目支出", "spending.project", "spending|nature=project"],
    ],
    income: [
      ["项目/功能分类科目编码/类", "code.class"],
      ["项目/功能分类科目编码/款", "code.section"],
      ["项目/功能分类科目编码/项", "code.item"],
      ["项目/功能分类科目名称", "name"],
      ["收入预算/合计", "revenue", "revenue"],
      ["收入预算/财政拨款收入", "government", "revenue|fund=government"],
      ["收入预算/事业收入", "business", "revenue|fund=business"],
      ["收入预算/事业单位经营收入", "operating", "revenue|fund=operating"],
      ["收入预算/其他收入", "other", "revenue|fund=other"],
    ],
    expenditure: [
      ["项目/功能分类科目编码/类", "code.class"],
      ["项目/功能分类科目名称", "name"],
      ["支出预算/合计", "total", "spending"],
      ["支出预算/基本支出", "basic", "spending|nature=basic"],
      ["支出预算/项目支出", "project", "spending|nature=project"],
    ],
    fiscalSummary: [
      ["财政拨款收入/项目", "income.name"],
      ["财政拨款收入/预算数", "income.amount", "line"],
      ["财政拨款支出/项目", "spending.name"],
      ["财政拨款支出/合计", "spending.total", "spending|fund=government"],
      ["财政拨款支出/一般公共预算", "spending.gpb", "spending|fund=gpb"],
      ["财政拨款支出/政府性基金预算", "spending.govFund", "spending|fund=govFund"],
      ["财政拨款支出/国有资本经营预算", "spending.soe", "spending|fund=soe"],
    ],
    gpbExpenditure: [
      ["一般公共预算支出/合计", "total", "spending|fund=gpb"],
      ["一般公共预算支出/基本支出", "basic", "spending|fund=gpb|nature=basic"],
      ["一般公共预算支出/项目支出", "project", "spending|fund=gpb|nature=project"],
    ],
    govFundExpenditure: [
      ["政府性基金预算支出/合计", "total", "spending|fund=govFund"],
      ["政府性基金预算支出/基本支出", "basic", "spending|fund=govFund|nature=basic"],
      ["政府性基金预算支出/项目支出", "project", "spending|fund=govFund|nature=project"],
    ],
    soeExpenditure: [
      ["国有资本经营预算支出/合计", "total", "spending|fund=soe"],
      ["国有资本经营预算支出/基本支出", "basic", "spending|fund=soe|nature=basic"],
      ["国有资本经营预算支出/项目支出", "project", "spending|fund=soe|nature=project"],
    ],
    gpbBasic: [
      ["项目/经济分类科目编码/类", "econ.class"],
      ["项目/经济分类科目编码/款", "econ.section"],
      ["项目/部门经济分类科目名称", "econ.name"],
      ["一般公共预算基本支出/合计", "total", "spending|fund=gpb|nature=basic"],
      ["一般公共预算基本支出/人员经费", "personnel", "spending|fund=gpb|nature=basic.personnel"],
      ["一般公共预算基本支出/公用经费", "public", "spending|fund=gpb|nature=basic.public"],
    ],
    sanGongAndOperating: [
      ["“三公”经费预算数/合计", "total", "sanGong"],
      ["“三公”经费预算数/因公出国(境)费", "abroad", "sanGong|item=abroad"],
      ["“三公”经费预算数/公务接待费", "reception", "sanGong|item=reception"],
      ["“三公”经费预算数/公务用车购置及运行费/小计", "vehicles", "sanGong|item=vehicles"],
      [
        "“三公”经费预算数/公务用车购置及运行费/购置费",
        "vehicles.purchase",
        "sanGong|item=vehicles.purchase",
      ],
      [
        "“三公”经费预算数/公务用车购置及运行费/运行费",
        "vehicles.operation",
        "sanGong|item=vehicles.operation",
      ],
      ["机关运行经费预算数", "operatingCost", "operatingCost"],
    ],
  };

  for (const [id, headers] of Object.entries(printedHeaders)) {
    it(`${id}: every printed header lands on one column stating the right fact`, () => {
      const kind = kindOf(shanghai, id);
      for (const [header, key, fact] of headers) {
        const col = columnFor(kind, header);
        expect(col?.key, header).toBe(key);
        if (fact !== undefined && col !== undefined) expect(meaning(kind, col), header).toBe(fact);
      }
    });
  }

  it("the 基本支出 table's rows are departmental economic 类 and 款 in two code columns (or whole in one)", () => {
    const codes = kindOf(shanghai, "gpbBasic").columns.filter((c) => c.role === "code");
    expect(codes.map((c) => [c.system, c.segment])).toEqual([
      ["departmental", undefined],
      ["departmental", 0],
      ["departmental", 1],
    ]);
    expect(kindOf(shanghai, "gpbBasic").rowKinds).toEqual(["total", "economic", "line"]);
  });

  it("the 收入预算总表 is by functional code, not by unit", () => {
    const kind = kindOf(shanghai, "income");
    expect(kind.rowKinds).toEqual(["total", "functional"]);
    expect(kind.columns.some((c) => c.role === "org")).toBe(false);
  });

  it("the two-sided tables' printed line labels (ordinals removed) resolve to facts", () => {
    const summaryLines: Record<string, string> = {
      财政拨款收入: "revenue|fund=government",
      一般公共预算资金: "revenue|fund=gpb",
      政府性基金: "revenue|fund=govFund",
      国有资本经营预算: "revenue|fund=soe",
      事业收入: "revenue|fund=business",
      事业单位经营收入: "revenue|fund=operating",
      其他收入: "revenue|fund=other",
      收入总计: "revenue.total",
      支出总计: "spending.total",
    };
    const fiscalLines: Record<string, string> = {
      一般公共预算资金: "revenue|fund=gpb",
      政府性基金: "revenue|fund=govFund",
      国有资本经营预算: "revenue|fund=soe",
      收入总计: "revenue.total|fund=government",
      支出总计: "spending.total",
    };
    for (const [id, labels] of [
      ["summary", summaryLines],
      ["fiscalSummary", fiscalLines],
    ] as const) {
      const kind = kindOf(shanghai, id);
      for (const [label, fact] of Object.entries(labels)) {
        const line = kind.lines?.find((l) => l.labels.includes(label));
        expect(line && lineMeaning(kind, line), `${id} ${label}`).toBe(fact);
      }
    }
  });
});

describe("nationalMinimum", () => {
  it("has the 9 tables of 财预〔2016〕143号 (+ 国有资本经营), then the 项目支出表, 绩效目标 and the tables read where printed, in 万元", () => {
    const byTitle: Record<string, string> = {
      部门收支总表: "summary",
      部门收入总表: "income",
      部门支出总表: "expenditure",
      财政拨款收支总表: "fiscalSummary",
      一般公共预算支出表: "gpbExpenditure",
      一般公共预算基本支出表: "gpbBasic",
      "一般公共预算“三公”经费支出表": "sanGong",
      政府性基金预算支出表: "govFundExpenditure",
      国有资本经营预算支出表: "soeExpenditure",
      项目支出表: "projects",
      部门整体绩效目标表: "departmentTargets",
      项目支出绩效目标表: "projectTargets",
      政府采购预算表: "procurement",
      机关运行经费预算表: "agencyOperating",
      "“三公”经费、会议费、培训费预算表": "sanGongMeetings",
      国有资产占用情况表: "assets",
    };
    expect(nationalMinimum.tables.map((t) => t.id)).toEqual(Object.values(byTitle));
    for (const [title, id] of Object.entries(byTitle))
      expect(kindForTitle(nationalMinimum, title)).toBe(id);
    expect(new Set(nationalMinimum.tables.map((t) => t.defaultUnit))).toEqual(new Set(["万元"]));
  });

  it("一般公共预算支出表 goes down to functional 项, the 基本支出表 to economic 款", () => {
    const segments = (id: string, system: string) =>
      kindOf(nationalMinimum, id)
        .columns.filter((c) => c.role === "code" && c.system === system)
        .map((c) => c.segment);
    expect(segments("gpbExpenditure", "functional")).toEqual([undefined, 0, 1, 2]);
    expect(segments("gpbBasic", "departmental")).toEqual([undefined, 0, 1]);
  });
});
