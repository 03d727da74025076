/**
 * The JSON Schema of the disclosure interchange document, derived from the zod/mini schema in
 * `src/schema/document.ts`. Pure: the CLI wrapper `scripts/generate-json-schema.ts` writes it to
 * `schema.json`, and `src/schema/json-schema.test.ts` checks the committed file equals this output.
 * `toJSONSchema` lives here, not in `src/`, so the library bundle does not carry it.
 */
import * as z from "zod/mini";
import {
  DISCLOSURE_FORMAT,
  DISCLOSURE_FORMAT_VERSION,
  disclosureDocumentSchema,
} from "../src/schema/document";
import { LEDGER_FORMAT, ledgerSchemas } from "../src/schema/ledger";

type Json = Record<string, unknown>;

/** The object at `path` in a generated schema (each step an own property that is an object). */
function at(schema: Json, path: readonly string[]): Json {
  let node = schema;
  for (const step of path) {
    const next = node[step];
    if (typeof next !== "object" || next === null) throw new Error(`no ${path.join(".")}`);
    node = next as Json;
  }
  return node;
}

/**
 * A cell as the JSON text may write it: printed text, or a number, which `parseDisclosureJson`
 * reads as the digits written (`1200.50` → `"1200.50"`). The zod schema (which validates values,
 * after the number's text is taken from the JSON text) has strings only.
 */
const CELL = {
  anyOf: [
    { type: "string", description: "The cell as printed; an empty string is a blank cell." },
    {
      type: "number",
      description:
        "A figure written as a JSON number: read as the digits written (1200.50 keeps its two decimals), never through a binary float. A number with an exponent (1e3) is refused.",
    },
    {
      type: "null",
      description:
        'A blank cell written as null (as spreadsheets export an empty cell): read as "".',
    },
  ],
};

/**
 * A code (a row key's, the department's, a unit's, the region's, a targets project's) as the JSON
 * text may write it: text, or digits written as a JSON number, which `parseDisclosureJson` reads
 * as the digits written (`2013101` → `"2013101"`).
 */
const CODE = {
  anyOf: [
    { type: "string", description: "The code as printed." },
    {
      type: "integer",
      minimum: 0,
      description:
        'A code written as a JSON number: read as the digits written (2013101 → "2013101"). One written with a fraction or an exponent (201.0, 2.01e2) is refused.',
    },
  ],
};

/** Every code property of `node` (among `keys`) made a {@link CODE}. */
function codes(node: Json, ...keys: readonly string[]): void {
  const properties = at(node, ["properties"]);
  for (const key of keys) if (Object.hasOwn(properties, key)) properties[key] = CODE;
}

/**
 * Every optional property of `node` (among `keys`) that may also be `null`, which `parseLedger`
 * reads as absent (as JSON from a database writes an absent field).
 */
function nullable(node: Json, ...keys: readonly string[]): void {
  const properties = at(node, ["properties"]);
  const absent = { type: "null", description: "Absent, written as null." };
  const required = Array.isArray(node.required) ? node.required : [];
  for (const key of keys) {
    if (!Object.hasOwn(properties, key) || required.includes(key)) continue;
    const p = properties[key] as Json;
    properties[key] = { anyOf: [...(Array.isArray(p.anyOf) ? p.anyOf : [p]), absent] };
  }
}

/**
 * A money line of the targets, or a ledger entry's amount, as the JSON text may write it: a
 * decimal string, or a number read as the digits written (as a cell is).
 */
const money = (what: string, blank = false) => ({
  anyOf: [
    { type: "string", description: `${what} as a decimal string, as printed.` },
    {
      type: "number",
      description: `${what} written as a JSON number: read as the digits written (1200.50 keeps its two decimals), never through a binary float. A number with an exponent (1e3) is refused.`,
    },
    ...(blank
      ? [
          {
            type: "null",
            description: 'A blank written as null: read as "" (parseDisclosureJson).',
          },
        ]
      : []),
  ],
});

