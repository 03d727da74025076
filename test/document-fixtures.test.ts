/**
 * Issue 14 on the fixtures as whole documents (their tables, their 情况说明 and the other text
 * sections of the published PDF: cover, table of contents, duties, structure, glossary): the
 * document rules and the new narrative rules find nothing the fixture README does not list, on
 * the fixtures and on every layout of the corpus; each rule catches its problem when one is put
 * into a fixture; and last year's disclosure tells one story with this year's.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import { type Disclosure, type Table, type TextSection, tableBuilder } from "../src/disclosure";
import { HYGIENE, NARRATIVE_RULES, type NarrativeOptions, withNarrative } from "../src/narrative";
import {
  checkDisclosure,
  DOCUMENT_RULES,
  henan2024Profile,
  type Profile,
  renderFinding,
  shanghaiProfile,
  withDocument,
} from "../src/rules";
import { henan2024, shanghai, type Template } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { shanghaiFinance2025Fixture } from "./fixtures/shanghai-finance-2025";
import { shanghaiWelfare2024Fixture } from "./fixtures/shanghai-welfare-2024";
import type { DisclosureFixture } from "./fixtures/types";
import { FIXTURE_VARIANTS } from "./layouts/corpus";
import { fixtureDisclosure } from "./support/disclosures";
import { WHOLE_DOCUMENTS } from "./support/documents";

/** The rules issue 14 adds (the document's, and the narrative's new ones). */
const NEW = new Set([
  ...DOCUMENT_RULES.map((r) => r.id),
  "narrative.consistent",
  "narrative.items",
  "narrative.changeReason",
  "narrative.year",
  "narrative.priorYear",
  "plausibility.zeroTotal",
  ...HYGIENE.map((h) => h.id),
]);

const base = (t: Template): Profile => (t === shanghai ? shanghaiProfile : henan2024Profile);
const check = (d: Disclosure, template: Template, options?: NarrativeOptions) => {
  const profile = withNarrative(withDocument(base(template)), options);
  const report = checkDisclosure(d, { profile, template, catalog: catalog2024 });
  const render = (pred: (id: string) => boolean) =>
    report.findings
      .filter((f) => pred(f.ruleId))
      .map(
        (f) => `${f.severity} ${f.ruleId}: ${renderFinding(f, profile.rules, "zh-CN", template)}`,
      );
  return { report, render };
};
const isNew = (id: string) => NEW.has(id);
/** narrative.change's new kind (持平 with a difference) is issue 14's too. */
const both = (r: ReturnType<typeof check>) =>
  r.report.findings.filter((f) => f.ruleId === "narrative.change" && f.params.kind === "both");

const DOCS = [
  ["Henan 2024", WHOLE_DOCUMENTS.henan(), henan2024],
  ["Shanghai welfare home 2024", WHOLE_DOCUMENTS.welfare(), shanghai],
  ["Shanghai finance bureau 2025", WHOLE_DOCUMENTS.finance(), shanghai],
] as const;

