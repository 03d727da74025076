/**
 * The document rules at their edges: blank titles, several wrong years on a line, a name
 * repeated or printed once, table titles against headings for the other kind's words, the table
 * of contents listing parts, a table, a text part, twice.
 */
import { describe, expect, it } from "vitest";
import type { Disclosure, Table, TextSection } from "../../disclosure";
import { henan2024, shanghai, type Template } from "../../templates";
import { checkDisclosure } from "../check";
import { DOCUMENT_RULES, withDocument } from "../document";
import { henan2024Profile } from "../profiles";
import { renderFinding } from "../render";
import { findings, one, outcome } from "../test-support";
import type { Profile } from "../types";

const NAME = "洛阳市涧西区教育局";

const tablesOf = (template: Template, title: (name: string) => string): Table[] =>
  template.tables
    .filter((k) => k.id !== "projectForm")
    .map((k) => ({ kind: k.id, unit: k.defaultUnit, rows: [], title: title(k.name["zh-CN"]) }));

const TEXTS: readonly TextSection[] = [
  {
    title: "部门概况",
    body: "一、主要职责\n负责全区教育工作。\n二、部门预算单位构成\n无所属预算单位。",
  },
  { title: "情况说明", body: "一、收入支出预算总体情况说明\n2024年收入总计1,000.00万元。" },
  { title: "名词解释", body: "一、财政拨款收入：是指区级财政当年拨付的资金。" },
];

function doc(
  tables: readonly Table[] = tablesOf(henan2024, (n) => `2024年${n}`),
  texts: readonly TextSection[] = TEXTS,
  over: Partial<Disclosure["meta"]> = {},
): Disclosure {
  return {
    meta: {
      year: 2024,
      documentKind: "部门",
      template: "henan2024",
      department: { name: NAME },
      units: [{ name: NAME, unitType: "行政" }],
      ...over,
    },
    tables,
    texts,
  };
}

const profile: Profile = { ...withDocument(henan2024Profile), rules: DOCUMENT_RULES };
const run = (d: Disclosure, template: Template = henan2024) =>
  checkDisclosure(d, { profile, template });
const zh = (d: Disclosure, id: string, template: Template = henan2024) =>
  findings(run(d, template), id).map((f) => renderFinding(f, profile.rules, "zh-CN", template));
const en = (d: Disclosure, id: string, template: Template = henan2024) =>
  findings(run(d, template), id).map((f) => renderFinding(f, profile.rules, "en", template));

describe("document.year at its edges", () => {
  it("one finding per line however many wrong years it names, each line its own", () => {
    const texts = [
      ...TEXTS,
      { title: "附件", body: "一、2023年2022年部门预算表\n二、2022年部门预算表" },
    ];
    const r = run(doc(undefined, texts));
    expect(
      findings(r, "document.year").map((f) => [
        f.severity,
        f.outcome,
        f.params.year,
        f.params.expected,
        f.path?.column,
      ]),
    ).toEqual([
      ["error", "fail", 2023, 2024, "0-17"],
      ["error", "fail", 2022, 2024, "18-30"],
    ]);
    expect(outcome(r, "document.year")).toBe("fail");
  });

  it("reads the section's title, not its sentences; an aside year before the wrong one is passed over", () => {
    const texts = [
      { title: "2023年部门预算公开", body: "2023年收入总计1,000.00万元，2022年为900.00万元。" },
      { title: "情况说明", body: "与2023年相比2022年部门预算表" },
    ];
    expect(
      zh(
        doc(
          tablesOf(henan2024, (n) => n),
          texts,
        ),
        "document.year",
      ),
    ).toEqual([
      "【2023年部门预算公开】“2023年部门预算公开” 写的是 2023 年，本文件是 2024 年度的。",
    ]);
    expect(
      en(
        doc(
          tablesOf(henan2024, (n) => n),
          texts,
        ),
        "document.year",
      ),
    ).toEqual(['[2023年部门预算公开] "2023年部门预算公开" names 2023; the document is for 2024.']);
  });

  it("is not applicable when no title or heading names a year; a blank table title is none", () => {
    const tables = tablesOf(henan2024, () => "  ");
    const r = run(doc(tables, [{ title: "情况说明", body: "收入总计1,000.00万元。" }]));
    expect([outcome(r, "document.year"), findings(r, "document.year")]).toEqual([
      "not-applicable",
      [],
    ]);
    // a heading naming this year only: pass
    const ok = run(doc(tables, [{ title: "2024年部门预算", body: "" }]));
    expect(outcome(ok, "document.year")).toBe("pass");
  });
});

