/** Pairs of brackets printed with nothing in them (after NFKC and without whitespace). */
const EMPTY_PAIRS: readonly string[] = ["()", "[]", "【】", "〔〕"];
/** Opening brackets, and the closing bracket of each (after NFKC). */
const OPENING = "([【〔";
const CLOSING = ")]】〕";

/**
 * A printed value (after NFKC, without whitespace) without the brackets that hold nothing: an
 * empty pair (`≤95元()`, `≥90%【】`: a unit's brackets left blank) and a bracket of a kind printed
 * once, left open or closed with none opened (`≥90%(`, `(≥90%`, `≥90(%`, `≥90%)`). Neither is a
 * part of a unit or of a note. A value that is only brackets stays as printed. @internal
 */
export function withoutStrayBrackets(s: string): string {
  let out = s;
  for (const pair of EMPTY_PAIRS) if (out.includes(pair)) out = out.split(pair).join("");
  for (let k = 0; k < OPENING.length; k++) {
    const open = OPENING.charAt(k);
    const close = CLOSING.charAt(k);
    const opens = out.includes(open);
    const closes = out.includes(close);
    if (opens === closes) continue;
    // One side only, printed once: a stray bracket, wherever it is (`≥90(%` is `≥90%`).
    const mark = opens ? open : close;
    const at = out.indexOf(mark);
    if (out.indexOf(mark, at + 1) < 0) out = out.slice(0, at) + out.slice(at + 1);
  }
  return out === "" ? s : out;
}