describe("the fixtures as whole documents: nothing new, every new rule having its say", () => {
  it.each(DOCS)(
    "%s: no finding at all from the new rules, and each applicable one passes",
    (_, d, t) => {
      const r = check(d, t);
      expect(r.render(isNew)).toEqual([]);
      expect(both(r)).toEqual([]);
      const outcome = (id: string) => r.report.outcomes.find((o) => o.ruleId === id)?.outcome;
      for (const id of [...DOCUMENT_RULES.map((x) => x.id), "narrative.consistent"])
        expect([id, outcome(id)]).toEqual([id, "pass"]);
    },
  );

  it("the findings above info are exactly the ones the fixture README lists", () => {
    const serious = (d: Disclosure, t: Template) =>
      check(d, t)
        .report.findings.filter((f) => f.severity !== "info")
        .map((f) => f.ruleId);
    expect(serious(WHOLE_DOCUMENTS.henan(), henan2024)).toEqual([]);
    const welfare = serious(WHOLE_DOCUMENTS.welfare(), shanghai);
    expect([...new Set(welfare)].sort()).toEqual(
      [
        "code.known",
        "code.name",
        "code.nameConsistent",
        "narrative.amount",
        "narrative.reason",
      ].sort(),
    );
    // The 1 元 break of the 302 类 in the 基本支出表: one finding on its cell (its 款 rows' 合计
    // and 公用经费 columns derive the same sum).
    expect(serious(WHOLE_DOCUMENTS.finance(), shanghai).sort()).toEqual(
      ["plausibility.vehicleRunning", "rollup", "table.emptyNote", "table.emptyNote"].sort(),
    );
  });

  it("every text part is found where the published document prints it", () => {
    const titles = (d: Disclosure) => d.texts.map((t) => t.title);
    expect(titles(WHOLE_DOCUMENTS.henan())).toEqual([
      "中国共产党洛阳市涧西区委员会办公室概况",
      "情况说明",
      "名词解释",
    ]);
    expect(titles(WHOLE_DOCUMENTS.welfare())).toContain("目  录");
    // the Henan 概况 names its parts in headings: 主要职责, 预算单位构成情况
    const henan = WHOLE_DOCUMENTS.henan();
    const without = { ...henan, texts: henan.texts.filter((t) => t.title !== "名词解释") };
    expect(check(without, henan2024).render((id) => id === "document.required")).toEqual([
      "error document.required: 缺少“名词解释”部分：本模板的部门预算必须公开。",
    ]);
  });
});

/** A fixture's whole document with one thing changed. */
const edit = (d: Disclosure, change: (d: Disclosure) => Disclosure) => change(d);
const retitle = (d: Disclosure, kind: string, title: string): Disclosure => ({
  ...d,
  tables: d.tables.map((t) => (t.kind === kind ? { ...t, title } : t)),
});
const rewrite = (d: Disclosure, section: string, from: string, to: string): Disclosure => {
  const texts = d.texts.map((t) =>
    t.title === section ? { ...t, body: t.body.replace(from, to) } : t,
  );
  expect(texts).not.toEqual(d.texts);
  return { ...d, texts };
};

