import { describe, expect, it } from "vitest";
import { henan2024 } from "../templates";
import { type DisclosureMetaInput, disclosureBuilder } from "./builder-disclosure";
import { tableBuilder } from "./builder-table";
import type { BudgetUnit, Table } from "./types";

const DEPT = "中国共产党洛阳市涧西区委员会办公室";

const META: DisclosureMetaInput = {
  year: 2024,
  documentKind: "部门",
  department: { code: "116", name: DEPT },
  units: [{ code: "116001", name: DEPT, unitType: "行政" }],
  regionCode: "410305",
};

function isDeepFrozen(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeepFrozen);
}

describe("disclosureBuilder", () => {
  it("a disclosure with 2 of the 14 Henan tables is ok", () => {
    const r = disclosureBuilder(henan2024, META)
      .table(
        tableBuilder(henan2024, "sanGong").single({
          total: "6.50",
          abroad: "0",
          vehicles: "4.00",
          "vehicles.purchase": "0",
          "vehicles.operation": "4.00",
          reception: "2.50",
        }),
      )
      .table(
        tableBuilder(henan2024, "govFundExpenditure").note(
          "本部门无政府性基金预算拨款安排的支出。",
        ),
      )
      .text("情况说明", "2024年“三公”经费支出预算为6.50万元。")
      .build();
    // The fourteen tables of the county template, and two some departments print beside them.
    expect(henan2024.tables).toHaveLength(16);
    expect(henan2024.tables.filter((k) => k.derived !== false)).toHaveLength(14);
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.value.meta).toEqual({ ...META, template: "henan2024" });
    expect(r.value.tables.map((t) => t.kind)).toEqual(["sanGong", "govFundExpenditure"]);
    expect(r.value.texts).toEqual([
      { title: "情况说明", body: "2024年“三公”经费支出预算为6.50万元。" },
    ]);
    expect(isDeepFrozen(r.value)).toBe(true);
  });

  it("accepts table values as well as builders, and normalises their keys", () => {
    const table: Table = {
      kind: "expenditure",
      unit: "万元",
      rows: [
        {
          key: { kind: "functional", code: "221 02 01" },
          name: "住房公积金",
          cells: { total: "53.02" },
        },
      ],
    };
    const r = disclosureBuilder(henan2024, META).table(table).build();
    expect(r.ok).toBe(true);
    expect(r.value.tables[0]?.rows[0]?.key).toEqual({ kind: "functional", code: "2210201" });
  });

  it("checks tables built by a table builder against the disclosure's template", () => {
    const other = {
      ...henan2024,
      id: "other",
      tables: henan2024.tables.filter((t) => t.id !== "sanGong"),
    };
    const sanGong = tableBuilder(henan2024, "sanGong").single({ total: "6.50" });
    const r = disclosureBuilder(other, META).table(sanGong).build();
    expect(r.problems.map((p) => [p.code, p.path])).toEqual([
      ["unknown-table-kind", ["tables", 0, "kind"]],
    ]);
    expect(r.value.meta.template).toBe("other");
  });

  it("reports problems of its tables under their index", () => {
    const r = disclosureBuilder(henan2024, META)
      .table(tableBuilder(henan2024, "sanGong").single({ total: "6.50" }))
      .table(
        tableBuilder(henan2024, "expenditure").functional("2013101", "行政运行", {
          basic: "5O8.07",
        }),
      )
      .build();
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => p.path)).toEqual([["tables", 1, "rows", 0, "cells", "basic"]]);
  });

  it("is immutable: adding returns a new builder, later changes to given data do not leak in", () => {
    const units: BudgetUnit[] = [{ code: "116001", name: DEPT, unitType: "行政" }];
    const table: { kind: string; unit: "万元"; rows: Table["rows"] } = {
      kind: "sanGong",
      unit: "万元",
      rows: [],
    };
    const base = disclosureBuilder(henan2024, { ...META, units });
    const withTable = base.table(table);
    units.push({ name: "乙单位", unitType: "事业" });
    table.kind = "expenditure";
    expect(Object.isFrozen(base)).toBe(true);
    expect(base.build().value.tables).toEqual([]);
    expect(withTable.build().value.tables.map((t) => t.kind)).toEqual(["sanGong"]);
    expect(withTable.build().value.meta.units).toHaveLength(1);
    expect(base.text("a", "b").build().value.texts).toHaveLength(1);
    expect(base.build().value.texts).toHaveLength(0);
  });

  it("an explicit meta template other than the builder's is reported", () => {
    const r = disclosureBuilder(henan2024, { ...META, template: "national" }).build();
    expect(r.value.meta.template).toBe("national");
    expect(r.problems).toEqual([
      {
        code: "template-mismatch",
        severity: "error",
        path: ["meta", "template"],
        template: "national",
        expected: "henan2024",
      },
    ]);
  });
});
