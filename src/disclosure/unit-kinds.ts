import type { DisclosureMeta, UnitType } from "./types";

/**
 * What a disclosure says about the kinds of its units: the kinds it has (`present`), and whether
 * that list is `complete`. It is complete when every listed unit has a kind, or when the document
 * prints counts per kind (`unitCounts`); it is not when a unit's kind is absent or no unit is
 * listed at all. A rule that depends on kinds uses `complete` to tell "no 事业 unit" from "not
 * known", and reports `insufficient-data` in the second case.
 *
 * @example
 * ```ts
 * import { unitKinds } from "yusuan";
 * const meta = { year: 2024, documentKind: "部门", template: "shanghai", department: { name: "某部门" } } as const;
 * unitKinds({ ...meta, units: [{ name: "甲", unitType: "行政" }, { name: "乙", unitType: "事业" }] });
 * // { present: ["行政", "事业"], complete: true }
 * unitKinds({ ...meta, units: [{ name: "甲", unitType: "行政" }, { name: "乙" }] });
 * // { present: ["行政"], complete: false }
 * unitKinds({ ...meta, units: [], unitCounts: { 行政: 1, 参公: 1, 事业: 4 } });
 * // { present: ["行政", "参公", "事业"], complete: true }
 * ```
 */
export function unitKinds(meta: DisclosureMeta): {
  readonly present: readonly UnitType[];
  readonly complete: boolean;
} {
  const present = new Set<UnitType>();
  let complete = meta.units.length > 0;
  for (const u of meta.units) {
    if (u.unitType === undefined) complete = false;
    else present.add(u.unitType);
  }
  const counts = meta.unitCounts;
  if (counts !== undefined) {
    complete = true;
    for (const kind of ["行政", "参公", "事业"] as const)
      if ((counts[kind] ?? 0) > 0) present.add(kind);
  }
  const order: readonly UnitType[] = ["行政", "参公", "事业"];
  return { present: order.filter((k) => present.has(k)), complete };
}
