import { describe, expect, it } from "vitest";
import { type Disclosure, lowerTable, type Row } from "../disclosure";
import { FactIds } from "../facts/intern";
import { henan2024 } from "../templates";
import { checkDisclosure } from "./check";
import { comparedCells } from "./compared";
import { buildContext } from "./context";
import { decomposeTable } from "./decompose";
import { type AnyFact, type DerivedFact, flatSources, isDerived } from "./derived";
import { groupFacts } from "./group-facts";
import { allGroups, groupOf } from "./groups";
import { henan2024Profile } from "./profiles";

/**
 * A sum that only confirms the figure its own table prints for the same identity (合计 = 基本 +
 * 项目, 基本 = 人员 + 公用 on a row that adds up), nothing else stating it, waits to be read with
 * its group (group-facts.ts, decomposed.ts): the comparison is counted as agreeing and reaches
 * the cells behind the sum, but neither the derived fact nor its lists are made until a reader
 * asks for the group, `ctx.derived` or a comparison's `checked`. Read, it is the fact the
 * decomposition would have made.
 */

const disclosure = (rows: Row[]): Disclosure => ({
  meta: {
    year: 2024,
    documentKind: "单位",
    template: "henan2024",
    department: { name: "某单位" },
    units: [],
  },
  tables: [{ kind: "expenditure", unit: "万元", rows }],
  texts: [],
});

// One 项 that adds up: its total (基本 + 项目), its 基本 (人员 + 公用) and its 项目 (运转 + 特定目标)
// are confirmed; its 人员经费 (工资福利 + 对个人和家庭的补助) and 公用经费 are stated by no cell.
const adding: Row[] = [
  {
    key: { kind: "functional", code: "2010101" },
    cells: {
      total: "6.50",
      basic: "3.50",
      "basic.salary": "2.00",
      "basic.family": "0.50",
      "basic.goods": "1.00",
      "basic.capital": "",
      project: "3.00",
      "project.operating": "1.00",
      "project.specific": "2.00",
    },
  },
];
const wrongTotal: Row[] = [
  {
    key: { kind: "functional", code: "2010101" },
    cells: { ...(adding[0] as Row).cells, total: "7.50" },
  },
];

const ctxOf = (rows: Row[]) =>
  buildContext(disclosure(rows), henan2024, undefined, henan2024Profile.definitions);
const tableOf = (rows: Row[]) =>
  lowerTable(disclosure(rows).tables[0] as Disclosure["tables"][number], henan2024);
const options = { profile: henan2024Profile, template: henan2024 };

describe("a sum confirming its table's figure waits to be read", () => {
  it("keeps the sums confirming a figure as waiting pairs, their groups unmade", () => {
    const grouping = groupFacts(
      [tableOf(adding)],
      henan2024Profile.definitions.decompositions,
      new FactIds(),
    );
    expect(grouping.pairs.count).toBe(3);
    for (let k = 0; k < grouping.pairs.count; k++)
      expect(grouping.members[grouping.pairs.member(k)]).toEqual([]);
    // Made when read: the printed figure, then the sum, the fact `decomposeTable` makes.
    const total = grouping.pairs.group(0);
    expect(total.map((f) => f.value?.value)).toEqual(["6.50", "6.50"]);
    const made = decomposeTable(tableOf(adding)).find(
      (d) => d.coords.nature === undefined && d.coords.functional === "2010101",
    );
    expect(total[1]).toEqual(made);
    expect(grouping.members[grouping.pairs.member(0)]).toBe(total);
    expect(grouping.members[grouping.pairs.member(1)]).toEqual([]);
  });

  it("counts the comparison and reaches its cells without making the sum", () => {
    const ctx = ctxOf(adding);
    const nature = ctx.comparisons.get("nature");
    expect(nature?.count).toBe(3);
    expect(nature?.mismatches).toEqual([]);
    const cells = comparedCells(nature as NonNullable<typeof nature>);
    // Read afterwards, `checked` makes the sums: the same cells, in the same order.
    const checked = nature?.checked ?? [];
    expect(checked.map((f) => (isDerived(f) ? "sum" : f.value?.value))).toEqual([
      "sum",
      "6.50",
      "sum",
      "3.50",
      "sum",
      "3.00",
    ]);
    expect(cells).toEqual(flatSources(checked));
  });

  it("gives every reader the groups and derived facts of a check that makes them all", () => {
    const eager = ctxOf(adding);
    const all = [...allGroups(eager)].map((g) => [...g]);
    const derived: readonly DerivedFact[] = eager.derived;
    const lazy = ctxOf(adding);
    const total = groupOf(lazy, "spending", { functional: "2010101" }) as readonly AnyFact[];
    expect(total.map((f) => f.value?.value)).toEqual(["6.50", "6.50"]);
    expect(lazy.derived).toEqual(derived);
    expect([...allGroups(lazy)]).toEqual(all);
    // The sum of the group is the one listed among the derived facts (one object).
    expect(lazy.derived).toContain(total[1]);
  });

  it("still finds a printed total its parts do not add up to", () => {
    const grouping = groupFacts(
      [tableOf(wrongTotal)],
      henan2024Profile.definitions.decompositions,
      new FactIds(),
    );
    // The 基本 and the 项目 still confirm their figures; the total does not: made and compared.
    expect(grouping.pairs.count).toBe(2);
    const report = checkDisclosure(disclosure(wrongTotal), options);
    const failing = report.findings.filter((f) => f.outcome === "fail");
    expect(failing.map((f) => [f.ruleId, f.actual, f.expected])).toEqual([
      ["nature", "7.50", "6.50"],
    ]);
  });
});
