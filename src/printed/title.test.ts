import { describe, expect, it } from "vitest";
import { final2024 } from "../final/template";
import { henan2024, nationalMinimum, shanghai, type Template } from "../templates";
import { normalizeTableTitle, rankTableKinds, recogniseTableKind, titleKey } from "./title";

describe("normalizeTableTitle", () => {
  it("strips the year, the table number, whitespace and quotes, and keeps province wording (template data)", () => {
    expect(normalizeTableTitle("2025年预算单位财务收支预算总表")).toBe("预算单位财务收支预算总表");
    expect(normalizeTableTitle("2024 年 部门支出预算表")).toBe("部门支出预算表");
    expect(normalizeTableTitle("预算05表 2024年一般公共预算支出预算表")).toBe(
      "一般公共预算支出预算表",
    );
    expect(normalizeTableTitle("2024年度一般公共预算“三公”经费预算表")).toBe(
      "一般公共预算三公经费预算表",
    );
    expect(normalizeTableTitle("行政（事业）单位机构运转经费预算表")).toBe(
      "行政(事业)单位机构运转经费预算表",
    );
  });
});

describe("recogniseTableKind", () => {
  it("recognises each Henan title exactly, after the year prefix", () => {
    const cases: [string, string][] = [
      ["2024年部门收支预算表", "summary"],
      ["2024年部门收入预算表", "income"],
      ["2024年部门支出预算表", "expenditure"],
      ["2024年财政拨款收支预算表", "fiscalSummary"],
      ["2024年一般公共预算支出预算表", "gpbExpenditure"],
      ["2024年一般公共预算基本支出预算表", "gpbBasic"],
      ["2024年支出经济分类汇总表", "economicSummary"],
      ["2024年一般公共预算“三公”经费预算表", "sanGong"],
      ["2024年政府性基金支出预算表", "govFundExpenditure"],
      ["2024年国有资本经营支出预算表", "soeExpenditure"],
      ["行政（事业）单位机构运转经费预算表", "operatingCost"],
      ["2024年项目支出预算表", "projects"],
      ["部门（单位）整体绩效目标表", "departmentTargets"],
      ["本级部门预算项目绩效目标汇总表", "projectTargets"],
    ];
    for (const [title, id] of cases) {
      const found = recogniseTableKind(title, henan2024);
      expect(found?.kind.id, title).toBe(id);
      expect(found?.score, title).toBe(1);
    }
  });

  it("knows the title variants of the 收支总表", () => {
    for (const title of ["部门收支预算表", "2023年财务收支预算总表", "2024年部门收支总表"]) {
      expect(recogniseTableKind(title, henan2024)?.kind.id, title).toBe("summary");
    }
    expect(recogniseTableKind("2025年预算单位财务收支预算总表", shanghai)?.kind.id).toBe("summary");
  });

  it("falls back to containment with a score below ½", () => {
    // "部门支出预算表(汇总)" has 11 characters and contains "部门支出预算表" (7).
    const found = recogniseTableKind("2024年部门支出预算表（汇总）", henan2024);
    expect(found?.kind.id).toBe("expenditure");
    expect(found?.score).toBeCloseTo(7 / 11 / 2, 10);
  });

  it("reads a title printed after a unit's name, with or without a year, scoring the longer variant higher", () => {
    const sh = recogniseTableKind("上海市财政局2025年预算单位财政拨款收支预算总表", shanghai);
    expect([sh?.kind.id, sh?.score]).toEqual(["fiscalSummary", 1]);
    // No year: the title ends with 财政拨款收支预算表 (9 characters of 14).
    const henan = recogniseTableKind("涧西区委办财政拨款收支预算表", henan2024);
    expect(henan?.kind.id).toBe("fiscalSummary");
    expect(henan?.score).toBeCloseTo(0.5 + 9 / 14 / 2, 10);
  });

  it("recognises the Shanghai 三公 table printed with or without 单位 and a year", () => {
    expect(recogniseTableKind("单位“三公”经费和机关运行经费预算表", shanghai)?.kind.id).toBe(
      "sanGongAndOperating",
    );
    expect(recogniseTableKind("2025年单位“三公”经费和机关运行经费预算表", shanghai)?.score).toBe(1);
  });

  it("returns undefined for an unknown or empty title", () => {
    expect(recogniseTableKind("人员名单", henan2024)).toBeUndefined();
    expect(recogniseTableKind("2024年", henan2024)).toBeUndefined();
    expect(recogniseTableKind("", henan2024)).toBeUndefined();
  });
});

