/**
 * A 决算 总表 whose 行次 and figure an extractor merged into one cell (`1 307.82` under 决算数 beside
 * a blank 行次, or under 行次 beside a blank 决算数): a row number the column's numbering has
 * there (the row above numbered 0 or the row below 2) and a figure, not `1,307.82` grouped by a
 * space (it was read so: rollup and sum errors on correct cells). A figure merged with a number the
 * numbering does not give stays the space-grouped figure; a wrong figure is still found.
 */
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../src/printed";
import { putuoSocialWorkFinal2024Fixture as SOC } from "./fixtures/putuo-social-work-final-2024";
import { added, varyTables } from "./support/final-variants";

const TITLE = "收入支出决算总表";

/** The 总表 with a 行次 column after each side's 项目 (1… and 40…), `merge` applied to each row. */
const numbered =
  (merge: (row: string[], i: number) => string[]) =>
  (t: PrintedTable): PrintedTable => ({
    ...t,
    headers: [
      t.headers[0] ?? "",
      "收入/行次",
      t.headers[1] ?? "",
      t.headers[2] ?? "",
      "支出/行次",
      ...t.headers.slice(3),
    ],
    rows: t.rows.map((r, i) =>
      merge([r[0] ?? "", String(i + 1), r[1] ?? "", r[2] ?? "", String(i + 40), ...r.slice(3)], i),
    ),
  });

/** Row 0's number and figure (side `at`: 1 income, 4 spending) merged into `into` (0 or 1 after). */
const merged =
  (at: number, into: 0 | 1, space = " ", figure?: string) =>
  (row: string[], i: number): string[] => {
    if (i !== 0) return row;
    const out = [...row];
    const text = `${row[at]}${space}${figure ?? row[at + 1]}`;
    out[at] = into === 0 ? text : "";
    out[at + 1] = into === 0 ? "" : text;
    return out;
  };

describe("a 决算 总表's 行次 merged with its figure", () => {
  it.each([
    ["income, under 决算数", 1, 1, " "],
    ["income, under 行次", 1, 0, " "],
    ["spending, under 决算数", 4, 1, " "],
    ["spending, a no-break space", 4, 1, "\u00a0"],
  ] as const)(
    "%s: a row number and a figure, nothing added, nothing lost",
    (_, at, into, space) => {
      const base = varyTables(
        SOC,
        (t) => t.title === TITLE,
        numbered((r) => r),
      );
      const r = added(
        base,
        varyTables(SOC, (t) => t.title === TITLE, numbered(merged(at, into, space))),
      );
      expect([r.added, r.lost]).toEqual([[], []]);
    },
  );

  it("a wrong figure merged with its row number is still found", () => {
    const base = varyTables(
      SOC,
      (t) => t.title === TITLE,
      numbered((r) => r),
    );
    const r = added(
      base,
      varyTables(SOC, (t) => t.title === TITLE, numbered(merged(1, 1, " ", "307.92"))),
    );
    expect(r.added.some((f) => f.startsWith("error"))).toBe(true);
  });
});
