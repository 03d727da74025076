// The labels that start a printed row of their own, never the rest of a name wrapped from the row
// above: numbered headings, parts (`其中`), totals, a group of projects' heading, a table's column
// words, a unit's name.

import { COUNTY_AND_ABOVE } from "../codes/regions";
import type { TableKind } from "../templates";
import { labelKey } from "../templates/wording";
import { accepts, endsAsTotal, isTotalLabel } from "./cells";

/**
 * A label that starts a row of its own, never the rest of a name: a numbered heading (`一、`,
 * `（三）`, `2.`, `①`), a part (`其中：`, `含：`). Fixed words and one bounded run of numerals, so
 * linear.
 */
const OWN_ROW = /^(?:[（(]?[一二三四五六七八九十0-9]{1,3}[）)、.．]|[①-⑳]|其\s*中|含\s*[:：])/u;

/**
 * Whether a printed label starts a row of its own, never the rest of a name wrapped from the row
 * above: a numbered heading, `其中`, a total or a label ending as one. @internal
 */
export function startsOwnRow(label: string): boolean {
  const name = label.trim();
  if (name !== "" && (OWN_ROW.test(name) || isTotalLabel(name))) return true;
  return endsAsTotal(name);
}

/** A part's opening word: `其中` (spaced too: `其　中`), `含：`. */
const PART_OPENING = /^(?:其\s*中|含\s*[:：])/u;

/**
 * Whether a printed label opens as a part's row does (`其中：…`, `其　中：…`, `含：…`), whatever
 * it ends with: the rest of a label cut anywhere may end as a total (`本年收` / `入合计`) or open
 * like a numbered heading (`二十` / `一、住房保障支出`), but never with 其中. @internal
 */
export const opensPart = (label: string): boolean => PART_OPENING.test(label.trim());

/**
 * A heading of a group of projects printed on a row of its own, with no figure (`其他运转类`,
 * `特定目标类项目`, `专项业务类`): a category's name, never the rest of the name above. Whitespace
 * removed; anchored at the end, a fixed word, so linear.
 */
const GROUP_HEADING = /类(?:项目)?$/u;

/** Whether a row's name is a heading of a group of projects in a table of projects. */
export const groupHeading = (name: string, kind: TableKind): boolean =>
  accepts(kind, "project") &&
  (GROUP_HEADING.test(name.replace(/\s+/gu, "")) ||
    kind.columns.some((c) => c.values !== undefined && Object.hasOwn(c.values, name)));

/**
 * The natures of spending and kinds of funds a table prints as rows of their own whatever its
 * columns (a footer `基本支出` under a list of economic 科目, a part `项目支出` under a 科目): no
 * 科目 name ends with one, so never the rest of a name.
 */
const NATURES = [
  "基本支出",
  "项目支出",
  "人员经费",
  "公用经费",
  "人员支出",
  "公用支出",
  "日常公用经费",
];

/**
 * The words a kind's amount column headings are made of, as label keys (`基本支出/人员经费` gives
 * 基本支出 and 人员经费), longer than two characters, and the natures of spending any table prints
 * (`公用支出`): a row named by one alone (a footer `人员经费`, a part `项目支出` under a 科目) is a
 * row of its own, never the rest of a name. Once a table. @internal
 */
export function headingWords(kind: TableKind): ReadonlySet<string> {
  const out = new Set<string>(NATURES.map(labelKey));
  for (const c of kind.columns) {
    if (c.role !== "amount") continue;
    for (const h of c.headers)
      for (const part of h.split("/")) {
        // Words of two characters (`项目`, `金额`, `支出`) may end a wrapped name.
        const key = labelKey(part);
        if (key.length > 2) out.add(key);
      }
  }
  return out;
}

/**
 * How a unit's name ends (`…局`, `…委员会`, `…办公室`, `…人民政府`, `…街道办事处`, `…服务中心`),
 * as no 科目 name does. Anchored at the end, fixed words, so linear.
 */
const UNIT_END = /(?:局|委员会|办公室|人民政府|办事处|中心)$/u;

/** A party committee of a level from the county up (`中共…区委`, `中共…旗委`, `中共…省委`). */
const endsAsCommittee = (name: string): boolean =>
  name.length > 2 && name.endsWith("委") && COUNTY_AND_ABOVE.includes(name.charAt(name.length - 2));

/** How a unit's name ends: {@link UNIT_END} or a committee's. */
const endsAsUnit = (name: string): boolean => UNIT_END.test(name) || endsAsCommittee(name);

/** A unit's name's note at its end (`（本级）`, `本级`): bounded, anchored, so linear. */
const UNIT_NOTE = /(?:[（(][^（）()]{0,12}[）)]|本级)$/u;

/**
 * Whether a label names a unit: one of the caller's (`ReadOptions.units`, by label key), or, where
 * `byEnding` (under a 科目 row: no 科目 name ends so), a name ending as a unit's does. A unit's
 * heading printed by its name (a unit the reader cannot place, heading its 科目 or projects) is a
 * row of its own, never the rest of the name above.
 */
export const namesUnit = (name: string, units: ReadonlySet<string>, byEnding: boolean): boolean =>
  units.has(labelKey(name)) ||
  (byEnding && endsAsUnit(name.replace(/\s+/gu, "").replace(UNIT_NOTE, "")));
