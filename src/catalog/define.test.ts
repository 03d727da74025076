import { describe, expect, it } from "vitest";
import { defineCatalog } from "./define";
import { catalogChildren, catalogNamePath, coverageOf, lookupCode } from "./lookup";
import { checkName, findByName } from "./names";
import type { Catalog, CatalogData } from "./types";

/** A user-supplied catalog in the same shape as the built-in one: 4 entries, codes as printed. */
const custom: CatalogData = {
  system: "functional",
  year: 2025,
  coverage: { 类: "partial", 款: "complete", 项: "partial" },
  entries: [
    {
      code: "210",
      name: "卫生健康支出",
      aliases: [{ name: "医疗卫生与计划生育支出", from: 2014, to: 2018 }],
    },
    { code: "210 11", name: "行政事业单位医疗" },
    { code: "210-11-02", name: "事业单位医疗", basis: ["P"], note: "from the official list" },
    { code: "2101101", level: "项", parent: "21011", name: "行政单位医疗" },
  ],
};

function defined(data: CatalogData): Catalog {
  const r = defineCatalog(data);
  if (!r.ok) throw new Error(`unexpected problems: ${JSON.stringify(r.error)}`);
  return r.value;
}

describe("a user-supplied catalog works with every look-up", () => {
  const catalog = defined(custom);

  it("normalizes codes and fills level, parent, aliases and basis", () => {
    expect(catalog.entries.map((e) => e.code)).toEqual(["210", "21011", "2101102", "2101101"]);
    expect(lookupCode(catalog, "2101102")).toEqual({
      code: "2101102",
      level: "项",
      name: "事业单位医疗",
      parent: "21011",
      aliases: [],
      basis: ["P"],
      note: "from the official list",
    });
    expect(lookupCode(catalog, "21011")?.basis).toEqual([]);
  });

  it("answers children, name paths and coverage", () => {
    expect(catalogChildren(catalog, "21011").map((e) => e.code)).toEqual(["2101101", "2101102"]);
    expect(catalogNamePath(catalog, "2101101")).toEqual([
      "卫生健康支出",
      "行政事业单位医疗",
      "行政单位医疗",
    ]);
    expect(coverageOf(catalog, "款")).toBe("complete");
    expect(coverageOf(catalog, "类")).toBe("partial");
  });

  it("finds and checks names against its own year", () => {
    expect(findByName(catalog, "医疗卫生与计划生育支出").map((m) => m.validInYear)).toEqual([
      false,
    ]);
    expect(findByName(catalog, "医疗卫生与计划生育支出", { year: 2014 })[0]?.validInYear).toBe(
      true,
    );
    expect(findByName(catalog, "医疗卫生与计划生育支出", { year: 2013 })[0]?.validInYear).toBe(
      false,
    );
    expect(checkName(catalog, "2101101", "行政单位医疗")).toEqual({ kind: "match" });
    expect(checkName(catalog, "2101101", "事业单位医疗")).toEqual({
      kind: "mismatch",
      expected: "行政单位医疗",
    });
    expect(checkName(catalog, "2101103", "公务员医疗补助")).toEqual({ kind: "unknown-code" });
  });

  it("accepts a Catalog as data again (to extend the built-in one)", () => {
    const extended = defined({
      ...catalog,
      entries: [...catalog.entries, { code: "21012", name: "医疗保障" }],
    });
    expect(lookupCode(extended, "21012")?.parent).toBe("210");
    expect(lookupCode(extended, "2101101")?.name).toBe("行政单位医疗");
  });
});

describe("defineCatalog problems", () => {
  const base = { system: "departmental", year: 2024, coverage: { 类: "complete" } } as const;

  it("reports invalid codes and a bad year", () => {
    const r = defineCatalog({ ...base, year: 2024.5, entries: [{ code: "50101", name: "x" }] });
    expect(!r.ok && r.error.map((p) => p.code)).toEqual(["invalid-year", "invalid-code"]);
    expect(!r.ok && r.error[1]).toMatchObject({
      code: "invalid-code",
      input: "50101",
      position: 0,
      error: { code: "wrong-system" },
    });
  });

  it("reports declared levels and parents that disagree with the code", () => {
    const r = defineCatalog({
      ...base,
      entries: [
        { code: "301", name: "工资福利支出", parent: "3" },
        { code: "30101", name: "基本工资", level: "类", parent: "302" },
      ],
    });
    expect(!r.ok && r.error).toEqual([
      { code: "unexpected-parent", input: "301", position: 0, declared: "3" },
      { code: "level-mismatch", input: "30101", position: 1, declared: "类", actual: "款" },
      { code: "parent-mismatch", input: "30101", position: 1, declared: "302", expected: "301" },
    ]);
  });

  it("reports duplicates (printed forms included), empty names and bad alias years", () => {
    const r = defineCatalog({
      ...base,
      entries: [
        { code: "301", name: "工资福利支出", aliases: [{ name: "旧名", from: 2019, to: 2018 }] },
        { code: "301", name: " " },
      ],
    });
    expect(!r.ok && r.error).toEqual([
      {
        code: "invalid-alias-years",
        input: "301",
        position: 0,
        alias: { name: "旧名", from: 2019, to: 2018 },
      },
      { code: "empty-name", input: "301", position: 1 },
      { code: "duplicate-code", input: "301", position: 1, firstPosition: 0 },
    ]);
  });

  it("requires parents only where the parent's level is complete", () => {
    const entries = [{ code: "30201", name: "办公费" }];
    const complete = defineCatalog({ ...base, entries });
    expect(!complete.ok && complete.error).toEqual([
      { code: "missing-parent", input: "30201", position: 0, parent: "302" },
    ]);
    const partial = defineCatalog({ ...base, coverage: { 类: "partial" }, entries });
    expect(partial.ok).toBe(true);
  });
});
