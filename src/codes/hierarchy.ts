import { type Code, makeCode } from "./code";
import type { CodeSystem } from "./types";

const SYSTEM_ORDER: Readonly<Record<CodeSystem, number>> = {
  functional: 0,
  departmental: 1,
  government: 2,
};

/**
 * The code one level up, in the same system: the 款 of a 项, the 类 of a 款.
 *
 * @returns the frozen parent, or `undefined` for a 类
 *
 * @example
 * ```ts
 * import { code, codeParent } from "yusuan";
 * codeParent(code("functional", "2013101"))?.value; // "20131"
 * codeParent(code("departmental", "302")); // undefined
 * ```
 */
export function codeParent(c: Code): Code | undefined {
  switch (c.level) {
    case "项":
      return makeCode(c.system, c.value.slice(0, 5), "款");
    case "款":
      return makeCode(c.system, c.value.slice(0, 3), "类");
    case "类":
      return undefined;
  }
}

/**
 * All codes above `c`, nearest first.
 *
 * @returns a frozen array: two codes for a 项, one for a 款, none for a 类
 *
 * @example
 * ```ts
 * import { code, codeAncestors } from "yusuan";
 * codeAncestors(code("functional", "2013101")).map((a) => a.value); // ["20131", "201"]
 * ```
 */
export function codeAncestors(c: Code): readonly Code[] {
  const ancestors: Code[] = [];
  for (let p = codeParent(c); p !== undefined; p = codeParent(p)) ancestors.push(p);
  return Object.freeze(ancestors);
}

/**
 * Whether `ancestor` is strictly above `c` in the same system (a code is not its own ancestor).
 *
 * @example
 * ```ts
 * import { code, isAncestorCode } from "yusuan";
 * isAncestorCode(code("functional", "201"), code("functional", "2013101")); // true
 * isAncestorCode(code("functional", "201"), code("functional", "2023101")); // false
 * ```
 */
export function isAncestorCode(ancestor: Code, c: Code): boolean {
  return (
    ancestor.system === c.system &&
    ancestor.value.length < c.value.length &&
    c.value.startsWith(ancestor.value)
  );
}

/**
 * A comparator for sorting codes: by system (functional, departmental, government), then by value
 * as a string, so a parent comes right before its children (`201` < `20131` < `2013101` < `20132`).
 *
 * @returns negative, zero or positive, as `Array.prototype.sort` expects
 *
 * @example
 * ```ts
 * import { code, compareCodes } from "yusuan";
 * [code("functional", "2013101"), code("functional", "201")]
 *   .sort(compareCodes)
 *   .map((c) => c.value); // ["201", "2013101"]
 * ```
 */
export function compareCodes(a: Code, b: Code): number {
  const bySystem = SYSTEM_ORDER[a.system] - SYSTEM_ORDER[b.system];
  if (bySystem !== 0) return bySystem;
  if (a.value < b.value) return -1;
  if (a.value > b.value) return 1;
  return 0;
}