/** Every property of the object at `path` made a money line. */
function moneyLines(schema: Json, path: readonly string[]): void {
  const lines = at(schema, [...path, "properties"]);
  for (const key of Object.keys(lines)) lines[key] = money("The amount", true);
}

/** The JSON Schema (draft 2020-12) of a disclosure document, with a title and description. */
export function disclosureJsonSchema(): Record<string, unknown> {
  const { $schema, ...body } = z.toJSONSchema(disclosureDocumentSchema(), {
    target: "draft-2020-12",
    io: "input",
  });
  const cells = at(body, ["properties", "tables", "items", "properties", "rows", "items"]);
  at(cells, ["properties", "cells"]).additionalProperties = CELL;
  for (const kind of Object.values(at(cells, ["properties", "key", "oneOf"])))
    codes(kind as Json, "code", "econ", "gov");
  codes(at(body, ["properties", "meta"]), "regionCode");
  codes(at(body, ["properties", "meta", "properties", "department"]), "code");
  codes(at(body, ["properties", "meta", "properties", "units", "items"]), "code");
  codes(at(body, ["properties", "targets", "properties", "projects", "items"]), "code");
  const targets = ["properties", "targets", "properties"];
  moneyLines(body, [...targets, "projects", "items", "properties", "money"]);
  moneyLines(body, [...targets, "department", "properties", "budget"]);
  moneyLines(body, [
    ...targets,
    "department",
    "properties",
    "tasks",
    "items",
    "properties",
    "money",
  ]);
  return {
    $schema,
    title: `yusuan disclosure document (${DISCLOSURE_FORMAT} version ${DISCLOSURE_FORMAT_VERSION})`,
    description:
      "A department budget disclosure (部门预算公开): meta, tables with cells as printed strings (or JSON numbers, read as the digits written, or null for a blank), and text sections; codes as strings or digits. Read it with parseDisclosureJson from the yusuan package (readDisclosureJson also keeps properties this schema does not have, with a note for each).",
    ...body,
  };
}

/** `schema.json` as committed: the schema, indented by 2 spaces, with a final line break. */
export function renderJsonSchema(): string {
  return `${JSON.stringify(disclosureJsonSchema(), null, 2)}\n`;
}

/** The JSON Schema (draft 2020-12) of a ledger document (`ledger.schema.json`). */
export function ledgerJsonSchema(): Record<string, unknown> {
  const { $schema, ...body } = z.toJSONSchema(ledgerSchemas().document, {
    target: "draft-2020-12",
    io: "input",
  });
  const kinds = at(body, ["properties", "entries", "items", "anyOf"]);
  for (const kind of Object.values(kinds)) {
    at(kind as Json, ["properties"]).amount = money("The amount");
    codes(kind as Json, "unit", "functional", "econ", "gov");
    nullable(kind as Json, "kind", "gov", "project", "period");
    const project = at(kind as Json, ["properties"]).project as Json | undefined;
    const object = (project?.anyOf as Json[] | undefined)?.[0];
    if (object !== undefined) {
      codes(object, "code");
      nullable(object, "code");
    }
  }
  const meta = at(body, ["properties", "meta"]);
  codes(meta, "regionCode");
  nullable(meta, "regionCode", "unitCounts");
  codes(at(meta, ["properties", "department"]), "code");
  nullable(at(meta, ["properties", "department"]), "code");
  codes(at(meta, ["properties", "units", "items"]), "code");
  nullable(at(meta, ["properties", "units", "items"]), "code", "unitType");
  nullable(body, "$schema");
  return {
    $schema,
    title: `yusuan ledger document (${LEDGER_FORMAT} version 1)`,
    description:
      "A budget ledger (预算明细): line items by unit, fund, function, economic code, nature and project, amounts as decimal strings (or JSON numbers, read as the digits written), codes as strings or digits, absent optional fields also as null. Read it with parseLedger from the yusuan package; derive the disclosure tables with deriveDisclosure.",
    ...body,
  };
}

/** `ledger.schema.json` as committed. */
export function renderLedgerJsonSchema(): string {
  return `${JSON.stringify(ledgerJsonSchema(), null, 2)}\n`;
}
