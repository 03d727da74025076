export {
  addAmounts,
  amountsEqual,
  compareAmounts,
  isNegative,
  isZero,
  negateAmount,
  subtractAmounts,
  sumAmounts,
  zeroAmount,
} from "./arithmetic";
export { convertAmount } from "./convert";
export type { AmountError, AmountErrorCode } from "./error";
export { formatAmount } from "./format";
export { amountInterval } from "./interval";
export { formatAmountError } from "./messages";
export { amount, parseAmount } from "./parse";
export { percentage, ratio } from "./ratio";
export { roundAmount } from "./round";
export type {
  Amount,
  AmountInterval,
  FormatAmountOptions,
  RatioOptions,
  Rounding,
  Unit,
} from "./types";
export { UNITS } from "./units";
