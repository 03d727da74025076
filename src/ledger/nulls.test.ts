import { describe, expect, it } from "vitest";
import { ledgerOf } from "./ledger-of";
import type { LedgerEntry, LedgerMeta, LedgerScale } from "./types";

// JSON from a database writes null for an absent optional field. A review probe (2026-12-07):
// `ledgerOf` threw a TypeError on `gov: null`, `project: null`, `period: null`, `kind: null`.
const meta: LedgerMeta = {
  year: 2024,
  documentKind: "单位",
  department: { name: "某局" },
  units: [{ code: "1", name: "某局" }],
};
const WAN: LedgerScale = { unit: "万元", decimals: 2 };
const basic = {
  unit: "1",
  fund: "gpb.grant",
  functional: "2013101",
  econ: "30101",
  nature: "basic",
  amount: "8.02",
};
const loose = (v: unknown) => v as never;
const build = (over: Record<string, unknown>, m: unknown = meta) =>
  ledgerOf(loose(m), WAN, [loose({ ...basic, ...over }) as LedgerEntry]);

describe("ledgerOf: null as an absent optional field", () => {
  it.each([
    ["gov", { gov: null }],
    ["project", { project: null }],
    ["period", { period: null }],
    ["kind", { kind: null }],
    ["all four", { gov: null, project: null, period: null, kind: null }],
  ])("%s: null builds as if absent", (_, over) => {
    const withNull = build(over);
    expect(withNull.ok).toBe(true);
    expect(JSON.stringify(withNull)).toBe(JSON.stringify(build({})));
  });

  it("a project's code of null is absent", () => {
    const r = build({ nature: "project.specific", project: { name: "某项目", code: null } });
    expect(r.ok).toBe(true);
  });

  it("a project line with project: null still reports its project missing, with a path", () => {
    const r = build({ nature: "project.specific", project: null });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error).toContainEqual(
        expect.objectContaining({
          code: "project",
          path: ["entries", 0, "project"],
          reason: "missing",
        }),
      );
  });

  it("a unit whose code is null is a unit without a code (a problem with its path)", () => {
    const r = build({}, { ...meta, units: [{ code: null, name: "某局" }] });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error).toContainEqual({
        code: "unknown-unit",
        path: ["meta", "units", 0],
        input: "某局",
      });
  });

  it.each([
    [{ code: 5, name: "某局" }, "meta.units[0].code must be absent or a string, got the number 5"],
    [{ code: "1", name: null }, "meta.units[0].name must be a string, got null"],
  ])("a unit's field of the wrong shape is named: %j", (unit, message) => {
    expect(() => build({}, { ...meta, units: [unit] })).toThrow(message);
  });

  it("a value of the wrong shape still throws, naming the field", () => {
    expect(() => build({ gov: 5 })).toThrow("entries[0].gov");
    expect(() => build({ kind: "carryForward" })).toThrow("entries[0].kind");
  });
});
