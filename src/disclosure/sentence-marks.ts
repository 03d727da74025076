/**
 * Where a sentence of a document's text ends (a table's note, a 情况说明): one list of its marks,
 * for the rules reading notes and the narrative readers alike.
 */

/** The marks that end a whole sentence: `。`, `！`, `？`, full- or half-width. @internal */
export const FULL_STOP_MARKS = "。！!？?";

/** The marks that end a statement printed a clause at a time: `；`, full- or half-width. @internal */
export const STATEMENT_MARKS = "；;";

/**
 * The marks that end a sentence ({@link FULL_STOP_MARKS}), or a statement printed a clause at a
 * time ({@link STATEMENT_MARKS}). @internal
 */
export const SENTENCE_MARKS = /*#__PURE__*/ FULL_STOP_MARKS.concat(STATEMENT_MARKS);

/** The marks that end a label or a lead-in to a list: a colon, full- or half-width. @internal */
export const COLON_MARKS = "：:";

/** Where a sentence ends: one of {@link SENTENCE_MARKS} or a line break. @internal */
export const SENTENCE_ENDS = /*#__PURE__*/ SENTENCE_MARKS.concat("\n");

/** The marks that end a clause within a sentence: a comma, full- or half-width. @internal */
export const CLAUSE_MARKS = "，,";

/** Where a clause ends: a comma ({@link CLAUSE_MARKS}) or where a sentence ends. @internal */
export const CLAUSE_ENDS = /*#__PURE__*/ CLAUSE_MARKS.concat(SENTENCE_ENDS);

/**
 * A text cut at each of the characters `marks` (the marks dropped, an empty piece where two meet
 * or the text ends with one, as `String.prototype.split` gives them). Linear. @internal
 */
export function splitAt(text: string, marks: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!marks.includes(text.charAt(i))) continue;
    out.push(text.slice(start, i));
    start = i + 1;
  }
  out.push(text.slice(start));
  return out;
}

/** A text's sentences, cut at each of {@link SENTENCE_ENDS}. @internal */
export const splitSentences = (text: string): string[] => splitAt(text, SENTENCE_ENDS);

/** A text's clauses, cut at each of {@link CLAUSE_ENDS}. @internal */
export const splitClauses = (text: string): string[] => splitAt(text, CLAUSE_ENDS);
