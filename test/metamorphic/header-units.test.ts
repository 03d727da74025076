/**
 * Metamorphic: the unit printed in the headers or the title instead of a unit line. Printers
 * that print no `单位：元` line above a table put the unit on its amount headers (`合计（元）`,
 * `基本支出（单位：元）`, on the first amount column only, `合计（元）`) or on its title
 * (`部门支出总表（单位：元）`). In every table of every fixture that prints a unit line, the line is
 * left out and its unit printed so, every other table keeping its line: the report must not
 * change at all (was: the table read in the kind's default unit, 万元, its figures off by 10⁴
 * against the tables that print `元`: false alarms on every sum across tables).
 * Headers naming two different units leave the table's unit unknown (as two units on a unit
 * line do), never a guess; and a wrong figure under header-only units is still caught.
 */
import { describe, expect, it } from "vitest";
import { readPrintedTable } from "../../src/printed";
import type { PrintedTable } from "../../src/printed/types";
import { readUnitLine } from "../../src/printed/unit-line";
import type { DisclosureFixture } from "../fixtures/types";
import { CASES, type Case, checkFixture, columnRoles, mapTables, projection } from "./support";
import { seriousOf, wrongHenanCarryover } from "./wrong-figure";

/** Where a printer puts the unit it prints no line for. */
type Where = "every" | "every-labelled" | "first" | "title";

/** `h` with `note` after its last level (`基本支出/小计` → `基本支出/小计（元）`). */
const noted = (h: string, note: string): string => `${h}${note}`;

/** `t` printed without its unit line, the unit put `where`; as printed when it prints no unit. */
function unitElsewhere(t: PrintedTable, roles: readonly string[], where: Where): PrintedTable {
  const line = readUnitLine(t.unit ?? "");
  if (line.kind !== "unit") return t;
  const { unit: _line, ...rest } = t;
  const u = line.unit;
  if (where === "title") return { ...rest, title: `${t.title}（单位：${u}）` };
  const note = where === "every-labelled" ? `（单位：${u}）` : `（${u}）`;
  const first = roles.indexOf("amount");
  const headers = t.headers.map((h, i) =>
    roles[i] === "amount" && (where !== "first" || i === first) ? noted(h, note) : h,
  );
  return { ...rest, headers };
}

/**
 * The fixture with the unit line of every other table (`parity`) moved `where`: the others keep
 * theirs, so a table read in another unit than its neighbours would change the report.
 */
const moved = (c: Case, where: Where, parity: number): DisclosureFixture => {
  const roles = columnRoles(c);
  return mapTables(c.fixture, (t, i) =>
    i % 2 === parity ? unitElsewhere(t, roles[i] ?? [], where) : t,
  );
};

const WHERE: readonly Where[] = ["every", "every-labelled", "first", "title"];

describe.each(CASES.map((c) => [c.name, c] as const))("%s: the unit in the headers", (_, c) => {
  const before = projection(checkFixture(c));

  it.each(WHERE.flatMap((w) => [0, 1].map((parity) => [w, parity] as const)))(
    "gives the same report with the unit printed %s (tables of parity %i)",
    (where, parity) => {
      const after = moved(c, where, parity);
      // not vacuous: some table's unit line was moved
      expect(after.tables.filter((t, i) => t !== c.fixture.tables[i]).length).toBeGreaterThan(0);
      expect(projection(checkFixture(c, after))).toEqual(before);
    },
  );
});

const AMOUNT = /^-?[0-9][0-9,]*(?:\.[0-9]{1,2})?$/u;

/** An amount printed in 万元 printed in 元 (`1,234.5` → `12345000.00`); other cells as printed. */
function inYuan(cell: string): string {
  const text = cell.replaceAll(",", "").trim();
  if (!AMOUNT.test(text)) return cell;
  const [whole = "0", part = ""] = text.split(".");
  const sign = whole.startsWith("-") ? "-" : "";
  const yuan = BigInt(whole.replace("-", "")) * 10000n + BigInt(part.padEnd(4, "0"));
  return `${sign}${yuan}.00`;
}

/** `t` (in 万元) printed in 元, its unit printed `where` instead of its unit line. */
function printedInYuan(t: PrintedTable, roles: readonly string[], where: Where): PrintedTable {
  if (readUnitLine(t.unit ?? "").kind !== "unit") return t;
  const rows = t.rows.map((r) => r.map((x, i) => (roles[i] === "amount" ? inYuan(x) : x)));
  // A header that names the unit already (`项目金额（万元）/资金总额`) names the new one.
  const headers = t.headers.map((h) => h.replaceAll("（万元）", "（元）"));
  return unitElsewhere({ ...t, unit: "元", headers, rows }, roles, where);
}

describe("Henan 2024: tables printed in 元 among tables in 万元, the unit in the headers", () => {
  const henan = CASES[0] as Case;
  const roles = columnRoles(henan);
  const before = projection(checkFixture(henan));

  it.each(WHERE.flatMap((w) => [0, 1].map((parity) => [w, parity] as const)))(
    "gives the same report with the unit printed %s (tables of parity %i)",
    (where, parity) => {
      const after = mapTables(henan.fixture, (t, i) =>
        i % 2 === parity ? printedInYuan(t, roles[i] ?? [], where) : t,
      );
      expect(after.tables.filter((t, i) => t !== henan.fixture.tables[i]).length).toBeGreaterThan(
        0,
      );
      expect(projection(checkFixture(henan, after))).toEqual(before);
    },
  );
});

describe("headers naming two units, a wrong figure under header-only units", () => {
  const { henan, at, wrong } = wrongHenanCarryover();
  const roles = columnRoles(henan);
  const serious = seriousOf(henan);

  it("still catches a wrong figure in a table whose unit only its headers print", () => {
    const headerOnly = mapTables(wrong, (t, i) => unitElsewhere(t, roles[i] ?? [], "every"));
    expect(headerOnly.tables[at]?.unit).toBeUndefined();
    expect(serious(headerOnly)).toEqual(serious(wrong));
    expect(serious(wrong).length).toBeGreaterThan(serious(henan.fixture).length);
  });

  it("reads a table whose headers name 元 and 万元 in no known unit, not in either", () => {
    const two = mapTables(henan.fixture, (t, i) => {
      if (i !== at) return t;
      const moved = unitElsewhere(t, roles[i] ?? [], "first");
      const last = roles[i]?.lastIndexOf("amount") ?? -1;
      return { ...moved, headers: moved.headers.map((h, ci) => (ci === last ? `${h}（元）` : h)) };
    });
    const read = readPrintedTable(two.tables[at] as PrintedTable, { template: henan.template });
    expect(read.table?.unknownUnit).toBe("总计（万元）；单位资金（元）");
    // its figures compared with no other table's: no alarm the document does not deserve
    expect(serious(two)).toEqual(serious(henan.fixture));
  });
});
