import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shapeTable } from "./shape";

/**
 * A table handed over is kept as it is exactly when it already has the shape the types promise
 * (`Table` in types.ts): a text `kind`, a unit of 元 / 万元 / 亿元, a list of rows each with a key of
 * a known kind, an optional text `name` and cells that are all text, optional text `title`,
 * `number`, `note`, an optional record of texts `texts`, and no other field (a field given as
 * `undefined` is another field, and so is one inherited rather than its own). The model below is written from that contract, not from the code.
 */
const KEYS: Record<
  string,
  { readonly required: readonly string[]; readonly optional: readonly string[] }
> = {
  total: { required: [], optional: [] },
  single: { required: [], optional: [] },
  org: { required: ["code"], optional: [] },
  functional: { required: ["code"], optional: [] },
  economic: { required: ["econ"], optional: ["gov"] },
  project: { required: ["name"], optional: ["code"] },
  line: { required: ["line"], optional: [] },
  indicator: { required: [], optional: [] },
  unplaced: { required: ["label"], optional: [] },
};
const plain = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
/** Own fields only among `allowed`, none `undefined`, and none of `allowed` inherited. */
const onlyFields = (v: Record<string, unknown>, allowed: readonly string[]) =>
  Object.keys(v).every((k) => allowed.includes(k) && v[k] !== undefined) &&
  allowed.every((k) => v[k] === undefined || Object.hasOwn(v, k));
const texts = (v: unknown) => plain(v) && Object.values(v).every((x) => typeof x === "string");
function wellFormedKey(k: unknown): boolean {
  if (!plain(k) || typeof k.kind !== "string" || !Object.hasOwn(KEYS, k.kind)) return false;
  const spec = KEYS[k.kind] as (typeof KEYS)[string];
  if (k.kind === "indicator")
    return (
      onlyFields(k, ["kind", "index"]) && Number.isSafeInteger(k.index) && (k.index as number) >= 0
    );
  return (
    onlyFields(k, ["kind", ...spec.required, ...spec.optional]) &&
    spec.required.every((f) => typeof k[f] === "string") &&
    spec.optional.every((f) => k[f] === undefined || typeof k[f] === "string")
  );
}
function wellFormed(t: unknown): boolean {
  if (!plain(t) || !onlyFields(t, ["kind", "title", "number", "unit", "rows", "note", "texts"]))
    return false;
  const optionalText = (f: string) => t[f] === undefined || typeof t[f] === "string";
  return (
    typeof t.kind === "string" &&
    ["元", "万元", "亿元"].includes(t.unit as string) &&
    ["title", "number", "note"].every(optionalText) &&
    (t.texts === undefined || texts(t.texts)) &&
    Array.isArray(t.rows) &&
    t.rows.every(
      (r: unknown) =>
        plain(r) &&
        onlyFields(r, ["key", "name", "cells"]) &&
        wellFormedKey(r.key) &&
        (r.name === undefined || typeof r.name === "string") &&
        texts(r.cells),
    )
  );
}

// Values near a table: each part mostly well-formed, sometimes off in one of the ways
// spreadsheets and plain JavaScript get it wrong (a number cell, null, an extra field, a field
// given as undefined, an unknown key kind …). `ABSENT` leaves a field out.
const ABSENT = Symbol("absent");
const some = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<unknown>, absent = 0) =>
  fc.oneof(
    { weight: 12, arbitrary: good as fc.Arbitrary<unknown> },
    { weight: 1, arbitrary: bad },
    { weight: absent, arbitrary: fc.constant<unknown>(ABSENT) },
  );
/** An object of the fields given, one of them sometimes inherited instead of its own. */
const object = (fields: Record<string, fc.Arbitrary<unknown>>) =>
  fc.tuple(fc.record(fields), fc.nat({ max: 15 })).map(([o, inherit]) => {
    const present = Object.entries(o).filter(([, v]) => v !== ABSENT);
    const moved = inherit < present.length ? present.splice(inherit, 1) : [];
    return Object.assign(
      Object.create(Object.fromEntries(moved)) as object,
      Object.fromEntries(present),
    ) as Record<string, unknown>;
  });
const cellValue = some(
  fc.constantFrom("", "6.50", "1,234.00", "－", "见说明"),
  fc.constantFrom<unknown>(6.5, null, undefined, true, 12n),
);
const cells = fc.dictionary(fc.constantFrom("total", "basic", "project", "remark"), cellValue, {
  maxKeys: 4,
});
const key = fc.oneof(
  object({ kind: fc.constantFrom("total", "single") }),
  object({ kind: fc.constant("functional"), code: some(fc.constant("2010101"), fc.constant(201)) }),
  object({
    kind: fc.constant("economic"),
    econ: fc.constant("30101"),
    gov: some(fc.constant("50101"), fc.constant(undefined), 6),
  }),
  object({
    kind: fc.constant("indicator"),
    index: some(fc.constantFrom(0, 3), fc.constantFrom(-1, 1.5, "2")),
  }),
  object({
    kind: some(fc.constant("project"), fc.constantFrom("row", 5)),
    name: fc.constant("机关运行经费"),
  }),
  fc.constantFrom<unknown>("total", null, { kind: "total", code: "1" }),
);
const row = object({
  key: some(key, fc.constant(undefined)),
  name: some(fc.constantFrom("合计", "一般公共服务支出"), fc.constantFrom(undefined, 5), 6),
  cells: some(cells, fc.constantFrom(undefined, "x", [])),
  extra: some(fc.constant(ABSENT), fc.constant("x")),
});
const table = object({
  kind: some(fc.constantFrom("expenditure", "sanGong"), fc.constant(7)),
  title: some(fc.constant("支出总表"), fc.constantFrom(undefined, null), 6),
  unit: some(fc.constantFrom("万元", "元", "亿元"), fc.constantFrom("千元", undefined)),
  rows: some(fc.array(row, { maxLength: 4 }), fc.constantFrom({}, undefined)),
  note: some(fc.constant("无"), fc.constant(undefined), 6),
  texts: some(cells, fc.constant("x"), 6),
  remark: some(fc.constant(ABSENT), fc.constant("另附")),
});

describe("shapeTable keeps a table as given, without a problem, exactly when it is well-formed", () => {
  it("agrees with the types' contract on tables near the shape", () => {
    fc.assert(
      fc.property(table, (t) => {
        const shaped = shapeTable(t);
        // a unit such as 千元 is kept as given, and reported
        const kept = (shaped.table as unknown) === t && shaped.problems.length === 0;
        expect(kept).toBe(wellFormed(t));
      }),
      { numRuns: 3000 },
    );
  });

  it("some generated tables are well-formed and some are not (the property is not vacuous)", () => {
    const sample = fc.sample(table, { numRuns: 500, seed: 15 });
    const kept = sample.filter(wellFormed).length;
    expect(kept).toBeGreaterThan(20);
    expect(kept).toBeLessThan(480);
  });
});
