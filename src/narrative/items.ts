/**
 * A `分别为：` ending its paragraph before any figure, its figures on numbered lines of their own
 * (`人员经费和公用经费分别为：` / `1、630.38万元；` / `2、51.68万元。`): each line's figure is the
 * measure of its rank, as the figures of a `分别` in its sentence are, only when there are as many
 * lines as measures, each a number and one amount alone (never guessed).
 */
import type { Named, Reader } from "./reader";
import type { Token } from "./scan";
import { markerAt } from "./text";

/** A numbered line's mark, a figure right after it allowed (`1、630.38万元`, `（1）682.06万元`). */
function itemMark(c: string, at: number): boolean {
  if (markerAt(c, at)) return true;
  let j = at;
  while (j < at + 2 && c.charAt(j) >= "0" && c.charAt(j) <= "9") j++;
  return j > at && c.charAt(j) === "、";
}

/**
 * Where the numbered line's mark at `at` ends when the scanner gives it no token of its own
 * (`（一）`, `(二)`, `一、`), else -1. Reads at most 6 characters.
 */
function markEnd(c: string, at: number): number {
  if (!itemMark(c, at)) return -1;
  for (let j = at + 1; j < at + 6 && j < c.length; j++)
    if (")、.".includes(c.charAt(j))) return j + 1;
  return -1;
}

/**
 * At the break ending a paragraph (token `i`, the paragraph ended with a colon): when its sentence
 * has a `分别` list with no figure yet, counts the numbered lines after it (each token read once
 * more at most: the look stops at the first other paragraph) and keeps the list when they match.
 * @internal
 */
export function itemsAfter(r: Reader, tokens: readonly Token[], i: number): void {
  r.items = undefined;
  const resp = r.sent.respective;
  if (r.kind === "heading" || resp === undefined || resp.next > 0) return;
  if (resp.shares.length > 0 || resp.list.length < 2) return;
  const c = r.text.text;
  let lines = 0;
  let amounts = 0;
  let start = tokens[i]?.e ?? c.length;
  // where the line's last token ended: its figure comes right after its number
  let last = start;
  for (let j = i + 1; j <= tokens.length; j++) {
    r.steps.n++;
    const t = tokens[j];
    if (t === undefined || (t.k === "brk" && t.level === "para")) {
      if (!itemMark(c, start) || amounts !== 1) break;
      lines++;
      if (t === undefined || lines > resp.list.length) break;
      start = t.e;
      last = start;
      amounts = 0;
      continue;
    }
    // nothing but the line's number, its figure and breaks
    if (t.k === "word") return;
    if (t.k === "num" && t.kind === "amount") {
      // right after the number, or after a mark with no token (`（一）630.38万元`)
      if (t.s !== last && !(last === start && t.s === markEnd(c, start))) return;
      amounts++;
    } else if (t.k === "num" && t.s !== start && !(t.kind === "marker" && t.s === start + 1))
      return;
    last = t.e;
  }
  if (lines === resp.list.length) r.items = { list: resp.list, next: 0 };
}

/** A paragraph starts at `at`: a numbered line of the list has the next measure. @internal */
export function nextItem(r: Reader, at: number): void {
  const items = r.items;
  if (items === undefined) return;
  const named = itemMark(r.text.text, at) ? items.list[items.next++] : undefined;
  if (named === undefined) r.items = undefined;
  else items.current = named;
}

/** The measure of the current numbered line's figure (taken once). @internal */
export function takeItem(r: Reader): Named | undefined {
  const items = r.items;
  const named = items?.current;
  if (items !== undefined) delete items.current;
  return named;
}
