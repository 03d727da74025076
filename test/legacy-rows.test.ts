import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import { type Disclosure, type Row, type Table, validateDisclosure } from "../src/disclosure";
import { checkDisclosure, henan2024Profile } from "../src/rules";
import { henan2024 } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { fixtureDisclosure } from "./support/disclosures";

/**
 * A template row left for a code's former name beside the current one (the Henan 财政拨款收支表's
 * `（九）医疗卫生与计划生育支出` above `（十）卫生健康支出 47.28`, both placed at 210), printed with
 * zeros: residue, compared with nothing; `rows.duplicate` says so once (info where the catalog
 * knows the name as a former name of the code, else a warning).
 */
const { disclosure } = fixtureDisclosure(henan2024Fixture, henan2024);
const fiscal = disclosure.tables.find((t) => t.kind === "fiscalSummary") as Table;
const legacyIndex = fiscal.rows.findIndex((r) => r.name?.includes("医疗卫生与计划生育") === true);

/** The fixture with the legacy 210 row's amount cells printed as `zero`. */
const withLegacy = (zero: string): Disclosure => ({
  ...disclosure,
  tables: disclosure.tables.map((t) =>
    t !== fiscal
      ? t
      : {
          ...t,
          rows: t.rows.map((r, i) =>
            i !== legacyIndex
              ? r
              : { ...r, cells: Object.fromEntries(Object.keys(r.cells).map((k) => [k, zero])) },
          ),
        },
  ),
});
const check = (d: Disclosure, catalog = true) =>
  checkDisclosure(d, {
    profile: henan2024Profile,
    template: henan2024,
    ...(catalog ? { catalog: catalog2024 } : {}),
  });
const shown = (d: Disclosure, catalog = true) =>
  check(d, catalog)
    .findings.filter((f) => f.severity !== "info" || f.ruleId === "rows.duplicate")
    .map((f) => `${f.severity} ${f.ruleId} ${f.path?.row ?? ""}`);

describe("a former name's row printed with zeros beside the code's row", () => {
  it("the fixture has the legacy row, at 210, just above the current one", () => {
    expect(legacyIndex).toBeGreaterThan(0);
    expect(fiscal.rows[legacyIndex]?.key).toEqual({ kind: "functional", code: "210" });
    expect(fiscal.rows[legacyIndex + 1]?.name).toContain("卫生健康");
  });

  it.each(["0.00", "0", "0.0"])(
    "printed %s: no roll-up or same-fact error, one info (with the catalog)",
    (zero) => {
      const found = shown(withLegacy(zero));
      expect(found.filter((f) => f.startsWith("error"))).toEqual([]);
      expect(found.filter((f) => f.includes("rows.duplicate"))).toEqual([
        "info rows.duplicate functional:210",
      ]);
      // its other name is said at most once (one code, one name)
      expect(found.filter((f) => f.startsWith("warning")).length).toBeLessThanOrEqual(1);
    },
  );

  it("without a catalog to tell it is a former name: one warning, still no error", () => {
    const found = shown(withLegacy("0.00"), false);
    expect(found.filter((f) => f.startsWith("error"))).toEqual([]);
    expect(found.filter((f) => f.includes("rows.duplicate"))).toEqual([
      "warning rows.duplicate functional:210",
    ]);
  });

  it("printed blank, as in the fixture: one info, as before", () => {
    expect(shown(disclosure).filter((f) => f.includes("rows.duplicate"))).toEqual([
      "info rows.duplicate functional:210",
    ]);
  });

  it("a repeat with a figure is still a conflict: errors, the 47.28 row judged against it", () => {
    const ids = shown(withLegacy("1.00")).filter((f) => f.startsWith("error"));
    expect(ids).toContain("error rows.duplicate functional:210");
    expect(ids.some((f) => f.includes("same-fact") || f.includes("rollup"))).toBe(true);
  });

  it("a 款 printed under its former name with zeros (20805 行政事业单位离退休) beside the current one", () => {
    const fn = (code: string, name: string, total: string): Row => ({
      key: { kind: "functional", code },
      name,
      cells: { total, basic: total },
    });
    const d: Disclosure = {
      ...disclosure,
      tables: [
        {
          kind: "expenditure",
          unit: "万元",
          rows: [
            { key: { kind: "total" }, cells: { total: "10.00", basic: "10.00" } },
            fn("208", "社会保障和就业支出", "10.00"),
            fn("20805", "行政事业单位离退休", "0.00"),
            fn("20805", "行政事业单位养老支出", "10.00"),
            fn("2080505", "机关事业单位基本养老保险缴费支出", "10.00"),
          ],
        },
      ],
    };
    const found = shown(d);
    expect(found.filter((f) => f.startsWith("error"))).toEqual([]);
    expect(found).toContain("info rows.duplicate functional:20805");
  });
});

describe("validateDisclosure agrees with the check on such a row (one rule)", () => {
  const duplicates = (d: Disclosure) =>
    validateDisclosure(d, henan2024)
      .problems.filter((p) => p.code === "duplicate-row")
      .map((p) => p.severity);
  const errors = (d: Disclosure) =>
    validateDisclosure(d, henan2024).problems.filter((p) => p.severity === "error");

  it.each(["0.00", "0", "0.0", " 0.00 "])(
    "the legacy row printed %s beside 47.28: a warning, no error, like the check",
    (zero) => {
      const d = withLegacy(zero);
      expect(duplicates(d)).toEqual(["warning"]);
      expect(errors(d)).toEqual([]);
      expect(shown(d).filter((f) => f.startsWith("error"))).toEqual([]);
    },
  );

  it("zeros in some cells and blanks in the others: still residue", () => {
    const d = withLegacy("0.00");
    const t = d.tables.find((x) => x.kind === "fiscalSummary") as Table;
    const row = t.rows[legacyIndex] as Row;
    const keys = Object.keys(row.cells);
    const cells = Object.fromEntries(keys.map((k, i) => [k, i % 2 === 0 ? "0.00" : ""]));
    const mixed: Disclosure = {
      ...d,
      tables: d.tables.map((x) =>
        x !== t
          ? x
          : { ...t, rows: t.rows.map((r, i) => (i === legacyIndex ? { ...r, cells } : r)) },
      ),
    };
    expect(keys.length).toBeGreaterThan(1);
    expect(duplicates(mixed)).toEqual(["warning"]);
    expect(errors(mixed)).toEqual([]);
  });

  it("the current row printed with zeros too (no 卫生健康 spending): two zero rows agree, a warning", () => {
    const t = disclosure.tables.find((x) => x.kind === "fiscalSummary") as Table;
    const zeroed = (r: Row): Row => ({
      ...r,
      cells: Object.fromEntries(Object.keys(r.cells).map((k) => [k, "0.00"])),
    });
    const d: Disclosure = {
      ...disclosure,
      tables: disclosure.tables.map((x) =>
        x !== t
          ? x
          : {
              ...t,
              rows: t.rows.map((r, i) =>
                i === legacyIndex || i === legacyIndex + 1 ? zeroed(r) : r,
              ),
            },
      ),
    };
    expect(duplicates(d)).toEqual(["warning"]);
  });

  it("a repeat stating a figure beside a figure is still an error in both", () => {
    const d = withLegacy("1.00");
    expect(duplicates(d)).toEqual(["error"]);
    expect(shown(d)).toContain("error rows.duplicate functional:210");
  });
});
