/**
 * A fund word alone before a figure (`一般公共预算财政拨款969.06万元`) says whose money, not whether
 * it is revenue or spending: it is placed only where its sentence, else its section's heading,
 * names one side and nothing else (`收入预算中，一般公共预算财政拨款…`, `本部门收入全部为一般公共预算
 * 财政拨款…`, under `二、收入预算总体情况说明`), not in a 其中 list (`fundOfWhole`); else it stays
 * unplaced (coverage).
 */
import type { Lex } from "./lexicon";
import type { Named, Reader } from "./reader";

/** Revenue of all or of one fund (`收入`, `收入合计`, `收入总计`, `一般公共预算收入`). */
const REVENUE = 1;
/** Spending of all or of one fund. */
const SPENDING = 2;
/** Anything else (both, a nature, 三公, a project…): no side. */
const OTHER = 4;

/** The sides a measure word is of. */
function sidesOf(lex: Extract<Lex, { t: "measure" }>): number {
  let bits = 0;
  for (const s of lex.subjects) {
    const plain = Object.keys(s.coords).every((k) => k === "fund");
    if (plain && (s.concept === "revenue" || s.concept === "revenue.total")) bits |= REVENUE;
    else if (plain && (s.concept === "spending" || s.concept === "spending.total"))
      bits |= SPENDING;
    else bits |= OTHER;
  }
  return bits;
}

/** Notes the sides of a measure word, in its sentence or heading. @internal */
export function noteSides(r: Reader, lex: Extract<Lex, { t: "measure" }>): void {
  const bits = sidesOf(lex);
  if (r.heading) r.headingSides |= bits;
  else r.sent.sides |= bits;
}

/**
 * The fund word right before the figure, with no measure of its own, as the revenue or spending
 * of that fund its sentence (else its section) names alone. @internal
 */
export function fundAlone(r: Reader): Named | undefined {
  const { cl } = r;
  // In a 其中 list the fund is its whole's part or nothing (`fundOfWhole`).
  if (cl.fund === undefined || cl.fund.e !== r.prevEnd || r.heading || r.para.ofWhich)
    return undefined;
  const bits = r.sent.sides !== 0 ? r.sent.sides : r.sectionSides;
  const concept = bits === REVENUE ? "revenue" : bits === SPENDING ? "spending" : undefined;
  if (concept === undefined) return undefined;
  return { subjects: [{ concept, coords: { fund: cl.fund.fund } }], atMost: false };
}
