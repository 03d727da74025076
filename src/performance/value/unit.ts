/**
 * The unit printed after a figure, as read: without what qualifies the figure but is no unit (an
 * inclusive marker, a note in brackets, the name of what a percentage measures), the brackets of a
 * unit or a denominator printed in them, a metre's power as its superscript.
 */
import { measureUnit, UNIT_SEPARATORS, validUnit } from "./measure";
import { SUFFIXES } from "./operators";
import { isDigit } from "./scan";

const HAN_WORD = /^\p{Script=Han}+$/u;
/** A letter of any script or a Roman numeral: what a note in brackets holds (`（合格率）`, `（Ⅱ类）`). */
const WORD_ANYWHERE = /[\p{L}\p{Nl}]/u;
const HAN_CHAR = /\p{Script=Han}/u;

/**
 * Whether text in brackets right after a number is its unit rather than a note: a measure word
 * ({@link MEASURE_WORDS}), a magnitude or both (`%`, `个`, `万元`, `次/年`, `万平方米`), a unit
 * without Chinese characters (`km`, `m²`, `mg/L`) or parts of both (`m³/天`); a word that is none (`按年度考核`, `每季度`,
 * `预计`) is a note.
 */
function unitWord(inner: string): boolean {
  if (measureUnit(inner)) return true;
  // A compound unit (`m³/天`, `mg/人·日`): each part a unit without Chinese or a measure word.
  let from = 0;
  for (let i = 0; i <= inner.length; i++) {
    if (i < inner.length && !UNIT_SEPARATORS.includes(inner.charAt(i))) continue;
    const part = inner.slice(from, i);
    if (HAN_CHAR.test(part) && !measureUnit(part)) return false;
    from = i + 1;
  }
  return true;
}

/**
 * Text with the power of a metre printed as a digit (`m2`, `km2`, `m3/天`: no number follows)
 * written as its superscript (`m²`, `km²`, `m³/天`), as {@link UNIT_SIGNS} writes `㎡`.
 */
function superscripts(text: string): string {
  let out = "";
  let from = 0;
  for (let i = 1; i < text.length; i++) {
    const c = text.charAt(i);
    if ((c !== "2" && c !== "3") || text.charAt(i - 1) !== "m") continue;
    const next = text.charAt(i + 1);
    if (isDigit(next) || next === "." || next === ",") continue;
    out += `${text.slice(from, i)}${c === "2" ? "²" : "³"}`;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * The text after a number without what qualifies it but is no unit: an inclusive marker
 * (`(含)`, `(含95%)`: `≥90%(含)` is `≥90%`), the brackets of a denominator (`元/(人·天)` is
 * `元/人·天`), a note in brackets at the end (`≥90分（满分100分）`,
 * `≥90%（合格率）`), the brackets of a unit printed in them (`≥90(%)`, `≤5（万元）`: the unit is
 * `%`, `万元`; a part of a unit in them, `≥1（次）/年`, is that part) and the name of what a
 * percentage measures (`≥98%合格率`, `≥95%满意度`: the unit
 * is `%`); a metre's power printed as a digit is a superscript (`m2` is `m²`, `㎡` is).
 *
 * @internal
 */
export function plainUnit(rest: string): string {
  let s = superscripts(rest);
  const open = s.indexOf("(含");
  const close = open < 0 ? -1 : s.indexOf(")", open);
  if (close >= 0) s = s.slice(0, open) + s.slice(close + 1);
  // A denominator in brackets at the end (`元/(人·天)`, `元/（人·次）`) is the denominator.
  const per = s.endsWith(")") ? s.lastIndexOf("/(") : -1;
  if (per >= 0 && per + 3 < s.length && !s.slice(per + 2, -1).includes("("))
    s = `${s.slice(0, per + 1)}${s.slice(per + 2, -1)}`;
  // A note in brackets after the unit (`≥90%（合格率）`, `≥90分（满分100分）`, `≥90%（Ⅱ类）`,
  // `≥80%（2024年）`) is no part of it; a bare number in them (`%（100）`) is no note.
  const note = s.endsWith(")") ? s.lastIndexOf("(") : -1;
  if (note > 0 && WORD_ANYWHERE.test(s.slice(note + 1, -1))) s = s.slice(0, note);
  // A unit in brackets right after the number (`≥90(%)`, `≤5（万元）`) is the unit; a note in
  // them (`≥85（按年度考核）`, `≥3（每季度）`) is none and is dropped: the figure has no unit.
  // A part of a unit in them (`≥1（次）/年`, `≥1000（人）次`) is that part.
  const shut = s.startsWith("(") ? s.indexOf(")") : -1;
  if (shut > 1) {
    const inner = s.slice(1, shut);
    const whole = shut === s.length - 1;
    if (!inner.includes("(") && validUnit(inner)) {
      if (whole) s = unitWord(inner) ? inner : "";
      else if (unitWord(inner)) s = inner + s.slice(shut + 1);
    }
  }
  const c = s.charAt(0);
  if ((c !== "%" && c !== "‰") || s.length === 1) return s;
  const tail = s.slice(1);
  if (SUFFIXES.some(([text]) => tail.endsWith(text))) return s;
  return HAN_WORD.test(tail) ? c : s;
}
