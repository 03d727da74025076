/**
 * Who owns a statement of the narrative: a `无…` whose subject is a sub-unit of the document
 * (`所属事业单位无…`) is that unit's, not the document's.
 */
import { NOT_SUBJECT, SUB_UNITS } from "./lexicon";

/** How far before a `无` its subject is looked for (characters). */
const WINDOW = 30;
const STOPS = "；;。";
const COMMAS = "，,";

/**
 * Whether the `无` at `at` of the compact text `c` has a sub-unit for its subject: the last
 * sub-unit word before it (in its sentence, from `from`, at most {@link WINDOW} characters back)
 * is not joined to the document or a 无's object ({@link NOT_SUBJECT}), and no clause break
 * stands between them but one after `中` (`直属单位中，区档案馆无…`). Bounded: no rescan. @internal
 */
export function subUnitNone(c: string, from: number, at: number): boolean {
  const start = Math.max(from, at - WINDOW);
  const window = c.slice(start, at);
  let found = -1;
  let end = -1;
  for (const w of SUB_UNITS) {
    const i = window.lastIndexOf(w);
    if (i > found) {
      found = i;
      end = i + w.length;
    }
  }
  if (found < 0) return false;
  const before = window.slice(0, found);
  if (NOT_SUBJECT.some((w) => before.endsWith(w))) return false;
  let comma = false;
  for (let j = end; j < window.length; j++) {
    const ch = window.charAt(j);
    if (STOPS.includes(ch)) return false;
    if (!COMMAS.includes(ch)) continue;
    if (comma || window.charAt(j - 1) !== "中") return false;
    comma = true;
  }
  return true;
}
