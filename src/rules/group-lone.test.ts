import { describe, expect, it } from "vitest";
import { type Disclosure, lowerTable, type Row } from "../disclosure";
import { FactIds } from "../facts/intern";
import { henan2024 } from "../templates";
import { buildContext } from "./context";
import { groupFacts } from "./group-facts";
import { allGroups, groupOf, sharedGroups } from "./groups";
import { henan2024Profile } from "./profiles";

/**
 * A fact that is the only statement of its identity (most printed cells of a large 支出表, most
 * of its decompositions) gets no list of its own until something reads its group
 * (group-facts.ts): a list per lone fact was ≈ 4 MB of a 10⁴-row check's ≈ 57 MB kept alive. Read
 * in any order, every group is the one it was when all were made at once.
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

// A 项 printing its total, 基本支出 and 项目支出: the printed total and the one derived from 基本 +
// 项目 share a group; the other cells (and the 项 printing 基本支出 alone) are lone printed facts.
const rows: Row[] = [
  {
    key: { kind: "functional", code: "2010101" },
    cells: {
      total: "6.00",
      basic: "3.00",
      "basic.salary": "2.00",
      "basic.goods": "1.00",
      project: "3.00",
    },
  },
  { key: { kind: "functional", code: "2010102" }, cells: { total: "2.00", basic: "2.00" } },
];

const ctxOf = () =>
  buildContext(disclosure(rows), henan2024, undefined, henan2024Profile.definitions);

const listed = (groups: Iterable<readonly { readonly value: { value: string } | null }[]>) =>
  [...groups].map((g) => g.map((f) => f.value?.value ?? null));

describe("lone facts' groups made when read", () => {
  it("makes no list for a group of one fact until it is read", () => {
    const ids = new FactIds();
    const table = lowerTable(disclosure(rows).tables[0] as Disclosure["tables"][number], henan2024);
    const grouping = groupFacts([table], henan2024Profile.definitions.decompositions, ids);
    // Only groups of several facts have lists; a group of one is the shared empty list (so is a
    // printed figure with the sum of its row confirming it: group-pairs.test.ts).
    expect(grouping.members.filter((g) => g.length === 1)).toEqual([]);
    grouping.makeAll();
    expect(grouping.members.filter((g) => g.length === 0)).toEqual([]);
    expect(listed(grouping.members)).toContainEqual(["6.00", "6.00"]);
  });

  it("lists the same groups whichever lone fact is read first", () => {
    const all = listed(allGroups(ctxOf()));
    const ctx = ctxOf();
    const salary = groupOf(ctx, "spending", {
      functional: "2010101",
      nature: "basic.personnel",
      econ: "301",
    });
    // A printed lone fact: its list is made once and is the same list when read again.
    expect(salary?.map((f) => f.value?.value)).toEqual(["2.00"]);
    expect(
      groupOf(ctx, "spending", { functional: "2010101", nature: "basic.personnel", econ: "301" }),
    ).toBe(salary);
    expect(listed(allGroups(ctx))).toEqual(all);
    expect(all.filter((g) => g.length === 0)).toEqual([]);
    expect(all).toContainEqual(["2.00"]);
  });

  it("gives rules reading shared groups only the groups of several facts", () => {
    const ctx = ctxOf();
    // The printed total of 2010101 and the one derived from 基本 + 项目 agree: a pair of one
    // printed figure, listed empty until read (a rule reading shared groups reads only groups of
    // several printed facts), then listed whole.
    expect(listed(sharedGroups(ctx)).filter((g) => g.length > 0)).toEqual([]);
    groupOf(ctx, "spending", { functional: "2010101" });
    const shared = sharedGroups(ctx).filter((g) => g.length > 0);
    expect(listed(shared)).toEqual([["6.00", "6.00"]]);
  });
});
