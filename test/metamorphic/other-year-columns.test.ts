/**
 * Metamorphic: last year's figures and the change printed beside this year's. Printers add to a
 * table `上年决算数 | 增减额 | 增减%` (a 决算), `上年预算数 | 比上年增减` (a 预算), or name the year
 * (`2023年决算数`), after a side's amount columns (each side of a 收支总表). The reader does not
 * read them as this year's figures, and they are no part of any sum of this year's: the report
 * (findings and each rule's outcome) must be the one of the table printed without them. Before,
 * every roll-up and nature check of such a table was insufficient data (a column it could not
 * read might hold a part of a sum), so the fixtures' known errors went uncaught.
 *
 * Left as printed: tables printed as blocks side by side (the 基本支出表's two blocks of
 * `经济分类科目编码 | 科目名称 | 决算数`), where no printer adds a column after a block.
 */
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../../src/printed/types";
import type { DisclosureFixture } from "../fixtures/types";
import { CASES, type Case, checkFixture, columnRoles, mapTables, projection } from "./support";

const AMOUNT = /^-?[0-9][0-9,]*(?:\.[0-9]{1,2})?$/u;

/** An amount cell in cents (`1,234.5` → 123450n), or `undefined` when it prints no amount. */
function cents(cell: string): bigint | undefined {
  const text = cell.replaceAll(",", "").trim();
  if (!AMOUNT.test(text)) return undefined;
  const [whole = "0", part = ""] = text.split(".");
  const sign = whole.startsWith("-") ? -1n : 1n;
  return sign * (BigInt(whole.replace("-", "")) * 100n + BigInt(part.padEnd(2, "0")));
}

const money = (c: bigint): string => {
  const sign = c < 0n ? "-" : "";
  const a = c < 0n ? -c : c;
  return `${sign}${a / 100n}.${(a % 100n).toString().padStart(2, "0")}`;
};

/** Last year's figure (nine tenths of this year's), the change and the change in %, as printed. */
function otherYear(cell: string, percent: boolean): string[] {
  const now = cents(cell);
  if (now === undefined) return percent ? ["", "", ""] : ["", ""];
  const prior = (now * 9n) / 10n;
  const change = now - prior;
  const rate = prior === 0n ? "" : money((change * 10000n) / prior);
  return percent ? [money(prior), money(change), rate] : [money(prior), money(change)];
}

/** The words of the added columns: a 决算's or a 预算's, last year named or by its year. */
function words(c: Case, byYear: boolean): string[] {
  const year = c.fixture.meta.year - 1;
  if (c.final)
    return byYear ? [`${year}年决算数`, "增减额", "增减%"] : ["上年决算数", "增减额", "增减%"];
  return byYear ? [`${year}年预算数`, "比上年增减"] : ["上年预算数", "增减额"];
}

/**
 * `t` with the other year's columns after each side's last amount column (the side is a header's
 * first level where headers print one, `收入/…`, `支出/…`), their figures from the side's first
 * amount column (its total). Blocks side by side (a header printed twice) are left as they are.
 */
function withOtherYear(t: PrintedTable, roles: readonly string[], added: string[]): PrintedTable {
  if (new Set(t.headers).size !== t.headers.length) return t;
  const side = (h: string) => (h.includes("/") && /^(收入|支出)\//u.test(h) ? h.split("/")[0] : "");
  const runs = new Map<string, number[]>();
  t.headers.forEach((h, i) => {
    if (roles[i] !== "amount") return;
    const run = runs.get(side(h) ?? "") ?? [];
    run.push(i);
    runs.set(side(h) ?? "", run);
  });
  if (runs.size === 0) return t;
  const after = new Map<number, { first: number; group: string }>();
  for (const [group, run] of runs)
    after.set(run[run.length - 1] ?? 0, { first: run[0] ?? 0, group });
  const percent = added.length === 3;
  const headers: string[] = [];
  t.headers.forEach((h, i) => {
    headers.push(h);
    const at = after.get(i);
    if (at !== undefined)
      for (const w of added) headers.push(at.group === "" ? w : `${at.group}/${w}`);
  });
  const rows = t.rows.map((r) => {
    const out: string[] = [];
    r.forEach((cell, i) => {
      out.push(cell);
      const at = after.get(i);
      if (at !== undefined) out.push(...otherYear(r[at.first] ?? "", percent));
    });
    return out;
  });
  return { ...t, headers, rows };
}

function changed(c: Case, byYear: boolean): DisclosureFixture {
  const roles = columnRoles(c);
  return mapTables(c.fixture, (t, i) => withOtherYear(t, roles[i] ?? [], words(c, byYear)));
}

describe("last year's figures and the change printed beside this year's", () => {
  describe.each(CASES.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const before = projection(checkFixture(c));
    it.each([
      ["上年", false],
      ["a year", true],
    ] as const)("the report of the tables without them (last year named by %s)", (_w, byYear) => {
      const fixture = changed(c, byYear);
      // not vacuous: columns were added to most tables
      const widened = fixture.tables.filter(
        (t, i) => t.headers.length > (c.fixture.tables[i]?.headers.length ?? 0),
      );
      expect(widened.length).toBeGreaterThan(3);
      expect(projection(checkFixture(c, fixture))).toEqual(before);
    });
  });
});
