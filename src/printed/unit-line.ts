import { UNITS, type Unit } from "../amount";

/**
 * What a table's printed unit line names: no line at all (`none`), one unit, or something that
 * is no single known unit (`unknown`: 千元, 美元, two different units, a line naming no unit).
 */
export type UnitLine =
  | { readonly kind: "none" }
  | { readonly kind: "unit"; readonly unit: Unit }
  | { readonly kind: "unknown" };

/** A part of a unit line with its label (单位：) and the currency's name (人民币) taken off. */
function bare(part: string): string {
  let text = part.replace(/^(?:金额|计量)?单位:?/u, "");
  if (text.startsWith("人民币")) text = text.slice(3);
  if (text.endsWith("人民币")) text = text.slice(0, -3);
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
 * (保留两位小数, 人民币) is an aside. Two different units, an unknown one (千元) or a printed line
 * naming no unit is `unknown`, never a guess; only a line with nothing printed is `none`.
 *
 * @example
 * ```ts
 * readUnitLine("单位：人民币（万元）"); // { kind: "unit", unit: "万元" }
 * readUnitLine("单位：元（万元）"); // { kind: "unknown" }
 * readUnitLine(""); // { kind: "none" }
 * ```
 */
export function readUnitLine(raw: string): UnitLine {
  const text = raw.normalize("NFKC").replace(/\s+/gu, "");
  if (text === "") return { kind: "none" };
  const found = new Set<Unit>();
  let unknown = false;
  for (const part of parts(text)) {
    const named = bare(part.text);
    if (named === "") continue;
    const unit = UNITS.find((u) => u === named);
    if (unit !== undefined) found.add(unit);
    // An aside in brackets names no unit (no 元 in it): 保留两位小数.
    else if (!part.bracketed || named.includes("元")) unknown = true;
  }
  const [only] = found;
  if (unknown || found.size !== 1 || only === undefined) return { kind: "unknown" };
  return { kind: "unit", unit: only };
}
