/**
 * Misuse from plain JavaScript and spreadsheet readers (issue 11): builders and validation never
 * throw on data; what cannot be used is a typed problem with its path and the way out.
 */
import { describe, expect, it } from "vitest";
import { henan2024 } from "../templates";
import { disclosureBuilder } from "./builder-disclosure";
import { formatBuildProblem } from "./builder-messages";
import { tableBuilder } from "./builder-table";
import { validateDisclosure, validateTable } from "./builder-validate";
import type { BuildProblem } from "./problems";
import type { Disclosure, Table } from "./types";

/** A value typed as anything: what plain JavaScript may pass. */
const loose = <T>(value: unknown): T => value as T;

const codes = (problems: readonly BuildProblem[]) => problems.map((p) => [p.code, p.path]);

const META = {
  year: 2024,
  documentKind: "单位",
  template: "henan2024",
  department: { name: "某单位" },
  units: [],
} as const;

describe("number cells, as spreadsheet readers give them", () => {
  it("are taken exactly as their decimal text", () => {
    const r = tableBuilder(henan2024, "sanGong")
      .single(loose({ total: 6.5, vehicles: 4, reception: 2.5 }))
      .build();
    expect(r.problems).toEqual([]);
    expect(r.value.rows[0]?.cells).toEqual({ total: "6.5", vehicles: "4", reception: "2.5" });
  });

  it("are written out without an exponent, whatever their size", () => {
    const r = validateTable(
      loose<Table>({
        kind: "expenditure",
        unit: "元",
        rows: [{ key: { kind: "total" }, cells: { total: 1e21, basic: 1.5e-7, project: -2e-7 } }],
      }),
      henan2024,
    );
    expect(r.value.rows[0]?.cells).toEqual({
      total: "1000000000000000000000",
      basic: "0.00000015",
      project: "-0.0000002",
    });
    expect(r.problems).toEqual([]);
  });

  it("NaN and Infinity are amounts no more than their words are", () => {
    const r = tableBuilder(henan2024, "sanGong")
      .single(loose({ total: Number.NaN, reception: Number.POSITIVE_INFINITY }))
      .build();
    expect(r.problems.map((p) => (p.code === "malformed-amount" ? p.error.code : p.code))).toEqual([
      "not-a-number",
      "not-a-number",
    ]);
  });

  it("a number code in a row key reads as its digits", () => {
    const r = validateTable(
      loose<Table>({
        kind: "expenditure",
        unit: "万元",
        rows: [{ key: { kind: "functional", code: 2013101 }, cells: { total: "1.00" } }],
      }),
      henan2024,
    );
    expect(r.ok).toBe(true);
    expect(r.value.rows[0]?.key).toEqual({ kind: "functional", code: "2013101" });
  });

  it("null and undefined are blank cells (an empty spreadsheet cell)", () => {
    const r = tableBuilder(henan2024, "sanGong")
      .single(loose({ total: "2.50", abroad: null, reception: "2.50", vehicles: undefined }))
      .build();
    expect(r.problems).toEqual([]);
    expect(r.value.rows[0]?.cells).toEqual({
      total: "2.50",
      abroad: "",
      reception: "2.50",
      vehicles: "",
    });
  });

  it("a boolean or an object is a wrong-type problem with its path, the cell left out", () => {
    const r = tableBuilder(henan2024, "sanGong")
      .single(loose({ total: true, reception: { v: 1 } }))
      .build();
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual([
      {
        code: "wrong-type",
        severity: "error",
        path: ["rows", 0, "cells", "total"],
        expected: "text",
        actual: "boolean",
      },
      {
        code: "wrong-type",
        severity: "error",
        path: ["rows", 0, "cells", "reception"],
        expected: "text",
        actual: "object",
      },
    ]);
    expect(r.value.rows[0]?.cells).toEqual({});
    expect(formatBuildProblem(r.problems[0] as BuildProblem, "en")).toBe(
      'rows[0].cells.total: expected printed text (such as "6.50"), got boolean',
    );
  });
});

