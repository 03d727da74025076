import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { functional2024 } from "../catalog/2024";
import { henan2024, shanghai } from "../templates";
import type { ReadOptions } from "./read";
import { readPrintedTable } from "./read";
import type { PrintedTable } from "./types";

const templates = [henan2024, shanghai];
const titles = templates.flatMap((t) => t.tables.flatMap((k) => k.titles));
const kinds = templates.flatMap((t) => t.tables.map((k) => k.id));
const headers = templates.flatMap((t) =>
  t.tables.flatMap((k) => k.columns.flatMap((c) => c.headers)),
);

const cell = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "合计",
    "总 计",
    "201",
    "31",
    "01",
    "116",
    "116001",
    "30201",
    "7",
    "2O1",
    "一、一般公共预算",
    "（一）一般公共预算拨款",
    "二、上年结转",
    "十、卫生健康",
    "（九）医疗卫生与计划生育支出",
    "410305240000000012440",
    "其他运转类",
    "1.00",
  ),
  fc.string({ maxLength: 6 }),
);

const printed: fc.Arbitrary<PrintedTable> = fc.record(
  {
    title: fc.oneof(fc.constantFrom(...titles), fc.string({ maxLength: 12 })),
    number: fc.string({ maxLength: 4 }),
    unit: fc.oneof(fc.constantFrom("元", "万元", "单位：亿元"), fc.string({ maxLength: 3 })),
    headers: fc.array(fc.oneof(fc.constantFrom(...headers), fc.string({ maxLength: 8 })), {
      maxLength: 8,
    }),
    rows: fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 8 }),
    note: fc.string({ maxLength: 8 }),
  },
  { requiredKeys: ["title", "headers", "rows"] },
);

const options: fc.Arbitrary<ReadOptions> = fc.record(
  {
    template: fc.constantFrom(...templates),
    catalog: fc.constant(functional2024),
    kind: fc.oneof(fc.constantFrom(...kinds), fc.string({ maxLength: 4 })),
    departmentCode: fc.constantFrom("116", "301", ""),
  },
  { requiredKeys: ["template"] },
);

describe("readPrintedTable on arbitrary input", () => {
  it("never throws, and loses no non-blank printed row", () => {
    fc.assert(
      fc.property(printed, options, (t, o) => {
        const r = readPrintedTable(t, o);
        expect(r.ok).toBe(r.table !== undefined && !r.problems.some((p) => p.severity === "error"));
        if (r.table === undefined) return;
        expect(r.rowSources).toHaveLength(r.table.rows.length);
        const reported = new Set(r.problems.flatMap((p) => ("row" in p.path ? [p.path.row] : [])));
        const placed = new Set(r.rowSources);
        t.rows.forEach((row, i) => {
          if (row.every((c) => c.trim() === "")) return;
          expect(placed.has(i) || reported.has(i), `row ${i}`).toBe(true);
        });
      }),
      { numRuns: 2000 },
    );
  });

  it("is a pure function of its input", () => {
    fc.assert(
      fc.property(printed, options, (t, o) => {
        expect(readPrintedTable(t, o)).toEqual(readPrintedTable(t, o));
      }),
      { numRuns: 300 },
    );
  });
});