describe("each document problem put into a fixture is caught, and nothing else new", () => {
  const henan = WHOLE_DOCUMENTS.henan();
  const welfare = WHOLE_DOCUMENTS.welfare();
  const newOnly = (d: Disclosure, t: Template) => check(d, t).render(isNew);

  it("a required table left out (Henan 机构运转经费预算表)", () => {
    const d = edit(henan, (x) => ({
      ...x,
      tables: x.tables.filter((t) => t.kind !== "operatingCost"),
    }));
    expect(newOnly(d, henan2024)).toEqual([
      "error document.required: 缺少【行政（事业）单位机构运转经费预算表】：本模板的部门预算必须公开。",
    ]);
  });

  it("a table the contents list but the document lacks (Shanghai 三公 table)", () => {
    const d = {
      ...welfare,
      tables: welfare.tables.filter((t) => t.kind !== "sanGongAndOperating"),
    };
    expect(newOnly(d, shanghai)).toEqual([
      "error document.required: 缺少【“三公”经费和机关运行经费预算表】：本模板的单位预算必须公开；目录列出了“9.单位“三公”经费和机关运行经费预算表”，正文中却没有。",
    ]);
  });

  it("a table title still carrying last year, and a heading of the narrative", () => {
    const d = rewrite(
      retitle(henan, "expenditure", "2023年部门支出预算表"),
      "情况说明",
      "2024 年中国共产党洛阳市涧西区委员会办公室",
      "2023 年中国共产党洛阳市涧西区委员会办公室",
    );
    expect(newOnly(d, henan2024)).toEqual([
      "error document.year: 【部门支出预算表】的标题“2023年部门支出预算表” 写的是 2023 年，本文件是 2024 年度的。",
      "error document.year: 【情况说明】“2023 年中国共产党洛阳市涧西区委员会办公室” 写的是 2023 年，本文件是 2024 年度的。",
    ]);
  });

  it("another department's name left in from a template (a sentence of the 情况说明)", () => {
    const d = rewrite(
      henan,
      "情况说明",
      "中共洛阳市涧西区委办公室 2024年收入合计",
      "洛阳市涧西区财政局 2024年收入合计",
    );
    expect(newOnly(d, henan2024)).toEqual([
      "warning document.name: 【情况说明】“洛阳市涧西区财政局 2024年收入合计 969.06万元，其中：一般公共预算拨款收入 969.06万元。” 中的名称“洛阳市涧西区财政局”不是本文件的单位“中国共产党洛阳市涧西区委员会办公室”。",
    ]);
  });

  it("单位 wording in a 部门 document, and 部门 wording in a 单位 document", () => {
    const henanAsUnit = rewrite(henan, "情况说明", "部门预算情况说明", "单位预算情况说明");
    expect(newOnly(henanAsUnit, henan2024)).toEqual([
      "warning document.kind: 【情况说明】“单位预算情况说明” 用了“单位预算”，而本文件是部门预算。",
    ]);
    const welfareAsDept = rewrite(welfare, "封面", "预算单位：", "预算部门：");
    expect(newOnly(welfareAsDept, shanghai)).toEqual([
      "warning document.kind: 【封面】“预算部门：上海市普陀区社会福利院” 用了“预算部门”，而本文件是单位预算。",
    ]);
  });

  it("a large change whose reason is deleted, and 持平 beside a difference", () => {
    const d = rewrite(
      henan,
      "情况说明",
      "预算数比2023年增加6.13万元，主要原因：按照上级要求，开展相关工作，公用经费增加。",
      "预算数比2023年增加6.13万元。",
    );
    expect(newOnly(d, henan2024)).toEqual([
      "warning narrative.changeReason: 【情况说明】“预算数比2023年增加6.13万元” 变动为上年的 14.08%（不低于 10%），但没有说明原因。",
    ]);
    const flat = rewrite(
      welfare,
      "情况说明",
      "一般公共预算拨款支出预算950.12万元，比2023年预算增加0.46万元；",
      "一般公共预算拨款支出预算950.12万元，比2023年预算增加0.46万元，与2023年预算持平；",
    );
    expect(both(check(flat, shanghai)).map((f) => f.params.actual)).toEqual(["0.46"]);
  });

  it("the narrative contradicting itself where no table speaks (政府采购 parts)", () => {
    const d = rewrite(
      welfare,
      "情况说明",
      "政府采购服务预算120.60万元",
      "政府采购服务预算102.60万元",
    );
    expect(newOnly(d, shanghai)).toEqual([
      "error narrative.consistent: 【情况说明】“2024年度本单位政府采购预算120.60万元” 为 120.60万元，说明中的各部分（0.00万元 + 0.00万元 + 102.60万元）合计 102.60万元。",
    ]);
  });

  it("a 项 with money dropped from 财政拨款支出主要内容", () => {
    const d = rewrite(
      welfare,
      "情况说明",
      "6. “住房保障支出（类）住房改革支出（款）住房公积金（项）”33.58万元，主要用于在职人员公积金缴费。2023年当年预算执行数为33.74万元，2024年预算安排33.58万元，比2023年预算执行数减少0.47%。主要原因是：根据实际支出。",
      "",
    );
    expect(newOnly(d, shanghai)).toEqual([
      "warning narrative.items: 【情况说明】“财政拨款支出主要内容如下：” 没有说明科目 2210201（住房公积金），表中该科目为 335,816元。",
    ]);
  });

  it("typography: a doubled full stop and a doubled word", () => {
    const d = rewrite(
      henan,
      "情况说明",
      "厉行节约，缩减公务接待支出。",
      "厉行节约，缩减公务接待的的支出。。",
    );
    expect(newOnly(d, henan2024).map((s) => s.split(":")[0])).toEqual([
      "warning hygiene.repeated",
      "warning hygiene.repeated",
    ]);
  });
});

