/**
 * Who owns a statement of the narrative: a `无…` or a count whose subject is a part of the
 * document's units (`所属事业单位无…`, `机关本级2辆`) is that part's, not the document's.
 */
import {
  ALL_UNITS_AFTER,
  NOT_SUBJECT,
  ORGAN,
  OWN_NAMES,
  SUB_UNITS,
  UNIT_PARTS,
} from "./unit-words";

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

/** How far before a figure its clause's subject is looked for (characters). */
const FIGURE_WINDOW = 30;

/**
 * Whether the clause of the figure at `at` of the compact text `c` (from `from`) names a sub-unit
 * as its subject (`所属单位政府采购预算20.00万元`, `下属事业单位机构运转经费10.00万元`): the last
 * sub-unit word of the clause (at most {@link FIGURE_WINDOW} characters back) is not joined to the
 * document (`本部门及所属单位…`, `本部门（含所属单位）…`) nor of all of them (`所属各单位`). The
 * document's own level and organ (`机关本级`, `财政局本级`) are not sub-units: their figure is
 * often the document's (机关运行经费). @internal
 */
export function subUnitFigure(c: string, from: number, at: number): boolean {
  const window = c.slice(Math.max(from, at - FIGURE_WINDOW), at);
  const [found, end] = lastOf(window, SUB_UNITS);
  if (found < 0) return false;
  return (
    !NOT_SUBJECT.some((w) => window.slice(0, found).endsWith(w)) &&
    !ALL_UNITS_AFTER.some((w) => window.startsWith(w, end))
  );
}

/** How far before a `无` its subject is looked for (characters). */
const WINDOW = 30;
const STOPS = "；;。";
const COMMAS = "，,";

/**
 * The words that make a `无` a part's: the sub-units (`所属事业单位无…`), the document's own level
 * (`机关本级无…`, `本部门本级无…`) and its organ (`本部门机关无…`, `局机关无…`).
 */
const NONE_OWNERS: readonly string[] = [...UNIT_PARTS, ORGAN];
/** What may stand between the organ or the own level and its `无`: a year, 均 / 也 (bounded window). */
const OWN_LEVEL_TAIL = /^(?:\d{4}年度?)?[均也都亦并暂尚]{0,2}$/u;

/**
 * Whether the `无` at `at` of the compact text `c` has a part of the document's units for its
 * subject ({@link NONE_OWNERS}): the last such word before it (in its sentence, from `from`, at most {@link WINDOW} characters back)
 * is not joined to the document or a 无's object ({@link NOT_SUBJECT}), and no clause break
 * stands between them but one after `中` (`直属单位中，区档案馆无…`). Bounded: no rescan. @internal
 */
export function subUnitNone(c: string, from: number, at: number): boolean {
  const start = Math.max(from, at - WINDOW);
  const window = c.slice(start, at);
  const [found, end] = lastOf(window, NONE_OWNERS);
  if (found < 0) return false;
  const before = window.slice(0, found);
  if (NOT_SUBJECT.some((w) => before.endsWith(w))) return false;
  const word = window.slice(found, end);
  if (!SUB_UNITS.includes(word)) {
    // The organ or the own level owns the 无 only right before it (`本部门机关无…`, `机关本级
    // 2024年均无…`), not within a name (`机关运行经费`, `机关事务管理局`, `本级财政…`), nor as the
    // document naming itself (`本部门（本级）无…`).
    const lead =
      word === "本级" && before.endsWith(ORGAN) ? before.slice(0, -ORGAN.length) : before;
    if (OWN_NAMES.some((w) => lead.endsWith(`${w}(`)) || NOT_SUBJECT.some((w) => lead.endsWith(w)))
      return false;
    return OWN_LEVEL_TAIL.test(window.slice(end));
  }
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
