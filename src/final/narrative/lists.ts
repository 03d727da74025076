// Lists and names of a 决算 情况说明, by index scanning (no regular expressions), linear in the text.

/**
 * A list as printed after `主要包括：` (`基本工资、津贴补贴、…`): its items, and `open` when it ends
 * with 等 (not every item is named).
 *
 * @example
 * ```ts
 * import type { PrintedList } from "yusuan/final";
 * const l: PrintedList = { items: ["办公费", "邮电费"], open: false };
 * ```
 */
export interface PrintedList {
  readonly items: readonly string[];
  readonly open: boolean;
}

const LIST_ENDS = "；;。";

/**
 * The list printed after the first `主要包括：` at or after `from`, up to the end of its clause
 * (`；` or `。`): the items between `、`, trimmed; a list ending in `等` / `等支出` is open (not every
 * item is named). Absent when there is no such list. @internal
 */
export function listAfter(text: string, from: number): PrintedList | undefined {
  const word = firstIndex(text, ["主要包括：", "主要包括:"], from);
  if (word === undefined) return undefined;
  let end = word.end;
  while (end < text.length && !LIST_ENDS.includes(text[end] ?? "")) end++;
  const items = text
    .slice(word.end, end)
    .split("、")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const last = items.at(-1);
  if (last === undefined) return undefined;
  const open = last.endsWith("等") || last.endsWith("等支出") || last.endsWith("等费用");
  if (open) {
    const cut = last.slice(0, last.lastIndexOf("等")).trim();
    items.splice(-1, 1, ...(cut === "" ? [] : [cut]));
  }
  return { items, open };
}

function firstIndex(
  text: string,
  words: readonly string[],
  from: number,
): { at: number; end: number } | undefined {
  let best: { at: number; end: number } | undefined;
  for (const w of words) {
    const at = text.indexOf(w, from);
    if (at >= 0 && (best === undefined || at < best.at)) best = { at, end: at + w.length };
  }
  return best;
}

/** What a key drops: spaces and quotes (one character each, none a surrogate). */
const DROPPED = [" ", "\t", "\u3000", "“", "”", '"'];

/**
 * The key under which a printed item name and a catalog or table name are the same item:
 * compatibility forms folded (full-width brackets and letters), spaces and quotes dropped,
 * `其它` read as `其他`, then a trailing `支出`, `费用` or `费` dropped (`办公设备购置支出` is
 * `办公设备购置`, `因公出国（境）费用` is `因公出国（境）费`). @internal
 */
export function itemKey(name: string): string {
  let s = name.normalize("NFKC");
  // Each character dropped by one native pass (most names print none).
  for (const c of DROPPED) if (s.includes(c)) s = s.replaceAll(c, "");
  if (s.includes("其它")) s = s.replaceAll("其它", "其他");
  if (s.endsWith("支出") && s.length > 2) s = s.slice(0, -2);
  if (s.endsWith("费用") && s.length > 2) s = s.slice(0, -2);
  else if (s.endsWith("费") && s.length > 1) s = s.slice(0, -1);
  return s;
}
