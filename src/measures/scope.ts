import type { Fund, Nature } from "../facts";
import { FUND_PARENTS } from "../facts/funds";
import { NATURE_PARENT } from "../facts/natures";

/**
 * The fund sources as a tree (data, from the fact vocabulary): each fund's parent. `government`
 * (财政拨款) holds 一般公共预算, 政府性基金 and 国有资本经营; `unitFunds` (单位资金) the five unit
 * sources; `carryover.government` the 财政拨款 carried over. A fund without a parent is a part of
 * the whole (the absent fund coordinate).
 *
 * @example
 * ```ts
 * import { FUND_PARENT } from "yusuan/measures";
 * FUND_PARENT["gpb.grant"]; // "gpb"
 * FUND_PARENT.gpb; // "government"
 * ```
 */
export const FUND_PARENT: Readonly<Record<Fund, Fund | undefined>> = FUND_PARENTS;

/**
 * Whether `fund` is `within` (equal to it or one of its parts); an absent `within` is every fund.
 *
 * @example
 * ```ts
 * import { fundWithin } from "yusuan/measures";
 * fundWithin("gpb.grant", "government"); // true
 * fundWithin("carryover.gpb", "gpb"); // false
 * ```
 */
export function fundWithin(fund: Fund | undefined, within: Fund | undefined): boolean {
  if (within === undefined) return true;
  for (let f = fund; f !== undefined; f = FUND_PARENT[f]) if (f === within) return true;
  return false;
}

/**
 * Whether `nature` is `within` (equal to it or one of its parts); an absent `within` is every
 * nature.
 *
 * @example
 * ```ts
 * import { natureWithin } from "yusuan/measures";
 * natureWithin("basic.public", "basic"); // true
 * natureWithin("project.operating", "basic"); // false
 * ```
 */
export function natureWithin(nature: Nature | undefined, within: Nature | undefined): boolean {
  if (within === undefined) return true;
  for (let n = nature; n !== undefined; n = NATURE_PARENT[n]) if (n === within) return true;
  return false;
}

/** The direct parts of a fund (or of the whole, for `undefined`). @internal */
export function fundChildren(fund: Fund | undefined): readonly Fund[] {
  let kids = FUND_CHILDREN.get(fund);
  if (kids === undefined) {
    kids = (Object.keys(FUND_PARENT) as Fund[]).filter((f) => FUND_PARENT[f] === fund);
    FUND_CHILDREN.set(fund, kids);
  }
  return kids;
}

/** The tree of funds is fixed: each fund's parts and leaves are listed once. */
const FUND_CHILDREN = new Map<Fund | undefined, readonly Fund[]>();
const FUND_LEAVES = new Map<Fund | undefined, readonly Fund[]>();

/** The direct parts of a nature (or of the whole, for `undefined`). @internal */
export function natureChildren(nature: Nature | undefined): Nature[] {
  return (Object.keys(NATURE_PARENT) as Nature[]).filter((n) => NATURE_PARENT[n] === nature);
}

/** The leaves under a fund (itself when it has no parts). @internal */
export function fundLeaves(fund: Fund | undefined): readonly Fund[] {
  let leaves = FUND_LEAVES.get(fund);
  if (leaves === undefined) {
    const kids = fundChildren(fund);
    leaves = kids.length === 0 && fund !== undefined ? [fund] : kids.flatMap(fundLeaves);
    FUND_LEAVES.set(fund, leaves);
  }
  return leaves;
}

/** The leaves under a nature (itself when it has no parts). @internal */
export function natureLeaves(nature: Nature | undefined): Nature[] {
  const kids = natureChildren(nature);
  return kids.length === 0 && nature !== undefined ? [nature] : kids.flatMap(natureLeaves);
}

/** Whether an economic code lies inside one of `codes` (a 款 inside its 类, or the code itself). @internal */
export function econWithin(econ: string, codes: readonly string[]): boolean {
  for (const c of codes) if (econ.startsWith(c)) return true;
  return false;
}
