import { describe, expect, it } from "vitest";
import { CONCEPTS, type Coordinates, DIMENSIONS, FUNDS, NATURES, SAN_GONG_ITEMS } from "../facts";
import { henan2024 } from "./henan2024";
import { nationalMinimum } from "./national";
import { shanghai } from "./shanghai";
import { TARGET_MONEY_LINES } from "./targets";
import { kindOf } from "./test-support";
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
  for (const key of col.beside?.columns ?? [])
    if (!kind.columns.some((c) => c.key === key)) out.push(`${at}: beside ${key} unknown`);
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
    // A line without a concept is text (a form field): only a kind whose targets layout reads it.
    if (l.concept === undefined) {
      const read = [...Object.keys(kind.targets?.fields ?? {}), ...(kind.targets?.headings ?? [])];
      if (!read.includes(l.id)) out.push(`${at}: a text line no targets layout reads`);
    } else if (!oneOf(CONCEPTS, l.concept)) out.push(`${at}: unknown concept ${l.concept}`);
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

const FIELDS = ["name", "code", "type", "implementer", "department", "goal", "midTermGoal"];

/** A targets layout names only columns and lines of its kind, and only known target fields. */
function layoutProblems(kind: TableKind): string[] {
  const layout = kind.targets;
  if (layout === undefined) return [];
  const at = `${kind.id} targets`;
  const keys = new Set([...kind.columns.map((c) => c.key), ...(kind.lines ?? []).map((l) => l.id)]);
  const named = [
    ...Object.keys(layout.fields ?? {}),
    ...(layout.groups ?? []).flatMap((g) => [g.name, g.value]),
    ...Object.values(layout.indicator ?? {}),
    ...Object.values(layout.tasks ?? {}),
    ...Object.keys(layout.taskMoney ?? {}),
    ...(layout.headings ?? []),
  ];
  const out = named.filter((k) => !keys.has(k)).map((k) => `${at}: no column or line ${k}`);
  for (const [key, field] of Object.entries(layout.fields ?? {})) {
    const money = field.startsWith("money.") && oneOf(TARGET_MONEY_LINES, field.slice(6));
    if (!money && !FIELDS.includes(field)) out.push(`${at}: ${key} → unknown field ${field}`);
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
    out.push(...layoutProblems(kind));
  }
  return out;
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
            {
              key: "t",
              role: "attribute",
              headers: ["项目类别"],
              beside: { headers: ["合计"], columns: ["nowhere"] },
            },
          ],
          lines: [
            { id: "l", concept: "revenue", labels: ["收入"] },
            { id: "l", concept: "revenue", labels: ["收入"], ofWhich: "nowhere" },
            { id: "text", labels: ["项目名称"] },
          ],
          targets: {
            form: "project",
            fields: { l: "money.lottery" as "money.total", nowhere: "name" },
            indicator: { value: "v" },
          },
        },
      ],
    };
    expect(templateProblems(broken)).toEqual([
      "x: title keeps its year: 2024年部门收支总表",
      "x: duplicate column a",
      "x.a: unknown fund lottery",
      'x.a: empty header level in "收入//金额"',
      "x.c: code column without system",
      "x.t: beside nowhere unknown",
      "x.t: attribute without dimension",
      "x.t: attribute without values",
      "x: duplicate line l",
      "x:l: ofWhich nowhere unknown",
      "x:text: a text line no targets layout reads",
      "x targets: no column or line nowhere",
      "x targets: no column or line v",
      "x targets: l → unknown field money.lottery",
    ]);
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
