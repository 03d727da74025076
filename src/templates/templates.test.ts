import { describe, expect, it } from "vitest";
import {
  CONCEPTS,
  type Coordinates,
  DIMENSIONS,
  FUNDS,
  factKey,
  NATURES,
  SAN_GONG_ITEMS,
} from "../facts";
import { henan2024 } from "./henan2024";
import { nationalMinimum } from "./national";
import { shanghai } from "./shanghai";
import type { ColumnSpec, LineSpec, TableKind, Template } from "./types";

const TEMPLATES: readonly Template[] = [henan2024, shanghai, nationalMinimum];

const oneOf = (list: readonly string[], v: string | undefined): boolean =>
  v !== undefined && list.includes(v);

/** What is wrong with coordinates against the closed vocabulary of src/facts/types.ts. */
function coordinateProblems(where: string, coords: Coordinates | undefined): string[] {
  if (coords === undefined) return [];
  const out: string[] = [];
  for (const [d, v] of Object.entries(coords)) {
    if (!oneOf(DIMENSIONS, d)) out.push(`${where}: unknown dimension ${d}`);
    else if (typeof v !== "string" || v === "") out.push(`${where}: empty ${d}`);
    else if (d === "fund" && !oneOf(FUNDS, v)) out.push(`${where}: unknown fund ${v}`);
    else if (d === "nature" && !oneOf(NATURES, v)) out.push(`${where}: unknown nature ${v}`);
    else if (d === "item" && !oneOf(SAN_GONG_ITEMS, v)) out.push(`${where}: unknown item ${v}`);
    else if ((d === "functional" || d === "econ" || d === "gov") && !/^\d+$/.test(v))
      out.push(`${where}: ${d} not a code ${v}`);
    else if (d === "period" && v !== "prior") out.push(`${where}: unknown period ${v}`);
  }
  return out;
}

