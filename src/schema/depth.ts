/**
 * How deep a JSON document of ours may nest. A disclosure or a ledger nests about eight levels
 * (document → tables → table → rows → row → cells); 64 leaves room for any extension.
 */
export const MAX_DEPTH = 64;

/** What one pass over a JSON text finds: where it nests too deep, and how many keys it writes. */
export interface JsonScan {
  /** The offset of the first `{` or `[` that opens nesting deeper than the maximum, or `-1`. */
  readonly tooDeepAt: number;
  /**
   * The `:` outside strings: in valid JSON, one per key written (so fewer distinct keys in the
   * parsed value means a key was written twice in one object).
   */
  readonly keys: number;
}

/** A string without an escaped quote, or a run of what the scan does not count. */
const IGNORED = /"[^"]*"|[^":[\]{}]+/g;

/**
 * One pass over a JSON text, constant memory: the offset of the first `{` or `[` that opens
 * nesting deeper than `max` levels (outside strings; the scan stops there) and the number of
 * keys written. A string's body is skipped with `indexOf` (each character is looked at once, a
 * run of backslashes before a quote once more). Deeper text is refused before `JSON.parse` sees
 * it: the engine's parser grows faster than linearly on deep nesting, and no document of ours
 * nests that deep. @internal
 */
export function scanJson(text: string, max: number = MAX_DEPTH): JsonScan {
  // Without an escaped quote, every quote opens or closes a string: the strings and all but
  // colons and brackets are removed natively and the little left is scanned (a first call runs
  // the loop in the interpreter: a character at a time costs milliseconds). What follows a
  // string left open is one more such string; nesting too deep is scanned again for its offset.
  if (!text.includes('\\"')) {
    const found = scan(text.replace(IGNORED, ""), max);
    if (found.tooDeepAt < 0) return found;
  }
  return scan(text, max);
}

function scan(text: string, max: number): JsonScan {
  let depth = 0;
  let keys = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      // The closing quote: the next `"` not escaped (preceded by an even run of backslashes).
      for (;;) {
        const q = text.indexOf('"', i + 1);
        if (q < 0) {
          i = n;
          break;
        }
        let b = q - 1;
        while (b > i && text.charCodeAt(b) === 0x5c /* \ */) b--;
        i = q;
        if ((q - 1 - b) % 2 === 0) break;
      }
    } else if (c === 0x3a /* : */) keys++;
    else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (++depth > max) return { tooDeepAt: i, keys };
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) depth--;
  }
  return { tooDeepAt: -1, keys };
}
