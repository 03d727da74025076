import type { Result } from "../result";
import { buildLedger } from "./build";
import { checkArguments, checkEntry, entryList } from "./shape";
import type { Ledger } from "./store";
import type { LedgerEntry, LedgerMeta, LedgerProblem, LedgerScale } from "./types";

/**
 * Builds a ledger from its entries in one pass: every entry is validated (unit, fund, codes at
 * the right level, nature against the economic code, projects, amounts exact at the scale) and
 * indexed. Any problem gives them all, each with its path; nothing is dropped silently. Linear in
 * the number of entries. An argument of another shape than its type (from plain JavaScript: a
 * project given as a string, an amount as a number, entries that are not iterable) is the
 * program's mistake: a `TypeError` naming it and the shape expected
 * (`ledgerOf: entries[1].project must be absent or an object { name: string; code?: string }, got the string "某项目"`);
 * a `decimals` that is not a non-negative integer is a `RangeError`.
 *
 * @param meta - year, 部门 / 单位, department, units (with codes; the lines name them)
 * @param scale - the unit and decimals every amount is kept at
 * @param entries - spending lines and carry-forwards
 *
 * @example
 * ```ts
 * import { ledgerOf } from "yusuan/ledger";
 * const meta = { year: 2024, documentKind: "单位", department: { name: "某局" }, units: [{ code: "1", name: "某局", unitType: "行政" }] } as const;
 * const r = ledgerOf(meta, { unit: "万元", decimals: 2 }, [
 *   { unit: "1", fund: "gpb.grant", functional: "201 31 01", econ: "30201", nature: "basic", amount: "8.02" },
 *   { unit: "2", fund: "gpb.grant", functional: "2013101", econ: "30101", nature: "basic", amount: "1.005" },
 * ]);
 * if (!r.ok) r.error.map((p) => p.code); // ["unknown-unit", "malformed-amount"]
 * ```
 */
export function ledgerOf(
  meta: LedgerMeta,
  scale: LedgerScale,
  entries: Iterable<LedgerEntry>,
): Result<Ledger, readonly LedgerProblem[]> {
  // The shape is checked here, not in `buildLedger`: `yusuan/json` reads ledgers its schema has
  // validated, and does not carry these checks and their messages.
  checkArguments(meta, scale);
  const list = entryList(entries);
  for (let i = 0; i < list.length; i++) checkEntry(list[i], i);
  return buildLedger(meta, scale, list);
}
