import { convertAmount } from "./convert";
import type { Amount } from "./types";

/**
 * An amount as a lookup key: its value in 元 without trailing decimal zeros, so amounts equal in
 * value have one key (`49.00` 万元, `49` 万元, `490000` 元). @internal
 */
export function amountKey(a: Amount): string {
  const v = convertAmount(a, "元").value;
  if (!v.includes(".")) return v;
  let end = v.length;
  while (v.charAt(end - 1) === "0") end--;
  if (v.charAt(end - 1) === ".") end--;
  return v.slice(0, end);
}
