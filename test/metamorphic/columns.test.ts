/**
 * Metamorphic: the order of a table's amount columns. Printers order the columns of one header
 * group differently (`合计` first or last; `基本支出 | 项目支出` or `项目支出 | 基本支出`; `人员经费 |
 * 公用经费` either way; the 收入 columns 财政拨款 / 事业收入 / 其他收入 in another sequence): a column is
 * known by its header, not by its place. Within each run of adjacent amount columns that share
 * their parent header (`支出/基本支出/人员经费` and `支出/基本支出/公用经费`), the columns (header and
 * every row's cell) are put in another order. A column printed `其中：…` stays after the column it
 * is part of (no printer puts a part before its whole). The check's findings and outcomes must not
 * change; a finding about a row whose columns state one fact (a 302 row's 合计 is its 公用经费) may
 * cite the first of them as printed, so findings are compared without their column.
 */
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../../src/printed/types";
import type { DisclosureFixture } from "../fixtures/types";
import { type Case, type ColumnRole, columnRoles, describeCases, mapTables, pick } from "./support";

const NO_COLUMN = { column: false } as const;

/** A header path's parent (`支出/基本支出/人员经费` → `支出/基本支出`; a one-level header: ``). */
const parentOf = (header: string): string => {
  const at = header.lastIndexOf("/");
  return at < 0 ? "" : header.slice(0, at);
};

/** A header whose last level is a part of the column before it (`其中：财政拨款`). */
const isPart = (header: string): boolean =>
  header.slice(header.lastIndexOf("/") + 1).startsWith("其中");

/**
 * The runs of columns that may change places: adjacent amount columns with one parent header,
 * none of them a `其中` part (a part and the columns after it in its run stay where they are).
 */
function movableRuns(headers: readonly string[], roles: readonly ColumnRole[]): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  const close = () => {
    if (run.length > 1) runs.push(run);
    run = [];
  };
  for (let i = 0; i < headers.length; i++) {
    const header = headers[i] ?? "";
    const movable = roles[i] === "amount" && !isPart(header);
    const previous = run[run.length - 1];
    const joins =
      movable && previous !== undefined && parentOf(headers[previous] ?? "") === parentOf(header);
    if (!joins) {
      // A part stays right after its whole: the whole leaves the run before it closes.
      if (isPart(header)) run.pop();
      close();
    }
    if (movable) run.push(i);
  }
  close();
  return runs;
}

/** Column indexes in their new order: each run rotated or reversed by the seed. */
function reordered(
  headers: readonly string[],
  roles: readonly ColumnRole[],
  seed: number,
  table: number,
): number[] {
  const order = headers.map((_, i) => i);
  for (const run of movableRuns(headers, roles)) {
    const how = pick(seed, 3, table, run[0] ?? 0);
    const moved = how === 0 ? [...run].reverse() : how === 1 ? [...run.slice(1), run[0] ?? 0] : run;
    run.forEach((at, k) => {
      order[at] = moved[k] ?? at;
    });
  }
  return order;
}

function reorderColumns(c: Case, seed: number): DisclosureFixture {
  const roles = columnRoles(c);
  return mapTables(c.fixture, (t: PrintedTable, ti) => {
    const order = reordered(t.headers, roles[ti] ?? [], seed, ti);
    return {
      ...t,
      headers: order.map((i) => t.headers[i] ?? ""),
      rows: t.rows.map((r) => order.map((i) => r[i] ?? "")),
    };
  });
}

describe("the reordering itself", () => {
  const headers = [
    "科目编码",
    "科目名称",
    "合计",
    "基本支出/人员经费",
    "基本支出/公用经费",
    "项目支出",
  ];
  const roles: ColumnRole[] = ["code", "name", "amount", "amount", "amount", "amount"];

  it("moves adjacent amount columns with one parent, and nothing else", () => {
    expect(movableRuns(headers, roles)).toEqual([[3, 4]]);
    expect(
      movableRuns(
        ["a", "支出/合计", "支出/基本", "支出/项目"],
        ["name", "amount", "amount", "amount"],
      ),
    ).toEqual([[1, 2, 3]]);
  });

  it("keeps a 其中 column right after its whole", () => {
    const h = ["项目", "一般公共预算/小计", "一般公共预算/其中：财政拨款", "一般公共预算/其他"];
    expect(movableRuns(h, ["name", "amount", "amount", "amount"])).toEqual([]);
    const g = ["项目", "合计", "财政拨款", "其中：基本", "事业收入", "其他收入"];
    expect(movableRuns(g, ["name", "amount", "amount", "amount", "amount", "amount"])).toEqual([
      [4, 5],
    ]);
    const w = ["项目", "事业收入", "合计", "财政拨款", "其中：基本", "其他收入"];
    expect(movableRuns(w, ["name", "amount", "amount", "amount", "amount", "amount"])).toEqual([
      [1, 2],
    ]);
  });
});

describeCases(
  "amount columns reordered",
  (c, same) => {
    it("gives the same findings and outcomes", () => {
      same((seed) => reorderColumns(c, seed));
    });

    it("moves columns of most tables (the property is not vacuous)", () => {
      const roles = columnRoles(c);
      const moved = c.fixture.tables.filter((t, ti) => {
        const order = reordered(t.headers, roles[ti] ?? [], 7, ti);
        return order.some((i, k) => i !== k);
      });
      // Most tables have a header group of several amount columns (6 to 11 of 9 to 14 tables).
      expect(moved.length * 2).toBeGreaterThan(c.fixture.tables.length);
    });
  },
  NO_COLUMN,
);