describe("document.name at its edges", () => {
  it("a wrong name printed once is one place; the count says so only beyond one", () => {
    const texts = [...TEXTS, { title: "附件", body: "洛阳市涧西区财政局2024年收入总计1.00万元。" }];
    const d = doc(undefined, texts);
    const f = one(run(d), "document.name");
    expect([f.severity, f.outcome, f.params.name, f.params.expected, f.params.places]).toEqual([
      "warning",
      "fail",
      "洛阳市涧西区财政局",
      NAME,
      1,
    ]);
    expect(f.path).toEqual({
      table: "text",
      row: "附件",
      column: "0-25",
      raw: "洛阳市涧西区财政局2024年收入总计1.00万元。",
    });
    expect(zh(d, "document.name")).toEqual([
      "【附件】“洛阳市涧西区财政局2024年收入总计1.00万元。” 中的名称“洛阳市涧西区财政局”不是本文件的单位“洛阳市涧西区教育局”。",
    ]);
    expect(en(d, "document.name")).toEqual([
      '[附件] "洛阳市涧西区财政局2024年收入总计1.00万元。" names "洛阳市涧西区财政局", not the document\'s department "洛阳市涧西区教育局".',
    ]);
  });

  it("counts one name however spaced, two names apart, and reports at the first place", () => {
    const texts = [
      ...TEXTS,
      {
        title: "附件",
        body: "洛阳市涧西区 财政局2024年收入总计1.00万元。\n洛阳市涧西区财政局2024年支出总计1.00万元。\n洛阳市涧西区卫生健康委员会2024年收入总计1.00万元。",
      },
    ];
    const r = run(doc(undefined, texts));
    expect(
      findings(r, "document.name").map((f) => [f.params.name, f.params.places, f.path?.column]),
    ).toEqual([
      ["洛阳市涧西区财政局", 2, "0-26"],
      ["洛阳市涧西区卫生健康委员会", 1, "53-82"],
    ]);
    expect(en(doc(undefined, texts), "document.name")[0]).toContain(" (2 places).");
    expect(zh(doc(undefined, texts), "document.name")[0]).toContain("（共 2 处）。");
  });

  it("a unit's name is the document's own; the department's name alone is too", () => {
    const texts = [
      ...TEXTS,
      { title: "附件", body: "洛阳市涧西区实验幼儿园2024年收入总计1.00万元。" },
    ];
    const withUnit = doc(undefined, texts, {
      units: [{ name: "洛阳市涧西区实验幼儿园", unitType: "事业" }],
    });
    expect(findings(run(withUnit), "document.name")).toEqual([]);
    expect(outcome(run(withUnit), "document.name")).toBe("pass");
    expect(findings(run(doc(undefined, texts, { units: [] })), "document.name")).toHaveLength(1);
  });
});

describe("document.kind at its edges", () => {
  it("a 预算单位 table title is a 单位 document's; the same words in a heading are not", () => {
    const tables = tablesOf(henan2024, (n) => `2024年${n}`).map((t) =>
      t.kind === "expenditure" ? { ...t, title: "预算单位支出预算表" } : t,
    );
    const texts = [...TEXTS, { title: "附件", body: "预算单位支出预算表" }];
    const r = run(doc(tables, texts));
    expect(
      findings(r, "document.kind").map((f) => [
        f.severity,
        f.outcome,
        f.params.word,
        f.params.kind,
        f.path?.table,
      ]),
    ).toEqual([["warning", "fail", "预算单位", "部门", "expenditure"]]);
    expect(en(doc(tables, texts), "document.kind")).toEqual([
      'the title of [Expenditure] "预算单位支出预算表" says "预算单位", but this is a 部门 document.',
    ]);
  });

  it("sentences are not read; no heading at all is not applicable", () => {
    const texts = [
      { title: "情况说明", body: "本部门2024年单位预算收入总计1.00万元，编制单位：某局。" },
    ];
    const r = run(doc([], texts));
    expect([outcome(r, "document.kind"), findings(r, "document.kind")]).toEqual(["pass", []]);
    const none = run(doc([], []));
    expect(outcome(none, "document.kind")).toBe("not-applicable");
  });
});

