/**
 * checkDisclosure on plain objects (issue 11): what spreadsheet readers and plain JavaScript hand
 * over is read where it can be (number cells, exactly) and otherwise counted as coverage; the
 * checker never throws, never reports the library's gap as the document's fault, and leaves the
 * caller's objects as they were.
 */
import { describe, expect, it } from "vitest";
import type { Disclosure } from "../src/disclosure";
import { readPrintedTable } from "../src/printed";
import { type CheckReport, checkDisclosure, henan2024Profile } from "../src/rules";
import { henan2024 } from "../src/templates";

const META = {
  year: 2024,
  documentKind: "单位",
  template: "henan2024",
  department: { name: "某单位" },
  units: [{ name: "某单位", unitType: "行政" }],
};

const check = (tables: unknown[]): CheckReport =>
  checkDisclosure({ meta: META, tables, texts: [] } as unknown as Disclosure, {
    profile: henan2024Profile,
    template: henan2024,
  });

const sanGong = (cells: Record<string, unknown>, unit: unknown = "万元") => ({
  kind: "sanGong",
  unit,
  rows: [{ key: { kind: "single" }, cells }],
});

const SAN_GONG_TEXT = {
  total: "6.50",
  abroad: "",
  vehicles: "4.00",
  "vehicles.purchase": "",
  "vehicles.operation": "4.00",
  reception: "2.50",
};

/** What a report says, without the order of its parts. */
const summary = (r: CheckReport) => ({
  findings: r.findings.map((f) => [f.ruleId, f.severity]).sort(),
  outcomes: r.outcomes.map((o) => [o.ruleId, o.outcome]),
});

describe("checkDisclosure on number cells", () => {
  it("reads them as their decimal text: the report is the one on the same text", () => {
    const numbers = check([
      sanGong({
        ...SAN_GONG_TEXT,
        total: 6.5,
        vehicles: 4,
        "vehicles.operation": 4,
        reception: 2.5,
      }),
    ]);
    const text = check([
      sanGong({
        ...SAN_GONG_TEXT,
        total: "6.5",
        vehicles: "4",
        "vehicles.operation": "4",
        reception: "2.5",
      }),
    ]);
    expect(summary(numbers)).toEqual(summary(text));
    expect(numbers.coverage.notUnderstood).toBe(0);
  });

  it("still finds a real mismatch given as numbers", () => {
    const r = check([sanGong({ ...SAN_GONG_TEXT, total: 6.5, reception: 2.9 })]);
    expect(r.findings.some((f) => f.ruleId === "sanGong.sum" && f.severity === "error")).toBe(true);
    const sum = r.findings.find((f) => f.ruleId === "sanGong.sum");
    expect(sum?.evidence.flatMap((e) => e.sources.map((c) => c.raw))).toContain("6.5");
  });

  it("reads a number code in a row key as its digits, and null cells as blanks", () => {
    const table = (code: unknown, blank: unknown) => ({
      kind: "expenditure",
      unit: "万元",
      rows: [
        { key: { kind: "total" }, cells: { total: "558.07", basic: "558.07", project: blank } },
        {
          key: { kind: "functional", code },
          cells: { total: "558.07", basic: "558.07", project: blank },
        },
      ],
    });
    const numbers = check([table(2013101, null)]);
    expect(summary(numbers)).toEqual(summary(check([table("2013101", "")])));
    expect(numbers.coverage.notUnderstood).toBe(0);
  });
});

describe("checkDisclosure on a table in 千元", () => {
  const r = check([sanGong({ ...SAN_GONG_TEXT, reception: "2.60" }, "千元")]);

  it("reads no amount in it and says so in the coverage, not as a finding", () => {
    expect(r.coverage.tables[0]?.gaps).toEqual([
      { code: "unknown-unit", table: "sanGong", unit: "千元", cells: 4 },
    ]);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(r.findings.some((f) => f.ruleId === "cell.unreadable")).toBe(false);
  });

  it("does not pass the rules the table would have fed", () => {
    const outcome = r.outcomes.find((o) => o.ruleId === "sanGong.sum")?.outcome;
    expect(outcome).not.toBe("pass");
    expect(outcome).not.toBe("fail");
  });
});

describe("checkDisclosure on values of the wrong type", () => {
  it.each([
    ["a boolean cell", [sanGong({ ...SAN_GONG_TEXT, reception: true })]],
    ["an object cell", [sanGong({ ...SAN_GONG_TEXT, reception: { value: "2.50" } })]],
    ["rows that are no list", [{ kind: "sanGong", unit: "万元", rows: { 0: {} } }]],
    ["a row that is no object", [{ kind: "sanGong", unit: "万元", rows: ["6.50"] }]],
    ["a row without a key", [{ kind: "sanGong", unit: "万元", rows: [{ cells: SAN_GONG_TEXT }] }]],
    [
      "cells that are no object",
      [{ kind: "sanGong", unit: "万元", rows: [{ key: { kind: "single" }, cells: "6.50" }] }],
    ],
    [
      "a row key of an unknown kind",
      [{ kind: "sanGong", unit: "万元", rows: [{ key: { kind: "one" }, cells: SAN_GONG_TEXT }] }],
    ],
    ["a table that is no object", [null, 7, "sanGong"]],
    ["a kind that is no text", [{ kind: false, unit: "万元", rows: [] }]],
    ["a unit that is no text", [sanGong(SAN_GONG_TEXT, 10_000)]],
  ])("%s: no throw, no warning, and the coverage shows what was not understood", (_, tables) => {
    const r = check(tables);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(r.coverage.notUnderstood).toBeGreaterThan(0);
  });

  it("tables that are no list give an empty report, not a throw", () => {
    const r = checkDisclosure({ meta: META, tables: {}, texts: [] } as unknown as Disclosure, {
      profile: henan2024Profile,
      template: henan2024,
    });
    expect(r.coverage.tables).toEqual([]);
  });
});

describe("checkDisclosure leaves the caller's objects alone", () => {
  it("freezes and changes nothing it was given", () => {
    const cells = { ...SAN_GONG_TEXT, total: 6.5 };
    const table = sanGong(cells);
    const disclosure = { meta: META, tables: [table], texts: [{ title: "说明", body: "无" }] };
    const before = JSON.stringify(disclosure);
    check([table]);
    checkDisclosure(disclosure as unknown as Disclosure, {
      profile: henan2024Profile,
      template: henan2024,
    });
    expect(JSON.stringify(disclosure)).toBe(before);
    const given = [cells, table, table.rows, table.rows[0], META, META.units, disclosure];
    expect(given.filter((o) => Object.isFrozen(o))).toEqual([]);
  });

  it("nor does the printed-table reader", () => {
    const rows = [
      ["", "合计", "1.00"],
      ["2013101", "行政运行", "1.00"],
    ];
    const printed = {
      title: "2024年部门支出预算表",
      headers: ["科目编码", "科目名称", "合计"],
      rows,
    };
    const before = JSON.stringify(printed);
    const r = readPrintedTable(printed, { template: henan2024 });
    expect(r.table?.rows).toHaveLength(2);
    expect(JSON.stringify(printed)).toBe(before);
    expect([printed, rows, rows[0], printed.headers].filter((o) => Object.isFrozen(o))).toEqual([]);
  });
});
