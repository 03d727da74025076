import { describe, expect, it } from "vitest";
import type { Disclosure, Table, TextSection } from "../../disclosure";
import { henan2024, nationalMinimum, shanghai, type Template } from "../../templates";
import { checkDisclosure } from "../check";
import { DOCUMENT_RULES, withDocument } from "../document";
import { henan2024Profile } from "../profiles";
import { renderFinding } from "../render";
import { findings, one, outcome } from "../test-support";
import type { Profile } from "../types";

const HENAN_NAME = "中国共产党洛阳市涧西区委员会办公室";
const SH_NAME = "上海市普陀区社会福利院";

/** A table of every kind of the template, titled as the printer titles it. */
const tablesOf = (template: Template, title: (name: string) => string): Table[] =>
  template.tables
    .filter((k) => k.id !== "projectForm")
    .map((k) => ({ kind: k.id, unit: k.defaultUnit, rows: [], title: title(k.name["zh-CN"]) }));

const TEXTS: readonly TextSection[] = [
  {
    title: `${HENAN_NAME}概况`,
    body: `一、${HENAN_NAME}主要职责\n1.负责区委文稿起草。\n二、${HENAN_NAME}预算单位构成情况\n无所属预算单位。`,
  },
  {
    title: "情况说明",
    body: `第二部分\n2024 年${HENAN_NAME}\n部门预算情况说明\n一、收入支出预算总体情况说明\n中共洛阳市涧西区委办公室 2024年收入总计 969.06万元，与 2023 年预算相比增加134.22 万元。`,
  },
  { title: "名词解释", body: "一、财政拨款收入：是指同级财政拨付的资金。" },
];

function doc(
  over: Partial<Disclosure["meta"]> = {},
  tables: readonly Table[] = tablesOf(henan2024, (n) => `2024年${n}`),
  texts: readonly TextSection[] = TEXTS,
): Disclosure {
  return {
    meta: {
      year: 2024,
      documentKind: "部门",
      template: "henan2024",
      department: { code: "116", name: HENAN_NAME },
      units: [{ code: "116001", name: HENAN_NAME, unitType: "行政" }],
      ...over,
    },
    tables,
    texts,
  };
}

const full = withDocument(henan2024Profile);
/** The document rules alone: each check here reads the texts and titles, not the sums. */
const profile: Profile = { ...full, rules: DOCUMENT_RULES };
const run = (d: Disclosure, template: Template = henan2024) =>
  checkDisclosure(d, { profile, template });
const zh = (d: Disclosure, id: string, template: Template = henan2024) =>
  findings(run(d, template), id).map((f) => renderFinding(f, profile.rules, "zh-CN", template));
const en = (d: Disclosure, id: string, template: Template = henan2024) =>
  findings(run(d, template), id).map((f) => renderFinding(f, profile.rules, "en", template));

describe("withDocument", () => {
  it("adds the four document rules after the profile's own, and a complete document passes them", () => {
    expect(full.rules.map((r) => r.id).slice(-4)).toEqual(DOCUMENT_RULES.map((r) => r.id));
    const r = checkDisclosure(doc(), { profile: full, template: henan2024 });
    for (const id of DOCUMENT_RULES.map((x) => x.id))
      expect([id, outcome(r, id), findings(r, id)]).toEqual([id, "pass", []]);
  });
});

