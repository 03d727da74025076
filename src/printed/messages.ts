import { formatAmountError } from "../amount";
import { formatCodeError } from "../codes";
import type { Locale } from "../locale";
import { UNREAD_TABLES } from "../templates/unread-tables";
import type { ReadProblem, ReadProblemPath } from "./problems";

function where(path: ReadProblemPath, en: boolean): string {
  if ("title" in path) return en ? `table "${path.title}"` : `表“${path.title}”`;
  if ("header" in path) {
    return en
      ? `header ${path.header + 1} "${path.text}"`
      : `第 ${path.header + 1} 列表头“${path.text}”`;
  }
  const cell = path.cell;
  if (cell === undefined) return en ? `row ${path.row + 1}` : `第 ${path.row + 1} 行`;
  return en ? `row ${path.row + 1}, cell ${cell + 1}` : `第 ${path.row + 1} 行第 ${cell + 1} 列`;
}

const LAYOUT_EN = {
  continued: "a continuation mark",
  unit: "the unit line",
  title: "the title again",
  "column-numbers": "the column numbers",
  page: "a page number",
  "running-header": "the document's name a page prints over or under it (a running header)",
  "sign-off": "the form's sign-off (who answers for it, who made it, when)",
  "unit-heading": "its one unit's name over all its rows, restating its total",
  caption: "a caption naming its unit or department at its top, printing no figure",
  "class-subtotal": "a class's 小计 repeating the figures of the class's row above",
  "group-heading": "a group's heading (货物类) over its rows, the headings adding up to the total",
} as const;
const LAYOUT_ZH = {
  continued: "续表标记",
  unit: "单位行",
  title: "重复的表名",
  "column-numbers": "栏次",
  page: "页码",
  "running-header": "页眉或页脚中的文件名称",
  "sign-off": "签署栏（负责人、制表人、日期等）",
  "unit-heading": "全表唯一的单位名称行，数字与合计相同",
  caption: "表首只印单位或部门名称、不印数字的说明行",
  "class-subtotal": "与其上类行数字相同的类小计行",
  "group-heading": "各组之上的分组标题行（如货物类），各组数字之和等于合计",
} as const;

const EXPECTED_EN = { table: "a printed table", text: "text", list: "a list" } as const;
const EXPECTED_ZH = { table: "表格对象", text: "文本", list: "列表" } as const;

function list(items: readonly string[], en: boolean): string {
  return items.join(en ? ", " : "、");
}

/**
 * Renders a {@link ReadProblem} as a message naming the title, header or row it is about (rows
 * and columns counted from 1), in Chinese by default or in English.
 *
 * @param problem - a problem from {@link readPrintedTable}
 * @param locale - `"zh-CN"` (default) or `"en"`
 *
 * @example
 * ```ts
 * import { formatReadProblem } from "yusuan/printed";
 * const p = { code: "unknown-header", severity: "warning", path: { header: 4, text: "备注" }, key: "extra:备注" } as const;
 * formatReadProblem(p); // "第 5 列表头“备注”不是该表的列，单元格保留为“extra:备注”"
 * formatReadProblem(p, "en"); // "header 5 \"备注\" is not a column of this table; its cells are kept as \"extra:备注\""
 * ```
 */
