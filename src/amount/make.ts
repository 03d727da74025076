import type { Amount, Unit } from "./types";

/** Builds a frozen {@link Amount} from an already canonical value. Internal. */
export function makeAmount(value: string, unit: Unit, decimals: number): Amount {
  return Object.freeze({ value, unit, decimals });
}

/**
 * Throws a `RangeError` unless `decimals` is a non-negative safe integer: a wrong precision
 * argument is a programmer error, not bad data. Internal.
 */
export function assertDecimals(decimals: number, name: string): void {
  if (!Number.isSafeInteger(decimals) || decimals < 0) {
    throw new RangeError(
      `${name}: decimals must be a non-negative integer, got ${String(decimals)}`,
    );
  }
}
