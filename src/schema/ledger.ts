import * as z from "zod/mini";
import { UNITS } from "../amount/units";
// Direct module imports (not the ledger barrel): reading a ledger needs neither derivation nor
// the checker's arithmetic (decimal.js).
import { buildLedger } from "../ledger/build";
import { ledgerEntries } from "../ledger/facts";
import type { Ledger } from "../ledger/store";
import {
  LEDGER_FUNDS,
  type LedgerEntry,
  type LedgerMeta,
  type LedgerProblem,
  type LedgerScale,
} from "../ledger/types";
import { err, type Result } from "../result/result";
import { buildWithoutBlanks } from "./blank-amounts";
import { MAX_DEPTH, scanJson } from "./depth";
import { fromZodIssue, type SchemaIssue } from "./issues";
import { keepUnknownKeys } from "./kept";
import { readOwn, toRead } from "./ledger-own";
import type { SchemaNote } from "./notes";
import { LEDGER_NUMBER_PATHS, readNumbers } from "./numbers";
import { snapshot } from "./snapshot";
import { append, capIssues, safeParseAll } from "./split";
import { LEDGER_CODE_PATHS, readNumberCodes } from "./written";

/**
 * The `format` tag of a ledger JSON document.
 *
 * @example
 * ```ts
 * import { LEDGER_FORMAT } from "yusuan/json";
 * LEDGER_FORMAT; // "yusuan.ledger"
 * ```
 */
export const LEDGER_FORMAT = "yusuan.ledger";

/**
 * The JSON interchange form of a ledger: `format` `"yusuan.ledger"`, `version` 1, the meta, the
 * scale of its amounts and its entries (amounts as decimal strings). Unknown properties are
 * rejected. The JSON Schema is the package's `ledger.schema.json`.
 *
 * @example
 * ```ts
 * import type { LedgerDocument } from "yusuan/json";
 * const doc: LedgerDocument = {
 *   format: "yusuan.ledger", version: 1,
 *   meta: { year: 2024, documentKind: "单位", department: { name: "某局" }, units: [{ code: "1", name: "某局", unitType: "行政" }] },
 *   scale: { unit: "万元", decimals: 2 },
 *   entries: [{ unit: "1", fund: "gpb.grant", functional: "2013101", econ: "30201", nature: "basic", amount: "8.02" }],
 * };
 * ```
 */
export interface LedgerDocument {
  /** A JSON Schema reference for editors, ignored when read. */
  readonly $schema?: string;
  readonly format: typeof LEDGER_FORMAT;
  readonly version: 1;
  readonly meta: LedgerMeta;
  readonly scale: LedgerScale;
  readonly entries: readonly LedgerEntry[];
}

function makeLedgerSchema() {
  const text = z.string();
  const optionalText = z.exactOptional(text);
  const count = z.exactOptional(z.int().check(z.nonnegative()));
  const meta = z.strictObject({
    year: z.int(),
    documentKind: z.enum(["部门", "单位"]),
    department: z.strictObject({ code: optionalText, name: text }),
    units: z.array(
      z.strictObject({
        code: optionalText,
        name: text,
        unitType: z.exactOptional(z.enum(["行政", "参公", "事业"])),
      }),
    ),
    unitCounts: z.exactOptional(z.strictObject({ 行政: count, 参公: count, 事业: count })),
    regionCode: optionalText,
  });
  const fund = z.enum(LEDGER_FUNDS);
  const period = z.exactOptional(z.literal("prior"));
  const line = z.strictObject({
    kind: z.exactOptional(z.literal("spending")),
    unit: text,
    fund,
    functional: text,
    econ: text,
    gov: optionalText,
    nature: z.enum([
      "basic",
      "basic.personnel",
      "basic.public",
      "project.operating",
      "project.specific",
    ]),
    project: z.exactOptional(z.strictObject({ name: text, code: optionalText })),
    period,
    amount: text,
  });
  const carryForward = z.strictObject({
    kind: z.literal("carryforward"),
    unit: text,
    fund,
    period,
    amount: text,
  });
  const document = z.strictObject({
    $schema: optionalText,
    format: z.literal(LEDGER_FORMAT),
    version: z.literal(1),
    meta,
    scale: z.strictObject({
      unit: z.enum(UNITS),
      decimals: z.int().check(z.nonnegative(), z.lte(12)),
    }),
    entries: z.array(z.union([line, carryForward])),
  });
  return { document, line, carryForward };
}