/** Henan 2023, as the 2024 text cites it: 834.84 in all, 三公 7.50 (接待 3.50, 车辆运行 4.00), 机构运转经费 43.55. */
function henan2023(reception = "3.50", total = "7.50"): Disclosure {
  const h = (kind: string) => tableBuilder(henan2024, kind);
  const tables: Table[] = [
    h("summary")
      .line("revenue.total", { "income.amount": "834.84" })
      .line("gpb", { "income.amount": "834.84" })
      .line("spending.total", { "spending.amount": "834.84" })
      .build().value,
    h("gpbExpenditure").total({ total: "834.84" }).build().value,
    h("sanGong")
      .single({
        total,
        abroad: "",
        vehicles: "4.00",
        "vehicles.purchase": "",
        "vehicles.operation": "4.00",
        reception,
      })
      .build().value,
    h("operatingCost").total({ total: "43.55" }).build().value,
  ];
  const d = fixtureDisclosure(henan2024Fixture, henan2024).disclosure;
  return { ...d, meta: { ...d.meta, year: 2023 }, tables, texts: [] };
}

/** The welfare home's 2023 决算: the 执行数 its 2024 text cites, by 项, in 元. */
function welfare2023(social = "7,113,400", total = "9,499,000"): Disclosure {
  const items = [
    ["2080502", "事业单位离退休", "546,000"],
    ["2080505", "机关事业单位基本养老保险缴费支出", "707,000"],
    ["2080506", "机关事业单位职业年金缴费支出", "353,500"],
    ["2081005", "社会福利事业单位", social],
    ["2101102", "事业单位医疗", "441,700"],
    ["2210201", "住房公积金", "337,400"],
  ] as const;
  const table = items
    .reduce(
      (b, [code, name, total]) => b.functional(code, name, { total }),
      tableBuilder(shanghai, "gpbExpenditure", { unit: "元" }).total({ total }),
    )
    .build().value;
  const d = fixtureDisclosure(shanghaiWelfare2024Fixture, shanghai).disclosure;
  return { ...d, meta: { ...d.meta, year: 2023 }, tables: [table], texts: [] };
}

describe("one story across years (last year's disclosure given)", () => {
  const henan = WHOLE_DOCUMENTS.henan();
  const prior = (disclosure: Disclosure, template: Template, stage?: "budget" | "final") => ({
    prior: { disclosure, template, ...(stage === undefined ? {} : { stage }) },
  });

  it("Henan 2024 against its 2023 budget: every change implies last year's printed figure", () => {
    const r = check(henan, henan2024, prior(henan2023(), henan2024));
    expect(r.render(isNew)).toEqual([]);
    expect(r.report.outcomes.find((o) => o.ruleId === "narrative.priorYear")?.outcome).toBe("pass");
  });

  it("a 2023 figure the 2024 text implies otherwise than 2023 printed is an error", () => {
    const r = check(henan, henan2024, prior(henan2023("3.60", "7.60"), henan2024));
    expect(r.render((id) => id === "narrative.priorYear")).toEqual([
      "error narrative.priorYear: 【情况说明】“2024年“三公”经费支出预算数比 2023年减少 1.00万元” 意味着上年为 7.50万元，但上年（2023 年）公开的是 7.60万元（【一般公共预算“三公”经费预算表】「“三公”经费合计」列（7.60））。",
      "error narrative.priorYear: 【情况说明】“主要用于按规定开支的各类公务接待（含外宾接待）支出，预算数比2023年减少1.00万元” 意味着上年为 3.50万元，但上年（2023 年）公开的是 3.60万元（【一般公共预算“三公”经费预算表】「公务接待费」列（3.60））。",
    ]);
  });

  it("a figure copied from last year where this year's belongs is told as such", () => {
    const d = rewrite(henan, "情况说明", "（二）公务接待费2.50万元", "（二）公务接待费3.50万元");
    const r = check(d, henan2024, prior(henan2023(), henan2024));
    expect(
      r.report.findings.filter((f) => f.ruleId === "narrative.amount").map((f) => f.params.kind),
    ).toEqual(["stale"]);
  });

  it("the welfare home's 2023 执行数 against its 2023 决算 (stage final)", () => {
    const welfare = WHOLE_DOCUMENTS.welfare();
    const ok = check(welfare, shanghai, prior(welfare2023(), shanghai, "final"));
    expect(ok.render((id) => id === "narrative.priorYear")).toEqual([]);
    expect(ok.report.outcomes.find((o) => o.ruleId === "narrative.priorYear")?.outcome).toBe(
      "pass",
    );
    const off = check(welfare, shanghai, prior(welfare2023("7,213,400"), shanghai, "final"));
    expect(
      off.report.findings
        .filter((f) => f.ruleId === "narrative.priorYear")
        .map((f) => [f.params.actual, f.params.expected]),
    ).toEqual([["711.34", "721.34"]]);
    // a 2023 budget (949.66万元 of 财政拨款) is another stage: the 执行数 are not compared with
    // it, the changes against 2023's budget are
    const budget = check(welfare, shanghai, prior(welfare2023("7,213,400", "9,496,600"), shanghai));
    expect(budget.render((id) => id === "narrative.priorYear")).toEqual([]);
    const wrongBudget = check(
      welfare,
      shanghai,
      prior(welfare2023(undefined, "9,499,000"), shanghai),
    );
    expect(
      wrongBudget.report.findings
        .filter((f) => f.ruleId === "narrative.priorYear")
        .map((f) => [f.params.actual, f.params.expected]),
    ).toEqual([
      ["949.66", "949.90"],
      ["949.66", "949.90"],
    ]);
  });
});