function duplicates(values: readonly string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

function columnProblems(kind: TableKind, col: ColumnSpec): string[] {
  const at = `${kind.id}.${col.key}`;
  const out: string[] = [];
  if (col.headers.length === 0) out.push(`${at}: no header`);
  for (const h of col.headers) {
    if (h.split("/").some((level) => level.trim() === ""))
      out.push(`${at}: empty header level in "${h}"`);
  }
  if (col.side !== undefined && col.side !== "income" && col.side !== "spending") {
    out.push(`${at}: unknown side ${col.side}`);
  }
  switch (col.role) {
    case "amount": {
      const concept = col.concept ?? kind.concept;
      if (concept === undefined && kind.lines === undefined) out.push(`${at}: no concept`);
      if (concept !== undefined && !oneOf(CONCEPTS, concept))
        out.push(`${at}: unknown concept ${concept}`);
      out.push(...coordinateProblems(at, col.coords));
      if (
        col.ofWhich !== undefined &&
        !kind.columns.some((c) => c.key === col.ofWhich && c.role === "amount")
      ) {
        out.push(`${at}: ofWhich ${col.ofWhich} is no amount column`);
      }
      break;
    }
    case "code":
      if (col.system === undefined) out.push(`${at}: code column without system`);
      if (col.segment !== undefined && ![0, 1, 2].includes(col.segment))
        out.push(`${at}: bad segment`);
      break;
    case "attribute":
      if (!oneOf(DIMENSIONS, col.dimension)) out.push(`${at}: attribute without dimension`);
      if (col.values === undefined || Object.keys(col.values).length === 0) {
        out.push(`${at}: attribute without values`);
      }
      break;
    default:
      break;
  }
  return out;
}

function lineProblems(kind: TableKind, lines: readonly LineSpec[]): string[] {
  const ids = lines.map((l) => l.id);
  const out = duplicates(ids).map((id) => `${kind.id}: duplicate line ${id}`);
  for (const l of lines) {
    const at = `${kind.id}:${l.id}`;
    if (!oneOf(CONCEPTS, l.concept)) out.push(`${at}: unknown concept ${l.concept}`);
    out.push(...coordinateProblems(at, l.coords));
    if (l.labels.length === 0 || l.labels.some((x) => x.trim() === ""))
      out.push(`${at}: empty label`);
    if (l.ofWhich !== undefined && !ids.includes(l.ofWhich))
      out.push(`${at}: ofWhich ${l.ofWhich} unknown`);
    if (l.section !== undefined && !ids.includes(l.section))
      out.push(`${at}: section ${l.section} unknown`);
  }
  return out;
}

/** Every structural rule a template must obey, as a list of problems (empty = fine). */
function templateProblems(template: Template): string[] {
  const out = duplicates(template.tables.map((k) => k.id)).map((id) => `duplicate kind ${id}`);
  const titles = template.tables.flatMap((k) => k.titles);
  out.push(...duplicates(titles).map((t) => `title ${t} names two kinds`));
  for (const kind of template.tables) {
    if (kind.titles.length === 0) out.push(`${kind.id}: no title`);
    for (const t of kind.titles)
      if (/^\d{4}年/.test(t)) out.push(`${kind.id}: title keeps its year: ${t}`);
    if (kind.concept !== undefined && !oneOf(CONCEPTS, kind.concept))
      out.push(`${kind.id}: unknown concept`);
    out.push(...coordinateProblems(`${kind.id} fixed`, kind.fixed));
    out.push(
      ...duplicates(kind.columns.map((c) => c.key)).map((k) => `${kind.id}: duplicate column ${k}`),
    );
    out.push(
      ...duplicates(kind.columns.flatMap((c) => c.headers)).map(
        (h) => `${kind.id}: header ${h} on two columns`,
      ),
    );
    for (const col of kind.columns) out.push(...columnProblems(kind, col));
    if (kind.rowKinds.includes("line") !== (kind.lines !== undefined)) {
      out.push(`${kind.id}: line rows and lines disagree`);
    }
    if (kind.lines !== undefined) out.push(...lineProblems(kind, kind.lines));
  }
  return out;
}

/** The fact an amount column states (lines excepted), as a fact key; `line…` when the line decides. */
function meaning(kind: TableKind, col: ColumnSpec): string {
  const coords: Coordinates = { ...kind.fixed, ...col.coords };
  const concept = col.concept ?? kind.concept;
  if (concept !== undefined) return factKey(concept, coords);
  return `line${DIMENSIONS.map((d) => (coords[d] === undefined ? "" : `|${d}=${coords[d]}`)).join("")}`;
}

function lineMeaning(kind: TableKind, line: LineSpec): string {
  return factKey(line.concept, { ...kind.fixed, ...line.coords });
}

interface Mismatch {
  readonly kind: string;
  readonly what: string;
  readonly a: string;
  readonly b: string;
}

/** Amount columns sharing a header, and lines sharing an id, of two same-id kinds: meanings that differ. */
function crossMismatches(
  a: TableKind,
  b: TableKind,
): { compared: string[]; mismatches: Mismatch[] } {
  const compared: string[] = [];
  const mismatches: Mismatch[] = [];
  for (const ca of a.columns) {
    if (ca.role !== "amount") continue;
    for (const cb of b.columns) {
      if (cb.role !== "amount") continue;
      for (const h of ca.headers.filter((x) => cb.headers.includes(x))) {
        compared.push(h);
        const ma = meaning(a, ca);
        const mb = meaning(b, cb);
        if (ma !== mb) mismatches.push({ kind: a.id, what: h, a: ma, b: mb });
      }
    }
  }
  for (const la of a.lines ?? []) {
    const lb = b.lines?.find((l) => l.id === la.id);
    if (lb === undefined) continue;
    compared.push(`line:${la.id}`);
    const ma = lineMeaning(a, la);
    const mb = lineMeaning(b, lb);
    if (ma !== mb) mismatches.push({ kind: a.id, what: `line:${la.id}`, a: ma, b: mb });
  }
  return { compared, mismatches };
}

function kindOf(template: Template, id: string): TableKind {
  const k = template.tables.find((t) => t.id === id);
  if (k === undefined) throw new Error(`no kind ${id} in ${template.id}`);
  return k;
}

/** The column a printed header path lands on (exact match), or undefined. */
function columnFor(kind: TableKind, header: string): ColumnSpec | undefined {
  const hits = kind.columns.filter((c) => c.headers.includes(header));
  return hits.length === 1 ? hits[0] : undefined;
}

function kindForTitle(template: Template, title: string): string | undefined {
  return template.tables.find((k) => k.titles.includes(title))?.id;
}

describe("every template is well-formed", () => {
  for (const template of TEMPLATES) {
    it(`${template.id}: ids, keys, headers, vocabulary, code / attribute columns and lines`, () => {
      expect(templateProblems(template)).toEqual([]);
    });
  }

  it("the checks above do catch a broken template", () => {
    const broken: Template = {
      id: "broken",
      name: { "zh-CN": "坏", en: "broken" },
      tables: [
        {
          id: "x",
          name: { "zh-CN": "x", en: "x" },
          titles: ["2024年部门收支总表"],
          rowKinds: ["line"],
          defaultUnit: "万元",
          emptyNote: "optional",
          columns: [
            {
              key: "a",
              role: "amount",
              coords: { fund: "lottery" } as unknown as Coordinates,
              headers: ["合计"],
            },
            { key: "a", role: "amount", concept: "spending", headers: ["收入//金额"] },
            { key: "c", role: "code", headers: ["类"] },
            { key: "t", role: "attribute", headers: ["项目类别"] },
          ],
          lines: [
            { id: "l", concept: "revenue", labels: ["收入"] },
            { id: "l", concept: "revenue", labels: ["收入"], ofWhich: "nowhere" },
          ],
        },
      ],
    };
    expect(templateProblems(broken)).toEqual([
      "x: title keeps its year: 2024年部门收支总表",
      "x: duplicate column a",
      "x.a: unknown fund lottery",
      'x.a: empty header level in "收入//金额"',
      "x.c: code column without system",
      "x.t: attribute without dimension",
      "x.t: attribute without values",
      "x: duplicate line l",
      "x:l: ofWhich nowhere unknown",
    ]);
  });
});

describe("shanghai", () => {
  it("has the 9 tables of the Shanghai fixtures, in their order", () => {
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
    ]);
  });

  it("prints tables 1–8 in 元 and the 三公 table in 万元", () => {
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

  it("the 基本支出 table's rows are departmental economic 类 and 款 in two code columns", () => {
    const codes = kindOf(shanghai, "gpbBasic").columns.filter((c) => c.role === "code");
    expect(codes.map((c) => [c.system, c.segment])).toEqual([
      ["departmental", 0],
      ["departmental", 1],
    ]);
    expect(kindOf(shanghai, "gpbBasic").rowKinds).toEqual(["total", "economic"]);
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
  it("has the 9 tables of 财预〔2016〕143号 (+ 国有资本经营) in 万元", () => {
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
    expect(segments("gpbExpenditure", "functional")).toEqual([0, 1, 2]);
    expect(segments("gpbBasic", "departmental")).toEqual([undefined, 0, 1]);
  });
});

describe("empty-table note (财预〔2016〕143号)", () => {
  for (const template of TEMPLATES) {
    it(`${template.id}: required exactly on the 政府性基金 and 国有资本经营 tables`, () => {
      const required = template.tables.filter((k) => k.emptyNote === "required").map((k) => k.id);
      expect(required).toEqual(["govFundExpenditure", "soeExpenditure"]);
      for (const id of required)
        expect(["govFund", "soe"]).toContain(kindOf(template, id).fixed?.fund);
    });
  }
});

describe("same table kind id ⇒ same facts across templates", () => {
  const pairs = [
    [henan2024, shanghai],
    [henan2024, nationalMinimum],
    [shanghai, nationalMinimum],
  ] as const;
  for (const [a, b] of pairs) {
    it(`${a.id} and ${b.id}: shared headers and line ids state the same concept and coordinates`, () => {
      const mismatches: Mismatch[] = [];
      for (const ka of a.tables) {
        const kb = b.tables.find((k) => k.id === ka.id);
        if (kb !== undefined) mismatches.push(...crossMismatches(ka, kb).mismatches);
      }
      expect(mismatches).toEqual([]);
    });
  }

  it("the kinds Shanghai shares with Henan, and the headers they share, are the expected ones", () => {
    const shared = shanghai.tables
      .map((k) => k.id)
      .filter((id) => henan2024.tables.some((k) => k.id === id));
    expect(shared).toEqual([
      "summary",
      "income",
      "expenditure",
      "fiscalSummary",
      "gpbExpenditure",
      "govFundExpenditure",
      "soeExpenditure",
      "gpbBasic",
    ]);
    const compared = (id: string) =>
      crossMismatches(kindOf(henan2024, id), kindOf(shanghai, id)).compared.sort();
    expect(compared("expenditure")).toEqual(["合计", "基本支出", "项目支出"]);
    expect(compared("gpbBasic")).toEqual(["人员经费", "公用经费", "合计"].sort());
    expect(compared("fiscalSummary")).toEqual(
      [
        "line:revenue.gpb",
        "line:revenue.govFund",
        "line:revenue.soe",
        "line:revenue.total",
        "line:spending.total",
      ].sort(),
    );
  });

  it("every national kind has a Henan kind of the same id", () => {
    const henanIds = henan2024.tables.map((k) => k.id);
    expect(nationalMinimum.tables.filter((k) => !henanIds.includes(k.id))).toEqual([]);
  });

  it("reports a header that means different facts in two templates", () => {
    const a = kindOf(henan2024, "expenditure");
    const b: TableKind = {
      ...a,
      columns: [{ key: "total", role: "amount", coords: { nature: "basic" }, headers: ["合计"] }],
    };
    expect(crossMismatches(a, b).mismatches).toEqual([
      { kind: "expenditure", what: "合计", a: "spending", b: "spending|nature=basic" },
    ]);
  });
});