describe("document.required", () => {
  it("names each required table the document lacks (an empty table printed is not missing)", () => {
    const tables = tablesOf(henan2024, (n) => `2024年${n}`).filter(
      (t) => t.kind !== "sanGong" && t.kind !== "operatingCost",
    );
    expect(zh(doc({}, tables), "document.required")).toEqual([
      "缺少【一般公共预算“三公”经费预算表】：本模板的部门预算必须公开。",
      "缺少【行政（事业）单位机构运转经费预算表】：本模板的部门预算必须公开。",
    ]);
    expect(en(doc({}, tables), "document.required")[0]).toBe(
      "[“Three public expenses”] is missing: a 部门 document of this template must print it.",
    );
  });

  it("names each text part the document lacks, found by its title or a heading inside a section", () => {
    const texts = TEXTS.filter((t) => t.title !== "名词解释");
    expect(zh(doc({}, undefined, texts), "document.required")).toEqual([
      "缺少“名词解释”部分：本模板的部门预算必须公开。",
    ]);
    // the glossary as a heading of another section is printed
    const inside = [
      ...texts,
      { title: "其他", body: "第三部分\n名词解释\n一、财政拨款收入：是指同级财政拨付的资金。" },
    ];
    expect(findings(run(doc({}, undefined, inside)), "document.required")).toEqual([]);
  });

  it("a part the table of contents lists is still missing when the document lacks it", () => {
    const contents: TextSection = {
      title: "目  录",
      body: "一、单位主要职能\n二、单位机构设置\n三、名词解释\n四、单位预算编制说明\n五、单位预算表\n1. 2024年预算单位财务收支预算总表\n9.单位“三公”经费和机关运行经费预算表\n六、其他相关情况说明",
    };
    const texts = [
      contents,
      { title: `${SH_NAME}主要职能`, body: "负责在院老人生活照料。" },
      { title: `${SH_NAME}机构设置`, body: "设5个内设机构。" },
      { title: "2024年单位预算编制说明", body: "2024年，收入预算1,212.12万元。" },
    ];
    const tables = tablesOf(shanghai, (n) => `2024年预算单位${n}`).filter(
      (t) => t.kind !== "sanGongAndOperating",
    );
    const d = doc(
      {
        documentKind: "单位",
        template: "shanghai",
        department: { name: SH_NAME },
        units: [{ name: SH_NAME, unitType: "事业" }],
      },
      tables,
      texts,
    );
    expect(zh(d, "document.required", shanghai)).toEqual([
      "缺少【“三公”经费和机关运行经费预算表】：本模板的单位预算必须公开；目录列出了“9.单位“三公”经费和机关运行经费预算表”，正文中却没有。",
      "缺少“名词解释”部分：本模板的单位预算必须公开；目录列出了“三、名词解释”，正文中却没有。",
    ]);
  });

  it("a table the contents list that the template does not require, and the document lacks, is a warning", () => {
    const contents: TextSection = {
      title: "目录",
      body: "1.2024年部门收支预算表\n15.2024年项目绩效目标申报表",
    };
    const texts = [...TEXTS, contents];
    const r = checkDisclosure(
      {
        ...doc(
          {},
          tablesOf(shanghai, (n) => `2024年部门${n}`),
          texts,
        ),
        meta: { ...doc().meta, template: "shanghai" },
      },
      { profile, template: shanghai },
    );
    const listed = findings(r, "document.required").filter((f) => f.params.kind === "listed");
    expect(listed.map((f) => [f.severity, f.params.table])).toEqual([["warning", "projectForm"]]);
    expect(renderFinding(listed[0] ?? one(r, "x"), profile.rules, "zh-CN", shanghai)).toBe(
      "目录列出“15.2024年项目绩效目标申报表”，但文件中没有【项目绩效目标申报表】。",
    );
  });

  it("the national minimum requires the 国有资本经营预算支出表 only since 2018", () => {
    const tables = tablesOf(nationalMinimum, (n) => n).filter((t) => t.kind !== "soeExpenditure");
    const d = (year: number) =>
      doc({ year, template: "nationalMinimum", documentKind: "单位" }, tables);
    const missing = (year: number) =>
      findings(run(d(year), nationalMinimum), "document.required").map((f) => f.params.part);
    expect(missing(2017)).toEqual([]);
    expect(missing(2018)).toEqual(["soeExpenditure"]);
  });

  it("is not applicable with a template that says nothing of the document", () => {
    const { document: _, ...rest } = henan2024;
    const bare: Template = { ...rest, id: "bare" };
    const r = checkDisclosure(doc({ template: "bare" }), { profile, template: bare });
    expect(outcome(r, "document.required")).toBe("not-applicable");
  });
});

describe("document.year", () => {
  it("a table title, a heading or a contents line still naming last year is an error", () => {
    const tables = tablesOf(henan2024, (n) => `2024年${n}`).map((t) =>
      t.kind === "expenditure" ? { ...t, title: "2023年部门支出预算表" } : t,
    );
    const texts = [
      ...TEXTS.filter((t) => t.title !== "情况说明"),
      { title: "情况说明", body: "2023年部门预算情况说明\n一、收入支出预算总体情况说明\n正文。" },
    ];
    expect(zh(doc({}, tables, texts), "document.year")).toEqual([
      "【部门支出预算表】的标题“2023年部门支出预算表” 写的是 2023 年，本文件是 2024 年度的。",
      "【情况说明】“2023年部门预算情况说明” 写的是 2023 年，本文件是 2024 年度的。",
    ]);
    expect(en(doc({}, tables, texts), "document.year")[0]).toBe(
      'the title of [Expenditure] "2023年部门支出预算表" names 2023; the document is for 2024.',
    );
  });

  it("a year the phrase is about, a title without a year, a year in 《》 and sentences are not read", () => {
    const texts = [
      ...TEXTS,
      {
        title: "其他重要事项",
        body: "（一）2023年预算执行情况\n（二）2024—2026年中期财政规划\n（三）落实《2023年政府工作报告》情况\n（四）2023年度绩效自评情况\n2023年收入总计834.84万元，是上年的数字。",
      },
      {
        title: "概况",
        body: "一、主要职能\n根据2018年区委机构改革方案设立区委办公室为区委工作机关\n负责区委文稿起草。",
      },
    ];
    const tables = tablesOf(henan2024, (n) => n);
    const r = run(doc({}, tables, texts));
    expect([outcome(r, "document.year"), findings(r, "document.year")]).toEqual(["pass", []]);
  });

  it("a 决算 document of 2023 names 2023", () => {
    const texts = [{ title: "情况说明", body: "2023年度部门决算情况说明" }];
    const r = run(
      doc(
        { year: 2023 },
        tablesOf(henan2024, (n) => `2023年度${n}`),
        texts,
      ),
    );
    expect(findings(r, "document.year")).toEqual([]);
  });
});

