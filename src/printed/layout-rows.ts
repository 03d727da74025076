import type { Unit } from "../amount";
import { onlyContinuation } from "../disclosure/continued";
import { documentHeader, isPageMark } from "../narrative/lines";
import type { TableKind } from "../templates";
import { labelKey } from "../templates/wording";
import { plainText as compact } from "./cells";
import { namesDepartment } from "./grid-org";
import type { ReadProblem } from "./problems";
import { isTableNumber, normalizeTableTitle } from "./title";
import type { PrintedTable } from "./types";
import { readUnitLine, type UnitLine } from "./unit-line";
import { type CaptionNames, headsUnit, unitLabelledCaption } from "./unit-name-caption";

/**
 * What a row of a table's layout (not of its data) prints, as a text layer gives it among the
 * rows: a page break's continuation mark (`续表`), the unit line or the preparer (`单位：万元`,
 * `编制单位：某局`), the title again (`支出决算表（续）`, its number `预算05表`), the column
 * numbers (`栏次 1 2 3`), the form's sign-off (`单位负责人：`, `制表人：张三`, `编制日期：…`),
 * a page number (`第2页`, `- 2 -`, `2/25`), the running header naming
 * the document (`某局2024年部门预算`). @internal
 */
export type LayoutRowKind = Extract<ReadProblem, { code: "layout-row" }>["what"];

/** Labels of a preparer line, before its colon (`编制单位：某局`). */
const PREPARER = ["编制单位", "填报单位", "编报单位", "报送单位", "制表单位"];

/**
 * Labels of a form's sign-off, before their colon: who answers for the table, how to reach them,
 * when it was made (`单位负责人：`, `制表人：张三`, `联系电话：…`, `编制日期：2024年1月`), as data.
 */
const SIGN_OFF = [
  "单位负责人",
  "部门负责人",
  "财务负责人",
  "分管领导",
  "会计主管",
  "主管会计",
  "制表人",
  "填表人",
  "填报人",
  "审核人",
  "复核人",
  "经办人",
  "联系人",
  "联系电话",
  "编制日期",
  "填报日期",
  "填表日期",
  "报送日期",
  "制表日期",
  "审核日期",
  "负责人",
  "制表",
  "填表",
  "审核",
  "复核",
];

/** The word of a column-numbers row (`栏次`), and the letters of the columns that print no amount. */
const COLUMN_NUMBERS_WORDS: ReadonlySet<string> = /*#__PURE__*/ new Set(["栏次", "行次"]);
const COLUMN_LETTERS: ReadonlySet<string> = /*#__PURE__*/ new Set(["甲", "乙", "丙", "丁"]);

/**
 * A column number (1–99), bare or bracketed (`(1)`, `（2）` after NFKC: a negative amount's
 * spelling too, so read as a number only on a column-numbers row), and a page number (`第2页`,
 * `第2页，共5页`, `共5页`).
 */
const COLUMN_NUMBER = /^(?:[1-9][0-9]?|\([1-9][0-9]?\))$/u;
const PAGE = /^第[0-9]{1,4}页(?:,?共[0-9]{1,4}页)?$|^共[0-9]{1,4}页(?:,?第[0-9]{1,4}页)?$/u;

/**
 * A page's number in a style other than `第2页` (`- 3 -`, `— 3 —`, `·3·`, `第3页/共25页`, `3/25`),
 * as a narrative's reader takes it at a page's foot. A lone number with a mark on one side only
 * (`-3`, a figure; `3-`) or none (`3`, a page's number or a code cut off its row) is not taken,
 * nor `25/3` (a page after the count).
 */
function pageNumber(text: string): boolean {
  if (!isPageMark(text)) return false;
  if (/[^0-9]/u.test(text.charAt(0)) && /[^0-9]/u.test(text.charAt(text.length - 1))) return true;
  // `3/25`: the page, then the count (`25/3` is no page of a document's pages)
  const [page = "", count = ""] = text.split("/");
  return count !== "" && Number(page) > 0 && Number(page) <= Number(count);
}