describe("titles in other printers' wordings", () => {
  it("reads …情况表, …预算表 and 财政拨款 after a fund's budget as the table they name", () => {
    // Beijing (财政拨款), Zhejiang and Sichuan (…预算表), Hunan and Hubei (…情况表).
    const cases: [string, Template, string][] = [
      ["一般公共预算财政拨款支出表", nationalMinimum, "gpbExpenditure"],
      ["2024年一般公共预算财政拨款基本支出表", nationalMinimum, "gpbBasic"],
      ["政府性基金预算财政拨款支出表", nationalMinimum, "govFundExpenditure"],
      ["国有资本经营预算财政拨款支出表", nationalMinimum, "soeExpenditure"],
      ["一般公共预算“三公”经费财政拨款支出表", nationalMinimum, "sanGong"],
      ["一般公共预算“三公”经费财政拨款支出表", henan2024, "sanGong"],
      ["一般公共预算“三公”经费支出预算表", nationalMinimum, "sanGong"],
      ["政府性基金预算支出预算表", nationalMinimum, "govFundExpenditure"],
      ["国有资本经营预算支出预算表", nationalMinimum, "soeExpenditure"],
      ["部门收支总体情况表", nationalMinimum, "summary"],
      ["部门收入总体情况表", nationalMinimum, "income"],
      ["部门支出总体情况表", nationalMinimum, "expenditure"],
      ["财政拨款收支总体情况表", nationalMinimum, "fiscalSummary"],
      ["一般公共预算支出情况表", nationalMinimum, "gpbExpenditure"],
      ["一般公共预算基本支出情况表", henan2024, "gpbBasic"],
      ["一般公共预算“三公”经费支出情况表", henan2024, "sanGong"],
      ["XX区体育局2024年一般公共预算基本支出情况表", nationalMinimum, "gpbBasic"],
    ];
    for (const [title, template, id] of cases) {
      const [best, second] = rankTableKinds(title, template);
      expect(best?.kind.id, title).toBe(id);
      expect(best?.score ?? 0, title).toBeGreaterThan(0.5);
      expect(second?.score ?? 0, title).toBeLessThan(best?.score ?? 0);
    }
  });

  it("leaves 财政拨款 where it names the table (财政拨款收支总表 is not a 收支总表)", () => {
    expect(recogniseTableKind("财政拨款收支总体情况表", henan2024)?.kind.id).toBe("fiscalSummary");
    expect(titleKey("财政拨款收支总表")).toMatch(/^财政拨款收支/u);
    expect(recogniseTableKind("部门收支总体情况表", henan2024)?.kind.id).toBe("summary");
  });

  it("reads 收入支出 spelled out as 收支 and 收支 for 收入支出 (收入支出预算总表, 收支决算总表)", () => {
    const cases: [string, Template, string][] = [
      ["2025年收入支出预算总表", nationalMinimum, "summary"],
      ["某局2025年部门收入支出预算总表", nationalMinimum, "summary"],
      ["部门收入支出总体情况表", henan2024, "summary"],
      ["收入支出预算总表", henan2024, "summary"],
      ["财政拨款收入支出预算总表", nationalMinimum, "fiscalSummary"],
      ["2025年财政拨款收入支出预算表", henan2024, "fiscalSummary"],
      ["2024年度收支决算总表", final2024, "summary"],
      ["财政拨款收支决算总表", final2024, "fiscalSummary"],
    ];
    for (const [title, template, id] of cases) {
      const [best, second] = rankTableKinds(title, template);
      expect(best?.kind.id, title).toBe(id);
      expect(best?.score ?? 0, title).toBeGreaterThan(0.5);
      expect(second?.score ?? 0, title).toBeLessThan(best?.score ?? 0);
    }
    // 收入 and 支出 tables stay their own.
    expect(recogniseTableKind("部门收入预算总表", nationalMinimum)?.kind.id).toBe("income");
    expect(recogniseTableKind("部门支出预算总表", nationalMinimum)?.kind.id).toBe("expenditure");
  });

  it("reads 整体支出绩效 / 项目支出绩效 as 整体绩效 / 项目绩效 (other printers' target tables)", () => {
    const cases: readonly (readonly [string, Template, string])[] = [
      ["2024年部门整体支出绩效目标表", henan2024, "departmentTargets"],
      ["XX区民政局2024年部门整体支出绩效目标表", henan2024, "departmentTargets"],
      ["单位整体支出绩效目标表", henan2024, "departmentTargets"],
      ["部门（单位）整体支出绩效目标表", henan2024, "departmentTargets"],
      ["项目支出绩效目标汇总表", henan2024, "projectTargets"],
      ["2024年重点项目绩效目标表", henan2024, "projectTargets"],
      ["市级部门预算项目绩效目标表", henan2024, "projectTargets"],
      ["2025年财政项目绩效目标申报表", shanghai, "projectForm"],
    ];
    for (const [title, template, id] of cases) {
      const [best, second] = rankTableKinds(title, template);
      expect([title, best?.kind.id]).toEqual([title, id]);
      expect(best?.score ?? 0, title).toBeGreaterThan(0.5);
      expect(second?.score ?? 0, title).toBeLessThan(best?.score ?? 0);
    }
  });

  it("reads …明细表 and the classification stated after the name (Sichuan's 部门综合预算 titles)", () => {
    const cases: readonly (readonly [string, Template, string])[] = [
      ["部门综合预算一般公共预算支出明细表（按功能科目）", nationalMinimum, "gpbExpenditure"],
      ["部门综合预算一般公共预算基本支出明细表（按经济科目）", nationalMinimum, "gpbBasic"],
      ["一般公共预算基本支出表（按经济分类）", henan2024, "gpbBasic"],
      ["一般公共预算基本支出表(按部门预算经济分类)", nationalMinimum, "gpbBasic"],
      ["一般公共预算支出表【按支出功能分类】", henan2024, "gpbExpenditure"],
      ["部门收入预算表", nationalMinimum, "income"],
      ["单位支出预算表", nationalMinimum, "expenditure"],
    ];
    for (const [title, template, id] of cases) {
      const [best, second] = rankTableKinds(title, template);
      expect([title, best?.kind.id]).toEqual([title, id]);
      expect(best?.score ?? 0, title).toBeGreaterThan(0.5);
      expect(second?.score ?? 0, title).toBeLessThan(best?.score ?? 0);
    }
  });

  it("names no kind of other rows for a title stating its classification: spending by economic 科目 is no table by function", () => {
    // Each was read as the table by function it otherwise names (its economic codes as units).
    for (const template of [nationalMinimum, henan2024])
      for (const title of [
        "一般公共预算财政拨款支出表（按经济分类）",
        "一般公共预算支出表（按政府经济分类）",
        "部门支出总表（按部门预算经济分类）",
        "2024年部门支出预算表(按经济科目)",
        "一般公共预算支出预算表（按部门预算支出经济分类）",
      ]) {
        const others = rankTableKinds(title, template).filter(
          (r) => !r.kind.rowKinds.includes("economic"),
        );
        expect([title, others]).toEqual([title, []]);
        // Without the stated classification the same title names a table by function.
        const bare = title.replace(/[（(]按[^）)]*[）)]$/u, "");
        expect(rankTableKinds(bare, template)[0]?.kind.rowKinds.includes("economic"), bare).toBe(
          false,
        );
      }
    expect(rankTableKinds("一般公共预算基本支出表（按功能分类）", henan2024)).toEqual([]);
  });

  it("keeps every kind's titles apart in every template: each variant names its own kind alone", () => {
    for (const template of [henan2024, shanghai, nationalMinimum, final2024]) {
      const owner = new Map<string, string>();
      for (const kind of template.tables)
        for (const variant of kind.titles) {
          const key = titleKey(normalizeTableTitle(variant));
          expect(owner.get(key) ?? kind.id, `${template.id}: ${variant}`).toBe(kind.id);
          owner.set(key, kind.id);
          const [best, second] = rankTableKinds(variant, template);
          expect([best?.kind.id, best?.score], `${template.id}: ${variant}`).toEqual([kind.id, 1]);
          expect(second?.score ?? 0, `${template.id}: ${variant}`).toBeLessThan(1);
        }
    }
  });
});

