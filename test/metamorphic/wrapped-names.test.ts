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
 * And in tables of projects, a project's name cut before the generic word it ends with (`…工作` /
 * `经费`), the project's figures printed level with that last line.
 *
 * Not varied: the 绩效目标表's own rows (their texts wrapped are varied in
 * `wrapped-targets.test.ts`: their indicator lines are continuation rows of their own), and
 * project names cut elsewhere with their figures on the last line (a project printing no figure
 * followed by one of a name of its own stays two: see `src/printed/name-fragments.ts`).
 */
import { expect, it } from "vitest";
import type { PrintedTable } from "../../src/printed/types";
import type { DisclosureFixture } from "../fixtures/types";
import { CASES, type Case, columnRoles, describeCases, mapTables, pick } from "./support";

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

/** The generic words a project's name ends with, longest first, that name nothing alone. */
const GENERIC_ENDS = ["专项资金", "工作经费", "补助资金", "经费", "资金", "项目", "费用"];

/**
 * The fixture with the projects of its tables of projects (no code column) whose name ends with a
 * generic word cut before it (`2024年机要密码工作` / `经费`), their figures on the second line.
 */
function cutProjects(c: Case, seed: number): DisclosureFixture {
  const roles = columnRoles(c);
  return mapTables(c.fixture, (t, ti) => {
    const of = (role: string) => (roles[ti] ?? []).flatMap((r, i) => (r === role ? [i] : []));
    const [codes, names, amounts] = [of("code"), of("name"), of("amount")];
    const i = names[0];
    if (i === undefined || codes.length > 0 || targets(t) || !t.title.includes("项目")) return t;
    const rows: string[][] = [];
    t.rows.forEach((row, ri) => {
      const name = (row[i] ?? "").trim();
      const end = GENERIC_ENDS.find((w) => name.endsWith(w) && name.length - w.length >= 4);
      if (end === undefined || pick(seed, 2, ti, ri, i, 5) !== 0) {
        rows.push([...row]);
        return;
      }
      const head = [...row];
      const rest = row.map(() => "");
      head[i] = name.slice(0, name.length - end.length);
      rest[i] = end;
      for (const a of amounts) {
        rest[a] = row[a] ?? "";
        head[a] = "";
      }
      rows.push(head, rest);
    });
    return { ...t, rows };
  });
}

describeCases("long names wrapped", (c, same) => {
  it("gives the same findings and outcomes", () => {
    same((seed) => wrapNames(c, seed));
  });

  it("gives the same findings and outcomes with the figures on the name's last line", () => {
    same((seed) => wrapWithFigures(c, seed));
  });

  it("gives the same findings and outcomes with projects cut before their last word", () => {
    same((seed) => cutProjects(c, seed));
  });

  it("wraps names in most tables (the property is not vacuous)", () => {
    const after = wrapNames(c, 5);
    const grown = after.tables.filter(
      (t, i) => t.rows.length > (c.fixture.tables[i]?.rows.length ?? 0),
    );
    expect(grown.length * 2).toBeGreaterThan(c.fixture.tables.length - 2);
  });
});

it("cuts projects in some fixture (the project property is not vacuous)", () => {
  const cut = CASES.filter((c) =>
    cutProjects(c, 5).tables.some(
      (t, i) => t.rows.length > (c.fixture.tables[i]?.rows.length ?? 0),
    ),
  );
  expect(cut.length).toBeGreaterThan(0);
});