describe("a unit outside 元 / 万元 / 亿元", () => {
  const thousand = tableBuilder(henan2024, "sanGong", loose({ unit: "千元" }))
    .single({ total: "6.50", reception: "6.50" })
    .build();

  it("is one invalid-value problem at the table's unit, listing the units", () => {
    expect(thousand.ok).toBe(false);
    expect(thousand.problems).toEqual([
      {
        code: "invalid-value",
        severity: "error",
        path: ["unit"],
        input: "千元",
        expected: ["元", "万元", "亿元"],
        suggestions: [],
      },
    ]);
  });

  it("keeps the table as given, unit included", () => {
    expect(thousand.value.unit).toBe("千元");
    expect(thousand.value.rows[0]?.cells).toEqual({ total: "6.50", reception: "6.50" });
  });

  it("is found by validation too, and a near unit is suggested", () => {
    const r = validateDisclosure(
      loose<Disclosure>({
        meta: META,
        tables: [{ kind: "sanGong", unit: "万", rows: [] }],
        texts: [],
      }),
      henan2024,
    );
    expect(r.problems.map((p) => [p.code, p.path, "suggestions" in p && p.suggestions])).toEqual([
      ["invalid-value", ["tables", 0, "unit"], ["万元"]],
    ]);
  });
});

describe("shapes from plain JavaScript", () => {
  it("a disclosure with missing and mistyped parts is reported part by part", () => {
    const r = validateDisclosure(
      loose<Disclosure>({
        meta: { year: "2024", template: "henan2024", department: null, units: {} },
        tables: [
          { kind: "sanGong", unit: "万元", rows: {} },
          { kind: "sanGong2", unit: "万元", rows: [{ key: "single", cells: [] }] },
          null,
        ],
      }),
      henan2024,
    );
    expect(r.ok).toBe(false);
    expect(codes(r.problems)).toEqual([
      ["wrong-type", ["meta", "year"]],
      ["wrong-type", ["meta", "documentKind"]],
      ["wrong-type", ["meta", "department"]],
      ["wrong-type", ["meta", "units"]],
      ["wrong-type", ["texts"]],
      ["wrong-type", ["tables", 0, "rows"]],
      ["wrong-type", ["tables", 1, "rows", 0, "key"]],
      ["wrong-type", ["tables", 1, "rows", 0, "cells"]],
      ["unknown-table-kind", ["tables", 1, "kind"]],
      ["unplaced-row", ["tables", 1, "rows", 0, "key"]],
      ["wrong-type", ["tables", 2]],
    ]);
    expect(r.value.tables[1]?.rows[0]).toEqual({
      key: { kind: "unplaced", label: "single" },
      cells: {},
    });
  });

  it("a row key of an unknown kind becomes an unplaced row, with the kinds suggested", () => {
    const r = validateTable(
      loose<Table>({
        kind: "sanGong",
        unit: "万元",
        rows: [{ key: { kind: "Single" }, cells: { total: "1.00" } }],
      }),
      henan2024,
    );
    expect(r.value.rows[0]?.key).toEqual({ kind: "unplaced", label: "Single" });
    expect(r.problems.map((p) => [p.code, "suggestions" in p ? p.suggestions : []])).toEqual([
      ["invalid-value", ["single"]],
      ["unplaced-row", []],
    ]);
  });

  it("a non-integer indicator index is a wrong-type problem", () => {
    const r = validateTable(
      loose<Table>({
        kind: "projectTargets",
        unit: "万元",
        rows: [{ key: { kind: "indicator", index: "3" }, cells: {} }],
      }),
      henan2024,
    );
    expect(codes(r.problems)[0]).toEqual(["wrong-type", ["rows", 0, "key", "index"]]);
  });
});

