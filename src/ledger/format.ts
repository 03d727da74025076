import type { Unit } from "../amount";
import { unitExponent } from "../amount/units";
import type { LedgerScale } from "./types";

/** The decimals a table prints by default in a unit: whole 元, 0.01 万元 / 亿元. @internal */
const PREFERRED: Readonly<Record<Unit, number>> = { 元: 0, 万元: 2, 亿元: 2 };

/**
 * How to print a ledger's integer counts in a table's unit, exactly: the table's usual decimals,
 * or more when the ledger is finer (a ledger in 元 printed in 万元 keeps every 元). @internal
 */
export interface Printer {
  readonly decimals: number;
  /** Zeros appended to the count so it counts units of `10^-decimals` of the table's unit. */
  readonly pad: string;
}

/** The printer from a ledger scale to a table unit. @internal */
export function printer(scale: LedgerScale, unit: Unit): Printer {
  const shift = unitExponent(scale.unit) - unitExponent(unit);
  const decimals = Math.max(PREFERRED[unit], scale.decimals - shift);
  return { decimals, pad: "0".repeat(decimals - scale.decimals + shift) };
}

/** An integer count (a safe integer) printed as a canonical decimal string. @internal */
export function print(n: number, p: Printer): string {
  const negative = n < 0;
  const digits = `${negative ? -n : n}${p.pad}`.padStart(p.decimals + 1, "0");
  const cut = digits.length - p.decimals;
  const body = p.decimals === 0 ? digits : `${digits.slice(0, cut)}.${digits.slice(cut)}`;
  return negative ? `-${body}` : body;
}
