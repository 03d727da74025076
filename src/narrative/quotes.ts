/**
 * The quotes printers put around a name (`“三公”经费`, `＂三公＂`, `〝三公〞`, `「三公」`): one
 * shared set for every reader of the narrative. @internal
 */

/** Quotes that open a name, the straight ones (which also close) included. @internal */
export const OPENING_QUOTES = "“‘「『〝＂\"'";
/** Quotes that close a name, the straight ones (which also open) included. @internal */
export const CLOSING_QUOTES = "”’」』〞〟＂\"'";
/** Every quote, opening or closing. @internal */
export const QUOTES = "“”‘’「」『』〝〞〟＂\"'";

/** The codes of {@link QUOTES} (built once: the text reader asks for every character). */
const QUOTE_CODES: ReadonlySet<number> = /*#__PURE__*/ new Set(
  Array.from(QUOTES, (q) => q.charCodeAt(0)),
);

/** Whether the character of code `code` is a quote. @internal */
export const isQuoteCode = (code: number): boolean => QUOTE_CODES.has(code);