describe("every layout of the corpus, as a whole document: nothing new", () => {
  const texts = new Map<DisclosureFixture, readonly TextSection[]>([
    [henan2024Fixture, WHOLE_DOCUMENTS.henan().texts],
    [shanghaiWelfare2024Fixture, WHOLE_DOCUMENTS.welfare().texts],
    [shanghaiFinance2025Fixture, WHOLE_DOCUMENTS.finance().texts],
  ]);
  const NATIONAL_TEXTS: readonly TextSection[] = [
    { title: "封面", body: "某市某区某某局2024年单位预算公开\n编制单位：某市某区某某局" },
    {
      title: "目录",
      body: "一、单位职责\n二、机构设置\n三、2024年单位预算情况说明\n四、名词解释\n五、2024年单位预算公开表\n1.2024年部门收支总表\n2.2024年部门收入总表\n9.2024年国有资本经营预算支出表",
    },
    { title: "一、单位职责", body: "负责全区某某工作的统筹协调。" },
    { title: "二、机构设置", body: "本单位内设3个科室，无下属单位。" },
    {
      title: "三、2024年单位预算情况说明",
      body: "某市某区某某局2024年收入总计460.00万元，支出总计460.00万元。\n2024年“三公”经费预算10.00万元，其中：因公出国（境）费0.00万元，公务用车购置及运行费5.00万元，公务接待费5.00万元。\n截至2023年12月31日，本单位共有车辆1辆。根据《2024年全区预算编制工作方案》，本单位无政府性基金预算拨款安排的支出。",
    },
    { title: "四、名词解释", body: "一、财政拨款收入：指区级财政当年拨付的资金。" },
  ];
  it.each(FIXTURE_VARIANTS.map((v) => [v.name, v] as const))("%s", (_, v) => {
    const tables = fixtureDisclosure(v.fixture, v.template).disclosure;
    const d: Disclosure = { ...tables, texts: texts.get(v.base) ?? NATIONAL_TEXTS };
    const profile = withNarrative(withDocument(v.profile));
    const report = checkDisclosure(d, { profile, template: v.template, catalog: catalog2024 });
    expect(
      report.findings
        .filter((f) => isNew(f.ruleId))
        .map((f) => `${f.ruleId}: ${renderFinding(f, profile.rules, "zh-CN", v.template)}`),
    ).toEqual([]);
    expect(report.outcomes.find((o) => o.ruleId === "document.required")?.outcome).toBe("pass");
  });
});

describe("the new rules are in NARRATIVE_RULES or DOCUMENT_RULES", () => {
  it("each id once", () => {
    const ids = [...DOCUMENT_RULES, ...NARRATIVE_RULES].map((r) => r.id);
    for (const id of NEW) expect(ids.filter((x) => x === id)).toEqual([id]);
  });
});
