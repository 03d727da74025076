import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  disclosureJsonSchema,
  ledgerJsonSchema,
  renderJsonSchema,
  renderLedgerJsonSchema,
} from "../../scripts/json-schema";

describe("schema.json", () => {
  it("is up to date: regenerate it with `npx tsx scripts/generate-json-schema.ts`", () => {
    const committed = readFileSync(
      fileURLToPath(new URL("../../schema.json", import.meta.url)),
      "utf8",
    );
    expect(committed).toBe(renderJsonSchema());
  });

  it("describes the document: tagged, versioned, closed, with the required parts", () => {
    const schema = disclosureJsonSchema();
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.required).toEqual(["format", "version", "meta", "tables", "texts"]);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties).toMatchObject({
      format: { const: "yusuan.disclosure" },
      version: { const: 1 },
      tables: { items: { properties: { unit: { enum: ["元", "万元", "亿元"] } } } },
    });
  });

  it("requires a table's unknownUnit to be printed text (an empty one would hide the table)", () => {
    expect(disclosureJsonSchema().properties).toMatchObject({
      tables: { items: { properties: { unknownUnit: { type: "string", minLength: 1 } } } },
    });
  });
});

describe("ledger.schema.json", () => {
  it("is up to date: regenerate it with `npm run gen:schema`", () => {
    const committed = readFileSync(
      fileURLToPath(new URL("../../ledger.schema.json", import.meta.url)),
      "utf8",
    );
    expect(committed).toBe(renderLedgerJsonSchema());
  });

  it("describes the ledger: tagged, closed, funds and natures enumerated", () => {
    const schema = ledgerJsonSchema();
    expect(schema.required).toEqual(["format", "version", "meta", "scale", "entries"]);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties).toMatchObject({
      format: { const: "yusuan.ledger" },
      scale: { properties: { unit: { enum: ["元", "万元", "亿元"] } } },
    });
    expect(JSON.stringify(schema)).toContain('"carryover.unitFunds"');
  });
});
