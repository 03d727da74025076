// The scanner's numbers: a run of digits, classified by what follows it (an amount, a
// percentage, a count, a year, a list marker…). Split from ./scan.ts (size budget); pure move.
import { type Amount, parseAmount, type Unit } from "../amount";

/**
 * A number of the text, classified by what follows it: `amount` (元 / 万元 / 亿元), `percent`,
 * `count` (辆, 个, 台（套）…), `year` (`2024年`), `date` (月, 日), `marker` (a list number `1.`),
 * `bare` (no unit), `long` (too many digits to be an amount). `threshold`: a bound, not a figure
 * (`单价100万元（含）以上`, `不超过120.60万元`, `…以内`). Offsets are into the compact text. @internal
 */
export interface NumToken {
  readonly k: "num";
  readonly s: number;
  readonly e: number;
  readonly kind: "amount" | "percent" | "count" | "year" | "date" | "marker" | "bare" | "long";
  /** The number as printed, sign included, grouping kept (`1,212.12`). */
  readonly raw: string;
  readonly unit: string;
  readonly amount: Amount | undefined;
  readonly threshold: boolean;
}

export const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";
const AMOUNT_UNITS: readonly (readonly [string, Unit])[] = [
  ["万元", "万元"],
  ["亿元", "亿元"],
  ["元", "元"],
];
/**
 * Words that make an amount a bound rather than a figure: before it (`不超过120.60万元`,
 * `控制在50万元`) or after it (`单价100万元(含)以上`, `…以内`). A bound is not the figure of what it
 * qualifies, so it is never compared as one.
 */
const BOUND_BEFORE = [
  "不超过",
  "不高于",
  "不多于",
  "不低于",
  "不少于",
  "最高",
  "最多",
  "最低",
  "至少",
  "控制在",
  // a standard per person, not a total (`按照每人每年2.00万元标准`, `人均2.00万元`)
  "人均",
];
/**
 * A rate per head, day, trip or item right before an amount (`每人每天400元`, `每人每年2.00万元`,
 * `每次`, `每辆`): a standard, not a total. At most {@link PER_SPAN} characters of words after `每`.
 */
const PER = /每[^\d\s，,。；;：:、()%]{1,5}$/u;
const PER_SPAN = 6;
const BOUND_AFTER = ["以上", "以下", "(含)", "以内", "之内"];
/**
 * Words that make a figure, an amount or a percentage, approximate or a bound (`降幅接近30%`,
 * `增长15%左右`, `超过10%`, `约680万元`, `不足690万元`, `680万元上下`).
 */
const ABOUT_BEFORE = [
  ...BOUND_BEFORE,
  "超过",
  "接近",
  "将近",
  "大约",
  "约",
  "近",
  "逾",
  "高于",
  "低于",
  "不足",
  "不到",
];
const ABOUT_AFTER = [...BOUND_AFTER, "左右", "上下", "多"];
/** Words ending in one of {@link ABOUT_BEFORE} that say nothing of the figure (`节约10.00万元`). */
const NOT_ABOUT = ["节约", "制约", "预约", "签约", "履约", "合约", "附近", "最近"];

/** Whether the figure printed from `s` to `e` is approximate or a bound (`约16%`, `680万元左右`). */
export const approximate = (c: string, s: number, e: number): boolean =>
  ABOUT_AFTER.some((w) => c.startsWith(w, e)) ||
  (ABOUT_BEFORE.some((w) => s >= w.length && c.startsWith(w, s - w.length)) &&
    !NOT_ABOUT.some((w) => c.endsWith(w, s)));

/** Whether the amount printed from `s` to `e` is a bound (one look at each word: linear). */
const bound = (c: string, s: number, e: number): boolean =>
  approximate(c, s, e) || PER.test(c.slice(Math.max(0, s - PER_SPAN), s));

/** Units of counts, longest first; the ones the reader models are 辆, 个, 项, 台（套）, 台, 套. */
const COUNT_UNITS = [
  "台(套)",
  "辆",
  "个",
  "套",
  "台",
  "人",
  "项",
  "次",
  "篇",
  "期",
  "家",
  "户",
  "名",
];

/** A counter of the scanner's elementary steps, for the linearity test. @internal */
export interface Steps {
  n: number;
}

/** Whether the comma at `j` groups thousands: `,` or `，` before exactly three digits. @internal */
export function groupAt(c: string, j: number): boolean {
  const sep = c.charAt(j);
  return (
    (sep === "," || sep === "，") &&
    isDigit(c.charAt(j + 1)) &&
    isDigit(c.charAt(j + 2)) &&
    isDigit(c.charAt(j + 3)) &&
    !isDigit(c.charAt(j + 4))
  );
}

