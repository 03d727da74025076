/**
 * A table of figures printed over two pages and bound as two tables, the second titled as its
 * continuation (`部门支出预算表（续）`, `(续表)`, `续上表`), is read as one: the same report as the
 * table bound whole, no `tables.repeated` or `duplicate-table`; so is a second table under the same
 * title without the mark that prints none of the first's rows again and no second total (a page a
 * table extractor gave as a table of its own). A second table of a kind that repeats rows, prints
 * its own total or has another title (a unit's own table) is still set aside, and a wrong figure
 * on the second page is still found.
 */
import { describe, expect, it } from "vitest";
import { type Disclosure, type Table, validateDisclosure } from "../src/disclosure";
import { checkDisclosure, henan2024Profile } from "../src/rules";
import { henan2024 } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { fixtureDisclosure } from "./support/disclosures";

const { disclosure } = fixtureDisclosure(henan2024Fixture, henan2024);
const check = (d: Disclosure) =>
  checkDisclosure(d, { profile: henan2024Profile, template: henan2024 });
const lines = (d: Disclosure) =>
  check(d)
    .findings.map(
      (f) =>
        `${f.ruleId} ${f.outcome} ${f.severity} ${JSON.stringify(f.path)} ${JSON.stringify(f.params)}`,
    )
    .sort();

/** The disclosure with its table of `kind` bound as two, the second titled `title(first)`. */
function split(kind: string, title: (t: string) => string, edit = (t: Table) => t): Disclosure {
  const tables = disclosure.tables.flatMap((t) => {
    if (t.kind !== kind) return [t];
    const half = Math.ceil(t.rows.length / 2);
    const first: Table = { ...t, rows: t.rows.slice(0, half) };
    const second: Table = { ...t, title: title(t.title ?? ""), rows: t.rows.slice(half) };
    return [first, edit(second)];
  });
  return { ...disclosure, tables };
}
const KIND = "expenditure";

describe("a table of figures continued on a second table", () => {
  it("the fixture's table has rows on both halves", () => {
    const t = disclosure.tables.find((x) => x.kind === KIND);
    expect(t?.rows.length ?? 0).toBeGreaterThan(3);
  });

  it.each([
    ["（续）", (t: string) => `${t}（续）`],
    ["(续表)", (t: string) => `${t}(续表)`],
    ["续上表", (t: string) => `${t} 续上表`],
    ["another wording, （续）", () => "部门支出预算表（续）"],
  ] as const)("%s: the same report as the table bound whole", (_, title) => {
    const d = split(KIND, title);
    expect(lines(d)).toEqual(lines(disclosure));
    expect(check(d).findings.filter((f) => f.ruleId === "tables.repeated")).toEqual([]);
    const v = validateDisclosure(d, henan2024);
    expect(v.problems.map((p) => p.code)).not.toContain("duplicate-table");
  });

  it("bites: a wrong figure on the second page is still found", () => {
    const d = split(
      KIND,
      (t) => `${t}（续）`,
      (t) => ({
        ...t,
        rows: t.rows.map((r, i) =>
          i === 0 && r.cells.total !== undefined && r.cells.total !== ""
            ? { ...r, cells: { ...r.cells, total: "99999.99" } }
            : r,
        ),
      }),
    );
    const before = new Set(lines(disclosure));
    expect(lines(d).filter((l) => !before.has(l)).length).toBeGreaterThan(0);
  });

  it("without the mark, under the same title, printing none of the first's rows again: the rest of it", () => {
    const d = split(KIND, (t) => t);
    expect(lines(d)).toEqual(lines(disclosure));
    expect(check(d).findings.filter((f) => f.ruleId === "tables.repeated")).toEqual([]);
  });

  it("bites: a second table without the mark that prints the first's rows again is set aside and said so", () => {
    // A unit's own table: the department's 科目 again, without a total (or with its own).
    const whole = disclosure.tables.find((x) => x.kind === KIND)?.rows ?? [];
    const codes = whole.filter((r) => r.key.kind !== "total");
    for (const rows of [codes, whole]) {
      const d = split(
        KIND,
        (t) => t,
        (t) => ({ ...t, rows }),
      );
      expect(check(d).findings.filter((f) => f.ruleId === "tables.repeated")).toHaveLength(1);
    }
  });

  it("bites: untitled tables (a disclosure built from data) are no pages of each other", () => {
    const d = split(KIND, (t) => t);
    const untitled = {
      ...d,
      tables: d.tables.map((t) => {
        if (t.kind !== KIND) return t;
        const { title: _title, ...rest } = t;
        return rest;
      }),
    };
    expect(check(untitled).findings.filter((f) => f.ruleId === "tables.repeated")).toHaveLength(1);
  });

  it("bites: a second table under another title is no page of the first", () => {
    const d = split(KIND, (t) => `某区第一中学${t}`);
    expect(check(d).findings.filter((f) => f.ruleId === "tables.repeated")).toHaveLength(1);
  });
});

describe("a page break among a unit's rows", () => {
  /** The first unit row followed by a row of another kind (the unit's code or project rows). */
  const headingUnit = (t: Table): number =>
    t.rows.findIndex((r, i) => r.key.kind === "org" && t.rows[i + 1]?.key.kind !== "org");
  /** The disclosure with its table of `kind` cut after the first row under a unit's row. */
  const cutAfterUnit = (kind: string, edit = (t: Table) => t): Disclosure => {
    const tables = disclosure.tables.flatMap((t) => {
      if (t.kind !== kind) return [t];
      const at = headingUnit(t) + 2;
      const second: Table = { ...t, title: `${t.title ?? ""}（续）`, rows: t.rows.slice(at) };
      return [{ ...t, rows: t.rows.slice(0, at) }, edit(second)];
    });
    return { ...disclosure, tables };
  };

  it.each(["operatingCost", "projectTargets"])(
    "%s: the unit row on the first page heads the rows on the next (the same report)",
    (kind) => {
      const t = disclosure.tables.find((x) => x.kind === kind);
      const at = t === undefined ? -1 : headingUnit(t);
      // The cut leaves code or project rows of the unit for the next page.
      expect(at).toBeGreaterThanOrEqual(0);
      expect(t?.rows.length ?? 0).toBeGreaterThan(at + 2);
      expect(lines(cutAfterUnit(kind))).toEqual(lines(disclosure));
    },
  );

  it("bites: a wrong figure on the next page is still found against the unit's row", () => {
    const d = cutAfterUnit("operatingCost", (t) => ({
      ...t,
      rows: t.rows.map((r, i) =>
        i === 0 && typeof r.cells.total === "string" && r.cells.total !== ""
          ? { ...r, cells: { ...r.cells, total: "99999.99" } }
          : r,
      ),
    }));
    const before = new Set(lines(disclosure));
    const added = lines(d).filter((l) => !before.has(l));
    expect(added.some((l) => l.startsWith("rollup fail error"))).toBe(true);
  });
});