let schemas: ReturnType<typeof makeLedgerSchema> | undefined;

/**
 * The zod/mini schemas of a {@link LedgerDocument} (`document`, the source of
 * `ledger.schema.json`) and of its two kinds of entry, built on first use. @internal
 */
export function ledgerSchemas(): ReturnType<typeof makeLedgerSchema> {
  schemas ??= makeLedgerSchema();
  return schemas;
}

/** The issues of a document, an entry that matches no kind of entry read as the kind it names. */
function issuesOf(issues: readonly z.core.$ZodIssue[], input: unknown): SchemaIssue[] {
  return issues.flatMap((issue) => {
    const [top, index] = issue.path;
    if (
      issue.code !== "invalid_union" ||
      top !== "entries" ||
      typeof index !== "number" ||
      issue.path.length !== 2
    )
      return fromZodIssue(issue, input);
    const entry = (input as { entries: unknown[] }).entries[index];
    const kind =
      typeof entry === "object" && entry !== null ? (entry as { kind?: unknown }).kind : undefined;
    const variant = kind === "carryforward" ? ledgerSchemas().carryForward : ledgerSchemas().line;
    const again = variant.safeParse(entry);
    if (again.success) return fromZodIssue(issue, input);
    return again.error.issues.flatMap((i) =>
      fromZodIssue({ ...i, path: ["entries", index, ...i.path] }, input),
    );
  });
}

/**
 * Reads a ledger JSON document (parsed from text, or any value): the document's shape is checked
 * (schema issues with their paths), then its entries are validated and indexed (ledger problems,
 * `["entries", i, field]`). Never throws; the input is never changed.
 *
 * As `ledgerOf` and {@link parseLedgerJson} read them: an optional field given as `null` (how JSON
 * from a database writes an absent one: an entry's `kind`, `gov`, `project`, `period`, its
 * project's `code`, the department's or a unit's `code`, a unit's `unitType`, `unitCounts`,
 * `regionCode`) is absent; a code given as a number (an entry's `unit`, `functional`, `econ`,
 * `gov`, its project's `code`, the department's, a unit's, `meta.regionCode`) is read as its
 * digits where it is a non-negative safe integer (`String(n)` is then exactly what JSON text
 * would have written). A JavaScript number has no text, so any other (`302.01`, `-1`, `NaN`, one
 * beyond 2⁵³ − 1 whose last digits may be gone, as a 21-digit project code's are) is an
 * `invalid-code-number` issue: give such a code as a string, or as JSON text to `parseLedgerJson`.
 * An `amount` stays a string: a number has lost its printed digits. An `amount` that states no
 * figure (`null`, `""`, a dash or a slash: `parseAmount`'s "no value", as a disclosure's blank
 * cell) is a `malformed-amount` problem with reason `blank` (a blank is not 0); `readLedgerJson`
 * reads such a ledger, leaving the entry out with a note.
 *
 * @param input - the document
 *
 * @example
 * ```ts
 * import { parseLedger } from "yusuan/json";
 * const doc = {
 *   format: "yusuan.ledger", version: 1,
 *   meta: { year: 2024, documentKind: "单位", department: { name: "某局" }, units: [{ code: "1", name: "某局", unitType: "行政" }] },
 *   scale: { unit: "万元", decimals: 2 },
 *   entries: [{ unit: "1", fund: "gpb", functional: "2013101", econ: "30201", nature: "basic", amount: "8.02" }],
 * };
 * const r = parseLedger(doc);
 * if (!r.ok) r.error.map((i) => [i.code, i.path]); // [["invalid-value", ["entries", 0, "fund"]]]
 * const numbers = parseLedger({
 *   ...doc,
 *   entries: [{ unit: 1, fund: "gpb.grant", functional: 2013101, econ: 30201, gov: null, nature: "basic", amount: "8.02" }],
 * });
 * if (numbers.ok) numbers.value.size; // 1
 * const blank = parseLedger({
 *   ...doc,
 *   entries: [{ unit: "1", fund: "gpb.grant", functional: "2013101", econ: "30201", nature: "basic", amount: null }],
 * });
 * if (!blank.ok) blank.error[0]; // { code: "malformed-amount", path: ["entries", 0, "amount"], input: "", reason: "blank" }
 * ```
 */