describe("document.name", () => {
  it("another organisation's name in a table title or a sentence is a warning, counted once", () => {
    const tables = tablesOf(henan2024, (n) => `洛阳市涧西区财政局2024年${n}`);
    const texts = [
      ...TEXTS,
      { title: "补充说明", body: "洛阳市涧西区财政局 2024年收入总计 969.06万元。" },
    ];
    expect(zh(doc({}, tables, texts), "document.name")).toEqual([
      // one place per table's title and one in the text
      `【部门收支预算表】的标题“洛阳市涧西区财政局2024年部门收支预算表” 中的名称“洛阳市涧西区财政局”不是本文件的单位“中国共产党洛阳市涧西区委员会办公室”（共 ${tables.length + 1} 处）。`,
    ]);
  });

  it("the name, its abbreviation (中共…区委办公室) and a unit's name are the same", () => {
    const tables = tablesOf(henan2024, (n) => `中共洛阳市涧西区委办公室2024年${n}`);
    const r = run(doc({}, tables));
    expect([outcome(r, "document.name"), findings(r, "document.name")]).toEqual(["pass", []]);
    const unit = run(
      doc(
        {
          department: { name: "洛阳市涧西区卫生健康委员会" },
          units: [{ name: "洛阳市涧西区疾病预防控制中心", unitType: "事业" }],
        },
        tablesOf(henan2024, (n) => `洛阳市涧西区疾病预防控制中心2024年${n}`),
        [],
      ),
    );
    expect(findings(unit, "document.name")).toEqual([]);
  });

  it("a label on the cover naming another unit is a warning", () => {
    const texts = [{ title: "封面", body: `${SH_NAME}2024年单位预算\n预算单位：上海市财政局` }];
    const d = doc(
      { documentKind: "单位", department: { name: SH_NAME }, units: [] },
      tablesOf(henan2024, (n) => n),
      texts,
    );
    expect(findings(run(d), "document.name").map((f) => f.params.name)).toEqual(["上海市财政局"]);
  });

  it("is not applicable when the document prints no name where names go", () => {
    const r = run(
      doc(
        {},
        tablesOf(henan2024, (n) => `2024年${n}`),
        [],
      ),
    );
    expect(outcome(r, "document.name")).toBe("not-applicable");
  });
});

describe("document.kind", () => {
  it("a 部门 document titled as a 单位 one (heading, label, 预算单位 table titles) is warned of", () => {
    const tables = tablesOf(henan2024, (n) => `2024年${n}`).map((t) =>
      t.kind === "summary" ? { ...t, title: "2024年预算单位财务收支预算总表" } : t,
    );
    const texts = [
      ...TEXTS,
      { title: "2024年单位预算编制说明", body: "编制单位：中国共产党洛阳市涧西区委员会办公室" },
    ];
    expect(zh(doc({}, tables, texts), "document.kind")).toEqual([
      "【部门收支预算表】的标题“2024年预算单位财务收支预算总表” 用了“预算单位”，而本文件是部门预算。",
      "【2024年单位预算编制说明】“2024年单位预算编制说明” 用了“单位预算”，而本文件是部门预算。",
      "【2024年单位预算编制说明】“编制单位：中国共产党洛阳市涧西区委员会办公室” 用了“编制单位”，而本文件是部门预算。",
    ]);
  });

  it("a 单位 document titled as a 部门 one is warned of; its 部门预算经济分类 table is not", () => {
    const texts = [
      { title: "目录", body: "8．2024年预算单位一般公共预算基本支出部门预算经济分类预算表" },
      { title: "情况说明", body: "2024年部门预算情况说明" },
    ];
    const d = doc(
      { documentKind: "单位" },
      tablesOf(henan2024, (n) => `2024年${n}`),
      texts,
    );
    expect(findings(run(d), "document.kind").map((f) => f.params.word)).toEqual(["部门预算"]);
  });

  it("the Henan wording of a 部门 document is its own (部门（单位）, 行政（事业）单位, 预算单位构成)", () => {
    const r = run(doc());
    expect([outcome(r, "document.kind"), findings(r, "document.kind")]).toEqual(["pass", []]);
  });
});

