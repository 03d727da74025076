/**
 * Metamorphic: names too long for their cell, wrapped onto a second printed row. A PDF's text
 * layer prints a tall cell line by line (the Henan fixture's `机关事业单位基本养老保` / `险缴费支出`,
 * `中国共产党洛阳市涧西区` / `委员会办公室`), and a table extractor gives each line a row: the row's
 * codes and figures on the first, the rest of its name alone on the next. Here names of seven
 * characters or more (科目, units, projects, line labels on either side of a 收支总表) are cut at a
 * place the seed picks and their rest moved to a row of its own below; and, in rows printing a
 * code, the row's figures moved with the rest (a tall cell's figures vertically centred, given
 * with the name's second line), some names on three lines. The check's findings and outcomes must not change.
 *
 * Not varied: the 绩效目标表's own rows (their texts wrapped are varied in
 * `wrapped-targets.test.ts`: their indicator lines are continuation rows of their own), and figures printed level with the name's last line in a table of projects (a project
 * row printing no figure is a row of its own: see `src/printed/wrapped-rows.ts`).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../../src/printed/types";
import type { DisclosureFixture } from "../fixtures/types";
import {
  CASES,
  type Case,
  checkFixture,
  columnRoles,
  FC_OPTIONS,
  mapTables,
  pick,
  projection,
} from "./support";

/** A table whose rows the fixtures give as the targets reader reads them (left as they are). */
const targets = (t: PrintedTable) => t.title.includes("绩效");

/** The fixture with some long names of each table wrapped onto a row of their own. */
function wrapNames(c: Case, seed: number): DisclosureFixture {
  const roles = columnRoles(c);
  return mapTables(c.fixture, (t, ti) => {
    const names = (roles[ti] ?? []).flatMap((r, i) => (r === "name" || r === "org" ? [i] : []));
    if (names.length === 0 || targets(t)) return t;
    const rows: string[][] = [];
    t.rows.forEach((row, ri) => {
      const cut = names.filter(
        (i) => (row[i] ?? "").trim().length >= 7 && pick(seed, 2, ti, ri, i) === 0,
      );
      if (cut.length === 0) {
        rows.push([...row]);
        return;
      }
      const head = [...row];
      const rest = row.map(() => "");
      for (const i of cut) {
        const name = (row[i] ?? "").trim();
        const at = 2 + pick(seed, name.length - 3, ti, ri, i, 1);
        head[i] = name.slice(0, at);
        rest[i] = name.slice(at);
      }
      rows.push(head, rest);
    });
    return { ...t, rows };
  });
}

/**
 * The fixture with some long 科目 names wrapped and their row's figures printed level with the
 * name's last line (a tall cell, its figures vertically centred: a text layer gives them with
 * the second line), in the rows that print a code.
 */
function wrapWithFigures(c: Case, seed: number): DisclosureFixture {
  const roles = columnRoles(c);
  return mapTables(c.fixture, (t, ti) => {
    const of = (role: string) => (roles[ti] ?? []).flatMap((r, i) => (r === role ? [i] : []));
    const [codes, names, amounts] = [of("code"), of("name"), of("amount")];
    if (codes.length === 0 || names.length === 0 || targets(t)) return t;
    const rows: string[][] = [];
    t.rows.forEach((row, ri) => {
      const i = names.find((n) => (row[n] ?? "").trim().length >= 7);
      const coded = codes.some((k) => (row[k] ?? "").trim() !== "");
      if (i === undefined || !coded || pick(seed, 2, ti, ri, i) !== 0) {
        rows.push([...row]);
        return;
      }
      const name = (row[i] ?? "").trim();
      const at = 2 + pick(seed, name.length - 3, ti, ri, i, 1);
      // A long name on three lines, sometimes: its figures on the second or the third.
      const third = name.length - at >= 4 && pick(seed, 2, ti, ri, i, 2) === 0;
      const at2 = third ? at + 1 + pick(seed, name.length - at - 2, ti, ri, i, 3) : name.length;
      const lines = [[...row], row.map(() => ""), row.map(() => "")];
      const parts = [name.slice(0, at), name.slice(at, at2), name.slice(at2)];
      parts.forEach((part, l) => {
        (lines[l] as string[])[i] = part;
      });
      const level = third ? 1 + pick(seed, 2, ti, ri, i, 4) : 1;
      for (const a of amounts) {
        (lines[level] as string[])[a] = row[a] ?? "";
        (lines[0] as string[])[a] = "";
      }
      rows.push(...lines.slice(0, third ? 3 : 2));
    });
    return { ...t, rows };
  });
}

describe.each(CASES.map((c) => [c.name, c] as const))("%s: long names wrapped", (_, c) => {
  const before = projection(checkFixture(c));

  it("gives the same findings and outcomes", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        expect(projection(checkFixture(c, wrapNames(c, seed)))).toEqual(before);
      }),
      FC_OPTIONS,
    );
  });

  it("gives the same findings and outcomes with the figures on the name's last line", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        expect(projection(checkFixture(c, wrapWithFigures(c, seed)))).toEqual(before);
      }),
      FC_OPTIONS,
    );
  });

  it("wraps names in most tables (the property is not vacuous)", () => {
    const after = wrapNames(c, 5);
    const grown = after.tables.filter(
      (t, i) => t.rows.length > (c.fixture.tables[i]?.rows.length ?? 0),
    );
    expect(grown.length * 2).toBeGreaterThan(c.fixture.tables.length - 2);
  });
});
