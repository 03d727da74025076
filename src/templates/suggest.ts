/** A key compared loosely: lower case, without spaces, `_`, `-` and `.`. */
function loose(s: string): string {
  let out = "";
  for (const ch of s.toLowerCase())
    if (ch !== " " && ch !== "_" && ch !== "-" && ch !== ".") out += ch;
  return out;
}

/**
 * The edit distance of `a` and `b` (insertions, deletions, substitutions and swaps of two
 * neighbours), or `limit + 1` as soon as it must exceed `limit`. Callers skip pairs whose lengths
 * differ by more than `limit`, so the work is bounded by the shorter string's length times a
 * small constant, never the product of a hostile input's length with anything.
 */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1;
      let d = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (
        i > 1 &&
        j > 1 &&
        a.charAt(i - 1) === b.charAt(j - 2) &&
        a.charAt(i - 2) === b.charAt(j - 1)
      )
        d = Math.min(d, (before[j - 2] ?? 0) + 1);
      current.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/**
 * The candidates nearest to an unknown key, best first, at most `max` of them: those equal to it
 * up to case, spaces, `_`, `-` and `.` (`sangong` → `sanGong`), then those within a small edit
 * distance (a third of the candidate's length, at most 3), or that contain it and are at most
 * twice as long (`万` → `万元`). `[]` when nothing is
 * near. Linear in the input: a key much longer than every candidate is compared with none.
 * @internal
 */
export function nearestKeys(input: string, candidates: readonly string[], max = 3): string[] {
  const key = loose(input);
  const scored: { candidate: string; score: number; order: number }[] = [];
  candidates.forEach((candidate, order) => {
    if (candidate === input) return;
    const other = loose(candidate);
    const limit = Math.min(3, Math.floor(other.length / 3));
    // A part of the key, at least half of it (`万` for `万元`): as far as the letters missing.
    const part =
      key !== "" &&
      key.length < other.length &&
      2 * key.length >= other.length &&
      other.includes(key);
    const d = key === other ? 0 : part ? other.length - key.length : distance(key, other, limit);
    if (d <= Math.max(limit, part ? d : 0)) scored.push({ candidate, score: d, order });
  });
  scored.sort((x, y) => x.score - y.score || x.order - y.order);
  return [...new Set(scored.map((s) => s.candidate))].slice(0, max);
}
