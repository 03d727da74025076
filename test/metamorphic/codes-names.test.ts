/**
 * Metamorphic: codes and names as other printers spell them (DOMAIN.md §1: `2013101`,
 * `201 31 01`, `201-31-01`, `201.31.01`, stray double spaces, full-width digits; names wrapped across lines,
 * `（境）` / `(境)`, `其它` / `其他`). Every code cell (a whole code or one 类 / 款 / 项 segment, and
 * the unit codes of a 部门's rows) and every name cell (科目名称, line labels) is respelled
 * independently. The check's findings and outcomes must not change: codes are identified by their
 * digits, names compared up to `normalizeName`.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findByName } from "../../src/catalog";
import { catalog2024 } from "../../src/catalog/2024";
import type { DisclosureFixture } from "../fixtures/types";
import {
  CASES,
  type Case,
  changedCells,
  checkFixture,
  columnRoles,
  FC_OPTIONS,
  fullWidthDigits,
  mapTables,
  pick,
  projection,
} from "./support";

const full = fullWidthDigits;

/** The digits of a printed code, in its groups (`201 06 01` → `201`, `06`, `01`). */
const groups = (code: string): string[] => {
  const digits = code.replace(/\s+/gu, "");
  if (!/^[0-9]+$/u.test(digits)) return [code];
  return [digits.slice(0, 3), digits.slice(3, 5), digits.slice(5, 7)].filter((g) => g !== "");
};

/** A code cell respelled: `how` 0 as is, 1 digits run together, 2 double spaces, 3 hyphens, 4 full-width, 5 surrounding spaces, 6 dots (`208.05.01`). */
function respellCode(cell: string, how: number): string {
  const code = cell.trim();
  if (!/^[0-9][0-9 ]*$/u.test(code)) return cell;
  const g = groups(code);
  const joined = (sep: string) => (g.length > 1 && code.length <= 9 ? g.join(sep) : code);
  switch (how) {
    case 1:
      return code.replace(/\s+/gu, "");
    case 2:
      return joined("  ");
    case 3:
      return joined("-");
    case 4:
      return full(code);
    case 5:
      return ` ${code}\u3000`;
    case 6:
      return joined(".");
    default:
      return cell;
  }
}

const BRACKETS: Record<string, string> = { "（": "(", "）": ")", "(": "（", ")": "）" };

const LEVEL_MARKS: Readonly<Record<number, readonly string[]>> = {
  3: ["（类）", "(类)", " （类）"],
  5: ["（款）", "(款)", "【款】"],
  7: ["（项）", "( 项 )", "（项）"],
};

/** The digits of the code a row prints in its code columns (`201 | 06 | 01` → 7), else 0. */
function codeDigits(row: readonly string[], roles: readonly (string | undefined)[]): number {
  const digits = row
    .filter((_, i) => roles[i] === "code")
    .join("")
    .replace(/\s+/gu, "");
  return /^[0-9]+$/u.test(digits) ? digits.length : 0;
}

/** A 收支总表 类 line: a spending label the catalog names as a 类 (`八、社会保障和就业支出`). */
const isClassLine = (label: string): boolean =>
  label.trim().endsWith("支出") &&
  findByName(catalog2024.functional, label, { level: "类" }).length > 0;

/**
 * A name cell respelled: 0 as is, 1 brackets of the other width, 2 `其他` ↔ `其它`, 3 a wrap joined
 * by a space, 4 trailing spaces, 5 the level of its code after it (`行政运行（项）`; `digits` is the
 * row's code length, 3 for a 类 line of a 收支总表).
 */
function respellName(cell: string, how: number, at: number, digits = 0): string {
  if (cell.trim() === "") return cell;
  switch (how) {
    case 5: {
      const level = digits === 0 && isClassLine(cell) ? 3 : digits;
      const marks = LEVEL_MARKS[level];
      return marks === undefined ? cell : `${cell}${marks[at % marks.length]}`;
    }
    case 1:
      return cell.replace(/[（）()]/gu, (b) => BRACKETS[b] ?? b);
    case 2:
      return cell.includes("其他")
        ? cell.replaceAll("其他", "其它")
        : cell.replaceAll("其它", "其他");
    case 3: {
      const i = 1 + (at % Math.max(cell.length - 1, 1));
      return `${cell.slice(0, i)} ${cell.slice(i)}`;
    }
    case 4:
      return `${cell}  `;
    default:
      return cell;
  }
}

function respellCodesAndNames(c: Case, seed: number): DisclosureFixture {
  const roles = columnRoles(c);
  return mapTables(c.fixture, (t, ti) => ({
    ...t,
    rows: t.rows.map((row, ri) =>
      row.map((cell, ci) => {
        const role = roles[ti]?.[ci];
        if (role === "code") return respellCode(cell, pick(seed, 7, ti, ri, ci));
        if (role === "org") return respellCode(cell, pick(seed, 6, ti, ri, ci));
        if (role === "name") {
          const digits = codeDigits(row, roles[ti] ?? []);
          const how = pick(seed, 6, ti, ri, ci);
          return respellName(cell, how, pick(seed, 97, ti, ri, ci, 1), digits);
        }
        return cell;
      }),
    ),
  }));
}

describe("the respellings themselves", () => {
  it("spell a code and a name the ways printers do", () => {
    expect(["2010601", "201 06 01", "301"].map((x) => respellCode(x, 3))).toEqual([
      "201-06-01",
      "201-06-01",
      "301",
    ]);
    expect(respellCode("201 06 01", 1)).toBe("2010601");
    expect(respellCode("2080501", 6)).toBe("208.05.01");
    expect(respellCode("30201", 4)).toBe("３０２０１");
    expect(respellName("因公出国（境）费用", 1, 0)).toBe("因公出国(境)费用");
    expect(respellName("其他工资福利支出", 2, 0)).toBe("其它工资福利支出");
    expect(respellName("行政运行", 3, 1)).toBe("行政 运行");
    expect(respellName("行政运行", 5, 0, 7)).toBe("行政运行（项）");
    expect(respellName("八、社会保障和就业支出", 5, 1)).toBe("八、社会保障和就业支出(类)");
    expect(respellName("一、本年支出", 5, 0)).toBe("一、本年支出");
  });
});

describe.each(CASES.map((c) => [c.name, c] as const))("%s: codes and names respelled", (_, c) => {
  const before = projection(checkFixture(c));

  it("gives the same findings and outcomes", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        expect(projection(checkFixture(c, respellCodesAndNames(c, seed)))).toEqual(before);
      }),
      FC_OPTIONS,
    );
  });

  it("changes some code and name cells (the property is not vacuous)", () => {
    const after = respellCodesAndNames(c, 11);
    const changed = changedCells(c.fixture, after);
    expect(changed.length).toBeGreaterThan(20);
  });
});
