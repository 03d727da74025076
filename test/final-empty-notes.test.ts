/**
 * The 政府性基金 / 国有资本经营 决算 tables printed empty as other printers print them: the note
 * under the table in its own words (`本单位无…，故本表为空表`, `此表为空表`), or inside the table's
 * frame with no 注 / 说明 before it (`本部门本年度无此项支出，本表无数据` in the name column, `无数据`
 * merged across the row, `（无）`). The same report as the fixtures' own note (was: the row read as
 * an unplaced row and the table as carrying no note, a false table.emptyNote warning). A table
 * that prints an amount beside such a note is still found.
 */
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../src/printed/types";
import { CASES, checkFixture, mapTables, projection } from "./metamorphic/support";

const FINALS = CASES.filter((c) => c.final);
const FUNDS = ["政府性基金", "国有资本经营"];
const fundOf = (t: PrintedTable) => FUNDS.find((f) => t.title.startsWith(f));

type Empty = (t: PrintedTable, fund: string) => PrintedTable;
const EMPTY: Record<string, Empty> = {
  "note 本单位无…，故本表为空表": (t, f) => ({
    ...t,
    note: `本单位无${f}预算财政拨款收入支出，故本表为空表。`,
  }),
  "note 说明：…此表为空表": (t, f) => ({
    ...t,
    note: `说明：本部门2024年度无${f}预算财政拨款收支，此表为空表。`,
  }),
  "a row 本部门本年度无此项支出，本表无数据 in the name column": (t) => {
    const { note: _, ...rest } = t;
    return {
      ...rest,
      rows: [t.headers.map((_, i) => (i === 1 ? "本部门本年度无此项支出，本表无数据。" : ""))],
    };
  },
  "a row 无数据 merged across the table": (t) => {
    const { note: _, ...rest } = t;
    return { ...rest, rows: [t.headers.map(() => "无数据")] };
  },
  "a row （无）": (t) => {
    const { note: _, ...rest } = t;
    return { ...rest, rows: [t.headers.map((_, i) => (i === 0 ? "（无）" : ""))] };
  },
};

/** A 项 row printing 1.00 as 本年收入, its code as the table prints codes (whole or 类 / 款 / 项). */
const amountRow = (t: PrintedTable) => {
  const name = t.headers.findIndex((h) => h.endsWith("科目名称"));
  const code = name === 1 ? ["2120101"] : ["212", "01", "01"];
  const rest = t.headers.slice(name + 1).map((h) => (h === "本年收入" ? "1.00" : ""));
  return [...code, "行政运行", ...rest];
};

const withEmpty = (c: (typeof FINALS)[number], e: Empty) =>
  mapTables(c.fixture, (t) => {
    const f = fundOf(t);
    return f === undefined ? t : e(t, f);
  });

describe.each(FINALS.map((c) => [c.name, c] as const))("%s: empty fund tables", (_, c) => {
  const base = projection(checkFixture(c));

  it("the fixture prints both empty", () => {
    const empty = c.fixture.tables.filter((t) => fundOf(t) !== undefined && t.rows.length === 0);
    expect(empty).toHaveLength(2);
  });

  it.each(Object.entries(EMPTY))("%s: the same report", (_, e) => {
    expect(projection(checkFixture(c, withEmpty(c, e)))).toEqual(base);
  });

  it("an amount printed beside a 本表无数据 row is found", () => {
    const v = withEmpty(c, (t) => ({
      ...t,
      rows: [t.headers.map((_, i) => (i === 1 ? "本表无数据" : "")), amountRow(t)],
    }));
    const added = projection(checkFixture(c, v), { serious: true }).filter(
      (l) => !base.includes(l),
    );
    expect(added.some((l) => l.startsWith("table.note | fail | error"))).toBe(true);
  });
});
