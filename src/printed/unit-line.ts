import { UNITS, type Unit } from "../amount";
import { plainText } from "./cells";
import { tableNumberEnd } from "./title";

/**
 * What a table's printed unit line names: no line at all (`none`), one unit, or something that
 * is no single known unit (`unknown`: a money unit that is none of 元 / 万元 / 亿元, as 千元 or
 * 美元, two different ones, or a line the reader could not make out). The table's amounts are
 * then of no known unit: the kind's default is never used silently for a printed line.
 */
export type UnitLine =
  | { readonly kind: "none" }
  | { readonly kind: "unit"; readonly unit: Unit }
  | { readonly kind: "unknown" };

/** The label a unit follows (`单位：`, `金额单位：`, `编制单位：某局  单位：`: the last one; its colon may be left out). */
const LABEL = "单位";
/** What ends the unit after its label (`单位：万元。`, `单位：万元、%`, `单位：万元，%`). */
const ENDS = "。;；,，、";

/** A part of a unit line with the currency's name (人民币) taken off. */
function bare(part: string): string {
  let text = part;
  if (text.startsWith("人民币")) text = text.slice(3);
  if (text.endsWith("人民币")) text = text.slice(0, -3);
  return text;
}

/**
 * The text a unit line names its unit in: after its last `单位:` label (a line may print the
 * department before it, `编制单位：某局  单位：元`), up to a mark ending it outside brackets.
 */
function unitText(text: string): string {
  let label = text.lastIndexOf(LABEL);
  // A label naming the department after the unit (`单位：万元  编制单位：某局`) ends the unit.
  let end = text.length;
  while (label > 0) {
    const org = orgLabelStart(text, label);
    const before = org < 0 ? -1 : text.lastIndexOf(LABEL, label - 1);
    if (before < 0) break;
    end = org;
    label = before;
  }
  let from = label < 0 ? 0 : label + LABEL.length;
  if (label >= 0 && text[from] === ":") from++;
  let depth = 0;
  for (let i = from; i < end; i++) {
    const c = text[i] as string;
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && ENDS.includes(c)) return text.slice(from, i);
  }
  return text.slice(from, end);
}

/** Words before `单位` that make it a label naming the department (`编制单位：某局`), as data. */
const ORG_PREFIXES: readonly string[] = ["编制", "填报", "报送", "制表"];

/**
 * Where the label naming the department whose `单位` is at `at` starts (`编制单位`, `单位名称`),
 * or -1 when the `单位` there labels the unit (`金额单位`, `预算单位：万元`).
 */
function orgLabelStart(text: string, at: number): number {
  if (text.startsWith("名称", at + LABEL.length)) return at;
  const prefix = ORG_PREFIXES.find((p) => text.startsWith(p, at - p.length));
  return prefix === undefined ? -1 : at - prefix.length;
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";

/** Where the digits at `i` end, and their value (`NaN` when none). */
function digits(s: string, i: number): { end: number; value: number } {
  let end = i;
  while (isDigit(s[end])) end++;
  return { end, value: end > i ? Number(s.slice(i, end)) : Number.NaN };
}

/** Where a number from `from` to `max` printed at `i` ends, or -1. */
function numberUpTo(s: string, i: number, from: number, max: number): number {
  const d = digits(s, i);
  return d.value >= from && d.value <= max ? d.end : -1;
}

/**
 * Where a date printed at `i` ends, or -1: a year (`2024年`, `2024年度`) with its month and day
 * (`2024年1月15日`), or in figures (`2024-01-15`, `2024.1.15`, `2024/01`).
 */
function dateAt(s: string, i: number): number {
  const year = digits(s, i);
  if (year.end - i !== 4) return -1;
  let j = year.end;
  if (s[j] === "年") {
    j++;
    const month = numberUpTo(s, j, 1, 12);
    if (month > j && s[month] === "月") {
      j = month + 1;
      const day = numberUpTo(s, j, 1, 31);
      if (day > j && (s[day] === "日" || s[day] === "号")) j = day + 1;
    }
    return s[j] === "度" ? j + 1 : j;
  }
  const sep = s[j];
  if (sep !== "-" && sep !== "." && sep !== "/") return -1;
  const month = numberUpTo(s, j + 1, 1, 12);
  if (month < 0) return -1;
  if (s[month] !== sep) return month;
  const day = numberUpTo(s, month + 1, 1, 31);
  return day < 0 ? -1 : day;
}

/** Where a page number printed at `i` ends, or -1: `第1页`, `共3页`, `第1/3页`. */
function pageAt(s: string, i: number): number {
  if (s[i] !== "第" && s[i] !== "共") return -1;
  let j = digits(s, i + 1).end;
  if (j === i + 1) return -1;
  if (s[j] === "/") {
    const total = digits(s, j + 1).end;
    if (total === j + 1) return -1;
    j = total;
  }
  return s[j] === "页" ? j + 1 : -1;
}

/** Where a piece of furniture printed at `i` ends (a year or date, a page, a table number), or -1. */
function furnitureAt(s: string, i: number): number {
  const date = isDigit(s[i]) ? dateAt(s, i) : -1;
  if (date >= 0) return date;
  const page = pageAt(s, i);
  return page >= 0 ? page : tableNumberEnd(s, i);
}

/**
 * The characters furniture starts with: a figure, 第 / 共 (a page), 表 / 附 and the words before
 * a table's figures (`预算01表`, `公开03表`).
 */
const FURNITURE_STARTS = "第共表附预公部单";

/**
 * Whether `s` from `i` is furniture printed on a unit line after its unit: years, dates, page
 * and table numbers (`2024年`, `2024年1月15日`, `2024-01-15`, `第1页共3页`, `第1页/共3页`,
 * `表1`, `表一`, `附表1`, `表1-1`, `预算01表`), nothing else.
 */
function furniture(s: string, i: number): boolean {
  let j = i;
  while (j < s.length) {
    if (j > i && s[j] === "/") j++;
    const end = furnitureAt(s, j);
    if (end < 0) return false;
    j = end;
  }
  return j > i;
}

/**
 * The text that names the unit with the furniture after it taken off (`万元2024年第1页` →
 * `万元`, `万元表1` → `万元`): from the first year, date, page or table number outside brackets
 * (a unit has no digit and none of {@link FURNITURE_STARTS}) to the end, when all of it is
 * furniture; the text as it is otherwise.
 */
function withoutFurniture(text: string): string {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && (isDigit(c) || FURNITURE_STARTS.includes(c)))
      return i > 0 && furniture(text, i) ? text.slice(0, i) : text;
  }
  return text;
}

