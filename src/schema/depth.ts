/**
 * How deep a JSON document of ours may nest. A disclosure or a ledger nests about eight levels
 * (document → tables → table → rows → row → cells); 64 leaves room for any extension.
 */
export const MAX_DEPTH = 64;

/**
 * The offset of the first `{` or `[` of a JSON text that opens nesting deeper than `max`
 * levels (outside strings), or `-1`. One pass, constant memory. Deeper text is refused before
 * `JSON.parse` sees it: the engine's parser grows faster than linearly on deep nesting, and no
 * document of ours nests that deep. @internal
 */
export function tooDeepAt(text: string, max: number = MAX_DEPTH): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (++depth > max) return i;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) depth--;
    else if (c === 0x22 /* " */)
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++)
        if (text.charCodeAt(i) === 0x5c /* \ */) i++;
  }
  return -1;
}
