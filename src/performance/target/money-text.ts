import { type Amount, type AmountError, parseAmount, type Unit } from "../../amount";
import type { Result } from "../../result/result";

/** The units a money cell may print after its figure, longest first (`万元` before `元`). */
const SUFFIXES: readonly Unit[] = ["亿元", "万元", "元"];

/**
 * A target's money line as an amount: in the table's `unit`, or in the unit its text prints after
 * the figure (`10万元`, `5,000元`, `12.50 万元`), kept in that unit and at its printed precision
 * (`10万元` is 10 ± 0.5 万元, never 100,000 ± 0.5 元); `null` for a blank. An error when the text
 * before the unit is no amount. @internal
 */
export function parseMoney(raw: string, unit: Unit): Result<Amount | null, AmountError> {
  const text = raw.trim();
  for (const own of SUFFIXES) {
    if (!text.endsWith(own) || text.length === own.length) continue;
    return parseAmount(text.slice(0, text.length - own.length).trimEnd(), own);
  }
  return parseAmount(raw, unit);
}
