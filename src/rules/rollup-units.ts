import { isZero } from "../amount";
import type { LoweredTable } from "../disclosure";

/** A unit code: digits only (`116002`, `116002001`). */
const UNIT_CODE = /^[0-9]+$/u;

/** The shortest code a unit's parent may have (a 部门's: `116`). */
const SHORTEST = 3;

/**
 * The units a table prints rows of whose codes extend another's it prints (三级单位: `116002001`
 * under `116002`, whose row already holds it), each with that nearest one: a roll-up sums such a
 * unit into its parent, never beside it into the department's total (which counted it twice).
 * A code all the others extend is no unit's parent (the department's row, its code not known).
 * `undefined` where no unit nests (most tables). Linear in the rows (a code's prefixes are a
 * dozen at most).
 * @internal
 */
export function unitParents(rows: LoweredTable["rows"]): ReadonlyMap<string, string> | undefined {
  const codes = new Set<string>();
  for (const r of rows) {
    const org = r.coords?.org;
    if (r.row.key.kind === "org" && org !== undefined && UNIT_CODE.test(org)) codes.add(org);
  }
  if (codes.size < 2) return undefined;
  let out: Map<string, string> | undefined;
  for (const code of codes)
    for (let length = code.length - 1; length >= SHORTEST; length--) {
      const parent = code.slice(0, length);
      if (!codes.has(parent)) continue;
      out ??= new Map();
      out.set(code, parent);
      break;
    }
  if (out === undefined) return undefined;
  // A code every other extends is the department's printed as a unit's (its code not known):
  // left as read, no unit's parent. Each code counted up its chain: linear.
  const below = new Map<string, number>();
  for (const code of codes)
    for (let p = out.get(code); p !== undefined; p = out.get(p))
      below.set(p, (below.get(p) ?? 0) + 1);
  for (const [code, parent] of out) if (below.get(parent) === codes.size - 1) out.delete(code);
  return out.size === 0 ? undefined : out;
}

/**
 * Whether a table prints figures in rows outside every unit's (a 科目 or project row under the
 * department's row, or under no unit's) beside units' rows: the department's own level (本级)
 * printed with no unit row of its own, so the units' rows are some of the department's, not a
 * partition of it (a unit's row printing nothing beside them states no blank total). @internal
 */
export function outsideUnits(rows: LoweredTable["rows"]): boolean {
  let units = false;
  let outside = false;
  for (const r of rows) {
    const kind = r.row.key.kind;
    if (kind === "org") units ||= r.coords?.org !== undefined;
    else if (
      (kind === "functional" || kind === "economic" || kind === "project") &&
      r.coords !== undefined &&
      r.coords.org === undefined &&
      r.facts.some((f) => f.value !== null && !isZero(f.value))
    )
      outside = true;
    if (units && outside) return true;
  }
  return false;
}