export function parseLedger(
  input: unknown,
): Result<Ledger, readonly (SchemaIssue | LedgerProblem)[]> {
  // Codes given as numbers and null optional fields are read on a copy of our own (the caller's
  // value is never changed), made only when there are some.
  let reading: boolean;
  try {
    reading = toRead(input);
  } catch {
    reading = true; // a getter or a Proxy that throws: the copy says where, as an issue
  }
  if (!reading) return parseOwn(input, []);
  const copy = snapshot(input);
  if (copy.issues.length > 0) return err(capIssues(copy.issues));
  return parseOwn(copy.value, []);
}

/**
 * How `readLedgerJson` reads another tool's ledger: its notes gathered in `notes`, a property the
 * format does not have kept in one (`keep`) or refused. Absent: read strictly (`parseLedger`,
 * `parseLedgerJson`). @internal
 */
export interface LenientReading {
  readonly notes: SchemaNote[];
  readonly keep: boolean;
}

/**
 * The ledger document's data, or its issues; with `lenient.keep`, its unknown keys are left out
 * of `value` into notes and the rest read again.
 */
function validate(
  value: unknown,
  lenient: LenientReading | undefined,
): { readonly data: unknown } | { readonly issues: readonly SchemaIssue[] } {
  const schema = ledgerSchemas().document;
  let parsed = safeParseAll(schema, value);
  if (parsed.success) return { data: parsed.data };
  const issues = issuesOf(parsed.issues, value);
  if (lenient?.keep !== true) return { issues };
  const { kept, rest } = keepUnknownKeys(value, issues);
  if (kept.length === 0) return { issues };
  append(lenient.notes, kept);
  if (rest.length > 0) return { issues: rest };
  parsed = safeParseAll(schema, value);
  return parsed.success ? { data: parsed.data } : { issues: issuesOf(parsed.issues, value) };
}

/**
 * Reads a ledger document of the library's own (`issues`: those of reading its text's numbers):
 * its codes given as numbers are read and its `null` optional fields dropped ({@link readOwn}),
 * then the shape is checked and the entries built. An issue's path has no other issue or problem.
 */
function parseOwn(
  value: unknown,
  issues: readonly SchemaIssue[],
  lenient?: LenientReading,
): Result<Ledger, readonly (SchemaIssue | LedgerProblem)[]> {
  const own = readOwn(value);
  const all = append([...issues], own.issues);
  const parsed = validate(value, lenient);
  type Data = z.output<ReturnType<typeof ledgerSchemas>["document"]>;
  let read: Result<Ledger, readonly (SchemaIssue | LedgerProblem)[]>;
  if ("issues" in parsed) read = err(parsed.issues);
  else {
    const { meta, scale, entries } = parsed.data as Data;
    const list = entries as readonly LedgerEntry[];
    read =
      lenient === undefined
        ? buildLedger(meta as LedgerMeta, scale, list)
        : buildWithoutBlanks(meta as LedgerMeta, scale, list, own.nulls, lenient.notes);
  }
  if (all.length === 0) return read.ok ? read : err(capIssues(read.error));
  // The number's text is kept at its path: not also a schema issue or a ledger problem there.
  const at = new Set(all.map((i) => i.path.join("\u0000")));
  const others = read.ok ? [] : read.error.filter((i) => !at.has(i.path.join("\u0000")));
  return err(capIssues([...all, ...others]));
}

