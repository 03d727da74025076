/**
 * How printers head a unit's rows in a table by 科目 besides a code in the unit code column or a
 * name in the name column: a heading merged over the code and name columns (a table extractor
 * gives its text in the first code column), or a heading labelled as one (`单位名称：某中心`).
 */
import { ORG_NAME_HEADERS } from "../templates/columns";
import { labelKey } from "../templates/wording";
import type { ColumnMatch } from "./headers";
import { HAN } from "./transposed";

/**
 * The labels a unit's heading may open with, before a colon (`单位名称：某中心`, `预算单位：
 * [301002]某中学`, `部门（单位）名称：…`): the headers of a unit's name column and a few more, by
 * their label key; as data. The labels naming who
 * compiled the table (`编制单位：`) are the layout's, not a unit's heading.
 */
const UNIT_LABELS: ReadonlySet<string> = /*#__PURE__*/ new Set(
  [
    ...ORG_NAME_HEADERS,
    "单位",
    "单位代码及名称",
    "单位编码及名称",
    "所属单位",
    "部门",
    "部门名称",
    "部门（单位）",
  ].map(labelKey),
);

/** How far into a heading its label's colon may stand (the longest label, with spaces). */
const LABEL_REACH = 16;

/**
 * A unit's heading without the label it opens with (`单位名称：某中心` → `某中心`, `单位 ： [301002]
 * 某中学` → `[301002]某中学`); the text as it is when it opens with no unit label. On NFKC text.
 * @internal
 */
export function withoutUnitLabel(text: string): string {
  const colon = unitLabelEnd(text);
  return colon === undefined ? text : text.slice(colon + 1).trim();
}

/**
 * Where the unit label a text opens with ends (its colon: `单位名称：某中心` → 4); `undefined`
 * when it opens with none. On NFKC text. @internal
 */
export function unitLabelEnd(text: string): number | undefined {
  const head = text.slice(0, LABEL_REACH);
  const colon = head.indexOf(":");
  if (colon <= 0 || !UNIT_LABELS.has(labelKey(head.slice(0, colon)))) return undefined;
  return colon;
}

/**
 * The text of a row's code and unit code columns, joined, where the row prints no name and that
 * text is a name's (it holds a Han character): a heading merged over the code and name columns,
 * given by a table extractor in the first of them (`301002 某区第一中学`, `[301002]某中学`,
 * `单位名称：某中学`). @internal
 */
export function headingInKeyColumns(
  row: readonly string[],
  columns: readonly ColumnMatch[],
): string | undefined {
  const text = columns
    .filter((c) => c.column?.role === "code" || c.column?.role === "org")
    .map((c) => (row[c.index] ?? "").trim())
    .filter((cell) => cell !== "")
    .join(" ");
  return HAN.test(text) ? text : undefined;
}