/** The line's parts outside brackets and inside them, in printed order. */
function parts(text: string): { text: string; bracketed: boolean }[] {
  const out: { text: string; bracketed: boolean }[] = [];
  let depth = 0;
  let start = 0;
  const flush = (end: number) => {
    if (end > start) out.push({ text: text.slice(start, end), bracketed: depth > 0 });
    start = end + 1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== "(" && c !== ")") continue;
    flush(i);
    depth = c === "(" ? depth + 1 : Math.max(0, depth - 1);
  }
  flush(text.length);
  return out;
}

/**
 * Reads the unit a table's unit line names, as printed by any printer: `万元`, `单位：万元`,
 * `金额单位：万元`, `计量单位：元`, `（单位：万元）`, `(万元)`, `单位：（万元）`, `单位：人民币元`,
 * `单位：人民币（元）`, `万元人民币`, `单位：元（保留两位小数）`, `（单位：万元）（保留两位小数）`;
 * full-width forms and spaces aside. A bracket naming a unit is the unit; a bracket naming none
 * (保留两位小数, 人民币) is an aside; the unit is read after the line's last `单位：` (the department
 * may be printed before it, or after it: `单位：万元  编制单位：某局`) up to a `。`, `；`, `，` or `、`, and a year, a date, a page
 * or a table number after it is furniture (`单位：万元  2024年`, `单位：万元 第1页`, `单位：万元 表1`,
 * `单位：万元 附表1-1`). Two different units, a money unit of its own (千元, 美元), or a printed
 * line naming no unit the reader makes out (`单位：`, `单位：万元 另见说明`) is `unknown`, never the
 * kind's default; a line with nothing printed is `none`.
 *
 * @example
 * ```ts
 * readUnitLine("单位：人民币（万元）"); // { kind: "unit", unit: "万元" }
 * readUnitLine("编制单位：某局  单位：元"); // { kind: "unit", unit: "元" }
 * readUnitLine("单位：万元  第1页"); // { kind: "unit", unit: "万元" }
 * readUnitLine("单位：元（万元）"); // { kind: "unknown" }
 * readUnitLine(""); // { kind: "none" }
 * ```
 */
export function readUnitLine(raw: string): UnitLine {
  const line = plainText(raw);
  if (line === "") return { kind: "none" };
  const found = new Set<Unit>();
  for (const part of parts(withoutFurniture(unitText(line)))) {
    const named = bare(part.text);
    if (named === "") continue;
    const unit = UNITS.find((u) => u === named);
    if (unit !== undefined) found.add(unit);
    // An aside in brackets names no unit (no 元 in it): 保留两位小数.
    else if (!part.bracketed || named.includes("元")) return { kind: "unknown" };
  }
  const [only] = found;
  if (found.size !== 1 || only === undefined) return { kind: "unknown" };
  return { kind: "unit", unit: only };
}
