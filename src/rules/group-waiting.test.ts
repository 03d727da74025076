import { describe, expect, it } from "vitest";
import type { Disclosure, Row } from "../disclosure";
import { henan2024 } from "../templates";
import { buildContext } from "./context";
import { allGroups, groupOf } from "./groups";
import { henan2024Profile } from "./profiles";

/**
 * Roll-ups that are the only statement of their identity wait to be made (group-facts.ts): made
 * in any order, each takes its own place among the groups, as if all had been made at once.
 */

const rows: Row[] = [
  { key: { kind: "functional", code: "2010101" }, cells: { total: "1.00" } },
  { key: { kind: "functional", code: "2010102" }, cells: { total: "2.00" } },
  { key: { kind: "functional", code: "2050101" }, cells: { total: "4.00" } },
];
const ctxOf = () =>
  buildContext(
    {
      meta: {
        year: 2024,
        documentKind: "单位",
        template: "henan2024",
        department: { name: "某单位" },
        units: [],
      },
      tables: [{ kind: "expenditure", unit: "万元", rows }],
      texts: [],
    } satisfies Disclosure,
    henan2024,
    undefined,
    henan2024Profile.definitions,
  );
const listed = (
  groups: Iterable<readonly { readonly value: { readonly value: string } | null }[]>,
) => [...groups].map((g) => g.map((f) => f.value?.value));

describe("roll-ups made when read", () => {
  it("lists the same groups whichever waiting roll-up is read first", () => {
    const all = listed(allGroups(ctxOf()));
    const ctx = ctxOf();
    // The last waiting roll-up (the total), then the first (the 款 20101).
    expect(groupOf(ctx, "spending", {})?.map((f) => f.value?.value)).toEqual(["7.00"]);
    expect(groupOf(ctx, "spending", { functional: "20101" })?.map((f) => f.value?.value)).toEqual([
      "3.00",
    ]);
    expect(listed(allGroups(ctx))).toEqual(all);
    expect(all).toContainEqual(["7.00"]);
    expect(all.filter((g) => g.length === 0)).toEqual([]);
  });
});
