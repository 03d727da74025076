import { type Amount, isNegative, negateAmount } from "../amount";

/** `|a|`, exactly (the narrative rules and the Henan template's wording). @internal */
export const abs = (a: Amount): Amount => (isNegative(a) ? negateAmount(a) : a);
