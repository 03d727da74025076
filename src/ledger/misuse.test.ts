import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ledgerBuilder } from "./builder";
import { ledgerOf } from "./ledger-of";
import { misshapen, wellShaped } from "./shape";
import type { LedgerEntry, LedgerMeta, LedgerScale } from "./types";

const meta: LedgerMeta = {
  year: 2024,
  documentKind: "单位",
  department: { name: "某局" },
  units: [{ code: "1", name: "某局", unitType: "行政" }],
};
const WAN: LedgerScale = { unit: "万元", decimals: 2 };
const line = {
  unit: "1",
  fund: "gpb.grant",
  functional: "2013101",
  econ: "30201",
  nature: "project.specific",
  project: { name: "某项目" },
  amount: "8.02",
};

/** What plain JavaScript may pass where the types say otherwise. */
const loose = (value: unknown) => value as never;
const entry = (over: Record<string, unknown>) => loose({ ...line, ...over }) as LedgerEntry;

/** The error `ledgerOf` throws, or `undefined`. */
function thrown(run: () => unknown): Error | undefined {
  try {
    run();
  } catch (e) {
    return e as Error;
  }
  return undefined;
}

describe("ledgerOf given values of the wrong shape from plain JavaScript", () => {
  it("names the argument, the entry's field and the expected shape (a project given as a string)", () => {
    const e = thrown(() => ledgerOf(meta, WAN, [entry({}), entry({ project: "某项目" })]));
    expect(e).toBeInstanceOf(TypeError);
    expect(e?.message).toBe(
      'ledgerOf: entries[1].project must be absent or an object { name: string; code?: string }, got the string "某项目"',
    );
  });

  it("says what each field of an entry must be", () => {
    const cases: [Record<string, unknown>, string][] = [
      [
        { project: { code: "1" } },
        "entries[0].project must be absent or an object { name: string; code?: string }, got an object",
      ],
      [
        { project: "某项目" },
        'entries[0].project must be absent or an object { name: string; code?: string }, got the string "某项目"',
      ],
      [
        { amount: 8.02 },
        'entries[0].amount must be a decimal string such as "8.02", not a number, got the number 8.02',
      ],
      [
        { amount: undefined },
        'entries[0].amount must be a decimal string such as "8.02", not a number, got undefined',
      ],
      [{ unit: 1 }, "entries[0].unit must be a string, got the number 1"],
      [{ fund: undefined }, "entries[0].fund must be a string, got undefined"],
      [{ functional: 2013101 }, "entries[0].functional must be a string, got the number 2013101"],
      [{ econ: ["30201"] }, "entries[0].econ must be a string, got an array"],
      [{ gov: 20101 }, "entries[0].gov must be absent or a string, got the number 20101"],
      [{ nature: undefined }, "entries[0].nature must be a string, got undefined"],
      [{ period: "Prior" }, 'entries[0].period must be absent or "prior", got the string "Prior"'],
      [
        { kind: "carryForward" },
        'entries[0].kind must be absent, "spending" or "carryforward", got the string "carryForward"',
      ],
    ];
    for (const [over, message] of cases) {
      const e = thrown(() => ledgerOf(meta, WAN, [entry(over)]));
      expect(e, message).toBeInstanceOf(TypeError);
      expect(e?.message).toBe(`ledgerOf: ${message}`);
    }
  });

  it("checks a carry-forward's own fields only", () => {
    const carry = { kind: "carryforward", unit: "1", fund: "gpb.grant", amount: "1.00" };
    expect(ledgerOf(meta, WAN, [loose(carry)]).ok).toBe(true);
    expect(thrown(() => ledgerOf(meta, WAN, [loose({ ...carry, fund: 3 })]))?.message).toBe(
      "ledgerOf: entries[0].fund must be a string, got the number 3",
    );
  });

  it("names the argument that is not what it should be", () => {
    const cases: [() => unknown, string][] = [
      [
        () => ledgerOf(meta, WAN, [loose("a line")]),
        'entries[0] must be an object (a ledger line or carry-forward), got the string "a line"',
      ],
      [
        () => ledgerOf(meta, WAN, [loose(null)]),
        "entries[0] must be an object (a ledger line or carry-forward), got null",
      ],
      [
        () => ledgerOf(meta, WAN, loose(null)),
        "entries must be an iterable (an array) of ledger entries, got null",
      ],
      [
        () => ledgerOf(meta, WAN, loose({ 0: line })),
        "entries must be an iterable (an array) of ledger entries, got an object",
      ],
      [
        () => ledgerOf(loose(undefined), WAN, []),
        "meta must be an object { year, documentKind, department, units }, got undefined",
      ],
      [
        () => ledgerOf(loose({ ...meta, units: "某局" }), WAN, []),
        'meta.units must be an array of units { code?: string; name: string }, got the string "某局"',
      ],
      [
        () => ledgerOf(loose({ ...meta, units: [null] }), WAN, []),
        "meta.units[0] must be an object { code?: string; name: string }, got null",
      ],
      [
        () => ledgerOf(loose({ ...meta, units: [{ code: 1, name: "某局" }] }), WAN, []),
        "meta.units[0].code must be absent or a string, got the number 1",
      ],
      [
        () => ledgerOf(meta, loose("万元"), []),
        'scale must be an object { unit: "元" | "万元" | "亿元"; decimals: number }, got the string "万元"',
      ],
      [
        () => ledgerOf(meta, loose({ unit: "千元", decimals: 2 }), []),
        'scale.unit must be one of "元", "万元", "亿元", got the string "千元"',
      ],
    ];
    for (const [run, message] of cases) {
      const e = thrown(run);
      expect(e, message).toBeInstanceOf(TypeError);
      expect(e?.message).toBe(`ledgerOf: ${message}`);
    }
  });

  it("throws the same from a builder's build", () => {
    const e = thrown(() =>
      ledgerBuilder(meta, WAN)
        .line(loose({ ...line, project: "某项目" }))
        .build(),
    );
    expect(e?.message).toBe(
      'ledgerOf: entries[0].project must be absent or an object { name: string; code?: string }, got the string "某项目"',
    );
  });

  it("still gives well-shaped but wrong data as problems, never a throw", () => {
    const r = ledgerOf(meta, WAN, [entry({ project: undefined }), entry({ amount: "8.001" })]);
    expect(r.ok ? [] : r.error.map((p) => [p.code, p.path.join(".")])).toEqual([
      ["project", "entries.0.project"],
      ["malformed-amount", "entries.1.amount"],
    ]);
  });
});

describe("the fast test of an entry's shape", () => {
  it("agrees with the field-by-field one that words the error (property)", () => {
    const value = fc.constantFrom<unknown>(
      ...[undefined, null, "", "1", "prior", "spending", "carryforward", 8.02, [], ["x"], {}],
      ...[
        { name: "某项目" },
        { name: "某项目", code: "1" },
        { name: "某项目", code: 1 },
        { name: 1 },
      ],
    );
    const fields = [
      "kind",
      "unit",
      "fund",
      "functional",
      "econ",
      "gov",
      "nature",
      "project",
      "period",
      "amount",
    ];
    const shapes = fc.oneof(
      fc.record(Object.fromEntries(fields.map((f) => [f, value])), { requiredKeys: [] }),
      fc
        .tuple(
          fc.constantFrom("carryforward", "spending", undefined),
          fc.constantFrom(...fields),
          value,
        )
        .map(([kind, f, v]) => ({ ...line, kind, [f]: v })),
      value,
    );
    fc.assert(
      fc.property(shapes, (e) => {
        expect(wellShaped(e)).toBe(misshapen(e, 0) === undefined);
      }),
      { numRuns: 3000 },
    );
  });
});
