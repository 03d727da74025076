/**
 * The comparison with last year a change is printed in (`比2023年度…`, `与2023年度…相比`): where it
 * opens, and last year's figure when the comparison prints it (`比2023年度的182.10万元增加…`).
 */
import { type Amount, amountsEqual } from "../../amount";
import { amountAt, firstOf, lastNumberStart, numberAt, skipSpaces, skipSpacesBack } from "./scan";
import { clauseStart, LAST_YEAR, LONG_CLAUSE_BACK } from "./years";

/** Words that open a comparison with last year. */
const COMPARED = ["相比", "比上年", "较上年", "同比", "年度增加", "年度减少", "年增加", "年减少"];

/** What opens a comparison's base clause (`与2023年度…相比`). */
const BASE_CLAUSE = "与同和";

/**
 * Last year's figure printed in a comparison's base, right before its `相比`
 * (`与2023年度机关运行经费支出182.10万元相比`, in any unit `amountAt` reads): the amount ending
 * there, in a clause that opens with 与 (同, 和) at most 40 characters back. @internal
 */
export function priorBefore(text: string, comparedAt: number): Amount | undefined {
  const hit = amountEndingAt(text, comparedAt);
  if (hit === undefined) return undefined;
  return BASE_CLAUSE.includes(text[clauseStart(text, hit.start, LONG_CLAUSE_BACK)] ?? "x")
    ? hit.amount
    : undefined;
}

/**
 * The amount printed right before `at`, spaces between (`…182.10万元 相比`), in any unit
 * `amountAt` reads: the amount and where its number starts.
 */
function amountEndingAt(text: string, at: number): { amount: Amount; start: number } | undefined {
  const j = skipSpacesBack(text, at);
  const unit = PRIOR_UNITS.find((u) => text.startsWith(u, j - u.length));
  const start = unit === undefined ? undefined : lastNumberStart(text, j - unit.length);
  const hit = start === undefined ? undefined : amountAt(text, start);
  return hit === undefined || start === undefined || hit.end !== j
    ? undefined
    : { amount: hit.amount, start };
}

/** Words between a comparison's year and last year's figure (`比2023年度的…`, `…决算数为…`). */
const PRIOR_FILLERS = ["的决算数", "决算数为", "决算数", "决算", "同期", "的", "为"];

/**
 * Last year's figure printed between a `比` / `较` comparison at `comparedAt` and its change at
 * `movedAt`: right after the year and at most a filler word (`比2023年度的0.54万元减少`,
 * `比2023年度决算数3052.34万元减少`), or alone in brackets (`比上年（0.54万元）减少`); nothing else
 * between (`比2023年度（不含离退休人员经费12.00万元）增加` states another figure). @internal
 */
export function priorWithin(text: string, comparedAt: number, movedAt: number): Amount | undefined {
  const year = yearEnd(text, comparedAt + 1);
  if (year < 0) return undefined;
  let j = skipSpaces(text, year);
  const filler = PRIOR_FILLERS.find((w) => text.startsWith(w, j));
  if (filler !== undefined) j = skipSpaces(text, j + filler.length);
  const bracket = text[j] === "（" || text[j] === "(";
  if (bracket) j = skipSpaces(text, j + 1);
  const hit = amountAt(text, j);
  if (hit === undefined) return undefined;
  let end = skipSpaces(text, hit.end);
  if (bracket) {
    if (text[end] !== "）" && text[end] !== ")") return undefined;
    end = skipSpaces(text, end + 1);
  }
  return end === movedAt ? hit.amount : undefined;
}

/** Words a `比` / `较` comparing with another year may follow in other senses (`占比20%`). */
const NOT_COMPARING = "占相对之无";

/**
 * Where the year a comparison names right at `i` ends (`2023年度`, `2023 年`, `上年`, `上一年度`,
 * `去年`), or -1.
 */
function yearEnd(text: string, i: number): number {
  const j = skipSpaces(text, i);
  const word = LAST_YEAR.find((w) => text.startsWith(w, j));
  if (word !== undefined) return j + word.length;
  const n = numberAt(text, j);
  if (n === undefined || n.digits.length !== 4) return -1;
  const k = skipSpaces(text, n.end);
  if (text[k] !== "年") return -1;
  return text[k + 1] === "度" ? k + 2 : k + 1;
}

/**
 * Whether the figure printed right before `k` (a comma and spaces between) is `current`: a
 * comparison printed so is that figure's (`…2995.39万元，比2023年度…`), not another's
 * (`其中：公用经费100.00万元，比2023年度…`) nor a later sentence's. @internal
 */
export function followsCurrent(text: string, k: number, current: Amount): boolean {
  let j = skipSpacesBack(text, k);
  if (text[j - 1] === "，" || text[j - 1] === ",") j--;
  const hit = amountEndingAt(text, j);
  return hit !== undefined && amountsEqual(hit.amount, current);
}

/**
 * The first comparison with last year from `from`: one of {@link COMPARED}, or a `比` / `较` and
 * a year right after the figure `current` (`…184.65万元，比2023年度的182.10万元增加`,
 * `…2995.39万元，较2023年度决算数减少`). @internal
 */
export function firstCompared(
  text: string,
  from: number,
  current: Amount,
): { word: string; at: number } | undefined {
  let best = firstOf(text, COMPARED, from);
  for (const word of ["比", "较"]) {
    const end = best === undefined ? text.length : best.at;
    for (let k = text.indexOf(word, from); k >= 0 && k < end; k = text.indexOf(word, k + 1))
      if (
        !NOT_COMPARING.includes(text[k - 1] ?? "x") &&
        yearEnd(text, k + 1) >= 0 &&
        followsCurrent(text, k, current)
      ) {
        best = { word, at: k };
        break;
      }
  }
  return best;
}

/** The units a base figure may end with, longer first. */
const PRIOR_UNITS = ["万元", "亿元", "万", "亿", "元"];
