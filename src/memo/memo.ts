/**
 * A pure function of a string, remembered: the answer for an argument seen before is the one
 * computed then. Printed headers, line labels and names recur across a document's tables and
 * across the documents of one printer, so the readers' string functions meet the same arguments
 * again and again. At most `max` answers are kept, of arguments of at most `maxLength`
 * characters (a longer one, no header nor label, is computed each time: memory stays bounded on
 * any input, and the linearity guard times the work itself on its long texts); then the memo
 * starts over (no answer depends on what was asked before). Nothing is made until the first call
 * (no module-level work). @internal
 *
 * @param f - a pure function: same argument, same answer; its answer is shared, never to be changed
 * @param max - at most this many answers kept (4096 by default)
 * @param maxLength - only arguments of at most this many characters are remembered (256)
 */
export function memoByString<T>(
  f: (s: string) => T,
  max = 4096,
  maxLength = 256,
): (s: string) => T {
  let known: Map<string, T> | undefined;
  return (s) => {
    if (s.length > maxLength) return f(s);
    known ??= new Map();
    const hit = known.get(s);
    if (hit !== undefined || known.has(s)) return hit as T;
    const answer = f(s);
    if (known.size >= max) known.clear();
    known.set(s, answer);
    return answer;
  };
}
