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

/** Whether the character of code `code` is a quote. @internal */
export const isQuoteCode = (code: number): boolean =>
  code < 0x10000 && QUOTES.includes(String.fromCharCode(code));
