import { MONEY_UNIT_WORDS } from "../amount/unit-words";
import { normalizeName } from "../codes";
import { hasPeriodMark } from "./periods";

/**
 * Units of measure a header notes in brackets (`计量单位（个）`, `指标值（%）`, `金额（万元）`), after
 * `normalizeName` (half-width brackets and `%`). Not 类 / 款 / 项: those are level marks
 * (`科目编码（类）` names the 类 column).
 */
const UNITS: ReadonlySet<string> = /*#__PURE__*/ new Set([
  "元",
  "千元",
  "万元",
  "亿元",
  "%",
  "个",
  "人",
  "人次",
  "次",
  "户",
  "家",
  "辆",
  "台",
  "套",
  "件",
  "册",
  "篇",
  "场",
  "天",
  "日",
  "月",
  "年",
  "小时",
  "公里",
  "千米",
  "米",
  "平方米",
  "亩",
  "吨",
  "元/人",
  "万元/人",
  "个数",
]);

/**
 * Remarks a header notes in brackets about how the column is filled, not what it holds:
 * `项目名称（全称）`, `单位名称（盖章）`, `联系电话（选填）`, and any note opening with 注 / 备注 / 说明 /
 * 填写 / 如 / 例 (`（如：…）`, `（例：…）`, `（填写…）`) or an example list (see {@link isNote}).
 */
const REMARKS: ReadonlySet<string> = /*#__PURE__*/ new Set([
  "全称",
  "简称",
  "盖章",
  "签字",
  "选填",
  "必填",
  "可选",
  "如有",
  "若有",
  "可多选",
  "多选",
  "单选",
]);
const REMARK_OPENINGS: readonly string[] = [
  "注",
  "备注",
  "说明",
  "填写",
  "请填写",
  "如",
  "例",
  "例如",
];

/** A year in brackets, after `normalizeName`: `2024`, `2024年`, `2024年度`. */
const YEAR_NOTE = /^([0-9]{4})(?:年度?)?$/u;
/** A money or other unit noted as `单位:…` (`（单位：万元）`, `（单位：个）`, `（金额单位：元）`), or in 人民币 (`（人民币元）`). */
const UNIT_PREFIX = /^(?:(?:计量|金额)?单位:)?(?:人民币)?/u;

/**
 * Whether a bracketed text (without its brackets, after `normalizeName`) is a note about the
 * column rather than part of its name: a unit (`万元`, `个`, `%`, `单位：人`), a list of examples
 * (`个、%等`, `如：会议、培训`, `天/次`), or a remark on filling it in (`全称`, `选填`). `补助` in
 * `财政拨款（补助）` is none: it says which money, and stays.
 */
function isNote(inner: string): boolean {
  const text = inner.replace(UNIT_PREFIX, "");
  if (UNITS.has(text) || REMARKS.has(text)) return true;
  // A money unit of its own (`美元`, `百万元`): a note the table's unit is read from (unknown).
  if (text.endsWith("元") && text.length <= 3) return true;
  if (REMARK_OPENINGS.some((w) => text.startsWith(w))) return true;
  // An example list: several items (`个、%等`, `天/次`), or closed by 等 (`会议费等`).
  return text.includes("、") || text.endsWith("等") || (text.includes("/") && text.length <= 8);
}

/**
 * A header level without its trailing bracketed note (`指标值（2024年）`, `计量单位（个、%等）`,
 * `项目名称（全称）`), or `undefined` when it has none: a year noted so moves before the level, where
 * it is read as the period mark it is (`2024年指标值`), or goes where the level has one already
 * (`本年收入合计（2024年）`); a unit, an example list or a remark goes.
 * One scan back to the last opening bracket.
 */
function withoutNote(level: string): string | undefined {
  const name = normalizeName(level);
  if (!name.endsWith(")")) return undefined;
  const open = name.lastIndexOf("(");
  if (open <= 0) return undefined;
  const inner = name.slice(open + 1, -1);
  const rest = name.slice(0, open);
  const year = YEAR_NOTE.exec(inner);
  if (year !== null) return hasPeriodMark(rest) ? rest : `${year[1]}年${rest}`;
  return isNote(inner) ? rest : undefined;
}

/** A level printing a unit caption alone (`单位：元`, `金额单位：万元`), after `normalizeName`. */
const UNIT_CAPTION = /^(?:金额|货币|计量)?单位:/u;

/**
 * The money units a header level may print alone, the reader's and others: the money unit words
 * a figure may print after it (`MONEY_UNIT_WORDS`), whole (ending in 元), and another currency's.
 */
let moneyUnits: ReadonlySet<string> | undefined;
const headerMoneyUnits = (): ReadonlySet<string> => {
  moneyUnits ??= new Set([
    ...MONEY_UNIT_WORDS.map((u) => u.word).filter((w) => w.endsWith("元")),
    "美元",
  ]);
  return moneyUnits;
};

/**
 * The money unit a header level prints alone (`万元`, `（万元）`, `人民币元`, `千元`; a header row
 * of units under the columns' names), or `undefined` for any other level. @internal
 */
export function bareMoneyUnit(level: string): string | undefined {
  let text = normalizeName(level);
  if (text.startsWith("(") && text.endsWith(")")) text = text.slice(1, -1);
  if (text.startsWith("人民币")) text = text.slice(3);
  else if (text.endsWith("人民币")) text = text.slice(0, -3);
  return headerMoneyUnits().has(text) ? text : undefined;
}

/**
 * Whether a header level is a unit caption alone (`单位：元`, `金额单位：万元`, `单位：人民币元`) or
 * a money unit alone (`万元`, `（元）`): the table's unit line printed in the header grid, under
 * or over a column's name.
 */
function isUnitCaption(level: string): boolean {
  const name = normalizeName(level);
  return (UNIT_CAPTION.test(name) && isNote(name)) || bareMoneyUnit(level) !== undefined;
}

/**
 * The headers as matched: each level with a trailing bracketed note (see {@link withoutNote})
 * that is no level of the kind's column headers as printed (`known`) is read without it; a level
 * the kind names with its brackets stays as printed (and `财政拨款（补助）` is never read as 财政拨款:
 * `补助` is no note). A level that is a unit caption alone (`合计/单位：元`: the unit line printed
 * within the header grid; `合计/万元`: a header row of units) is left out where the header has other levels; the table's unit is
 * still read from it (`headersUnit`). One pass over each header's levels. @internal
 */
export function headersWithoutNotes(
  headers: readonly string[],
  known: (level: string) => boolean,
): string[] {
  return headers.map((header) => {
    if (
      !header.includes(")") &&
      !header.includes("）") &&
      !header.includes("单位") &&
      !header.includes("元")
    )
      return header;
    const levels = header.split("/");
    let changed = false;
    const read: string[] = [];
    for (const level of levels) {
      if (levels.length > 1 && !known(level) && isUnitCaption(level)) {
        changed = true;
        continue;
      }
      const bare = known(level) ? undefined : withoutNote(level);
      if (bare !== undefined) changed = true;
      read.push(bare ?? level);
    }
    return changed && read.length > 0 ? read.join("/") : header;
  });
}
