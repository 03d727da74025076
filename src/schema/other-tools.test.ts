import { describe, expect, it } from "vitest";
import { disclosureJsonSchema } from "../../scripts/json-schema";
import { checkDisclosure, henan2024Profile } from "../rules";
import { henan2024 } from "../templates";
import type { SchemaIssue } from "./issues";
import { parseDisclosureJson } from "./parse";

/**
 * JSON documents other tools write (a spreadsheet or a pandas-like export): a blank cell as
 * `null`, a code as a JSON number. Both are correct documents: `parseDisclosureJson` reads them.
 */

/** A number as a dataframe writes it (`287.0`), kept as written in {@link text}. */
const n = (digits: string) => `\u0000${digits}\u0000`;
const meta = {
  year: 2024,
  documentKind: "部门",
  template: "henan2024",
  department: { code: n("116"), name: "中国共产党洛阳市涧西区委员会办公室" },
  units: [{ code: n("116001"), name: "中国共产党洛阳市涧西区委员会办公室", unitType: "行政" }],
};
const row = (key: Record<string, unknown>, cells: Record<string, unknown>) => ({ key, cells });
const twoOhOne = () => ({ total: n("635.07"), basic: n("558.07"), project: n("77.0") });
const twoTwoNine = () => ({ total: n("333.99"), basic: n("123.99"), project: n("210.0") });
/** The 部门支出预算表 of a Henan district office, as a dataframe export writes it. */
const exported = () => ({
  format: "yusuan.disclosure",
  version: 1,
  meta,
  tables: [
    {
      kind: "expenditure",
      unit: "万元",
      rows: [
        row(
          { kind: "total" },
          { total: n("969.06"), basic: n("682.06"), project: n("287.0"), "basic.family": null },
        ),
        row({ kind: "functional", code: n("201") }, twoOhOne()),
        row({ kind: "functional", code: n("20131") }, twoOhOne()),
        row(
          { kind: "functional", code: n("2013101") },
          { total: n("558.07"), basic: n("558.07"), project: null, "basic.family": null },
        ),
        row(
          { kind: "functional", code: n("2013102") },
          { total: n("77.0"), basic: null, project: n("77.0") },
        ),
        row({ kind: "functional", code: "229" }, twoTwoNine()),
        row({ kind: "functional", code: n("22999") }, twoTwoNine()),
        row({ kind: "functional", code: n("2299999") }, twoTwoNine()),
      ],
    },
  ],
  texts: [],
});

/** JSON text with each marked string written as the bare number it holds (`n("287.0")` → `287.0`). */
const text = (doc: unknown) => JSON.stringify(doc).replace(/"\\u0000([^"\\]*)\\u0000"/g, "$1");

const issuesOf = (t: string): readonly SchemaIssue[] => {
  const r = parseDisclosureJson(t);
  return r.ok ? [] : r.error;
};

