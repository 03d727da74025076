/**
 * The fuzz properties (issue 11): the checker on random disclosures (built), on random and
 * mutated JSON documents, on random printed grids read by the reader, and on plain objects as
 * spreadsheet readers give them. Nothing may throw; every problem and issue has a path and
 * renders in both locales; every finding has a path (the cell it is about) and renders; every
 * report is well-formed. test/fuzz.test.ts runs a few hundred cases of each in CI;
 * `npm run fuzz` (scripts/fuzz.ts) runs ten thousand or more.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { catalog2024 } from "../../src/catalog/2024";
import {
  type BuildProblem,
  type Disclosure,
  disclosureBuilder,
  formatBuildProblem,
  tableBuilder,
  validateDisclosure,
} from "../../src/disclosure";
import { formatReadProblem, type PrintedTable, readPrintedTable } from "../../src/printed";
import { checkDisclosure, profileFor } from "../../src/rules";
import { formatSchemaIssue, parseDisclosureJson, type SchemaIssue } from "../../src/schema";
import type { Template } from "../../src/templates";
import {
  assertReport,
  cell,
  document,
  type Generated,
  generated,
  PAIRS,
  TEMPLATES,
  templateOf,
} from "./arbitraries";

const LOCALES = ["zh-CN", "en"] as const;

function assertBuildProblems(problems: readonly BuildProblem[]): void {
  for (const p of problems) {
    assert.ok(Array.isArray(p.path), `${p.code} has a path`);
    for (const locale of LOCALES) assert.ok(formatBuildProblem(p, locale).length > 0, p.code);
  }
}

function assertIssues(issues: readonly SchemaIssue[]): void {
  assert.ok(issues.length > 0);
  for (const i of issues) {
    assert.ok(Array.isArray(i.path), `${i.code} has a path`);
    for (const locale of LOCALES) assert.ok(formatSchemaIssue(i, locale).length > 0, i.code);
  }
}

/** Checks with every profile and catalog; every finding says which cell it is about. */
function checkEverywhere(d: Disclosure): void {
  for (const pair of PAIRS)
    for (const catalog of [undefined, catalog2024]) {
      const report = checkDisclosure(d, { ...pair, ...(catalog === undefined ? {} : { catalog }) });
      assertReport(report, pair);
      for (const f of report.findings) assert.ok(f.path !== undefined, `${f.ruleId} has a path`);
    }
}

/** Built with the builders; their problems are well-formed, the value checks. */
function built(g: Generated): void {
  const template = templateOf(g.template);
  let d = disclosureBuilder(template, g.meta);
  for (const t of g.tables) {
    let b = tableBuilder(template, t.kind, t.unit === undefined ? {} : { unit: t.unit });
    for (const r of t.rows) b = b.row(r.key, r.cells, r.name);
    if (t.note !== undefined) b = b.note(t.note);
    d = d.table(b);
  }
  for (const s of g.texts) d = d.text(s.title, s.body);
  const r = d.build();
  assertBuildProblems(r.problems);
  checkEverywhere(r.value);
}

/** Edits of a JSON document: a value replaced, a key dropped, renamed, doubled or reserved. */
type Edit =
  | { readonly kind: "replace"; readonly at: number; readonly value: unknown }
  | { readonly kind: "drop" | "rename" | "reserve"; readonly at: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant("replace" as const),
    at: fc.nat(),
    value: fc.jsonValue({ maxDepth: 3 }),
  }),
  fc.record({
    kind: fc.constantFrom("drop" as const, "rename" as const, "reserve" as const),
    at: fc.nat(),
  }),
);

/** Every object and array of a JSON value, in order. */
function containers(value: unknown, out: object[] = []): object[] {
  if (typeof value !== "object" || value === null) return out;
  out.push(value);
  for (const child of Object.values(value)) containers(child, out);
  return out;
}

function applyEdit(doc: unknown, e: Edit): void {
  const all = containers(doc);
  const target = all[e.at % Math.max(all.length, 1)] as Record<string, unknown> | undefined;
  if (target === undefined) return;
  const keys = Object.keys(target);
  const key = keys[e.at % Math.max(keys.length, 1)];
  if (key === undefined) return;
  if (e.kind === "replace") target[key] = e.value;
  else if (e.kind === "drop") delete target[key];
  else if (e.kind === "rename") {
    target[`${key.slice(1)}${key.slice(0, 1)}`] = target[key];
    delete target[key];
  } else
    Object.defineProperty(target, "__proto__", {
      value: "x",
      enumerable: true,
      writable: true,
      configurable: true,
    });
}

/** A document written as JSON text after the edits, sometimes with a key written twice. */
function json(g: Generated, edits: readonly Edit[], twice: boolean): void {
  const doc = JSON.parse(JSON.stringify(document(g))) as unknown;
  for (const e of edits) applyEdit(doc, e);
  const text = JSON.stringify(doc);
  const r = parseDisclosureJson(twice ? text.replace("{", '{"version":1,') : text);
  if (!r.ok) {
    assertIssues(r.error);
    return;
  }
  checkEverywhere(r.value);
}