/** Words naming the kind of a disclosure in its running header (`…2024年部门预算`, `…单位预算公开`). */
const DOCUMENT_KINDS = ["部门", "单位"];

/** A year (`2024年`) in a compacted text. */
const YEAR = /\d{4}年/u;

/**
 * The document's name a page prints above or below a table, its running header
 * (`中国共产党洛阳市涧西区委员会办公室2024年部门预算`, `2024年度部门决算公开`): of the shape
 * the narrative's reader takes ({@link documentHeader}: the year, ending with 预算, 决算 or
 * 公开), naming a 部门 or a 单位 (`2024年预算` alone is a line of figures' heading), and opening
 * with the year or with the department's name before it ({@link namesDepartment}): a target's
 * row reading so across its cells (`…信息公开管理 | 及时公开 | 按规定时间公开2024年部门预算`) is data.
 */
function runningHeader(text: string): boolean {
  if (!documentHeader(text) || !DOCUMENT_KINDS.some((w) => text.includes(w))) return false;
  const year = text.search(YEAR);
  return year === 0 || (year > 0 && namesDepartment(text.slice(0, year)));
}

/** The unit a unit line among the rows may name: the table's, any one (it printed none), none. */
type UnitAllowed = Unit | "any" | "none";

/** What the cells of one row read so far. */
interface RowReading {
  kind: LayoutRowKind | undefined;
  unit: Unit | undefined;
  /** The last column number read (0 before any), and whether `栏次` came after it. */
  last: number;
  restart: boolean;
  words: number;
  numbers: number;
}

/** A title of the table (after the unit's name: `上海市某局收入决算表`), as `normalizeTableTitle` gives it. */
function isTitle(title: string, titles: readonly string[]): boolean {
  return title !== "" && titles.some((t) => title === t || (t.length >= 4 && title.endsWith(t)));
}

/** A line opening with one of `labels` and its colon, and naming no unit after it. */
function labelled(text: string, labels: readonly string[]): boolean {
  const label = labels.find((p) => text.startsWith(`${p}:`));
  // A unit's label after it (`单位：万元`, `金额单位：元`) makes it a unit line; `单位负责人：` does not.
  return label !== undefined && !text.includes("单位:", label.length + 1);
}

/** A preparer line and nothing else (`编制单位：某局`; `编制单位：某局 单位：万元` is a unit line). */
const isPreparer = (text: string): boolean => labelled(text, PREPARER);

/** Whether a cell is a column number, or the word or letter of a column-numbers row. */
function readColumnNumber(text: string, r: RowReading): boolean | undefined {
  if (COLUMN_NUMBERS_WORDS.has(text)) {
    r.words++;
    r.restart = true;
    return true;
  }
  if (COLUMN_LETTERS.has(text)) return true;
  if (!COLUMN_NUMBER.test(text)) return undefined;
  const n = Number(text.startsWith("(") ? text.slice(1, -1) : text);
  if (n !== r.last + 1 && !(n === 1 && r.restart)) return false;
  r.last = n;
  r.restart = false;
  r.numbers++;
  return true;
}

/** The layout a printed cell is part of, or `undefined` when it is data. */
function cellKind(
  cell: string,
  r: RowReading,
  titles: readonly string[],
  allowed: UnitAllowed,
): LayoutRowKind | undefined {
  const text = compact(cell);
  const numbers = readColumnNumber(text, r);
  if (numbers !== undefined) return numbers ? "column-numbers" : undefined;
  if (PAGE.test(text) || pageNumber(text)) return "page";
  if (runningHeader(text)) return "running-header";
  if (onlyContinuation(text)) return "continued";
  if (isPreparer(text)) return "unit";
  if (labelled(text, SIGN_OFF)) return "sign-off";
  if (isTableNumber(text)) return "title";
  if (isTitle(normalizeTableTitle(text), titles)) return "title";
  if (!text.includes("单位") && !text.startsWith("(")) return undefined;
  const line = readUnitLine(text);
  if (line.kind !== "unit" || allowed === "none") return undefined;
  if ((allowed !== "any" && line.unit !== allowed) || (r.unit ?? line.unit) !== line.unit)
    return undefined;
  r.unit = line.unit;
  return "unit";
}

