/**
 * The normalisation a printed value is read after: NFKC (full-width `％ ／ ０-９` half-width),
 * but for the square and cubic unit signs and the Roman numerals, which keep their meaning.
 */

/**
 * Unit characters NFKC would turn into digits (`㎡` → `m2`, `²` → `2`), written instead with the
 * superscript kept (`㎡` → `m²`): a square or cubic unit stays a unit.
 */
const UNIT_SIGNS: ReadonlyMap<string, string> = /*#__PURE__*/ new Map([
  ["²", "²"],
  ["³", "³"],
  ["㎡", "m²"],
  ["㎥", "m³"],
  ["㎢", "km²"],
  ["㎠", "cm²"],
  ["㎤", "cm³"],
  ["㎟", "mm²"],
  ["㎦", "km³"],
]);

/**
 * Whether a character is a Roman numeral (`Ⅲ`, `Ⅹ`, `Ⅻ`), which NFKC would write in Latin letters
 * (`Ⅹ` → `X`, a placeholder's letter): kept, a class stays a class.
 */
const isRoman = (c: string): boolean => c >= "\u2160" && c <= "\u2188";

/**
 * `s` in NFKC, but for the square and cubic unit signs ({@link UNIT_SIGNS}) and the Roman
 * numerals (kept: `≥Ⅹ类` is a class, `≥X%` a placeholder). Printable ASCII, CJK
 * unified ideographs, `≤ ≥ 、 。` and line whitespace are their own NFKC and never compose with
 * each other, so a value made of them only (most are) is returned as is without running the
 * normalisation.
 *
 * @internal
 */
export function nfkc(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x20 && c <= 0x7e) || (c >= 0x4e00 && c <= 0x9fff)) continue;
    if (c === 0x2264 || c === 0x2265 || c === 0x3001 || c === 0x3002) continue;
    if (c === 0x09 || c === 0x0a || c === 0x0d) continue;
    return nfkcKeepingUnits(s);
  }
  return s;
}

/**
 * NFKC of the runs between unit signs and Roman numerals, each sign written as
 * {@link UNIT_SIGNS} says, each numeral kept.
 */
function nfkcKeepingUnits(s: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    const sign = isRoman(c) ? c : UNIT_SIGNS.get(c);
    if (sign === undefined) continue;
    out += s.slice(from, i).normalize("NFKC") + sign;
    from = i + 1;
  }
  return from === 0 ? s.normalize("NFKC") : out + s.slice(from).normalize("NFKC");
}

/** Whitespace (`\s`), and runs of it: made once, not per call. */
const SPACE = /\s/u;
const SPACES = /\s+/gu;

/**
 * `s` in {@link nfkc} without whitespace (`nfkc(s).replace(/\s+/gu, "")`): a text that prints
 * none, as most values do, is returned without running the replacement.
 *
 * @internal
 */
export function nfkcCompact(s: string): string {
  const n = nfkc(s);
  return SPACE.test(n) ? n.replace(SPACES, "") : n;
}