describe("a fund, a part of the spending or a measure printed before a table's name or in a bracket after it", () => {
  it("names another, narrower table: no kind, or the kind of that table", () => {
    const none: [string, Template][] = [
      ["政府性基金预算项目支出表", henan2024],
      ["财政拨款项目支出表", nationalMinimum],
      ["政府性基金预算“三公”经费支出表", henan2024],
      ["基本支出预算表", henan2024],
      ["一般公共预算财政拨款项目支出决算表", final2024],
      ["项目支出决算表", final2024],
      ["基本支出决算表", final2024],
      ["机关运行经费支出决算表", final2024],
      ["XX区体育局2024年政府采购支出决算表", final2024],
      ["部门支出预算表（政府性基金）", henan2024],
      ["一般公共预算支出表（基本支出）", nationalMinimum],
      ["支出决算表（项目支出）", final2024],
      ["部门支出总表（财政拨款）", nationalMinimum],
      // Funds as their short stems, any …拨款, other parts of the spending, 全口径.
      ["政府性基金支出决算表", final2024],
      ["社会保险基金支出决算表", final2024],
      ["经费拨款支出决算表", final2024],
      ["政府性基金收入预算总表", henan2024],
      ["国有资本经营支出预算总表", shanghai],
      ["经营支出决算表", final2024],
      ["上年结转支出决算表", final2024],
      ["转移支付支出决算表", final2024],
      ["全口径“三公”经费支出决算表", final2024],
      ["部门全口径“三公”经费预算表", henan2024],
    ];
    for (const [title, template] of none)
      expect(
        rankTableKinds(title, template).map((r) => r.kind.id),
        title,
      ).toEqual([]);
  });

  it("still reads a unit's or a region's name before it, even one holding such a word", () => {
    const cases: [string, Template, string][] = [
      ["涧西区委办项目支出表", henan2024, "projects"],
      ["某区建设项目管理中心支出决算表", final2024, "expenditure"],
      ["某区财政局收入决算表", final2024, "income"],
      ["某区基本建设办公室2024年一般公共预算基本支出表", nationalMinimum, "gpbBasic"],
    ];
    for (const [title, template, id] of cases) {
      const [best] = rankTableKinds(title, template);
      expect(best?.kind.id, title).toBe(id);
      expect(best?.score ?? 0, title).toBeGreaterThan(0.5);
    }
  });

  it("reads the fund or part a kind's own title names, printed in a bracket after the name", () => {
    const cases: [string, Template, string][] = [
      ["项目支出表（一般公共预算）", henan2024, "projects"],
      ["项目支出预算表（一般公共预算财政拨款）", nationalMinimum, "projects"],
      ["“三公”经费支出表（财政拨款）", henan2024, "sanGong"],
      ["“三公”经费支出决算表（财政拨款）", final2024, "sanGong"],
      ["“三公”经费和机关运行经费预算表（一般公共预算财政拨款）", shanghai, "sanGongAndOperating"],
      ["一般公共预算拨款支出决算表", final2024, "gpbExpenditure"],
    ];
    for (const [title, template, id] of cases) {
      const [best] = rankTableKinds(title, template);
      expect([best?.kind.id, best?.score], title).toEqual([id, 1]);
    }
    // A bracket listing the parts describes the whole table.
    for (const [title, template] of [
      ["一般公共预算基本支出表（人员经费和公用经费）", nationalMinimum],
      ["一般公共预算财政拨款基本支出决算表（人员经费和公用经费）", final2024],
    ] as const)
      expect(recogniseTableKind(title, template)?.kind.id, title).toBe("gpbBasic");
  });

  it("keeps a variant's 收入 its own subject: a bare 决算表 is still either table", () => {
    // Tied at the top with the 收支 summary (`收入支出决算表` is the …总表 too): ambiguous.
    const ranked = rankTableKinds("决算表", final2024);
    const top = ranked.filter((r) => r.score === ranked[0]?.score).map((r) => r.kind.id);
    expect(top).toEqual(expect.arrayContaining(["income", "expenditure"]));
    expect(top.length).toBeGreaterThan(1);
  });

  it("reads the 决算 titles of the central departments' and other provinces' forms", () => {
    const cases: [string, string][] = [
      ["一般公共预算财政拨款“三公”经费支出决算表", "sanGong"],
      ["“三公”经费支出决算表", "sanGong"],
      ["一般公共预算“三公”经费支出决算表", "sanGong"],
      ["国有资本经营预算财政拨款支出决算表", "soe"],
      ["政府性基金预算财政拨款支出决算表", "govFund"],
    ];
    for (const [title, id] of cases) {
      const [best, second] = rankTableKinds(title, final2024);
      expect(best?.kind.id, title).toBe(id);
      expect(best?.score, title).toBe(1);
      expect(second?.score ?? 0, title).toBeLessThan(0.5);
    }
  });
});

