/**
 * Where a sentence of a document's text ends (a table's note, a 情况说明): one list of its marks,
 * for the rules reading notes and the narrative readers alike.
 */

/**
 * The marks that end a sentence, or a statement printed a clause at a time (`；`): `。`, `；`, `！`,
 * `？`, full- or half-width. @internal
 */
export const SENTENCE_MARKS = "。；;！!？?";

/** Where a sentence ends: one of {@link SENTENCE_MARKS} or a line break. @internal */
export const SENTENCE_ENDS = `${SENTENCE_MARKS}\n`;

/**
 * A text's sentences, cut at each of {@link SENTENCE_ENDS} (the marks dropped, an empty piece
 * where two meet or the text ends with one, as `String.prototype.split` gives them). Linear.
 * @internal
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!SENTENCE_ENDS.includes(text.charAt(i))) continue;
    out.push(text.slice(start, i));
    start = i + 1;
  }
  out.push(text.slice(start));
  return out;
}
