import type { SanGongItem } from "../facts";
import { amount } from "./build";
import type { ColumnSpec } from "./types";

/**
 * The parts of 公务接待费 some printers add under `其中：`, each item with its wordings: 国内 and 外事
 * (国（境）外) receptions. Each is a part of the fee (`ofWhich`: at most it), never the fee nor
 * summed into it: printers split it in more than one way (外事接待 inside 国内接待费 or beside
 * it), so the parts printed need not add up to it. @internal
 */
export const RECEPTION_PARTS: readonly (readonly [SanGongItem, readonly string[]])[] = [
  ["reception.domestic", ["国内接待费", "国内公务接待费"]],
  [
    "reception.foreign",
    ["外事接待费", "外宾接待费", "国（境）外公务接待费", "境外公务接待费", "国（境）外接待费"],
  ],
];

/** The words a printer heads a grouped fee's own figure with, under the fee (`公务接待费/小计`). */
const FEE_TOTALS = ["小计", "合计"];

/**
 * The header paths of a 三公 fee (`因公出国（境）费`, `公务接待费`): each wording printed alone,
 * then grouped over its parts with its own figure under it as `小计` or `合计`
 * (`公务接待费/小计` beside `公务接待费/国内接待费`), as Henan groups 公务用车. @internal
 */
export const groupedFee = (wordings: readonly string[]): readonly string[] => [
  ...wordings,
  ...wordings.flatMap((w) => FEE_TOTALS.map((t) => `${w}/${t}`)),
];

/**
 * An amount column per part of 公务接待费 (see {@link RECEPTION_PARTS}), keyed `<part><suffix>`,
 * stating the part's item (with `coords`), a part of the column `reception<suffix>` (`ofWhich`);
 * its headers `headers(wordings)` of the part's wordings, each under `公务接待费/` and alone
 * (printed one item a row, `其中：国内接待费` reads under the item above it). `rare`: a table that
 * does not print them is not told so; not derived from a ledger (no form has them). @internal
 */
export const receptionPartColumns = (
  headers: (wordings: readonly string[]) => readonly string[],
  suffix = "",
): readonly ColumnSpec[] =>
  RECEPTION_PARTS.map(([item, words]) => ({
    ...amount(
      `${item}${suffix}`,
      headers(words.flatMap((w) => [`公务接待费/${w}`, w])),
      { item },
      { ofWhich: `reception${suffix}` },
    ),
    rare: true,
    derived: false,
  }));
