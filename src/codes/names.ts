import { isEnclosedNumber, NOTE_MARKS, noteReferenceBefore, noteTailStart } from "./note-marks";

/** Quotation marks dropped from names (after NFKC, so full-width ＂＇ are already ASCII). */
const QUOTES = /[“”‘’"'「」『』《》〈〉]/gu;

const OPENING_BRACKETS = /[【〔[〖]/gu;
const CLOSING_BRACKETS = /[】〕\]〗]/gu;

/**
 * A leading list ordinal (after NFKC, whitespace removal and bracket unification): `一、`, `十二.`,
 * `第三、`, `(一)`, `1、`, `1.` (not `1.5`), a sub-item's `2.1、` / `2.1.` (not `1.5倍`), `(1)`,
 * `1)`. Each alternative is a bounded or single-class run followed by a fixed character, so
 * matching is linear.
 */
const LEADING_ORDINAL =
  /^(?:第?[一二三四五六七八九十百零〇]{1,6}[、.]|\([一二三四五六七八九十百]{1,6}\)|[0-9]{1,3}[、.](?![0-9])|[0-9]{1,3}\.[0-9]{1,3}[、.](?![0-9])|\([0-9]{1,3}\)|[0-9]{1,3}\)(?![0-9]))/u;

/** `其中` / `其中:` before a part's name (`其中：财政拨款`). */
const OF_WHICH = /^其中:?/u;

/**
 * Punctuation trimmed at either end (after NFKC, so ，：；。 are already ASCII or kept as is), and
 * the marks printers set beside a name to flag it or point to a note ({@link NOTE_MARKS}:
 * `行政运行*`, `※其他支出`, `▲公务接待费`): a decoration, not part of the name.
 */
const EDGE = new Set(["、", ",", "。", ".", ":", ";", "!", "?", ...NOTE_MARKS]);

/**
 * The marks some printers set before a name to draw its level in the tree of 科目 (`└行政运行`,
 * `├─行政运行`, `·行政运行`, `--行政运行`, `→行政运行`), after NFKC: a picture of the indent, not part of
 * the name. Only at the start; box-drawing characters (U+2500–U+257F) are all of them.
 */
const TREE_MARKS: ReadonlySet<string> = /*#__PURE__*/ new Set([
  "·",
  "•",
  "‧",
  "∙",
  "▪",
  "▫",
  "○",
  "◦",
  "-",
  "‐",
  "‑",
  "–",
  "—",
  "―",
  "→",
  "⇒",
  ">",
  "+",
  "|",
]);

const isTreeMark = (c: string): boolean => {
  const code = c.charCodeAt(0);
  return (code >= 0x2500 && code <= 0x257f) || TREE_MARKS.has(c);
};

/**
 * Removes the characters of {@link EDGE} at both ends, the tree marks ({@link TREE_MARKS}) at the
 * start, and note references at the end, with two scans (linear on any input).
 */
function trimEdges(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && (EDGE.has(s.charAt(start)) || isTreeMark(s.charAt(start)))) start++;
  while (end > start) {
    if (EDGE.has(s.charAt(end - 1))) end--;
    else {
      const note = noteReferenceBefore((i) => s.charAt(i), end);
      if (note === 0 || end - note < start) break;
      end -= note;
    }
  }
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/**
 * A key for comparing printed names (科目名称, row labels, header levels), not for display. It
 * removes a leading enclosed number (`①`, `⑴`), applies Unicode NFKC (full-width letters, digits,
 * colons and brackets `（）` become half-width), then:
 * removes all whitespace (U+3000 and the line breaks of wrapped names included) and invisible
 * format characters (a zero-width space U+200B, a soft hyphen U+00AD: Unicode Cf);
 * removes quotation marks `“” ‘’ " ' 「」 『』 《》 〈〉`;
 * turns `【】 〔〕 [] 〖〗` into `()`;
 * replaces `其它` with `其他`;
 * strips one leading list ordinal (`一、`, `第三、`, `（一）`, `1、`, `1.`, `（1）`, `1)`), so 收支总表
 * labels such as `一、一般公共服务` compare with catalog names;
 * strips a leading `其中` / `其中：` (an "of which" part is named by what it is);
 * strips `、 , 。 . : ; ! ?` at either end, and the marks printers set beside a name to flag it or
 * point to a note: `* ※ # ▲ △ ★ ☆ ◆ ●` at either end, a note reference `（注）`, `（注1）`, `【注1】` or a
 * note number `①`, `¹` at the end (`行政运行*`, `※其他支出`, `公务接待费（注2）`);
 * strips the marks some printers draw before a name to picture its level (`└行政运行`, `├─`, `·`,
 * `--`, `→`: box-drawing characters, dots, dashes and arrows, at the start only);
 * strips a trailing level mark, `(类)`, `(款)` or `(项)` (`社会保障和就业支出（类）`, `行政运行 (项)`):
 * a 科目 printed with its level is named by the name before it.
 * Letter case, a leading year (`2024年…`, part of a project's name) and brackets inside the name
 * are kept; see {@link normalizeLabel} for headers, titles and line labels. Linear in the input.
 *
 * @example
 * ```ts
 * import { normalizeName } from "yusuan";
 * normalizeName("因公出国（境）费用"); // "因公出国(境)费用"
 * normalizeName("（四）其它 支出、"); // "其他支出"
 * normalizeName("① 其中：财政拨款"); // "财政拨款"
 * normalizeName("八、社会保障和就业支出（类）"); // "社会保障和就业支出"
 * normalizeName("行政运行（注1）"); // "行政运行"
 * normalizeName("  └行政运行"); // "行政运行"
 * ```
 */
export function normalizeName(name: string): string {
  return withoutLevelMark(nameKey(name));
}