export function formatReadProblem(problem: ReadProblem, locale: Locale = "zh-CN"): string {
  const en = locale === "en";
  const at = where(problem.path, en);
  switch (problem.code) {
    case "unknown-title":
      return en
        ? `${at}: no table kind of the template has this title`
        : `${at}：模板中没有此标题的表`;
    case "unread-table": {
      const name = UNREAD_TABLES.find((t) => t.id === problem.table)?.name;
      return en
        ? `${at}: ${name?.en ?? problem.table} is a table disclosures publish that this library does not read yet`
        : `${at}：${name?.["zh-CN"] ?? problem.table}是公开的表，本库尚不读取`;
    }
    case "continued-title":
      return en
        ? `${at}: the title only marks a continued table; pass the kind of the table it continues`
        : `${at}：标题仅为续表标记，请指定其所续的表`;
    case "ambiguous-title":
      return en
        ? `${at}: the title names several table kinds equally well (${list(problem.candidates, en)}); pass the kind`
        : `${at}：标题同样符合多种表（${list(problem.candidates, en)}），请指定表种类`;
    case "unknown-kind":
      return en
        ? `${at}: the template has no table kind "${problem.kind}"`
        : `${at}：模板中没有表类型“${problem.kind}”`;
    case "unknown-unit":
      return en
        ? `${at}: unit "${problem.unit}" is not 元, 万元 or 亿元; read as ${problem.used}`
        : `${at}：单位“${problem.unit}”不是元、万元或亿元，按${problem.used}读取`;
    case "unknown-header":
      return en
        ? `${at} is not a column of this table; its cells are kept as "${problem.key}"`
        : `${at}不是该表的列，单元格保留为“${problem.key}”`;
    case "merged-header":
      return en
        ? `${at} repeats the header of column ${problem.into + 1} and prints nothing (a merged cell); read as unheaded`
        : `${at}与第 ${problem.into + 1} 列表头相同且没有内容（合并单元格），按无表头的空列读取`;
    case "code-column":
      return en
        ? `${at} prints nothing but codes left of the names; read as the code column "${problem.column}"`
        : `${at}在名称左侧且只印科目编码，按编码列“${problem.column}”读取`;
    case "blank-column":
      return en
        ? `${at} is blank and nothing is printed under it in any row (a blank column); read as no data`
        : `${at}为空且各行均无内容（空列），不作数据读取`;
    case "number-column":
      return en
        ? `${at}: a column numbering the rows; read as no data`
        : `${at}：为行序号列，不作数据读取`;
    case "form-field":
      return en
        ? `${at}: the form's field "${problem.label}" ("${problem.value}") is not read into the target (not modelled)`
        : `${at}：申报表栏目“${problem.label}”（“${problem.value}”）未读入绩效目标（不在模型内）`;
    case "label-column":
      return en
        ? `${at} only labels the indicator columns (绩效指标, a merged cell); read as no data`
        : `${at}仅为指标列的栏目名（绩效指标，合并单元格），不作数据读取`;
    case "share-column":
      return en
        ? `${at} prints percentages (a share of a total), no amount; kept as printed, not summed`
        : `${at}为百分比列（占总额的比重），不是金额；按原样保留，不参与加总`;
    case "remark-column":
      return en
        ? `${at} is a column of remarks printing no figure; read as text about the rows, not as figures`
        : `${at}为备注列且未印数字，按行的说明读取，不作为金额`;
    case "ambiguous-header":
      return en
        ? `${at} could be any of the columns ${problem.candidates.join(", ")}; not guessed, its cells are kept as "${problem.key}"`
        : `${at}可对应多列（${problem.candidates.join("、")}），不作猜测，单元格保留为“${problem.key}”`;
    case "duplicate-header":
      return en
        ? `${at} names a column an earlier header already took; its cells are kept as "${problem.key}"`
        : `${at}与前面的表头对应同一列，单元格保留为“${problem.key}”`;
    case "other-period-header": {
      const [zh, enWhy] =
        problem.period === "prior"
          ? ["是上年（以前年度）的数", "states an earlier year's figures"]
          : problem.period === "later"
            ? ["是以后年度的数", "states a later year's figures"]
            : problem.period === "change"
              ? ["是年度间的增减", "states a change between years"]
              : problem.period === "budget"
                ? ["是预算数（决算表中印出的预算）", "states the budget printed beside the outcome"]
                : [
                    "所属年度无法确定（表头印有多个年度，未给出文件年度）",
                    "is of a year that cannot be told (several years are printed and the document's year is not given)",
                  ];
      return en
        ? `${at} ${enWhy}, not this year's; its cells are kept as "${problem.key}"`
        : `${at}${zh}，不是本年数，单元格保留为“${problem.key}”`;
    }
    case "missing-column":
      return en
        ? `${at}: column "${problem.header}" (${problem.column}) is not printed`
        : `${at}：未印出“${problem.header}”列（${problem.column}）`;
    case "row-width":
      if (problem.severity === "info" && problem.actual > problem.expected)
        return en
          ? `${at} has ${problem.actual} cells, the table has ${problem.expected} columns; the surplus cells are blank`
          : `${at}有 ${problem.actual} 个单元格，表有 ${problem.expected} 列；多出的单元格为空`;
      if (problem.severity === "info")
        return en
          ? `${at} has ${problem.actual} cells, the table has ${problem.expected} columns; the missing trailing cells are read as blank`
          : `${at}有 ${problem.actual} 个单元格，表有 ${problem.expected} 列；缺少的末尾单元格读作空白`;
      return en
        ? `${at} has ${problem.actual} cells, the table has ${problem.expected} columns`
        : `${at}有 ${problem.actual} 个单元格，表有 ${problem.expected} 列`;
    case "cross-classified":
      if (problem.by === "text")
        return en
          ? `${at}: rows of one code are told apart by column "${problem.column}", which the table kind does not read; its ${problem.rows} coded rows are kept unplaced`
          : `${at}：同一编码的行以“${problem.column}”列区分，该表种类不读此列；${problem.rows} 个编码行保留为未识别行`;
      return en
        ? `${at}: the rows are by two classifications (their codes and column "${problem.column}"), the table kind reads one; its ${problem.rows} coded rows are kept unplaced`
        : `${at}：各行按两种分类列示（本行编码与“${problem.column}”列），该表种类只读一种；${problem.rows} 个编码行保留为未识别行`;
    case "note-mark":
      return en
        ? `${at}: "${problem.raw}" prints a note mark (${problem.marks}) after its figure; read without it`
        : `${at}：“${problem.raw}”在数字后印有注释标记（${problem.marks}），去掉标记后读取`;
    case "dressed-amount":
      return en
        ? `${at}: "${problem.raw}" prints its figure with a sign, spaces, a unit or a remark, or without the zero before its point; read as the figure`
        : `${at}：“${problem.raw}”在数字外印有符号、空格、单位或说明，或省略了小数点前的 0，按其中的数字读取`;
    case "merged-cell":
      return en
        ? `${at}: "${problem.raw}" prints a row number and a figure merged; read as ${problem.cells[0]} and ${problem.cells[1]}`
        : `${at}：“${problem.raw}”为合并在一起的行次与数字，按行次 ${problem.cells[0]}、数字 ${problem.cells[1]} 读取`;
    case "cell-unit":
      return en
        ? `${at}: "${problem.raw}" is printed in ${problem.unit}, the table in ${problem.tableUnit}; kept as printed, not converted`
        : `${at}：“${problem.raw}”以${problem.unit}列示，本表单位为${problem.tableUnit}，按原样保留，未换算`;
    case "unit-not-taken":
      return en
        ? `${at}: "${problem.raw}" is printed in ${problem.unit}, a unit not read; kept as printed, not converted`
        : `${at}：“${problem.raw}”以${problem.unit}列示，该单位未读取，按原样保留，未换算`;
    case "malformed-amount":
      return en
        ? `${at}: "${problem.raw}" is not an amount: ${formatAmountError(problem.error, "en")}`
        : `${at}：“${problem.raw}”不是金额：${formatAmountError(problem.error)}`;
    case "malformed-code":
      return en
        ? `${at}: ${formatCodeError(problem.error, "en")}; the row is kept as unplaced`
        : `${at}：${formatCodeError(problem.error)}，该行保留为未识别行`;
    case "other-system-code":
      return en
        ? `${at}: a code of the ${problem.printed} classification under a ${problem.system} code column; the row is kept unplaced`
        : `${at}：${problem.system} 编码列中印的是 ${problem.printed} 分类的编码，该行保留为未识别行`;
    case "misprinted-code":
      return en
        ? `${at}: code printed "${problem.printed}" without a leading zero, read as ${problem.denotes}`
        : `${at}：编码印作“${problem.printed}”，少了前导 0，读作 ${problem.denotes}`;
    case "unplaced-row":
      if (problem.under !== undefined)
        return en
          ? `${at} is printed under row ${problem.under + 1}, a unit this reading could not place; the row is kept as unplaced`
          : `${at}列在第 ${problem.under + 1} 行之下，该行所示单位未能识别，该行保留为未识别行`;
      return en
        ? `${at} has no code, unit, project or label this table accepts; the row is kept as unplaced`
        : `${at}没有该表可识别的编码、单位、项目或名称，该行保留为未识别行`;
    case "unknown-line-label":
      return en
        ? `${at}: label "${problem.label}" matches no line of this table; kept as unplaced`
        : `${at}：项目“${problem.label}”不是该表的行，保留为未识别行`;
    case "ambiguous-line":
      return en
        ? `${at}: label "${problem.label}" matches several lines (${list(problem.candidates, en)}); kept as unplaced`
        : `${at}：项目“${problem.label}”对应多个行（${list(problem.candidates, en)}），保留为未识别行`;
    case "class-subtotal":
      return en
        ? `${at} (a 小计 closing its class's rows, the class printing no row) read as class ${problem.class}`
        : `${at}（类下各行之后的“小计”，该类未印类行）读作 ${problem.class} 科目行`;
    case "functional-by-ordinal":
      return en
        ? `${at}: "${problem.label}" read as functional class ${problem.functional} from its ordinal only`
        : `${at}：“${problem.label}”仅按序号读作功能分类 ${problem.functional} 类`;
    case "repeated-header":
      return en
        ? `${at} repeats the headers (a page break printed them again); skipped`
        : `${at}重复印出表头（分页所致），已跳过`;
    case "wrapped-row":
      return en
        ? `${at} prints the rest of row ${problem.into + 1} (a name wrapped onto a second line); read into it`
        : `${at}是第 ${problem.into + 1} 行的续行（名称折行），已并入该行`;
    case "layout-row":
      return en
        ? `${at} prints the table's layout (${LAYOUT_EN[problem.what]}), not its data; skipped`
        : `${at}印的是表格版式（${LAYOUT_ZH[problem.what]}），不是数据，已跳过`;
    case "invalid-input": {
      const wanted = en ? EXPECTED_EN[problem.expected] : EXPECTED_ZH[problem.expected];
      return en
        ? `${at}: expected ${wanted}, found ${problem.found}; nothing was read`
        : `${at}：应为${wanted}，实为 ${problem.found}，未读取`;
    }
    case "duplicate-row": {
      const [first, second] = problem.rows;
      return en
        ? `rows ${first + 1} and ${second + 1} have the same key ${problem.key}`
        : `第 ${first + 1} 行与第 ${second + 1} 行的行键相同（${problem.key}）`;
    }
  }
}