/**
 * Labels of a caption naming the document's department (`部门名称：某局`, `预算部门：某局`), by
 * label key, as data: a department's, never a unit's (`单位名称：` may head a unit's block).
 */
const DEPARTMENT_CAPTIONS: ReadonlySet<string> = /*#__PURE__*/ new Set(
  ["部门名称", "部门", "预算部门", "主管部门", "预算部门名称", "主管部门名称"].map(labelKey),
);
/** How far into a caption its label's colon may stand. */
const CAPTION_LABEL_REACH = 8;

/**
 * The label of a caption `label：name`: a department's label and an organisation's name, or a
 * unit's label and the department's name, where the caller names it (`单位名称：某局`: `byUnit`);
 * else `undefined`.
 */
function captionLabel(
  cell: string,
  names: CaptionNames | undefined,
): { readonly label: string; readonly byUnit: boolean } | undefined {
  const text = compact(cell.length > 80 ? cell.slice(0, 80) : cell);
  const colon = text.indexOf(":");
  if (colon <= 0) return undefined;
  const label = colon > CAPTION_LABEL_REACH ? "" : labelKey(text.slice(0, colon));
  if (DEPARTMENT_CAPTIONS.has(label) && namesDepartment(text.slice(colon + 1)))
    return { label, byUnit: false };
  const unit = unitLabelledCaption(text, names);
  return unit === undefined ? undefined : { label: unit, byUnit: true };
}

/**
 * A caption's row: its caption's label, and the unit its other cells may print (`部门名称：某局` |
 * … | `单位：万元`: the unit line printed on the caption's line; a preparer or a sign-off there,
 * `编制日期：2024年1月`, too).
 */
interface CaptionRow {
  readonly label: string;
  /** Whether its label is a unit's (`单位名称：`), naming the department the caller names. */
  readonly byUnit: boolean;
  readonly unit: Unit | undefined;
}

/** The caption a row prints, alone or beside a unit line or a sign-off (two at most); `undefined` when it prints other text. */
function captionRow(
  row: readonly string[],
  names: CaptionNames | undefined,
): CaptionRow | undefined {
  let label: { readonly label: string; readonly byUnit: boolean } | undefined;
  let unit: Unit | undefined;
  let others = 0;
  for (const cell of row) {
    if (cell.trim() === "") continue;
    const caption = label === undefined ? captionLabel(cell, names) : undefined;
    if (caption !== undefined) {
      label = caption;
      continue;
    }
    const text = compact(cell);
    if (++others > 2) return undefined;
    if (labelled(text, SIGN_OFF) || isPreparer(text)) continue;
    const line = readUnitLine(text);
    if (line.kind !== "unit" || (unit !== undefined && unit !== line.unit)) return undefined;
    unit = line.unit;
  }
  return label === undefined ? undefined : { ...label, unit };
}

/**
 * The row of a caption naming the document's department at the table's top
 * (`部门名称：中国共产党洛阳市涧西区委员会办公室`, a unit line beside it or not): the first row of
 * data (layout passed over), the next row printing a figure (or none: an empty table's), and no
 * other row printing a caption of that label (a heading over each unit's block is no caption);
 * under a unit's label (`单位名称：某局`), no other row heading a unit (see `headsUnit`).
 * Linear. @internal
 */
