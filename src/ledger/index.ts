export { ledgerOf } from "./build";
export {
  type Derived,
  type DeriveOptions,
  type DeriveProblem,
  deriveDisclosure,
} from "./derive";
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