/** A printed grid in one of a template's layouts: its headers and words, amounts and noise. */
function grid(template: Template): fc.Arbitrary<PrintedTable> {
  return fc.constantFrom(...template.tables).chain((kind) => {
    const headers = kind.columns.flatMap((c) => c.headers);
    const labels = (kind.lines ?? []).flatMap((l) => l.labels);
    const word = fc.oneof(
      cell,
      fc.constantFrom(
        "合计",
        "总计",
        "201",
        "31",
        "01",
        "2013101",
        "301 2",
        "30217",
        "116001",
        ...labels,
      ),
      fc.string({ maxLength: 6 }),
    );
    return fc.record({
      title: fc.oneof(
        fc.constantFrom(...kind.titles).map((t) => `2024年${t}`),
        fc.string({ maxLength: 10 }),
      ),
      unit: fc.constantFrom("单位：万元", "单位：元", "万元", "千元", ""),
      headers: fc.array(fc.oneof(fc.constantFrom(...headers), fc.string({ maxLength: 6 })), {
        minLength: 1,
        maxLength: 10,
      }),
      rows: fc.array(fc.array(word, { maxLength: 11 }), { maxLength: 10 }),
    });
  });
}

export const printedCase = fc
  .constantFrom(...TEMPLATES)
  .chain((template) => fc.record({ template: fc.constant(template), printed: grid(template) }));

/** Read by the reader; its problems are well-formed; what it reads validates and checks. */
function printed({ template, printed }: { template: Template; printed: PrintedTable }): void {
  const r = readPrintedTable(printed, { template, catalog: catalog2024.functional });
  for (const p of r.problems) {
    assert.ok(p.path !== undefined, `${p.code} has a path`);
    for (const locale of LOCALES) assert.ok(formatReadProblem(p, locale).length > 0, p.code);
  }
  if (r.table === undefined) return;
  const disclosure: Disclosure = {
    meta: {
      year: 2024,
      documentKind: "部门",
      template: template.id,
      department: { code: "116", name: "某部门" },
      units: [{ code: "116001", name: "某单位", unitType: "行政" }],
    },
    tables: [r.table],
    texts: [],
  };
  assertBuildProblems(validateDisclosure(disclosure, template).problems);
  const report = checkDisclosure(disclosure, { template, profile: profileFor(template) });
  assertReport(report, { template, profile: profileFor(template) });
}

/** What a spreadsheet reader may put where text belongs. */
const loose: fc.Arbitrary<unknown> = fc.oneof(
  cell,
  fc.double(),
  fc.integer(),
  fc.bigInt(),
  fc.constantFrom(null, undefined, true, false, "千元"),
  fc.jsonValue({ maxDepth: 2 }),
);

/** Tables of a disclosure, as plain objects with loose values, units and shapes. */
const plainTables = fc.array(
  fc.record({
    kind: fc.oneof(
      fc.constantFrom("sanGong", "expenditure", "gpbBasic", "summary", "sangong"),
      loose,
    ),
    unit: fc.oneof(fc.constantFrom("元", "万元", "亿元", "千元", "万"), loose),
    rows: fc.oneof(
      fc.array(
        fc.oneof(
          fc.record({
            key: fc.oneof(
              fc.constantFrom({ kind: "total" }, { kind: "single" }, { kind: "Total" }),
              fc.record({ kind: fc.constant("functional"), code: loose }),
              fc.record({ kind: fc.constant("economic"), econ: loose }),
              loose,
            ),
            cells: fc.oneof(
              fc.dictionary(
                fc.constantFrom("total", "basic", "reception", "amount", "__proto__", "x"),
                loose,
              ),
              loose,
            ),
          }),
          loose,
        ),
        { maxLength: 6 },
      ),
      loose,
    ),
  }),
  { maxLength: 4 },
);

/** A meta as plain JavaScript may give it: each field well-formed, or a loose value. */
const plainMeta = fc.record({
  year: fc.oneof(fc.constant(2024), loose),
  documentKind: fc.oneof(fc.constant("单位"), loose),
  template: fc.oneof(fc.constant("henan2024"), loose),
  department: fc.oneof(fc.constant({ name: "某单位" }), loose),
  units: fc.oneof(fc.constant([]), fc.constant([{ name: "甲", unitType: 7 }]), loose),
});

/** Text sections as plain JavaScript may give them. */
const plainTexts = fc.oneof(
  fc.constant([]),
  fc.array(fc.record({ title: fc.oneof(fc.constant("情况说明"), loose), body: loose }), {
    maxLength: 2,
  }),
  loose,
);

/** Plain objects: validation and the checker read them, or report what they cannot use. */
function plain(tables: unknown[], meta: unknown, texts: unknown): void {
  const disclosure = { meta, tables, texts } as unknown as Disclosure;
  for (const pair of PAIRS) {
    assertBuildProblems(validateDisclosure(disclosure, pair.template).problems);
    assertReport(checkDisclosure(disclosure, pair), pair);
  }
}

/** Runs a property: throws (fast-check's report, with the shrunk counterexample) on a failure. */
export type FuzzRun = (params: { readonly numRuns: number; readonly seed?: number }) => void;

/** The properties, by name. */
export const FUZZ: Readonly<Record<string, FuzzRun>> = {
  "random disclosures, built": (p) => fc.assert(fc.property(generated, built), p),
  "JSON documents, edited": (p) =>
    fc.assert(fc.property(generated, fc.array(edit, { maxLength: 3 }), fc.boolean(), json), p),
  "printed grids, read and checked": (p) => fc.assert(fc.property(printedCase, printed), p),
  "plain objects from spreadsheets": (p) =>
    fc.assert(fc.property(plainTables, plainMeta, plainTexts, plain), p),
};
