import { describe, expect, it } from "vitest";
import { catalog2024, departmental2024, functional2024, government2024, mapping2024 } from "./2024";
import { defineCatalog } from "./define";
import { defineEconomicMapping } from "./mapping";
import { defineCatalogSet } from "./set";

describe("defineCatalogSet", () => {
  it("accepts the built-in 2024 parts", () => {
    const r = defineCatalogSet({ ...catalog2024 });
    expect(r.ok && r.value.year).toBe(2024);
    expect(r.ok && r.value.mapping).toBe(mapping2024);
  });

  it("reports catalogs of the wrong system or year", () => {
    const r = defineCatalogSet({
      functional: functional2024,
      departmental: government2024,
      government: departmental2024,
      mapping: { ...mapping2024, year: 2023 },
    });
    expect(!r.ok && r.error.filter((p) => p.code !== "unknown-mapping-code")).toEqual([
      {
        code: "system-mismatch",
        input: "government",
        expected: "departmental",
        field: "departmental",
      },
      {
        code: "system-mismatch",
        input: "departmental",
        expected: "government",
        field: "government",
      },
      { code: "year-mismatch", input: 2023, expected: 2024, field: "mapping" },
    ]);
  });

  it("reports mapping codes missing from a complete economic catalog", () => {
    const mapping = defineEconomicMapping({
      year: 2024,
      rules: [
        { from: "30210", unitKinds: ["机关"], to: ["50201"], basis: [] },
        { from: "301", unitKinds: ["机关"], to: ["50210", "515"], basis: [] },
      ],
    });
    if (!mapping.ok) throw new Error("mapping should be valid");
    const r = defineCatalogSet({ ...catalog2024, mapping: mapping.value });
    expect(!r.ok && r.error).toEqual([
      { code: "unknown-mapping-code", input: "30210", position: 0, field: "from" },
      { code: "unknown-mapping-code", input: "50210", position: 1, field: "to" },
      { code: "unknown-mapping-code", input: "515", position: 1, field: "to" },
    ]);
  });

  it("does not require mapping codes a partial catalog may lack", () => {
    const partial = defineCatalog({ system: "government", year: 2024, coverage: {}, entries: [] });
    if (!partial.ok) throw new Error("empty catalog should be valid");
    expect(defineCatalogSet({ ...catalog2024, government: partial.value }).ok).toBe(true);
  });
});
