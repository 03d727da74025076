/**
 * Random disclosures for the property tests and the fuzz script (`npm run fuzz`): the same
 * generators in both, so CI runs a few hundred of the cases the script runs by the ten thousand.
 * Assertions use node:assert, so the script needs no test runner.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import type { Unit } from "../../src/amount";
import { catalog2024 } from "../../src/catalog/2024";
import {
  type Disclosure,
  type DisclosureMeta,
  disclosureBuilder,
  type RowKey,
  type Table,
  type TableBuilder,
  tableBuilder,
} from "../../src/disclosure";
import { NARRATIVE_RULES, withNarrative } from "../../src/narrative";
import {
  type CheckOptions,
  type CheckReport,
  checkDisclosure,
  henan2024Profile,
  nationalProfile,
  RULES,
  renderFinding,
  shanghaiProfile,
} from "../../src/rules";
import { henan2024, nationalMinimum, shanghai, type Template } from "../../src/templates";

/** Every built-in profile (with the narrative rules) and its template. */
export const PAIRS: readonly Pick<CheckOptions, "profile" | "template">[] = [
  { profile: withNarrative(henan2024Profile), template: henan2024 },
  { profile: withNarrative(shanghaiProfile), template: shanghai },
  { profile: withNarrative(nationalProfile), template: nationalMinimum },
];
export const TEMPLATES: readonly Template[] = [henan2024, shanghai, nationalMinimum];
const RULE_IDS = new Set([...RULES, ...NARRATIVE_RULES].map((r) => r.id));
const SEVERITIES = new Set(["error", "warning", "info"]);
const OUTCOMES = new Set(["pass", "fail", "insufficient-data", "not-applicable"]);

