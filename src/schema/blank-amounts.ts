// Direct module imports (not the barrels): the JSON entry reads ledgers through this file, and
// must not reach the checker's arithmetic (decimal.js).
import { isNoValue } from "../amount/parse";
import { buildLedger } from "../ledger/build";
import type { Ledger } from "../ledger/store";
import type { LedgerEntry, LedgerMeta, LedgerProblem, LedgerScale } from "../ledger/types";
import type { Result } from "../result/result";
import type { SchemaNote } from "./notes";

/**
 * Builds a ledger leaving out each entry whose amount states no figure — blank, a dash or a
 * slash, `parseAmount`'s "no value" (the rule a disclosure's cells are read by), and `null`,
 * read as `""` before — with a `blank-amount` note each, in the entries' order (`nulls`: the
 * indexes of the entries whose amount was written `null`). A blank is no figure, and not 0
 * (DOMAIN §2: blank ≠ 0): the entry is not in the ledger, and the note keeps it. Every entry is
 * still validated, a blank one as if it had a figure, so a problem of its other fields (a wrong
 * code, a project named with another unit) is reported at its own path and no note is made.
 * Linear: one look at each amount, and the entries built twice only when some are blank.
 * @internal
 */
export function buildWithoutBlanks(
  meta: LedgerMeta,
  scale: LedgerScale,
  entries: readonly LedgerEntry[],
  nulls: ReadonlySet<number>,
  notes: SchemaNote[],
): Result<Ledger, readonly LedgerProblem[]> {
  const blank = new Uint8Array(entries.length);
  let blanks = 0;
  entries.forEach((e, i) => {
    if (isNoValue(e.amount)) {
      blank[i] = 1;
      blanks++;
    }
  });
  if (blanks === 0) return buildLedger(meta, scale, entries);
  const checked = buildLedger(
    meta,
    scale,
    entries.map((e, i) => (blank[i] === 1 ? { ...e, amount: "0" } : e)),
  );
  if (!checked.ok) return checked;
  entries.forEach((entry, i) => {
    if (blank[i] === 1)
      notes.push({
        code: "blank-amount",
        path: ["entries", i, "amount"],
        input: nulls.has(i) ? null : entry.amount,
        entry,
      });
  });
  return buildLedger(
    meta,
    scale,
    entries.filter((_, i) => blank[i] === 0),
  );
}
