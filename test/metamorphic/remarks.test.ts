/**
 * Metamorphic: a column of remarks. Some printers end a table with a `备注` (`说明`, `附注`) column
 * holding a few words about some rows (`含上年结转`, `据实列支`, `按政策标准测算`); a table extractor
 * gives it as one more column. Appended to every table of every fixture, with remarks in rows the
 * seed picks (a total row, a row that prints nothing else, any other), the check's findings and
 * outcomes must not change (was: an unknown column with content, so the table's sums fell to
 * insufficient data, and a row printing nothing but a remark read as printing something: the
 * Henan 财政拨款收支总表's two 210 rows a `duplicate-row` warning).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../../src/printed/types";
import type { DisclosureFixture } from "../fixtures/types";
import { CASES, type Case, checkFixture, FC_OPTIONS, mapTables, pick, projection } from "./support";

const HEADERS = ["备注", "备　注", "说明", "附注", "备注说明"] as const;
const REMARKS = [
  "含上年结转",
  "据实列支",
  "按政策标准测算",
  "详见说明（一）",
  "中央转移支付",
] as const;

/** Table `t` with a last column of remarks headed `header`, in about a third of its rows. */
function remarked(t: PrintedTable, header: string, seed: number, ti: number): PrintedTable {
  return {
    ...t,
    headers: [...t.headers, header],
    rows: t.rows.map((r, ri) => [
      ...r,
      pick(seed, 3, ti, ri) === 0 ? (REMARKS[pick(seed, REMARKS.length, ti, ri, 1)] ?? "") : "",
    ]),
  };
}

function withRemarks(c: Case, seed: number): DisclosureFixture {
  return mapTables(c.fixture, (t, ti) =>
    remarked(t, HEADERS[pick(seed, HEADERS.length, ti)] ?? "备注", seed, ti),
  );
}

describe.each(CASES.map((c) => [c.name, c] as const))("%s: a column of remarks", (_, c) => {
  const before = projection(checkFixture(c));

  it("gives the same findings and outcomes", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        expect(projection(checkFixture(c, withRemarks(c, seed)))).toEqual(before);
      }),
      FC_OPTIONS,
    );
  });

  it("puts remarks in some rows of most tables (the property is not vacuous)", () => {
    const after = withRemarks(c, 5);
    const noted = after.tables.filter((t) => t.rows.some((r) => (r.at(-1) ?? "") !== ""));
    expect(noted.length * 2).toBeGreaterThan(c.fixture.tables.filter((t) => t.rows.length).length);
  });
});

describe("a wrong figure beside a remark is still caught", () => {
  const henan = CASES.find((c) => c.name === "Henan 2024") as Case;
  const sanGong = henan.fixture.tables.findIndex((t) => t.title.includes("三公"));
  const wrong = mapTables(henan.fixture, (t, i) =>
    i === sanGong ? { ...t, rows: t.rows.map((r) => ["7.50", ...r.slice(1)]) } : t,
  );
  const serious = (f: DisclosureFixture) =>
    projection(checkFixture(henan, f), { serious: true }).filter((l) => l.includes("sanGong"));

  it("gives the findings of the wrong total printed without remarks", () => {
    const remarkedWrong = mapTables(wrong, (t, i) =>
      i === sanGong ? remarked(t, "备注", 1, 0) : t,
    );
    expect(remarkedWrong.tables[sanGong]?.headers.at(-1)).toBe("备注");
    expect(serious(remarkedWrong)).toEqual(serious(wrong));
    expect(serious(wrong).length).toBeGreaterThan(serious(henan.fixture).length);
  });
});
