/**
 * Metamorphic: a table's codes in a column without a header of its own. A table extractor gives
 * the code column right left of the names unheaded (its header cell merged into the one above, a
 * rule read as a column edge), or under the names' header (`科目名称` merged over the code and the
 * name, given for both). In every table whose codes (one column, or 类 | 款 | 项 joined as
 * `2013101`, `201 31 01` or `201-31-01`) print right left of its names, the code column is given
 * so; the check's findings and outcomes must not change (was: the codes an unknown column, so
 * rows placed by name alone or not at all, and most sums fell to insufficient data).
 */
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../../src/printed/types";
import type { DisclosureFixture } from "../fixtures/types";
import {
  CASES,
  type Case,
  type ColumnRole,
  columnRoles,
  describeCases,
  mapTables,
  pick,
} from "./support";
import { seriousOf, withFixtureCell } from "./wrong-figure";

const JOINS = ["", " ", "-"] as const;
const CODE = /^[0-9]{3}(?:[ -]?[0-9]{2}){0,2}$/u;

/**
 * Table `t` with the code columns right left of its first name column made one column (segments
 * joined by `join`), headed `""` (`how` 0) or as the names (`how` 1); `undefined` when its codes
 * do not print there or do not join into codes.
 */
function unheadedCodes(
  t: PrintedTable,
  roles: readonly ColumnRole[],
  join: string,
  how: number,
): PrintedTable | undefined {
  const name = roles.indexOf("name");
  let first = name;
  while (first > 0 && roles[first - 1] === "code") first--;
  if (name <= 0 || first === name) return undefined;
  const header = how === 0 ? "" : (t.headers[name] ?? "");
  const rows = t.rows.map((r) => {
    const code = r
      .slice(first, name)
      .map((s) => s.trim())
      .filter((s) => s !== "")
      .join(join);
    return [...r.slice(0, first), code, ...r.slice(name)];
  });
  if (!rows.every((r) => r[first] === "" || CODE.test(r[first] ?? ""))) return undefined;
  return { ...t, headers: [...t.headers.slice(0, first), header, ...t.headers.slice(name)], rows };
}

function withUnheadedCodes(c: Case, seed: number): DisclosureFixture {
  const roles = columnRoles(c);
  return mapTables(
    c.fixture,
    (t, ti) =>
      unheadedCodes(t, roles[ti] ?? [], JOINS[pick(seed, 3, ti)] ?? "", pick(seed, 2, ti, 1)) ?? t,
  );
}

describe("the change itself", () => {
  it("joins 类 | 款 | 项 into one column headed blank or as the names", () => {
    const t: PrintedTable = {
      title: "t",
      headers: ["科目编码/类", "科目编码/款", "科目编码/项", "科目名称", "合计"],
      rows: [
        ["", "", "", "合计", "3"],
        ["201", "01", "01", "行政运行", "3"],
      ],
    };
    const roles: ColumnRole[] = ["code", "code", "code", "name", "amount"];
    expect(unheadedCodes(t, roles, " ", 1)).toEqual({
      title: "t",
      headers: ["科目名称", "科目名称", "合计"],
      rows: [
        ["", "合计", "3"],
        ["201 01 01", "行政运行", "3"],
      ],
    });
    expect(unheadedCodes(t, roles, "", 0)?.headers[0]).toBe("");
  });
});

describeCases("codes without a header", (c, same) => {
  it("gives the same findings and outcomes", () => {
    same((seed) => withUnheadedCodes(c, seed), 3);
  });
});

describe("which tables change (the property is not vacuous)", () => {
  it("changes most tables by code of every fixture (Henan prints its unit codes between codes and names)", () => {
    const changed = CASES.map((c) => {
      const after = withUnheadedCodes(c, 5);
      return after.tables.filter((t, i) => t !== c.fixture.tables[i]).length;
    });
    expect(changed).toEqual([2, 6, 4, 6, 6, 6]);
  });
});

describe("a wrong figure in a row placed by unheaded codes is still caught", () => {
  const planning = CASES.find((c) => c.name.includes("规划")) as Case;
  const roles = columnRoles(planning);
  const at = planning.fixture.tables.findIndex((t) => t.title === "一般公共预算财政拨款支出决算表");
  // The table's last row by code (a 项) printing 9999.99 in its first amount column.
  const amount = (roles[at] ?? []).indexOf("amount");
  const last = (planning.fixture.tables[at]?.rows.length ?? 0) - 1;
  const wrong = withFixtureCell(planning.fixture, at, last, amount, "9999.99");
  const serious = seriousOf(planning);

  it("gives the findings of the wrong figure under a headed code column", () => {
    const unheaded = mapTables(wrong, (t, i) =>
      i === at ? (unheadedCodes(t, roles[i] ?? [], " ", 0) ?? t) : t,
    );
    expect(unheaded.tables[at]?.headers[0]).toBe("");
    expect(serious(unheaded)).toEqual(serious(wrong));
    expect(serious(wrong).length).toBeGreaterThan(serious(planning.fixture).length);
  });
});