describe("other districts' documents, correct as printed: no document finding", () => {
  const quiet = (d: Disclosure, template: Template) => {
    const r = run(d, template);
    return DOCUMENT_RULES.map((x) => [x.id, findings(r, x.id).map((f) => f.params)]);
  };
  const none = DOCUMENT_RULES.map((x) => [x.id, []]);

  it("a Henan district government office (部门), its name abbreviated, 2023 only where it is about 2023", () => {
    const name = "洛阳市涧西区人民政府办公室";
    const d = doc(
      { department: { name }, units: [{ name, unitType: "行政" }] },
      tablesOf(henan2024, (n) => `${name}2024年${n}`),
      [
        { title: "封面", body: `${name}\n2024年部门预算公开` },
        {
          title: "目 录",
          body: `第一部分 ${name}概况\n一、主要职能\n二、部门预算单位构成\n第二部分 ${name}2024年部门预算情况说明\n第三部分 名词解释\n第四部分 附件`,
        },
        {
          title: `${name}概况`,
          body: "一、主要职能\n负责区政府日常运转。\n二、部门预算单位构成\n无所属预算单位。",
        },
        {
          title: "关于2024年度部门预算的说明",
          body: [
            "一、收入支出预算总体情况",
            "涧西区政府办2024年收入总计2024.00万元，与2023年预算相比增加24.00万元。",
            "（四）2023年度绩效评价结果应用情况",
            "（五）国有资产占用情况（截至2023年12月31日）",
            "根据《2023年涧西区政府工作报告》，做好相关工作。",
          ].join("\n"),
        },
        { title: "第三部分 名词解释", body: "一、财政拨款收入：是指区级财政当年拨付的资金。" },
      ],
    );
    expect(quiet(d, henan2024)).toEqual(none);
  });

  it("a Shanghai community health centre (单位), titles after its name, a label on the cover", () => {
    const name = "上海市普陀区长征镇社区卫生服务中心";
    const d = doc(
      {
        documentKind: "单位",
        template: "shanghai",
        department: { name },
        units: [{ name, unitType: "事业" }],
      },
      tablesOf(shanghai, (n) => `${name}2024年预算单位${n}`),
      [
        { title: "封面", body: `${name}2024年单位预算\n预算单位：${name}` },
        {
          title: "目  录",
          body: "一、单位主要职能\n二、单位机构设置\n三、名词解释\n四、单位预算编制说明\n五、单位预算表\n8．2024年预算单位一般公共预算基本支出部门预算经济分类预算表\n六、其他相关情况说明",
        },
        { title: `${name}主要职能`, body: "承担辖区基本医疗和公共卫生服务。" },
        { title: `${name}机构设置`, body: "设6个内设机构。" },
        {
          title: "名词解释",
          body: "（一）基本支出预算：是区级预算主管部门及所属预算单位为保障其机构正常运转……",
        },
        {
          title: "2024年单位预算编制说明",
          body: "2024年，长征镇社区卫生服务中心收入预算3,000.00万元。\n其他相关情况说明\n一、2024年“三公”经费预算情况说明",
        },
      ],
    );
    expect(quiet(d, shanghai)).toEqual(none);
  });

  it("a county bureau (单位) on the national forms: 部门 table titles, 编制单位 label", () => {
    const name = "某省某县农业农村局";
    const d = doc(
      {
        documentKind: "单位",
        template: "nationalMinimum",
        department: { name },
        units: [{ name, unitType: "行政" }],
      },
      tablesOf(nationalMinimum, (n) => `2024年${n}`),
      [
        { title: "封面", body: `${name}2024年单位预算公开\n编制单位：${name}` },
        { title: "一、单位职责", body: "负责全县农业农村工作。" },
        { title: "二、机构设置", body: "内设5个股室。" },
        { title: "三、2024年单位预算情况说明", body: "某县农业农村局2024年收入总计500.00万元。" },
        { title: "四、名词解释", body: "财政拨款收入：指县级财政当年拨付的资金。" },
      ],
    );
    expect(quiet(d, nationalMinimum)).toEqual(none);
  });
});
