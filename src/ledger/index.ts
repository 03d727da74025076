/**
 * yusuan/ledger: ledgers of budget line items (validated, indexed once) and `deriveDisclosure`,
 * every table of a template derived from one ledger, consistent by construction.
 *
 * @module yusuan/ledger
 */
export { type LedgerBuilder, ledgerBuilder } from "./builder";
export {
  type Derived,
  type DeriveOptions,
  type DeriveProblem,
  deriveDisclosure,
} from "./derive";
export { ledgerEntries, ledgerFacts } from "./facts";
export { ledgerOf } from "./ledger-of";
export { formatLedgerProblem } from "./messages";
export type { Ledger } from "./store";
export type {
  CarryForward,
  LedgerEntry,
  LedgerFund,
  LedgerLine,
  LedgerMeta,
  LedgerNature,
  LedgerPath,
  LedgerProblem,
  LedgerScale,
} from "./types";
export { LEDGER_FUNDS } from "./types";
