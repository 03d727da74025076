/**
 * Metamorphic: header levels printed with a bracketed note about the column, not part of its
 * name: the year (`指标值（2024年）`, `目标值（2024年度）`), a unit (`（万元）`, `（个）`, `（%）`,
 * `（单位：元）`), a list of examples (`计量单位（个、%等）`, `（如：会议、培训）`) or a remark on
 * filling it in (`项目名称（全称）`, `（选填）`, `（注：含上年结转）`). In every table of every fixture
 * the levels the seed picks get one such note (the year is the document's own). A level with a
 * note that names no column is read without it, so the report must not change at all (was: every
 * such header an unknown column, the table's figures unread). A unit note names the table's own
 * unit (its unit line's): one naming another is no note but a second unit, which leaves the
 * table's unit unknown (`header-unit-line.test.ts`).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchHeaders } from "../../src/printed";
import { readUnitLine } from "../../src/printed/unit-line";
import { henan2024 } from "../../src/templates";
import type { DisclosureFixture } from "../fixtures/types";
import { CASES, type Case, checkFixture, FC_OPTIONS, mapTables, pick, projection } from "./support";
import { seriousOf, wrongHenanCarryover } from "./wrong-figure";

/**
 * The notes a printer puts after a header level; `{year}` is the document's year, `{unit}` the
 * table's unit (a table printing no unit line gets none of those).
 */
const NOTES: readonly string[] = [
  "（{year}年）",
  "（{year}年度）",
  "({year})",
  "（{unit}）",
  "（单位：{unit}）",
  "（个）",
  "（%）",
  "（个、%等）",
  "（如：会议、培训）",
  "（全称）",
  "（选填）",
  "（注：按实际填写）",
];

const yearOf = (c: Case): string => /20[0-9]{2}/u.exec(c.name)?.[0] ?? "2024";

/** A header with a note after the level the seed picks (of its printed levels), or as printed. */
function noted(
  header: string,
  seed: number,
  at_: { readonly table: number; readonly index: number },
  year: string,
  unit: string | undefined,
): string {
  const { table, index } = at_;
  const levels = header.split("/");
  const filled = levels.flatMap((l, i) => (l.trim() === "" ? [] : [i]));
  if (filled.length === 0 || (seed !== 0 && pick(seed, 3, table, index) === 0)) return header;
  const at = filled[pick(seed, filled.length, table, index, 1)] ?? 0;
  const picked = NOTES[pick(seed, NOTES.length, table, index, 2)] ?? "";
  if (picked.includes("{unit}") && unit === undefined) return header;
  const note = picked.replace("{year}", year).replace("{unit}", unit ?? "");
  return levels.map((l, i) => (i === at ? `${l}${note}` : l)).join("/");
}

const notedTables = (c: Case, seed: number): DisclosureFixture =>
  mapTables(c.fixture, (t, ti) => {
    const line = readUnitLine(t.unit ?? "");
    const unit = line.kind === "unit" ? line.unit : undefined;
    return {
      ...t,
      headers: t.headers.map((h, i) => noted(h, seed, { table: ti, index: i }, yearOf(c), unit)),
    };
  });

describe.each(CASES.map((c) => [c.name, c] as const))("%s: notes in headers", (_, c: Case) => {
  const before = projection(checkFixture(c));

  it("gives the same report, with a note on every header", () => {
    expect(projection(checkFixture(c, notedTables(c, 0)))).toEqual(before);
  });

  it("gives the same report, with notes on the levels the seed picks", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        expect(projection(checkFixture(c, notedTables(c, seed)))).toEqual(before);
      }),
      { ...FC_OPTIONS, numRuns: 4 },
    );
  });

  it("notes most headers (the property is not vacuous)", () => {
    const after = notedTables(c, 7);
    const all = after.tables.flatMap((t) => t.headers);
    const changed = all.filter((h, i) => h !== c.fixture.tables.flatMap((t) => t.headers)[i]);
    expect(changed.length * 2).toBeGreaterThan(all.length);
  });
});

describe("a note that is part of the name stays", () => {
  const income = henan2024.tables.find((t) => t.id === "income");

  it("reads 财政拨款（补助） as no 财政拨款 column (which money it names is not guessed)", () => {
    if (income === undefined) throw new Error("no income kind");
    const { columns } = matchHeaders(["单位名称", "财政拨款（补助）", "事业收入"], income);
    expect(columns[1]?.key).toBe("extra:财政拨款（补助）");
  });
});

describe("a wrong figure under noted headers is still caught", () => {
  const { henan, at, column, wrong } = wrongHenanCarryover();
  const serious = seriousOf(henan);

  it("gives the findings of the wrong figure under the headers as printed", () => {
    const withNotes = { ...henan, fixture: wrong };
    const after = notedTables(withNotes, 0);
    expect(after.tables[at]?.headers[column]).not.toBe("上年结转结余/一般公共预算");
    expect(serious(after)).toEqual(serious(wrong));
    expect(serious(wrong).length).toBeGreaterThan(serious(henan.fixture).length);
  });
});