const FULL_WIDTH = (s: string) =>
  s.replace(/[0-9.,-]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** Printed cells: valid amounts in every form, blanks, garbage, huge and negative numbers. */
export const cell: fc.Arbitrary<string> = fc.oneof(
  fc
    .integer({ min: 0, max: 99_999_999 })
    .map((n) => `${Math.floor(n / 100)}.${String(n % 100).padStart(2, "0")}`),
  fc.integer({ min: 0, max: 2_000_000_000 }).map((n) => n.toLocaleString("en-US")),
  fc.integer({ min: 1, max: 999_999 }).map((n) => `-${n}.00`),
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map((b) => b.toString()),
  fc.integer({ min: 0, max: 9_999_999 }).map((n) => FULL_WIDTH(`${n}.00`)),
  fc.constantFrom("", " ", "-", "—", "——", "0", "0.00", "0.000001"),
  fc.constantFrom(
    "abc",
    "1.2.3",
    "1e5",
    "NaN",
    "Infinity",
    "－5.00",
    "１，２３４．００",
    "12,34",
    ".5",
    "1.",
  ),
  fc.string({ maxLength: 8 }),
);

const FUNCTIONAL = [
  "201",
  "20131",
  "2013101",
  "2013102",
  "210",
  "2080505",
  "229 99 99",
  "201-31-01",
];
const MALFORMED = ["2O13101", "7 11 02", "201 3", "", "２０１３１０１", "29", "2013101001", "abc"];
const ECON = [
  "301",
  "30101",
  "302",
  "30201",
  "30217",
  "302 17",
  "30231",
  "31013",
  "30913",
  "30298",
  "3",
  "x",
];
const GOV = ["50101", "50201", "50206", "50502", "5", ""];
const ORG = ["116", "116001", "116002", "", "0"];

function rowKey(template: Template, kindId: string): fc.Arbitrary<RowKey> {
  const kind = template.tables.find((k) => k.id === kindId);
  const lines = [...(kind?.lines ?? []).map((l) => l.id), "nonsense"];
  const options: fc.Arbitrary<RowKey>[] = [
    fc.constant<RowKey>({ kind: "total" }),
    fc.constant<RowKey>({ kind: "single" }),
    fc.constantFrom(...ORG).map((code): RowKey => ({ kind: "org", code })),
    fc
      .constantFrom(...FUNCTIONAL, ...MALFORMED)
      .map((code): RowKey => ({ kind: "functional", code })),
    fc
      .tuple(fc.constantFrom(...ECON), fc.option(fc.constantFrom(...GOV), { nil: undefined }))
      .map(
        ([econ, gov]): RowKey =>
          gov === undefined ? { kind: "economic", econ } : { kind: "economic", econ, gov },
      ),
    fc
      .tuple(
        fc.constantFrom("办公楼维修", "2024年机关运行经费", "", " "),
        fc.option(fc.constantFrom("410305240000000012440", "410305230000000012440", "ABC", ""), {
          nil: undefined,
        }),
      )
      .map(
        ([name, code]): RowKey =>
          code === undefined ? { kind: "project", name } : { kind: "project", name, code },
      ),
    fc.constantFrom(...lines).map((line): RowKey => ({ kind: "line", line })),
    fc.nat({ max: 4 }).map((index): RowKey => ({ kind: "indicator", index })),
  ];
  return fc.oneof(...options);
}

export interface RawRow {
  readonly key: RowKey;
  readonly name: string | undefined;
  readonly cells: Readonly<Record<string, string>>;
}
export interface RawTable {
  readonly kind: string;
  readonly unit: Unit | undefined;
  readonly rows: readonly RawRow[];
  readonly note: string | undefined;
}

export function table(template: Template): fc.Arbitrary<RawTable> {
  const kinds = [...template.tables.map((k) => k.id), "balanceSheet"];
  return fc.constantFrom(...kinds).chain((kind) => {
    const spec = template.tables.find((k) => k.id === kind);
    const columns = [
      ...(spec?.columns ?? []).map((c) => c.key),
      "extra",
      "__proto__",
      "constructor",
    ];
    const values = [...(spec?.columns ?? []).flatMap((c) => Object.keys(c.values ?? {})), "未知类"];
    const cells = fc
      .array(fc.tuple(fc.constantFrom(...columns), fc.oneof(cell, fc.constantFrom(...values))), {
        maxLength: 8,
      })
      .map((entries) => Object.fromEntries(entries));
    const row = fc.record({
      key: rowKey(template, kind),
      name: fc.option(
        fc.constantFrom("行政运行", "办公费", "卫生健康支出", "医疗卫生与计划生育支出", "其他"),
        {
          nil: undefined,
        },
      ),
      cells,
    });
    return fc.record({
      kind: fc.constant(kind),
      unit: fc.option(fc.constantFrom<Unit>("元", "万元", "亿元"), { nil: undefined }),
      rows: fc.array(row, { maxLength: 8 }),
      note: fc.option(fc.constantFrom("本部门无此项支出。", ""), { nil: undefined }),
    });
  });
}

/** Narrative text with percentage claims on random figures (zero, negative, huge, garbage). */
const num = fc.oneof(
  fc
    .integer({ min: -1000, max: 100_000 })
    .map((n) => `${n}.${String(Math.abs(n) % 100).padStart(2, "0")}`),
  fc.constantFrom("0", "0.00", "-0", "1,000", "1，000.5", "99999999999999999999"),
);
/** The change figure of a growth claim, negative ones included ("减少-1.01万元"). */
const delta = num;
const pct = fc.oneof(
  fc.integer({ min: 0, max: 1000 }).map((n) => `${n / 10}`),
  fc.constantFrom("0", "100", "12.3456"),
);
const body = fc.oneof(
  fc
    .tuple(num, num, pct)
    .map(([a, b, p]) => `支出合计 ${a}万元，其中：基本支出 ${b}万元，占 ${p}%。`),
  fc
    .tuple(
      num,
      fc.constantFrom("增加", "减少"),
      delta,
      fc.constantFrom("增长", "下降", "减少", "增加"),
      pct,
    )
    .map(([a, w, d, v, p]) => `收入总计 ${a}万元，与上年相比${w}${d}万元，${v}${p}%。`),
  fc
    .tuple(num, num, fc.constantFrom("增加", "减少", "增长", "下降"), pct)
    .map(([a, b, w, p]) => `执行数为${a}万元，2024年预算安排${b}万元，比上年执行数${w}${p}%。`),
  fc.string({ maxLength: 30 }),
);

export const meta = (template: Template): fc.Arbitrary<DisclosureMeta> =>
  fc.record({
    year: fc.constantFrom(2023, 2024, 2025, 0, -1, 99999),
    documentKind: fc.constantFrom("部门" as const, "单位" as const),
    template: fc.constant(template.id),
    department: fc.oneof(
      fc.constant({ code: "116", name: "某部门" }),
      fc.constant({ name: "某单位" }),
    ),
    units: fc.array(
      fc.record({
        name: fc.constant("某单位"),
        unitType: fc.constantFrom("行政" as const, "参公" as const, "事业" as const),
      }),
      { maxLength: 3 },
    ),
  });

export interface Generated {
  readonly template: string;
  readonly meta: DisclosureMeta;
  readonly tables: readonly RawTable[];
  readonly texts: readonly { readonly title: string; readonly body: string }[];
  readonly shorthand: boolean;
}

export const generated: fc.Arbitrary<Generated> = fc.constantFrom(...TEMPLATES).chain((template) =>
  fc.record({
    template: fc.constant(template.id),
    meta: meta(template),
    tables: fc.array(table(template), { maxLength: 5 }),
    texts: fc.array(fc.record({ title: fc.constant("情况说明"), body }), { maxLength: 2 }),
    shorthand: fc.boolean(),
  }),
);

/** A printed shorthand of a code key, as a user may pass it to `row()`. */
function shorthand(key: RowKey): RowKey | string {
  if (key.kind === "functional" && key.code !== "") return key.code;
  if (key.kind === "economic" && key.econ !== "")
    return key.gov === undefined ? key.econ : `${key.econ}/${key.gov}`;
  return key;
}

export const templateOf = (id: string): Template => TEMPLATES.find((t) => t.id === id) ?? henan2024;

/** A generated disclosure's check options: its template, that template's profile, the 2024 catalog. */
export function optionsFor(id: string): CheckOptions {
  const template = templateOf(id);
  const profile =
    template === henan2024
      ? henan2024Profile
      : template === shanghai
        ? shanghaiProfile
        : nationalProfile;
  return { profile, template, catalog: catalog2024 };
}

export function viaBuilders(g: Generated): Disclosure {
  const template = templateOf(g.template);
  let d = disclosureBuilder(template, g.meta);
  for (const t of g.tables) {
    let b: TableBuilder = tableBuilder(
      template,
      t.kind,
      t.unit === undefined ? {} : { unit: t.unit },
    );
    for (const r of t.rows) b = b.row(g.shorthand ? shorthand(r.key) : r.key, r.cells, r.name);
    if (t.note !== undefined) b = b.note(t.note);
    d = d.table(b);
  }
  for (const s of g.texts) d = d.text(s.title, s.body);
  return d.build().value;
}

export function document(g: Generated): unknown {
  const tables: Table[] = g.tables.map((t) => ({
    kind: t.kind,
    unit: t.unit ?? "万元",
    rows: t.rows.map((r) => {
      // `__proto__` is a reserved key of the format (reported, not read): leave it to the builders
      const cells = Object.fromEntries(Object.entries(r.cells).filter(([k]) => k !== "__proto__"));
      return r.name === undefined ? { key: r.key, cells } : { key: r.key, name: r.name, cells };
    }),
    ...(t.note === undefined ? {} : { note: t.note }),
  }));
  return { format: "yusuan.disclosure", version: 1, meta: g.meta, tables, texts: g.texts };
}

/** A report is well-formed: every rule has its outcome line, every finding renders in both locales. */
export function assertReport(
  report: CheckReport,
  pair: Pick<CheckOptions, "profile" | "template">,
) {
  assert.deepEqual(
    report.outcomes.map((o) => o.ruleId),
    pair.profile.rules.map((r) => r.id),
  );
  for (const o of report.outcomes) {
    assert.ok(OUTCOMES.has(o.outcome), o.outcome);
    assert.equal(o.findings, report.findings.filter((f) => f.ruleId === o.ruleId).length);
  }
  for (const f of report.findings) {
    assert.ok(RULE_IDS.has(f.ruleId), f.ruleId);
    assert.ok(SEVERITIES.has(f.severity), f.severity);
    assert.ok(f.outcome === "fail" || f.outcome === "insufficient-data", f.outcome);
    for (const locale of ["zh-CN", "en"] as const) {
      const text = renderFinding(f, pair.profile.rules, locale, pair.template);
      assert.equal(typeof text, "string");
      assert.ok(text.trim().length > 0, `${f.ruleId} renders empty in ${locale}`);
    }
  }
  const c = report.coverage;
  assert.equal(c.printed, c.placed + c.notUnderstood);
  for (const t of c.tables) {
    assert.ok(t.placed >= 0 && t.notUnderstood >= 0, `coverage of ${t.table}`);
    assert.equal(t.printed, t.placed + t.notUnderstood);
  }
}

/** Checks with every profile (and its template), with and without the catalogs. */
export function checkAll(d: Disclosure): void {
  for (const pair of PAIRS) {
    for (const catalog of [undefined, catalog2024]) {
      const report = checkDisclosure(d, { ...pair, ...(catalog === undefined ? {} : { catalog }) });
      assertReport(report, pair);
    }
  }
}
