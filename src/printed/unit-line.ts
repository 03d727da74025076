import { UNITS, type Unit } from "../amount";

/**
 * What a table's printed unit line names: no line at all (`none`), one unit, or something that
 * is no single known unit (`unknown`). An unknown line is `foreign` where it names a money unit
 * that is none of 元 / 万元 / 亿元 (千元, 美元) or two different ones: the table's amounts are of
 * no known unit. Otherwise (a line the reader could not make out) the kind's default is used.
 */
export type UnitLine =
  | { readonly kind: "none" }
  | { readonly kind: "unit"; readonly unit: Unit }
  | { readonly kind: "unknown"; readonly foreign: boolean };

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
  const label = text.lastIndexOf(LABEL);
  let from = label < 0 ? 0 : label + LABEL.length;
  if (label >= 0 && text[from] === ":") from++;
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i] as string;
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && ENDS.includes(c)) return text.slice(from, i);
  }
  return text.slice(from);
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
 * may be printed before it) up to a `。`, `；`, `，` or `、`. Two different units or a money unit
 * of its own (千元, 美元) is `unknown` and `foreign`; a printed line naming no unit the reader
 * makes out is `unknown` only (the kind's default is used); a line with nothing printed is `none`.
 *
 * @example
 * ```ts
 * readUnitLine("单位：人民币（万元）"); // { kind: "unit", unit: "万元" }
 * readUnitLine("编制单位：某局  单位：元"); // { kind: "unit", unit: "元" }
 * readUnitLine("单位：元（万元）"); // { kind: "unknown", foreign: true }
 * readUnitLine(""); // { kind: "none" }
 * ```
 */
export function readUnitLine(raw: string): UnitLine {
  const line = raw.normalize("NFKC").replace(/\s+/gu, "");
  if (line === "") return { kind: "none" };
  const found = new Set<Unit>();
  let unknown = false;
  let foreign = false;
  for (const part of parts(unitText(line))) {
    const named = bare(part.text);
    if (named === "") continue;
    const unit = UNITS.find((u) => u === named);
    if (unit !== undefined) found.add(unit);
    // An aside in brackets names no unit (no 元 in it): 保留两位小数.
    else if (!part.bracketed || named.includes("元")) {
      unknown = true;
      // a money unit of its own (千元, 美元, 百万元): no known unit at all
      if (named.endsWith("元") && named.length <= 3) foreign = true;
    }
  }
  const [only] = found;
  if (found.size > 1) return { kind: "unknown", foreign: true };
  if (unknown || only === undefined) return { kind: "unknown", foreign };
  return { kind: "unit", unit: only };
}