describe("titles with their year, number or heading placed otherwise", () => {
  const kindOf = (t: string) => recogniseTableKind(t, henan2024)?.kind.id;

  it.each([
    ["部门支出预算表（2024年）", "expenditure"],
    ["部门收支预算表(2024年度)", "summary"],
    ["一般公共预算“三公”经费预算表（2024年）", "sanGong"],
    ["行政（事业）单位机构运转经费预算表 （2025年度）", "operatingCost"],
  ])("a year in brackets after the title: %s", (title, kind) => {
    expect(kindOf(title)).toBe(kind);
  });

  it.each([
    ["表一 一般公共预算支出预算表", "gpbExpenditure"],
    ["附表一 一般公共预算基本支出预算表", "gpbBasic"],
    ["表三一般公共预算“三公”经费预算表", "sanGong"],
    ["2024年部门预算公开表一般公共预算“三公”经费预算表", "sanGong"],
    ["2024年部门预算公开表 一般公共预算基本支出预算表", "gpbBasic"],
    ["附表三三公经费预算表", "sanGong"],
    ["表三 “三公”经费支出预算表", "sanGong"],
  ])("a table number in numerals before 一般公共预算: %s", (title, kind) => {
    expect(kindOf(title)).toBe(kind);
  });

  it("leaves the 三 of 三公 to the title after a table number in numerals", () => {
    expect(normalizeTableTitle("附表三三公经费预算表")).toBe(normalizeTableTitle("三公经费预算表"));
  });

  it("still strips a table number in numerals (`表一`, `附表十二`)", () => {
    expect(normalizeTableTitle("表一 部门收支预算表")).toBe(normalizeTableTitle("部门收支预算表"));
    expect(normalizeTableTitle("附表十二：项目支出预算表")).toBe(
      normalizeTableTitle("：项目支出预算表"),
    );
    expect(kindOf("附表十二：项目支出预算表")).toBe("projects");
  });

  it("keeps a title that is only a year's leftovers from matching anything", () => {
    expect(kindOf("（2024年）")).toBeUndefined();
  });
});