describe("parseDisclosureJson: documents other tools write", () => {
  it('reads a null cell as a blank cell (""), as a spreadsheet\'s empty cell is', () => {
    const r = parseDisclosureJson(text(exported()));
    expect(r.ok ? [] : r.error).toEqual([]);
    if (!r.ok) return;
    const cells = r.value.tables[0]?.rows.map((x) => x.cells);
    expect(cells?.[0]).toEqual({
      total: "969.06",
      basic: "682.06",
      project: "287.0",
      "basic.family": "",
    });
    expect(cells?.[3]).toEqual({
      total: "558.07",
      basic: "558.07",
      project: "",
      "basic.family": "",
    });
    expect(cells?.[4]).toEqual({ total: "77.0", basic: "", project: "77.0" });
  });

  it("reads a code written as a JSON number as its digits (rows' keys, the department's and units' codes)", () => {
    const r = parseDisclosureJson(text(exported()));
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.tables[0]?.rows.map((x) => x.key)).toEqual([
      { kind: "total" },
      { kind: "functional", code: "201" },
      { kind: "functional", code: "20131" },
      { kind: "functional", code: "2013101" },
      { kind: "functional", code: "2013102" },
      { kind: "functional", code: "229" },
      { kind: "functional", code: "22999" },
      { kind: "functional", code: "2299999" },
    ]);
    expect(r.value.meta.department.code).toBe("116");
    expect(r.value.meta.units[0]?.code).toBe("116001");
  });

  it("reads every place a code is written (org, economic with gov, project, regionCode, targets' project) with its digits exactly, however long", () => {
    const doc = {
      ...exported(),
      meta: { ...meta, regionCode: n("410305") },
      tables: [
        {
          kind: "basicByEconomic",
          unit: "万元",
          rows: [
            row({ kind: "economic", econ: n("30101"), gov: n("50101") }, { total: "1.00" }),
            row({ kind: "org", code: n("116001") }, { total: "1.00" }),
          ],
        },
        {
          kind: "projects",
          unit: "万元",
          rows: [
            row(
              { kind: "project", name: "党建经费", code: n("41030524000000001234") },
              { total: "1.00" },
            ),
          ],
        },
      ],
    };
    const written = text(doc);
    expect(written).toContain('"code":41030524000000001234');
    const r = parseDisclosureJson(written);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.meta.regionCode).toBe("410305");
    expect(r.value.tables.flatMap((t) => t.rows.map((x) => x.key))).toEqual([
      { kind: "economic", econ: "30101", gov: "50101" },
      { kind: "org", code: "116001" },
      { kind: "project", name: "党建经费", code: "41030524000000001234" },
    ]);
  });

  it("checks the read document like the same document written with strings: the sums hold, no finding", () => {
    const r = parseDisclosureJson(text(exported()));
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const report = checkDisclosure(r.value, { profile: henan2024Profile, template: henan2024 });
    expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(report.outcomes.find((o) => o.ruleId === "rollup")?.outcome).toBe("pass");
  });

  it("still refuses a cell of a wrong type (true, an object, an array), with its path", () => {
    for (const wrong of [true, { value: "1.00" }, ["1.00"]]) {
      const doc = exported();
      (doc.tables[0]?.rows[1]?.cells as Record<string, unknown>).total = wrong;
      expect(issuesOf(text(doc)).map((i) => [i.code, i.path])).toEqual([
        ["invalid-type", ["tables", 0, "rows", 1, "cells", "total"]],
      ]);
    }
  });

  it("still refuses a code written as a number that is no code (a fraction, an exponent, a sign), with its path and as written", () => {
    for (const written of ["201.5", "2.01e2", "-201", "201.0"]) {
      const t = text(exported()).replace('"code":201}', `"code":${written}}`);
      expect(t).toContain(written);
      expect(issuesOf(t)).toEqual([
        {
          code: "invalid-code-number",
          path: ["tables", 0, "rows", 1, "key", "code"],
          input: written,
        },
      ]);
    }
  });

  it("still refuses a null where no blank can be (a code, a required text, the year)", () => {
    const doc = exported();
    (doc.tables[0]?.rows[1]?.key as Record<string, unknown>).code = null;
    expect(issuesOf(text(doc)).map((i) => [i.code, i.path])).toEqual([
      ["invalid-type", ["tables", 0, "rows", 1, "key", "code"]],
    ]);
    const year = text({ ...exported(), meta: { ...meta, year: null } });
    expect(issuesOf(year).map((i) => [i.code, i.path])).toEqual([
      ["invalid-type", ["meta", "year"]],
    ]);
  });

  it("reads a null money line of a 绩效目标 as a blank line", () => {
    const doc = {
      ...exported(),
      targets: {
        unit: "万元",
        projects: [
          {
            name: "党建经费",
            code: n("41030524000000"),
            money: { total: n("10.0"), government: n("10.00"), unitFunds: null },
            indicators: [],
          },
        ],
      },
    };
    const r = parseDisclosureJson(text(doc));
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.targets?.projects[0]?.money).toEqual({
      total: "10.0",
      government: "10.00",
      unitFunds: "",
    });
    expect(r.value.targets?.projects[0]?.code).toBe("41030524000000");
  });
});

describe("schema.json: what parseDisclosureJson reads", () => {
  const schema = JSON.stringify(disclosureJsonSchema());
  const rows = (disclosureJsonSchema().properties as Record<string, unknown>).tables as {
    items: { properties: { rows: { items: { properties: Record<string, unknown> } } } };
  };
  const row = rows.items.properties.rows.items.properties;

  it("lets a cell be null (a blank) besides a string or a number", () => {
    const cells = row.cells as { additionalProperties: { anyOf: { type: string }[] } };
    expect(cells.additionalProperties.anyOf.map((x) => x.type)).toEqual([
      "string",
      "number",
      "null",
    ]);
  });

  it("lets a code be digits (a non-negative integer) besides text, at every code of the format", () => {
    const key = row.key as {
      oneOf: { properties: Record<string, { anyOf?: { type: string }[] }> }[];
    };
    const codes = key.oneOf.flatMap((k) =>
      ["code", "econ", "gov"].flatMap((p) =>
        k.properties[p] === undefined ? [] : [k.properties[p]],
      ),
    );
    expect(codes.map((c) => c.anyOf?.map((x) => x.type))).toEqual(
      Array(5).fill(["string", "integer"]),
    );
    expect(schema.match(/"type":"integer","minimum":0,"description":"A code/g)?.length).toBe(9);
  });
});
