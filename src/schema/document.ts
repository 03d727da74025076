import * as z from "zod/mini";
import { UNITS } from "../amount/units";
import type { Disclosure } from "../disclosure";
import { TARGET_MONEY_LINES } from "../templates/targets";

/**
 * The `format` tag of a disclosure JSON document.
 *
 * @example
 * ```ts
 * import { DISCLOSURE_FORMAT } from "yusuan/json";
 * DISCLOSURE_FORMAT; // "yusuan.disclosure"
 * ```
 */
export const DISCLOSURE_FORMAT = "yusuan.disclosure";

/**
 * The version of the disclosure JSON document format this library reads and writes. It changes
 * only when a document of the previous version would no longer read the same (adding the
 * optional `targets` kept it at 1: every version-1 document still reads the same).
 *
 * @example
 * ```ts
 * import { DISCLOSURE_FORMAT_VERSION } from "yusuan/json";
 * DISCLOSURE_FORMAT_VERSION; // 1
 * ```
 */
export const DISCLOSURE_FORMAT_VERSION = 1;

/**
 * The JSON interchange form of a {@link Disclosure}: the disclosure's own fields (`meta`,
 * `tables`, `texts` and the optional performance `targets`, exactly as in the types, cells and
 * indicator values as printed strings) plus a `format` tag, a `version` and an optional `$schema` (for editors; the JSON Schema is the package's
 * `schema.json`). Unknown properties are rejected, so a misspelt field is never silently lost.
 * In JSON text, a cell may also be written as a number (`969.06`): `parseDisclosureJson` reads it
 * as the digits written; a blank cell as `null` (read as `""`); a code as digits (`2013101`, read
 * as `"2013101"`). `readDisclosureJson` also keeps unknown properties, each in a note.
 *
 * @example
 * ```ts
 * import type { DisclosureDocument } from "yusuan/json";
 * const doc: DisclosureDocument = {
 *   format: "yusuan.disclosure",
 *   version: 1,
 *   meta: { year: 2024, documentKind: "单位", template: "henan2024", department: { name: "某单位" }, units: [] },
 *   tables: [{ kind: "sanGong", unit: "万元", rows: [{ key: { kind: "single" }, cells: { total: "6.50" } }] }],
 *   texts: [],
 * };
 * ```
 */
export interface DisclosureDocument extends Disclosure {
  /** A JSON Schema reference for editors, ignored when read. */
  readonly $schema?: string;
  /** Always {@link DISCLOSURE_FORMAT}. */
  readonly format: typeof DISCLOSURE_FORMAT;
  /** Always {@link DISCLOSURE_FORMAT_VERSION}. */
  readonly version: typeof DISCLOSURE_FORMAT_VERSION;
}

function makeDocumentSchema() {
  const text = z.string();
  const optionalText = z.exactOptional(text);
  const printed = z.record(text, text);
  const rowKey = z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("total") }),
    z.strictObject({ kind: z.literal("org"), code: text }),
    z.strictObject({ kind: z.literal("functional"), code: text }),
    z.strictObject({ kind: z.literal("economic"), econ: text, gov: optionalText }),
    z.strictObject({ kind: z.literal("project"), name: text, code: optionalText }),
    z.strictObject({ kind: z.literal("line"), line: text }),
    z.strictObject({ kind: z.literal("single") }),
    z.strictObject({ kind: z.literal("indicator"), index: z.int().check(z.nonnegative()) }),
    z.strictObject({ kind: z.literal("unplaced"), label: text }),
  ]);
  const row = z.strictObject({ key: rowKey, name: optionalText, cells: printed });
  const table = z.strictObject({
    kind: text,
    title: optionalText,
    number: optionalText,
    unit: z.enum(UNITS),
    // printed text: an empty one would hide the table from every comparison
    unknownUnit: z.exactOptional(z.string().check(z.minLength(1))),
    rows: z.array(row),
    otherPeriods: z.exactOptional(z.record(text, z.enum(["prior", "change", "budget"]))),
    note: optionalText,
    texts: z.exactOptional(printed),
  });
  const unit = z.strictObject({
    code: optionalText,
    name: text,
    unitType: z.exactOptional(z.enum(["行政", "参公", "事业"])),
  });
  const count = z.exactOptional(z.int().check(z.nonnegative()));
  const meta = z.strictObject({
    year: z.int(),
    documentKind: z.enum(["部门", "单位"]),
    template: text,
    department: z.strictObject({ code: optionalText, name: text }),
    units: z.array(unit),
    unitCounts: z.exactOptional(z.strictObject({ 行政: count, 参公: count, 事业: count })),
    regionCode: optionalText,
    stage: z.exactOptional(z.enum(["预算", "决算"])),
  });
  const indicator = z.strictObject({
    level1: text,
    level2: optionalText,
    name: text,
    value: text,
    explanation: optionalText,
    standard: optionalText,
    midTermValue: optionalText,
    weight: optionalText,
  });
  const money = z.strictObject(
    Object.fromEntries(TARGET_MONEY_LINES.map((line) => [line, optionalText])) as Record<
      (typeof TARGET_MONEY_LINES)[number],
      typeof optionalText
    >,
  );
  const project = z.strictObject({
    name: text,
    code: optionalText,
    type: optionalText,
    implementer: optionalText,
    department: optionalText,
    goal: optionalText,
    midTermGoal: optionalText,
    money,
    indicators: z.array(indicator),
  });
  const targets = z.strictObject({
    unit: z.enum(UNITS),
    projects: z.array(project),
    department: z.exactOptional(
      z.strictObject({
        goal: optionalText,
        tasks: z.array(
          z.strictObject({ name: text, content: text, money: z.exactOptional(money) }),
        ),
        budget: money,
        indicators: z.array(indicator),
      }),
    ),
  });
  return z.strictObject({
    $schema: optionalText,
    format: z.literal(DISCLOSURE_FORMAT),
    version: z.literal(DISCLOSURE_FORMAT_VERSION),
    meta,
    tables: z.array(table),
    texts: z.array(z.strictObject({ title: text, body: text })),
    targets: z.exactOptional(targets),
  });
}

let documentSchema: ReturnType<typeof makeDocumentSchema> | undefined;

/**
 * The zod/mini schema of a {@link DisclosureDocument}, built on first use (importing
 * `yusuan/json` builds no schema: a one-shot program pays for it only when it reads a document
 * the fast reader leaves to zod). Used by `parseDisclosure` and by `scripts/json-schema.ts`
 * (which derives `schema.json` from it).
 * @internal
 */
export function disclosureDocumentSchema(): ReturnType<typeof makeDocumentSchema> {
  documentSchema ??= makeDocumentSchema();
  return documentSchema;
}