describe("unknown names suggest the nearest ones", () => {
  const problem = (r: { problems: readonly BuildProblem[] }, code: string) =>
    r.problems.find((p) => p.code === code);

  it("a table kind in another case, or named by its title", () => {
    for (const [kind, meant] of [
      ["sangong", "sanGong"],
      ["SAN_GONG", "sanGong"],
      ["gpbBasc", "gpbBasic"],
      ["部门支出预算表", "expenditure"],
    ] as const) {
      const p = problem(tableBuilder(henan2024, kind).build(), "unknown-table-kind");
      expect(p && "suggestions" in p && p.suggestions[0]).toBe(meant);
      if (p) expect(formatBuildProblem(p, "en")).toContain(`did you mean "${meant}"`);
    }
  });

  it("a column key in another case, misspelt, or given as its printed header", () => {
    for (const [key, meant] of [
      ["Reception", "reception"],
      ["recepton", "reception"],
      ["vehicles_purchase", "vehicles.purchase"],
      ["公务接待费", "reception"],
      ["因公出国（境）费", "abroad"],
    ] as const) {
      const r = tableBuilder(henan2024, "sanGong")
        .single({ [key]: "1.00" })
        .build();
      const p = problem(r, "unknown-column");
      expect(p && "suggestions" in p && p.suggestions[0]).toBe(meant);
      if (p) expect(formatBuildProblem(p)).toContain(`是否指“${meant}”`);
    }
  });

  it("a line id given as the line's printed label", () => {
    const r = tableBuilder(henan2024, "summary").line("一般公共预算", { amount: "1.00" }).build();
    const p = problem(r, "unknown-line");
    expect(p && "suggestions" in p && p.suggestions).toContain("revenue.gpb");
  });

  it("nothing is suggested when nothing is near", () => {
    const p = problem(
      tableBuilder(henan2024, "sanGong").single({ 备注: "见说明" }).build(),
      "unknown-column",
    );
    expect(p && "suggestions" in p && p.suggestions).toEqual([]);
  });
});

describe("a cell keyed __proto__", () => {
  const cells = Object.fromEntries([
    ["total", "1.00"],
    ["__proto__", "1.00"],
  ]);

  it("is refused at the builder with reserved-key, and kept in the value", () => {
    const r = tableBuilder(henan2024, "sanGong").single(cells).build();
    expect(r.ok).toBe(false);
    expect(codes(r.problems)).toEqual([["reserved-key", ["rows", 0, "cells", "__proto__"]]]);
    expect(Object.hasOwn(r.value.rows[0]?.cells ?? {}, "__proto__")).toBe(true);
  });

  it("is refused the same way in a table's texts and through validation", () => {
    const r = tableBuilder(henan2024, "sanGong").text("__proto__", "x").build();
    expect(codes(r.problems)).toEqual([["reserved-key", ["texts", "__proto__"]]]);
    const d = disclosureBuilder(henan2024, META)
      .table({ kind: "sanGong", unit: "万元", rows: [{ key: { kind: "single" }, cells }] })
      .build();
    expect(codes(d.problems)).toEqual([
      ["reserved-key", ["tables", 0, "rows", 0, "cells", "__proto__"]],
    ]);
  });
});

describe("nothing the caller passes in is frozen or mutated", () => {
  it("builders and validation copy what they keep", () => {
    const cells = { total: "6.50", reception: 6.5 };
    const key = { kind: "single" as const };
    const table = { kind: "sanGong", unit: "万元" as const, rows: [{ key, cells: { ...cells } }] };
    const meta = { ...META, units: [{ name: "某单位", unitType: "行政" as const }] };
    const disclosure = { meta, tables: [table], texts: [{ title: "说明", body: "无" }] };
    const before = JSON.stringify(disclosure);
    tableBuilder(henan2024, "sanGong").row(key, loose(cells)).build();
    validateTable(loose(table), henan2024);
    validateDisclosure(loose(disclosure), henan2024);
    disclosureBuilder(henan2024, meta).table(loose(table)).text("说明", "无").build();
    expect(JSON.stringify(disclosure)).toBe(before);
    const objects = [cells, key, table, table.rows, table.rows[0], meta, meta.units, disclosure];
    expect(objects.filter((o) => Object.isFrozen(o))).toEqual([]);
  });
});
