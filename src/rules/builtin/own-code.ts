/**
 * A name cell printing its row's own code again (`2013101 行政运行`, `201一般公共服务支出`,
 * `[201]…`, `【201】…`, `201-…`, `行政运行（2013101）`, `30107 绩效工资`) beside the code
 * columns: the name is the rest. Only the row's own code is taken off (its digits, spaced or
 * dotted as printed: `201 31 01`, `201.31.01`); any other code stays part of the name. @internal
 */

const OPENING = "[【(（〔";
const CLOSING = "]】)）〕";
/** What may stand between a code's parts (`201 31 01`, `201.31.01`, `201-31-01`). */
const INSIDE = " .-·";
/** What may stand between the code and the name (`201 名称`, `201、名称`, `201-名称`, `201：名称`). */
const BETWEEN = " 、.:-—·";

const isDigit = (ch: string): boolean => ch >= "0" && ch <= "9";

/** The code's digits read from `s` at `i` (parts joined by {@link INSIDE}), and where they end. */
function digitsAt(s: string, i: number): { digits: string; end: number } {
  let digits = "";
  let j = i;
  while (j < s.length) {
    const ch = s.charAt(j);
    if (isDigit(ch)) digits += ch;
    else if (!(digits !== "" && INSIDE.includes(ch) && isDigit(s.charAt(j + 1)))) break;
    j++;
  }
  return { digits, end: j };
}

/**
 * `name` without its row's own `code` printed before it (or in brackets after it); `name` itself
 * when it prints no code, another code, or nothing but the code. Linear.
 *
 * @example
 * ```ts
 * withoutOwnCode("2013101 行政运行", "2013101"); // "行政运行"
 * withoutOwnCode("行政运行（2013101）", "2013101"); // "行政运行"
 * withoutOwnCode("2013102 行政运行", "2013101"); // "2013102 行政运行"
 * ```
 */
export function withoutOwnCode(name: string, code: string): string {
  const s = name.normalize("NFKC").trim();
  // before the name, bracketed or not
  let i = 0;
  const open = OPENING.indexOf(s.charAt(0));
  if (open >= 0) i = 1;
  const before = digitsAt(s, i);
  if (before.digits === code) {
    let j = before.end;
    if (open >= 0) {
      if (!CLOSING.includes(s.charAt(j))) return name;
      j++;
    }
    while (j < s.length && BETWEEN.includes(s.charAt(j))) j++;
    const rest = s.slice(j).trim();
    return rest === "" ? name : rest;
  }
  // after the name, in brackets
  if (s.length > 0 && CLOSING.includes(s.charAt(s.length - 1))) {
    let k = s.length - 2;
    while (k >= 0 && (isDigit(s.charAt(k)) || INSIDE.includes(s.charAt(k)))) k--;
    if (k >= 0 && OPENING.includes(s.charAt(k))) {
      const inside = digitsAt(s, k + 1);
      const rest = s.slice(0, k).trim();
      if (inside.digits === code && inside.end === s.length - 1 && rest !== "") return rest;
    }
  }
  return name;
}
