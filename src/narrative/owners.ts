/**
 * Who owns a statement of the narrative: a `无…` or a count whose subject is a part of the
 * document's units (`所属事业单位无…`, `机关本级2辆`) is that part's, not the document's.
 */
import { ALL_UNITS_AFTER, NOT_SUBJECT, SUB_UNITS, UNIT_PARTS } from "./lexicon";

/** Where the last of `words` starts in `text` and where it ends (`[-1, -1]`: none). */
function lastOf(text: string, words: readonly string[]): readonly [number, number] {
  let found = -1;
  let end = -1;
  for (const w of words) {
    const i = text.lastIndexOf(w);
    if (i > found) {
      found = i;
      end = i + w.length;
    }
  }
  return [found, end];
}

/**
 * Whether the words `label` before a count name a part of the document's units as what is counted
 * (`机关本级2辆`, `所属单位0辆`, `下属事业单位1辆`): the last such word is no subject joined to the
 * document (`本部门（含机关本级及所属单位）共有车辆`, `本部门及所属单位共有…`) nor of all of them
 * (`所属各预算单位…的公务用车保有量`). @internal
 */
export function unitPart(label: string): boolean {
  const [found, end] = lastOf(label, UNIT_PARTS);
  if (found < 0) return false;
  const before = label.slice(0, found);
  const after = label.slice(end);
  return (
    !NOT_SUBJECT.some((w) => before.endsWith(w)) &&
    !ALL_UNITS_AFTER.some((w) => after.startsWith(w))
  );
}

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
  const [found, end] = lastOf(window, SUB_UNITS);
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
