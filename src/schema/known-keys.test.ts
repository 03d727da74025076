import { describe, expect, it } from "vitest";
import { disclosureDocumentSchema } from "./document";
import { knownKeysAt } from "./known-keys";
import { parseDisclosure } from "./parse";

describe("knownKeysAt", () => {
  it("reads the properties of each object of the format from the schema", () => {
    const at = (path: (string | number)[]) => knownKeysAt(disclosureDocumentSchema(), path);
    expect(at([])).toEqual(["$schema", "format", "version", "meta", "tables", "texts", "targets"]);
    expect(at(["meta", "department"])).toEqual(["code", "name"]);
    expect(at(["meta", "units", 3])).toEqual(["code", "name", "unitType"]);
    expect(at(["tables", 0, "rows", 2])).toEqual(["key", "name", "cells"]);
    expect(at(["tables", 0, "rows", 2, "key"])).toContain("econ");
    expect(at(["texts", 1])).toEqual(["title", "body"]);
    expect(at(["tables", 0, "rows", 2, "cells"])).toEqual([]);
  });
});

describe("an unknown property of the JSON format", () => {
  it("suggests the property meant, wherever it is", () => {
    const r = parseDisclosure({
      format: "yusuan.disclosure",
      version: 1,
      meta: {
        yaer: 2024,
        year: 2024,
        documentKind: "单位",
        template: "henan2024",
        department: { name: "x" },
        units: [],
      },
      tables: [
        { kind: "sanGong", unit: "万元", rows: [{ key: { kind: "org", cod: "1" }, cells: {} }] },
      ],
      texts: [{ titel: "说明", title: "说明", body: "" }],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const unknown = r.error.flatMap((i) =>
      i.code === "unknown-key" ? [[i.key, i.suggestions]] : [],
    );
    expect(unknown).toEqual([
      ["yaer", ["year"]],
      ["cod", ["code"]],
      ["titel", ["title"]],
    ]);
  });
});