function departmentCaption(
  rows: readonly (readonly string[])[],
  layout: ReadonlyMap<number, LayoutRowKind>,
  names: CaptionNames | undefined,
): { readonly row: number; readonly unit: Unit | undefined } | undefined {
  let at = -1;
  let caption: CaptionRow | undefined;
  let figures = false;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as readonly string[];
    if (layout.has(i) || row.every((c) => c.trim() === "")) continue;
    if (caption === undefined) {
      caption = captionRow(row, names);
      if (caption === undefined) return undefined;
      at = i;
      continue;
    }
    if (!figures && !row.some((c) => /[0-9]/u.test(c))) return undefined;
    figures = true;
    if (caption.byUnit && names !== undefined && headsUnit(row, names)) return undefined;
    if (captionRow(row, names)?.label === caption.label) return undefined;
  }
  return caption === undefined ? undefined : { row: at, unit: caption.unit };
}

/** The longest row read whole as a running header (its cells' text, the header at most 60). */
const MAX_HEADER_ROW = 120;

/**
 * Whether a row's cells, read as one text, are the document's running header cut over columns
 * (`中国共产党洛阳市涧西区委员会办公室` | `2024年部门预算`): a text layer places the header's parts
 * by where they print. Each cell is read once; a long row is never joined.
 */
function headerAcross(row: readonly string[]): boolean {
  let length = 0;
  let printed = 0;
  for (const cell of row) {
    length += cell.length;
    if (cell.trim() !== "") printed++;
    if (length > MAX_HEADER_ROW) return false;
  }
  return printed > 1 && runningHeader(compact(row.join("")));
}

/**
 * The rows of a printed table that print its layout, not its data (see {@link LayoutRowKind}):
 * every printed cell is a continuation mark, a unit line naming the table's unit, a preparer line,
 * the table's title (or a title of its kind, or its number), a form's sign-off (`制表人：`,
 * `编制日期：…`), a page number, the document's
 * running header, a caption naming the department at the top (`部门名称：某局`), or the column numbers
 * (`栏次`, then 1, 2, 3 … in order; without the word, three numbers at least). A unit line among
 * the rows of a table that printed none gives the table's unit, when the rows name one unit.
 * Linear: each cell read once, by bounded patterns. @internal
 *
 * @param unitLine - the table's own unit line as read
 * @param names - the department's name and the units' the caller names (see `captionNames`)
 */
export function layoutRows(
  printed: PrintedTable,
  kind: TableKind,
  unitLine: UnitLine,
  names?: CaptionNames,
): { readonly rows: ReadonlyMap<number, LayoutRowKind>; readonly unit: Unit | undefined } {
  const titles = [
    ...new Set([printed.title, ...kind.titles].map(normalizeTableTitle).filter((t) => t !== "")),
  ];
  const allowed: UnitAllowed =
    unitLine.kind === "unit" ? unitLine.unit : unitLine.kind === "none" ? "any" : "none";
  const rows = new Map<number, LayoutRowKind>();
  const unitRows = new Map<number, Unit>();
  printed.rows.forEach((row, index) => {
    if (headerAcross(row)) {
      rows.set(index, "running-header");
      return;
    }
    const r: RowReading = {
      kind: undefined,
      unit: undefined,
      last: 0,
      restart: false,
      words: 0,
      numbers: 0,
    };
    for (const cell of row) {
      if (cell.trim() === "") continue;
      const what = cellKind(cell, r, titles, allowed);
      if (what === undefined) return;
      r.kind ??= what;
    }
    if (r.kind === undefined || (r.numbers > 0 && r.words === 0 && r.numbers < 3)) return;
    rows.set(index, r.kind);
    if (r.unit !== undefined) unitRows.set(index, r.unit);
  });
  const caption = departmentCaption(printed.rows, rows, names);
  // …its unit line, where it prints one, naming the table's unit (or a unit, where it printed none)
  const unit = caption?.unit;
  if (caption !== undefined && (unit === undefined || allowed === unit || allowed === "any")) {
    rows.set(caption.row, "caption");
    if (unit !== undefined) unitRows.set(caption.row, unit);
  }
  const units = new Set(unitRows.values());
  // Rows naming two units say nothing certain: they stay rows of the table.
  if (units.size > 1) for (const index of unitRows.keys()) rows.delete(index);
  const [only] = units;
  return { rows, unit: allowed === "any" && units.size === 1 ? only : undefined };
}