/**
 * Reads a ledger JSON document from text (`JSON.parse`, then {@link parseLedger}); text that is
 * not JSON gives one `invalid-json` issue, text nested deeper than 64 levels one `too-deep` issue.
 * An entry's `amount` written as a JSON number (`"amount": 1200.50`) is read as the digits
 * written (`"1200.50"`), never through a binary float; one with an exponent (`1e3`) is a
 * `number-exponent` issue at its path. A code (an entry's `unit`, `functional`, `econ`, `gov`,
 * its project's `code`, the department's, a unit's, `meta.regionCode`) written as a JSON number is
 * read as its digits, as `parseDisclosureJson` reads a disclosure's (`2013101` → `"2013101"`, a
 * 21-digit project code exactly); one with a fraction, an exponent or a sign (`302.01`) is an
 * `invalid-code-number` issue. `null` optional fields are absent (see {@link parseLedger}). An
 * amount that states no figure (`null`, `""`, `"—"`, `"-"`, `"／"` …) is refused as a blank
 * (`malformed-amount`, reason `blank`): use `readLedgerJson` to read a spreadsheet's export that
 * writes "none" so, each such entry left out of the ledger with a note. Linear in the text. Never
 * throws.
 *
 * @example
 * ```ts
 * import { parseLedgerJson } from "yusuan/json";
 * import { ledgerEntries } from "yusuan/ledger";
 * const r = parseLedgerJson("{");
 * if (!r.ok) r.error[0]?.code; // "invalid-json"
 * const doc = (amount: string) =>
 *   `{"format": "yusuan.ledger", "version": 1, "meta": {"year": 2024, "documentKind": "单位", "department": {"name": "某局"}, "units": [{"code": "1", "name": "某局", "unitType": "行政"}]}, "scale": {"unit": "万元", "decimals": 2}, "entries": [{"unit": "1", "fund": "gpb.grant", "functional": "2013101", "econ": "30201", "nature": "basic", "amount": ${amount}}]}`;
 * const number = parseLedgerJson(doc("1200.50"));
 * if (number.ok) ledgerEntries(number.value)[0]?.amount; // "1200.50"
 * const exponent = parseLedgerJson(doc("1.2e3"));
 * if (!exponent.ok) exponent.error[0]; // { code: "number-exponent", path: ["entries", 0, "amount"], input: "1.2e3" }
 * const blank = parseLedgerJson(doc('"—"'));
 * if (!blank.ok) blank.error[0]; // { code: "malformed-amount", path: ["entries", 0, "amount"], input: "—", reason: "blank" }
 * ```
 */
export function parseLedgerJson(
  text: string,
): Result<Ledger, readonly (SchemaIssue | LedgerProblem)[]> {
  return ledgerFromText(text);
}

/**
 * Reads a ledger JSON text: {@link parseLedgerJson}, or, with `lenient`, as `readLedgerJson`
 * reads another tool's (its notes gathered in `lenient.notes`). @internal
 */
export function ledgerFromText(
  text: string,
  lenient?: LenientReading,
): Result<Ledger, readonly (SchemaIssue | LedgerProblem)[]> {
  const offset = scanJson(text).tooDeepAt;
  if (offset >= 0) return err([{ code: "too-deep", path: [], maximum: MAX_DEPTH, offset }]);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return err([{ code: "invalid-json", path: [], input: text, detail }]);
  }
  // Money and codes written as numbers, read as the digits written; what `JSON.parse` made is
  // ours, read in place.
  const issues = readNumbers(value, text, LEDGER_NUMBER_PATHS);
  const codes = readNumberCodes(value, text, LEDGER_CODE_PATHS);
  append(issues, codes.issues);
  if (lenient !== undefined) append(lenient.notes, codes.notes);
  return parseOwn(value, issues, lenient);
}

/**
 * A ledger as its JSON document (entries as the ledger keeps them: see `ledgerEntries`).
 * {@link parseLedger} reads it back to an equal ledger.
 *
 * @example
 * ```ts
 * import { serializeLedger } from "yusuan/json";
 * import { ledgerOf } from "yusuan/ledger";
 * const meta = { year: 2024, documentKind: "单位", department: { name: "某局" }, units: [{ code: "1", name: "某局", unitType: "行政" }] } as const;
 * const r = ledgerOf(meta, { unit: "万元", decimals: 2 }, [
 *   { unit: "1", fund: "gpb.grant", functional: "2013101", econ: "30201", nature: "basic", amount: "8.02" },
 * ]);
 * if (r.ok) serializeLedger(r.value).entries[0]?.amount; // "8.02"
 * ```
 */
export function serializeLedger(ledger: Ledger): LedgerDocument {
  return {
    format: LEDGER_FORMAT,
    version: 1,
    meta: ledger.meta,
    scale: { unit: ledger.scale.unit, decimals: ledger.scale.decimals },
    entries: ledgerEntries(ledger),
  };
}

/**
 * {@link serializeLedger} as JSON text (indent 0 for one line).
 *
 * @example
 * ```ts
 * import { parseLedgerJson, stringifyLedger } from "yusuan/json";
 * import { ledgerOf } from "yusuan/ledger";
 * const meta = { year: 2024, documentKind: "单位", department: { name: "某局" }, units: [{ code: "1", name: "某局", unitType: "行政" }] } as const;
 * const r = ledgerOf(meta, { unit: "万元", decimals: 2 }, []);
 * if (r.ok) parseLedgerJson(stringifyLedger(r.value)).ok; // true
 * ```
 */
export function stringifyLedger(ledger: Ledger, indent = 2): string {
  return JSON.stringify(serializeLedger(ledger), null, indent);
}