describe("normalizeTableTitle: continuation marks, one vocabulary with the disclosure's", () => {
  it.each([
    ["续表1", ""],
    ["（续表二）", ""],
    ["接上表", ""],
    ["部门支出预算表续表1", "部门支出预算表"],
    ["部门支出预算表【续】", "部门支出预算表"],
    ["2024年部门支出预算表(续表)", "部门支出预算表"],
    ["续表一般公共预算支出预算表", "一般公共预算支出预算表"],
    // A year right after the mark, or after its number, is the title's, not the mark's number.
    ["续表2024年一般公共预算支出预算表", "一般公共预算支出预算表"],
    ["续表 2024年一般公共预算支出预算表", "一般公共预算支出预算表"],
    ["续表1 2024年一般公共预算支出预算表", "一般公共预算支出预算表"],
    ["续表１　２０２４年部门支出预算表", "部门支出预算表"],
    ["附表1 2024年部门收支预算总表", "部门收支预算总表"],
    ["（续表2）2024年部门支出预算表", "部门支出预算表"],
  ])("%s", (title, expected) => {
    expect(normalizeTableTitle(title)).toBe(expected);
  });
});

describe("a 三公 table titled `“三公”经费预算表` after another word", () => {
  it.each([
    "2024年部门“三公”经费预算表",
    "某县财政局2024年“三公”经费预算表",
    "财政拨款“三公”经费预算表",
    "单位“三公”经费预算表 公开07表",
  ])("%s: the 三公 table, under the Henan and the national templates", (title) => {
    expect(recogniseTableKind(title, henan2024)?.kind.id).toBe("sanGong");
    expect(recogniseTableKind(title, nationalMinimum)?.kind.id).toBe("sanGong");
  });

  it("no other table takes it: 机关运行经费 and the Shanghai pair stay their own", () => {
    expect(recogniseTableKind("“三公”经费和机关运行经费预算表", shanghai)?.kind.id).toBe(
      "sanGongAndOperating",
    );
    expect(recogniseTableKind("机构运转经费预算表", henan2024)?.kind.id).toBe("operatingCost");
  });
});