/**
 * The levels a 科目 name may be printed with, after NFKC and bracket unification (`（类）`,
 * `【款】`, `( 项 )`): a decoration, not part of the name.
 */
const LEVEL_MARKS: readonly string[] = ["(类)", "(款)", "(项)"];

/**
 * A key without its trailing level marks and the edge marks before them (`其他支出（款）（项）`,
 * `行政运行、(项)`), never emptied: one backward scan, one slice.
 */
function withoutLevelMark(key: string): string {
  let end = key.length;
  for (;;) {
    const mark = markBefore(key, end);
    if (mark === 0) break;
    end -= mark;
    // The key starts with no edge mark, so this stops before emptying it.
    while (end > 0 && EDGE.has(key.charAt(end - 1))) end--;
  }
  return end === key.length ? key : key.slice(0, end);
}

/**
 * The length of the level mark `key` ends with before `end` (0: none). Every mark ends in `)`, so
 * most names are answered by one character (this runs for every name a check compares, with no
 * closure or list made).
 */
function markBefore(key: string, end: number): number {
  if (key.charCodeAt(end - 1) !== 0x29) return 0;
  for (let i = 0; i < LEVEL_MARKS.length; i++) {
    const m = LEVEL_MARKS[i] as string;
    if (end > m.length && key.startsWith(m, end - m.length)) return m.length;
  }
  return 0;
}

/** {@link normalizeName} short of the level mark: the key of labels and headers (`科目编码（类）`). */
function nameKey(name: string): string {
  if (name.length > NORMALIZED_LENGTH) return computeNormalizedName(name);
  const known = NORMALIZED.get(name);
  if (known !== undefined) return known;
  const key = computeNormalizedName(name);
  if (NORMALIZED.size >= NORMALIZED_MAX) NORMALIZED.clear();
  NORMALIZED.set(name, key);
  return key;
}

/**
 * Names already normalised: a check compares the same names (catalog names, row labels) many
 * times. Bounded: names of up to {@link NORMALIZED_LENGTH} characters only, and it starts over once
 * it holds {@link NORMALIZED_MAX} names.
 */
const NORMALIZED = new Map<string, string>();
const NORMALIZED_MAX = 8192;
const NORMALIZED_LENGTH = 256;

function computeNormalizedName(name: string): string {
  // A leading enclosed number (`①`, `⑴`) is numbering, removed before NFKC would make it digits
  // that could not be told from the start of the name.
  const whole = name.trim();
  const trimmed = isEnclosedNumber(whole.charAt(0)) ? whole.slice(1) : whole;
  // Note marks at the end read before NFKC (a note number `①②` would become digits of the name).
  const noted = noteTailStart(trimmed, EDGE);
  const compact = (noted === 0 ? trimmed : trimmed.slice(0, noted))
    .normalize("NFKC")
    .replace(/[\s\p{Cf}]+/gu, "")
    .replace(QUOTES, "")
    .replace(OPENING_BRACKETS, "(")
    .replace(CLOSING_BRACKETS, ")")
    .replaceAll("其它", "其他");
  return trimEdges(trimEdges(compact).replace(LEADING_ORDINAL, "").replace(OF_WHICH, ""));
}

/** A leading year: `2024年`, `2024年度`. */
const LEADING_YEAR = /^[0-9]{4}年度?/u;

/** A money unit in brackets (`(万元)`, `(单位:元)`), printed before or after a header's words. */
const BRACKETED_UNIT =
  /^\((?:单位:)?(?:亿元|万元|千元|元)\)|\((?:单位:)?(?:亿元|万元|千元|元)\)$/gu;

/**
 * The key under which templates and the printed-table reader compare header levels, line labels
 * and table titles: {@link normalizeName}, then a leading year (`2024年“三公”经费预算数`,
 * `2024年度…`) and a money unit in brackets (`预算数（万元）`, `（单位：元）金额`) are removed too. One
 * function for every label, so a variant a printer uses for one kind of label is understood for
 * all of them. A level mark is kept (a header `科目编码（类）` names the 类 column, not the code);
 * compare 科目 names with {@link normalizeName}. Linear in the input.
 *
 * @example
 * ```ts
 * import { normalizeLabel } from "yusuan";
 * normalizeLabel("2024年“三公”经费预算数"); // "三公经费预算数"
 * normalizeLabel("1. 一般公共预算资金"); // "一般公共预算资金"
 * normalizeLabel("预算数（万元）"); // "预算数"
 * normalizeLabel("其中： 财政拨款"); // "财政拨款"
 * ```
 */
export function normalizeLabel(text: string): string {
  const name = nameKey(text);
  const withoutYear = name.replace(LEADING_YEAR, "");
  return nameKey(withoutYear.replace(BRACKETED_UNIT, ""));
}

/**
 * Whether two printed names are the same name up to {@link normalizeName}. Names identify
 * nothing on their own (309 and 310 share 款 names): match codes by code, and use this to check
 * that a printed name agrees with the catalog.
 *
 * @example
 * ```ts
 * import { namesMatch } from "yusuan";
 * namesMatch("其它支出", "其他支出"); // true
 * namesMatch("公务接待费", "公务用车运行维护费"); // false
 * ```
 */
export function namesMatch(a: string, b: string): boolean {
  return normalizeName(a) === normalizeName(b);
}

/**
 * A {@link normalizeName} key without a trailing 支出 (never emptied): printers drop it from
 * 科目 labels (`十三、农林水` for 农林水支出, `机关事业单位基本养老保险缴费` for …缴费支出) and
 * add it to others (`行政运行支出`). @internal
 */
export function spendingStem(name: string): string {
  const n = normalizeName(name);
  return n.length > 2 && n.endsWith("支出") ? n.slice(0, -2) : n;
}
