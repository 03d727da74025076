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

/** The JSON Schema (draft 2020-12) of a disclosure document, with a title and description. */
export function disclosureJsonSchema(): Record<string, unknown> {
  const { $schema, ...body } = z.toJSONSchema(disclosureDocumentSchema, {
    target: "draft-2020-12",
    io: "input",
  });
  return {
    $schema,
    title: `yusuan disclosure document (${DISCLOSURE_FORMAT} version ${DISCLOSURE_FORMAT_VERSION})`,
    description:
      "A department budget disclosure (部门预算公开): meta, tables with cells as printed strings, and text sections. Read it with parseDisclosure from the yusuan package.",
    ...body,
  };
}

/** `schema.json` as committed: the schema, indented by 2 spaces, with a final line break. */
export function renderJsonSchema(): string {
  return `${JSON.stringify(disclosureJsonSchema(), null, 2)}\n`;
}
