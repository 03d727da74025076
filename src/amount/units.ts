import type { Unit } from "./types";

/**
 * Every {@link Unit}, from the finest to the coarsest: `["元", "万元", "亿元"]`.
 *
 * @example
 * ```ts
 * import { UNITS } from "yusuan";
 * UNITS.includes("万元"); // true
 * ```
 */
export const UNITS = /*#__PURE__*/ Object.freeze(["元", "万元", "亿元"] as const);

/** Whether `value` is one of the {@link UNITS} (a unit cast from a spreadsheet may not be). Internal. */
export function isUnit(value: unknown): value is Unit {
  return value === "元" || value === "万元" || value === "亿元";
}

/**
 * The power of ten of a unit in 元: 元 0, 万元 4, 亿元 8. Internal. Throws a `TypeError` naming the
 * units for anything else: a unit argument is the programmer's (data goes through `parseAmount`,
 * which refuses an unknown unit with a typed error).
 */
export function unitExponent(unit: Unit): number {
  switch (unit) {
    case "元":
      return 0;
    case "万元":
      return 4;
    case "亿元":
      return 8;
    default:
      throw new TypeError(`unknown unit "${String(unit)}": a unit is one of 元, 万元, 亿元`);
  }
}

/** The finer (smaller) of two units. Internal. */
export function finerUnit(a: Unit, b: Unit): Unit {
  return unitExponent(a) <= unitExponent(b) ? a : b;
}