describe("document.required at its edges", () => {
  it("a text part printed only in the table of contents is missing; printed as a title it is not", () => {
    const contents = { title: "目录", body: "一、部门概况\n二、情况说明\n三、名词解释" };
    const texts = [contents, ...TEXTS.filter((t) => t.title !== "名词解释")];
    const r = run(doc(undefined, texts));
    const f = one(r, "document.required");
    expect([f.severity, f.outcome, f.params.kind, f.params.part, f.params.table]).toEqual([
      "error",
      "fail",
      "text",
      expect.any(String),
      "",
    ]);
    expect(f.params.listed).toBe("三、名词解释");
    expect(f.path).toBeUndefined();
    expect(en(doc(undefined, texts), "document.required")[0]).toMatch(
      /^the part "名词解释" \(.+\) is missing: a 部门 document of this template must print it; the table of contents lists "三、名词解释", the document does not\.$/u,
    );
    expect(outcome(r, "document.required")).toBe("fail");
  });

  it("a part that several tables may print is there when any one of them is printed", () => {
    // A template (as data, a user's own) whose 部门 documents must print 三公 either in its own
    // table or in the 机构运转经费 table: printing one of them is enough.
    const base = henan2024.document;
    if (base === undefined) throw new Error("henan2024 has a document spec");
    const either: Template = {
      ...henan2024,
      document: {
        ...base,
        required: {
          ...base.required,
          部门: [{ kind: "table", id: "sanGong", tables: ["sanGong", "operatingCost"] }],
        },
      },
    };
    const only = (kind: string) =>
      tablesOf(henan2024, (n) => `2024年${n}`).filter((t) => t.kind === kind);
    expect(findings(run(doc(only("operatingCost")), either), "document.required")).toEqual([]);
    expect(findings(run(doc(only("sanGong")), either), "document.required")).toEqual([]);
    const missing = one(run(doc(only("summary")), either), "document.required");
    expect([missing.params.part, missing.params.table]).toEqual(["sanGong", "sanGong"]);
  });

  it("a table the contents list twice is named by its first line; listed and printed is no finding", () => {
    const contents = {
      title: "目 录",
      body: "1.2024年一般公共预算“三公”经费预算表\n2.一般公共预算“三公”经费预算表（续）",
    };
    const tables = tablesOf(henan2024, (n) => `2024年${n}`).filter((t) => t.kind !== "sanGong");
    const f = one(run(doc(tables, [...TEXTS, contents])), "document.required");
    expect([f.params.kind, f.params.table, f.params.listed, f.path?.table]).toEqual([
      "table",
      "sanGong",
      "1.2024年一般公共预算“三公”经费预算表",
      "sanGong",
    ]);
    expect(en(doc(tables, [...TEXTS, contents]), "document.required")[0]).toBe(
      '[“Three public expenses”] is missing: a 部门 document of this template must print it; the table of contents lists "1.2024年一般公共预算“三公”经费预算表", the document does not.',
    );
    const all = run(doc(undefined, [...TEXTS, contents]));
    expect([outcome(all, "document.required"), findings(all, "document.required")]).toEqual([
      "pass",
      [],
    ]);
  });

  it("a contents line naming no table is no table; a glossary inside the contents section is not printed", () => {
    const contents = { title: "目录", body: "第三部分 名词解释\n附件：其他说明" };
    const texts = [...TEXTS.filter((t) => t.title !== "名词解释"), contents];
    const r = run(doc(undefined, texts));
    expect(findings(r, "document.required").map((f) => [f.params.kind, f.params.listed])).toEqual([
      ["text", "第三部分 名词解释"],
    ]);
  });

  it("a table listed that no part asks for and the document prints is no finding", () => {
    const contents = { title: "目录", body: "15.2024年项目绩效目标申报表" };
    const tables = [
      ...tablesOf(shanghai, (n) => `2024年${n}`),
      { kind: "projectForm", unit: "万元" as const, rows: [], title: "项目绩效目标申报表" },
    ];
    const d = doc(tables, [...TEXTS, contents], { template: "shanghai" });
    expect(
      findings(run(d, shanghai), "document.required").filter((f) => f.params.kind === "listed"),
    ).toEqual([]);
  });
});

describe("each document rule alone", () => {
  it("reports nothing at all on a correct document", () => {
    for (const rule of DOCUMENT_RULES) {
      const r = checkDisclosure(doc(), {
        profile: { ...profile, rules: [rule] },
        template: henan2024,
      });
      // document.name: this document prints no name where names go
      const expected = rule.id === "document.name" ? "not-applicable" : "pass";
      expect([rule.id, outcome(r, rule.id), r.findings]).toEqual([rule.id, expected, []]);
    }
  });

  it("a missing table is reported at that table, with no evidence, as a failure", () => {
    const tables = tablesOf(henan2024, (n) => `2024年${n}`).filter((t) => t.kind !== "sanGong");
    const f = one(run(doc(tables)), "document.required");
    expect([f.outcome, f.evidence, f.path]).toEqual([
      "fail",
      [],
      { table: "sanGong", row: "", column: "", raw: "" },
    ]);
  });

  it("a table's title is cited at its title row, a section's at its title", () => {
    const tables = tablesOf(henan2024, (n) => `2024年${n}`).map((t) =>
      t.kind === "summary" ? { ...t, title: "2023年部门收支预算表" } : t,
    );
    const texts = [...TEXTS, { title: "2023年部门预算公开", body: "" }];
    expect(findings(run(doc(tables, texts)), "document.year").map((f) => f.path)).toEqual([
      { table: "summary", row: "title", column: "", raw: "2023年部门收支预算表" },
      { table: "text", row: "2023年部门预算公开", column: "title", raw: "2023年部门预算公开" },
    ]);
  });
});