/**
 * `1亿7192万元`, `1亿7,192.50万元`, `0亿2,517.78万元` (`零` between alike: `1亿零192万元`): an amount
 * in 亿 and 万, its 万 part under 10,000, is one figure in 万元: its 亿 digits (`i` to `j`, the `亿`
 * at `j`) then its 万 part's integer as four digits, then that part's decimals (exact: digits, not
 * arithmetic). Where it ends and those digits, or undefined when no such 万 part follows.
 */
function yiWan(
  c: string,
  i: number,
  j: number,
  steps: Steps,
): { readonly e: number; readonly digits: string } | undefined {
  let k = c.charAt(j + 1) === "零" ? j + 2 : j + 1;
  const start = k;
  while (isDigit(c.charAt(k))) {
    k++;
    steps.n++;
  }
  if (k === start) return undefined;
  let int = c.slice(start, k);
  if (k - start <= 3)
    while (groupAt(c, k)) {
      int += c.slice(k + 1, k + 4);
      k += 4;
      steps.n++;
    }
  let decimals = "";
  if (c.charAt(k) === "." && isDigit(c.charAt(k + 1))) {
    const from = k + 1;
    k++;
    while (isDigit(c.charAt(k))) {
      k++;
      steps.n++;
    }
    decimals = `.${c.slice(from, k)}`;
  }
  if (int.length > 4 || !c.startsWith("万元", k)) return undefined;
  const whole = `${c.slice(i, j)}${int.padStart(4, "0")}`.replace(LEADING_ZEROS, "");
  return { e: k + 2, digits: `${whole}${decimals}` };
}
/** Zeros before a number's first other digit (`00969` is `969`; `0000` is `0`). */
const LEADING_ZEROS = /^0+(?=\d)/u;

export function scanNumber(c: string, i: number, steps: Steps): NumToken {
  let j = i;
  while (isDigit(c.charAt(j))) {
    j++;
    steps.n++;
  }
  const intDigits = j - i;
  if (intDigits <= 3)
    while (groupAt(c, j)) {
      j += 4;
      steps.n++;
    }
  if (c.charAt(j) === "." && isDigit(c.charAt(j + 1))) {
    j++;
    while (isDigit(c.charAt(j))) {
      j++;
      steps.n++;
    }
  }
  const negative = c.charAt(i - 1) === "-" && !isDigit(c.charAt(i - 2));
  const raw = `${negative ? "-" : ""}${c.slice(i, j)}`;
  const s = negative ? i - 1 : i;
  // One object shape for every number token (spreading a base object is slow in V8).
  const num = (
    e: number,
    kind: NumToken["kind"],
    unit = "",
    amount: Amount | undefined = undefined,
    threshold = false,
  ): NumToken => ({ k: "num", s, e, kind, raw, unit, amount, threshold });
  const atStart =
    i === 0 ||
    c.charAt(i - 1) === "\n" ||
    (c.charAt(i - 1) === "(" && (i === 1 || c.charAt(i - 2) === "\n"));
  const next = c.charAt(j);
  if (
    atStart &&
    (((next === "." || next === "、") && !isDigit(c.charAt(j + 1))) ||
      (next === ")" && c.charAt(i - 1) === "("))
  )
    return num(j + 1, "marker");
  if (c.charAt(i - 1) === "第") return num(j, "marker");
  if (intDigits > 18) return num(j, "long");
  // `1亿7192万元`: one figure in 万元 (never its 万 part alone, nor a bare `1`)
  if (c.charAt(j) === "亿" && j - i === intDigits && !c.startsWith("亿元", j)) {
    const both = yiWan(c, i, j, steps);
    const digits = both === undefined ? "" : `${negative ? "-" : ""}${both.digits}`;
    const parsed = both === undefined ? undefined : parseAmount(digits, "万元");
    if (both !== undefined && parsed?.ok === true && parsed.value !== null)
      return {
        k: "num",
        s,
        e: both.e,
        kind: "amount",
        raw: digits,
        unit: "万元",
        amount: parsed.value,
        threshold: bound(c, s, both.e),
      };
  }
  for (const [word, unit] of AMOUNT_UNITS) {
    if (!c.startsWith(word, j)) continue;
    const e = j + word.length;
    const parsed = parseAmount(raw, unit);
    const threshold = bound(c, s, e);
    if (parsed.ok && parsed.value !== null) return num(e, "amount", unit, parsed.value, threshold);
  }
  if (next === "%") return num(j + 1, "percent", "%", undefined, approximate(c, s, j + 1));
  if (next === "年" && intDigits === 4 && !raw.includes(".")) return num(j + 1, "year", "年");
  if (next === "月" || next === "日" || next === "年") return num(j + 1, "date", next);
  for (const unit of COUNT_UNITS)
    if (c.startsWith(unit, j)) return num(j + unit.length, "count", unit);
  return num(j, "bare");
}
