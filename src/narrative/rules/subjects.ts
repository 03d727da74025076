import type { CoordinatePattern, Decomposition, Dimension } from "../../facts";
import type { RuleContext } from "../../rules/types";
import type { ClaimSubject } from "../types";

/**
 * The sums a narrative states that a profile's decompositions may lack: 政府采购 = 货物 + 工程 +
 * 服务 (built in since the 政府采购预算表 prints it; a profile of its own may leave it out). The
 * narrative rules apply them after the profile's decompositions, each once. @internal
 */
export const TEXT_DECOMPOSITIONS: readonly Decomposition[] = [
  {
    id: "procurement.categories",
    rule: "narrative.consistent",
    parent: { concept: "procurement", coords: { category: null } },
    children: [
      { concept: "procurement", coords: { category: "货物" } },
      { concept: "procurement", coords: { category: "工程" } },
      { concept: "procurement", coords: { category: "服务" } },
    ],
  },
];

/** The profile's decompositions, then the narrative's own. @internal */
export const textDecompositions = (ctx: RuleContext): readonly Decomposition[] => {
  const own = ctx.definitions.decompositions;
  return [...own, ...TEXT_DECOMPOSITIONS.filter((d) => !own.some((o) => o.id === d.id))];
};

/** Whether a subject is at a pattern (`null`: the dimension absent). @internal */
export function atPattern(s: ClaimSubject, p: CoordinatePattern): boolean {
  if (p.concept !== undefined && p.concept !== s.concept) return false;
  for (const [d, v] of Object.entries(p.coords)) {
    const actual = s.coords[d as Dimension];
    if (v === null ? actual !== undefined : actual !== v) return false;
  }
  return true;
}

/** A subject moved to a pattern: its concept, and each dimension the pattern names set or dropped. @internal */
export function toPattern(s: ClaimSubject, p: CoordinatePattern): ClaimSubject {
  const coords: Record<string, string> = { ...s.coords };
  for (const [d, v] of Object.entries(p.coords)) {
    if (v === null || v === undefined) delete coords[d];
    else coords[d] = v;
  }
  return { concept: p.concept ?? s.concept, coords: coords as ClaimSubject["coords"] };
}

/** The parts of a subject by each decomposition whose whole it is. @internal */
export function partsOf(
  s: ClaimSubject,
  decompositions: readonly Decomposition[],
): (readonly ClaimSubject[])[] {
  return decompositions
    .filter((d) => atPattern(s, d.parent))
    .map((d) => d.children.map((c) => toPattern(s, c)));
}
