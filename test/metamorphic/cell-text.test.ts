/**
 * Metamorphic: the text of headers and cells as PDF text layers and table extractors give it.
 *
 * - Headers: a level of up to six characters spaced out (`科 目 编 码`, `合　　计`, `项    目`), a
 *   longer one broken over two lines inside its cell (`一般公共\n预算拨款`).
 * - Names (科目, units, projects, line labels): broken over two lines inside their cell.
 * - Every non-blank cell (names, codes, amounts) and header level: an invisible character before,
 *   after or around it (NBSP U+00A0, U+3000, a zero-width space U+200B, a soft hyphen U+00AD, a
 *   byte-order mark U+FEFF, a word joiner U+2060), and inside names a zero-width space or a soft
 *   hyphen (a text layer's hyphenation point).
 *
 * None of it prints anything the reader should read: the check's findings and outcomes must not
 * change (was, for the zero-width and soft-hyphen characters: amounts `malformed-amount`, codes
 * unplaced, headers unknown, so most checks fell to insufficient data or failed).
 */
import { describe, expect, it } from "vitest";
import type { DisclosureFixture } from "../fixtures/types";
import {
  CASES,
  type Case,
  changedCells,
  checkFixture,
  columnRoles,
  describeCases,
  mapTables,
  pick,
  projection,
} from "./support";

const HAN = /^\p{Script=Han}+$/u;
const SPACES = [" ", "\u3000", "  ", "\u3000\u3000", " \u3000 "] as const;
const INVISIBLE = ["\u00a0", "\u3000", "\u200b", "\u00ad", "\ufeff", "\u2060", "\u200b\u00a0"];
const INSIDE = ["\u200b", "\u00ad"] as const;

/** `s` with a line break after character `at` (2 ≤ at < length − 1). */
const broken = (s: string, at: number): string => `${s.slice(0, at)}\n${s.slice(at)}`;

/** One header level as an extractor gives it: spaced out, broken, or with an invisible mark. */
function headerLevel(level: string, how: number, seed: number, ...at: number[]): string {
  if (how === 0 && HAN.test(level) && level.length <= 6)
    return [...level].join(SPACES[pick(seed, SPACES.length, ...at, 1)] ?? " ");
  if (how === 1 && level.length >= 4)
    return broken(level, 2 + pick(seed, level.length - 3, ...at, 2));
  if (how === 2) return `${INVISIBLE[pick(seed, INVISIBLE.length, ...at, 3)] ?? ""}${level}`;
  return level;
}

/** A cell with an invisible mark before it (0), after it (1) or both (2). */
function marked(cell: string, seed: number, ...at: number[]): string {
  const mark = INVISIBLE[pick(seed, INVISIBLE.length, ...at, 4)] ?? "";
  const where = pick(seed, 3, ...at, 5);
  return where === 0 ? `${mark}${cell}` : where === 1 ? `${cell}${mark}` : `${mark}${cell}${mark}`;
}

function respellText(c: Case, seed: number): DisclosureFixture {
  const roles = columnRoles(c);
  return mapTables(c.fixture, (t, ti) => ({
    ...t,
    headers: t.headers.map((h, i) =>
      h
        .split("/")
        .map((level, k) => headerLevel(level, pick(seed, 4, ti, i, k), seed, ti, i, k))
        .join("/"),
    ),
    rows: t.rows.map((row, ri) =>
      row.map((cell, ci) => {
        if (cell.trim() === "") return cell;
        const role = roles[ti]?.[ci];
        const how = pick(seed, 4, ti, ri, ci);
        const named = role === "name" || role === "org";
        if (named && how === 0 && cell.length >= 4)
          return broken(cell, 2 + pick(seed, cell.length - 3, ti, ri, ci, 6));
        if (named && how === 1 && cell.length >= 4)
          return `${cell.slice(0, 2)}${INSIDE[pick(seed, 2, ti, ri, ci, 7)]}${cell.slice(2)}`;
        return how === 2 ? marked(cell, seed, ti, ri, ci) : cell;
      }),
    ),
  }));
}

describe("the respelling itself", () => {
  it("spaces short header levels out, breaks long ones, marks cells invisibly", () => {
    expect(headerLevel("合计", 0, 1, 0)).toMatch(/^合[ \u3000]+计$/u);
    expect(headerLevel("一般公共预算拨款", 1, 1, 0)).toMatch(/^一般.*\n.*款$/u);
    expect(marked("969.06", 3, 1).replace(/[\u00a0\u3000\u200b\u00ad\ufeff\u2060]/gu, "")).toBe(
      "969.06",
    );
  });
});

describeCases("extracted cell text", (c, same) => {
  it("gives the same findings and outcomes", () => {
    same((seed) => respellText(c, seed), 4);
  });

  it("changes many cells (the property is not vacuous)", () => {
    expect(changedCells(c.fixture, respellText(c, 5)).length).toBeGreaterThan(20);
  });
});

describe("a wrong figure behind an invisible mark is still caught", () => {
  const henan = CASES.find((c) => c.name === "Henan 2024") as Case;
  const sanGong = henan.fixture.tables.findIndex((t) => t.title.includes("三公"));
  const wrong = (total: string) =>
    mapTables(henan.fixture, (t, i) =>
      i === sanGong ? { ...t, rows: t.rows.map((r) => [total, ...r.slice(1)]) } : t,
    );
  const serious = (f: DisclosureFixture) =>
    projection(checkFixture(henan, f), { serious: true }).filter((l) => l.includes("sanGong"));

  it("reads 6.50 marked as 6.50, and 7.50 marked as the wrong total it is", () => {
    expect(serious(wrong("\u200b6.50\u00ad"))).toEqual(serious(henan.fixture));
    const caught = serious(wrong("\u200b7.\u200b50\ufeff"));
    expect(caught).toEqual(serious(wrong("7.50")));
    expect(caught.length).toBeGreaterThan(serious(henan.fixture).length);
  });
});
