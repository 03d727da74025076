/**
 * Metamorphic: the same amounts as other printers spell them. Thousands separators added or
 * left out (`1,234.56` / `1234.56`), surrounding spaces (ASCII or the ideographic U+3000),
 * full-width digits, commas and points (`１，２３４．５６`). Every amount cell of every table (as
 * the reader places its column) is respawned independently, so one document mixes spellings as
 * real text layers do; and the unit line above each table as printers word it (`单位：万元`,
 * `金额单位：元`, `（单位：万元）`). The check's findings and outcomes must not change.
 *
 * Not varied: the number of decimals. `parseAmount` keeps the printed precision (`4.00` has 2
 * decimals, `4` has 0) and the checker treats a printed value as an interval of that precision
 * (a 元 table against the 万元 text, DOMAIN.md §4 Rounding), so `4.0` and `4.00` do not say the
 * same thing: a trailing zero is part of the meaning.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DisclosureFixture } from "../fixtures/types";
import { scaled } from "../layouts/transforms";
import {
  CASES,
  type Case,
  checkFixture,
  columnRoles,
  FC_OPTIONS,
  fullWidthDigits,
  grouped,
  mapTables,
  pick,
  projection,
} from "./support";

/** An amount as the fixtures print it: digits, grouping commas, a point. */
const AMOUNT = /^-?[0-9][0-9,]*(?:\.[0-9]+)?$/u;

const PADS = ["", " ", "  ", "\u3000", "\t"] as const;

/**
 * One spelling of a printed amount: `grouping` 0 keeps it, 1 groups by thousands, 2 ungroups;
 * `width` 0 half-width, 1 full-width digits and commas, 2 full-width digits, commas and point;
 * `pad` an index into {@link PADS} (before and after, or after only when odd).
 */
function respell(cell: string, grouping: number, width: number, pad: number): string {
  const negative = cell.startsWith("-");
  const plain = cell.replace(/^-/u, "");
  const [whole = "", fraction] = plain.split(".");
  const digits = whole.replaceAll(",", "");
  const intPart = grouping === 0 ? whole : grouping === 1 ? grouped(digits) : digits;
  let text = `${negative ? "-" : ""}${intPart}${fraction === undefined ? "" : `.${fraction}`}`;
  if (width > 0) {
    text = fullWidthDigits(text).replaceAll(",", "，");
    if (width === 2) text = text.replace(".", "．");
  }
  const p = PADS[pad % PADS.length] ?? "";
  return pad % 2 === 1 ? `${p}${text}${p}` : `${text}${p}`;
}

/** How printers word the unit line above a table (`X` stands for the unit). */
const UNIT_LINES = ["X", "单位：X", "单位:X", "金额单位：X", "计量单位：X", "（单位：X）", "(X)"];
const unitLine = (unit: string, how: number) => (UNIT_LINES[how] ?? "X").replace("X", unit);

function respellAmounts(c: Case, seed: number): DisclosureFixture {
  const roles = columnRoles(c);
  const spell = (cell: string, ...at: number[]) =>
    AMOUNT.test(cell)
      ? respell(cell, pick(seed, 3, ...at, 1), pick(seed, 3, ...at, 2), pick(seed, 5, ...at, 3))
      : cell;
  const fixture = mapTables(c.fixture, (t, ti) => ({
    ...t,
    ...(t.unit === undefined ? {} : { unit: unitLine(t.unit, pick(seed, UNIT_LINES.length, ti)) }),
    rows: t.rows.map((row, ri) =>
      row.map((cell, ci) => (roles[ti]?.[ci] === "amount" ? spell(cell, ti, ri, ci) : cell)),
    ),
  }));
  const targets = fixture.departmentTargets;
  if (targets === undefined) return fixture;
  return {
    ...fixture,
    departmentTargets: {
      ...targets,
      budget: targets.budget.map((b, i) => ({ ...b, amount: spell(b.amount, 999, i) })),
    },
  };
}

describe("respell (the transformation itself)", () => {
  it("spells the same amount each way a printer does", () => {
    expect(respell("1234.56", 1, 0, 0)).toBe("1,234.56");
    expect(respell("24,840,779", 2, 0, 0)).toBe("24840779");
    expect(respell("2,940.05", 0, 2, 1)).toBe(" ２，９４０．０５ ");
    expect(respell("-12.50", 1, 1, 3)).toBe("\u3000-１２.５０\u3000");
    expect(respell("0.95", 1, 0, 2)).toBe("0.95  ");
  });
});

describe.each(CASES.map((c) => [c.name, c] as const))("%s: amounts respelled", (_, c) => {
  const before = projection(checkFixture(c));

  it("gives the same findings and outcomes for any mix of spellings", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const fixture = respellAmounts(c, seed);
        expect(projection(checkFixture(c, fixture))).toEqual(before);
      }),
      FC_OPTIONS,
    );
  });

  it("changes some cells in each run (the property is not vacuous)", () => {
    const fixture = respellAmounts(c, 7);
    const changed = fixture.tables.flatMap((t, ti) =>
      t.rows.flatMap((r, ri) => r.filter((x, ci) => x !== c.fixture.tables[ti]?.rows[ri]?.[ci])),
    ).length;
    expect(changed).toBeGreaterThan(20);
  });
});

describe("Henan 2024 printed in 元 (every amount ×10⁴): the unit line however worded", () => {
  const henan = CASES.find((c) => c.name === "Henan 2024") as Case;
  const inYuan = mapTables(henan.fixture, (t) =>
    scaled(4, 2, "元").apply(t, { unitName: henan.fixture.meta.department.name }),
  );
  const before = projection(checkFixture(henan, inYuan));

  it.each(UNIT_LINES.filter((l) => l !== "X"))("%s gives the findings of 元", (line) => {
    const worded = mapTables(inYuan, (t) =>
      t.unit === undefined ? t : { ...t, unit: line.replace("X", t.unit) },
    );
    expect(projection(checkFixture(henan, worded))).toEqual(before);
  });
});
