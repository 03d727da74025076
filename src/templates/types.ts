import type { Unit } from "../amount";
import type { CodeSystem } from "../codes";
import type { Concept, Coordinates, Dimension } from "../facts";
import type { Localized } from "../locale";
import type { DocumentSpec } from "./document";
import type { TargetLayout } from "./targets";

/**
 * What a column of a table kind holds.
 *
 * - `amount`: a number cell stating `concept` (or the row's concept in line tables) at `coords`.
 * - `code`: one printed segment (`segment` 0 = 类, 1 = 款, 2 = 项) or the whole of a code of `system`.
 * - `name`: the printed row name (科目名称, 单位名称, 项目名称, line label).
 * - `org`: a unit or department code (单位代码).
 * - `attribute`: printed text that sets a row coordinate (`dimension`) through `values`
 *   (e.g. 项目类型 其他运转类 → nature `project.operating`); unknown values are kept and reported.
 * - `text`: text kept as printed (indicator names and values, notes).
 *
 * @example
 * ```ts
 * import type { ColumnSpec } from "yusuan/templates";
 * const col: ColumnSpec = {
 *   key: "basic", role: "amount", headers: ["基本支出/小计"], coords: { nature: "basic" },
 * };
 * ```
 */
export interface ColumnSpec {
  /** Stable key of the column within its table kind. */
  readonly key: string;
  /** Accepted header paths (levels joined by `/`), the first being the canonical wording. */
  readonly headers: readonly string[];
  readonly role: "amount" | "code" | "name" | "org" | "attribute" | "text";
  /** For `amount` columns: the concept stated (defaults to the table's `concept`). */
  readonly concept?: Concept;
  /** For `amount` columns: coordinates added to the table's `fixed` and the row's. */
  readonly coords?: Coordinates;
  /** For `amount` columns of an "of which" (其中) kind: the key of the column it is part of. */
  readonly ofWhich?: string;
  /** For `code` columns: the system of the code; for a `text` column: the system whose code's name it prints (e.g. 政府经济分类科目名称). */
  readonly system?: CodeSystem;
  /** For split `code` columns: 0 = 类, 1 = 款, 2 = 项. */
  readonly segment?: number;
  /** For `attribute` columns: the dimension set and the printed value → coordinate value table. */
  readonly dimension?: Dimension;
  readonly values?: Readonly<Record<string, string>>;
  /**
   * For `attribute` columns: `true` when it groups consecutive rows (项目类型), so printers may
   * merge its cell over a group, printed on the group's first row and blank below: the reader
   * carries a printed value down to the blank cells of the rows of the same kind that follow.
   */
  readonly grouping?: boolean;
  /** For two-sided tables: the side (`income` / `spending`) the column belongs to. */
  readonly side?: string;
  /** For `amount` columns: negative values are expected here (e.g. a change); default false. */
  readonly allowNegative?: boolean;
  /**
   * Header variants that name this column only where the table also prints one of `columns`
   * within the header's group (at its level or below): a bare `合计` printed beside
   * `上年结转结余` is the row's grand total, carry-over included (`总计`), not this year's income.
   * There, such a header names this column and no other; without such a column it names
   * whatever the other columns' variants say. With `sums`, the figures decide instead of the
   * position (a bare `合计` may be the year's total or the grand total wherever it is printed): on
   * each row printing a figure other than zero in `sums.balances` (the balances printed), the
   * header's figure is either the sum of the `sums.parts` printed (the year's total: the header
   * names what it names without this rule) or that sum plus the balances (this column). Where one
   * of the two holds on every such row it is read so; where neither does, or no row prints a
   * balance, the header is left unread (`ambiguous-header`, naming both), never guessed. Each
   * part is a list of keys: its first, the whole, where printed; else the sum of the rest printed
   * (`["government", "gpb", "govFund", "soe"]`: 财政拨款收入, or its funds printed without it).
   */
  readonly beside?: {
    readonly headers: readonly string[];
    readonly columns: readonly string[];
    readonly sums?: {
      readonly parts: readonly (readonly string[])[];
      readonly balances: readonly string[];
    };
  };
  /**
   * Header variants naming this column only where no printed header names it by `headers`: a
   * 三公 table's `总计` is its total, but beside a `合计` it sums more than the 三公 (机关运行经费):
   * the `合计` is the column there, the `总计` left unread (coverage).
   */
  readonly fallback?: readonly string[];
  /**
   * For `amount` columns of a fund's money of this year printed beside what of it was carried
   * over (the 项目支出表's `本年拨款/一般公共预算` beside `财政拨款结转结余/一般公共预算`): where the
   * table prints one of `carried` (the columns of the fund's carry-over) and a column some
   * `thisYear` of the kind names prints a figure other than zero, the column states `coords`
   * (this year's appropriation alone: `gpb.current`) instead of its own. Elsewhere nothing it
   * pays for was carried over here, and this year's money is the fund's spending.
   */
  readonly thisYear?: { readonly carried: readonly string[]; readonly coords: Coordinates };
  /**
   * `false`: a column of another printer's layout of the kind (the 项目支出表's 财政拨款结转结余 in
   * one column, where this one prints it by fund): read wherever it is printed, but not printed
   * when the kind is derived from a ledger (`deriveDisclosure`). Absent: derived like any column.
   */
  readonly derived?: false;
  /**
   * `true`: a text column whose print tells two rows of one project name apart (a 政府采购预算表's
   * `采购品目`, a row per item bought; its `采购单位`): two parts of a project, not one statement
   * printed twice. Absent: only codes, a 项目单位 and columns the kind does not have tell them.
   */
  readonly tells?: true;
  /**
   * `true`: a column only some printers add (the 其中 parts of 公务接待费): a table that does not
   * print it is not told so (no `missing-column`). Absent: every column of the kind is expected.
   */
  readonly rare?: true;
}

/**
 * A labelled line of a line table (收支总表, 财政拨款收支总表, 三公 table, the budget lines of the
 * 整体绩效目标表): the printed labels it is recognised by and the fact it states.
 *
 * @example
 * ```ts
 * import type { LineSpec } from "yusuan/templates";
 * const l: LineSpec = { id: "revenue.gpb", labels: ["一般公共预算"], concept: "revenue", coords: { fund: "gpb" }, side: "income" };
 * ```
 */
export interface LineSpec {
  /** Stable id of the line, used as the row key. */
  readonly id: string;
  /** Printed label variants (matched after name normalisation and ordinal stripping). */
  readonly labels: readonly string[];
  /** The concept its amount cells state; absent for a line of text (a form's 项目名称, 总体目标). */
  readonly concept?: Concept;
  readonly coords?: Coordinates;
  /** Side of a two-sided table this line is printed on. */
  readonly side?: string;
  /** The section heading line this line belongs under, when labels repeat per section. */
  readonly section?: string;
  /** For "of which" (其中) lines: the id of the line they are part of. */
  readonly ofWhich?: string;
  /** Negative values are expected on this line; default false. */
  readonly allowNegative?: boolean;
  /**
   * `false`: a line of another printer's layout of the kind (a 收支总表 summing up spending by
   * nature, where this one prints its 类): read wherever it is printed, but not printed when the
   * kind is derived from a ledger (`deriveDisclosure`). Absent: derived like any line.
   */
  readonly derived?: false;
  /**
   * The line's figure may or may not hold its fund's 上年结转 (a department target's 资金来源 lines,
   * which break down 部门预算总额 = 收入总计, though a preparer may print this year's money only):
   * where the disclosure prints carry-over of that fund, it is compared with nothing.
   */
  readonly mayHoldCarryover?: true;
  /**
   * A line a printer may print as its section's heading, with no figure on it (`一、人员经费` over
   * the rows it sums, its figure printed at the section's end or nowhere): a row of it printing no
   * cell states nothing, its blanks no print of "none". So too the rest of a 科目's name wrapped
   * onto a row of its own reading as this line (`离退休` / `人员经费`). A dash printed is a statement.
   */
  readonly heading?: true;
  /**
   * A line whose place decides what it states (用事业基金弥补收支差额: a source inside 本年收入合计,
   * or a line of its own between 本年收入合计 and 收入总计, as the national layout prints it). Printed
   * after the line `after`, it is outside that total and states `concept` (at `coords`) instead;
   * before it, what the line states as given; with no `after` line printed its place is unknown:
   * it states nothing, and the table's sums are incomplete (`ambiguous-line`).
   */
  readonly outside?: {
    readonly after: string;
    readonly concept: Concept;
    readonly coords?: Coordinates;
  };
  /**
   * A total line a printer may print twice on its side under two of its labels, the upper for
   * the year's money alone (`收入合计` above `上年结转`, `收入总计` below it; `支出合计` above
   * `年终结转结余`, `支出总计` below): the id of the line the upper one states (`revenue`). Read so
   * only where the upper label names no 总计 and the line `upper` is not printed on the side
   * itself; else such a label above a carry line is unread (`ambiguous-line`).
   */
  readonly upper?: string;
}

/**
 * The kinds of row key a table kind accepts. See {@link yusuan!RowKey | RowKey}.
 *
 * @example
 * ```ts
 * import type { RowKind } from "yusuan/templates";
 * const k: RowKind = "functional";
 * ```
 */
export type RowKind =
  | "total"
  | "org"
  | "functional"
  | "economic"
  | "project"
  | "line"
  | "single"
  | "indicator";

/**
 * How a table kind lays out its rows when a ledger is printed in it (`deriveDisclosure`), as the
 * province prints it: which code levels get a row (code lengths: `[7]` only 项, `[3]` only 类,
 * absent every level) and where the units go: `none` (department figures only), `rows` (a row per
 * unit), `sections` (each unit's row followed by its own code or project rows), and whether a 合计
 * row is printed. Absent: every level; `sections` when the kind has unit rows and code or project
 * rows, `rows` when it has only unit rows; a 合计 row when the kind accepts one.
 *
 * @example
 * ```ts
 * import type { TableLayout } from "yusuan/templates";
 * const henanExpenditure: TableLayout = { levels: [7], units: "none" };
 * ```
 */
export interface TableLayout {
  readonly levels?: readonly number[];
  readonly units?: "none" | "rows" | "sections";
  /** `false`: no 合计 row is printed even though the kind accepts one. */
  readonly total?: boolean;
}

/**
 * A table kind as data: what each column states, which rows it has, its default unit, and whether
 * it may be printed empty with a note. Shared code never branches on a table kind's id.
 *
 * @example
 * ```ts
 * import { henan2024 } from "yusuan/templates";
 * const kind = henan2024.tables.find((t) => t.id === "sanGong");
 * kind?.defaultUnit; // "万元"
 * ```
 */
export interface TableKind {
  /** Stable id, unique within a template, e.g. `expenditure`. */
  readonly id: string;
  readonly name: Localized;
  /** Printed table number, e.g. `预算05表`. */
  readonly number?: string;
  /** Title variants it is recognised by (without the leading year). */
  readonly titles: readonly string[];
  /**
   * Words naming another table's subject (`三公经费`, `政府采购`): a printed title naming one of
   * them outside the variant it matches names two subjects (`“三公”经费和机关运行经费预算表`), a
   * combined table, and is not read as this kind by that variant (left to a kind listing the
   * combination, else `unknown-title`). Compared after the title's normalisation (quotes
   * dropped). Absent: no word excludes.
   */
  readonly titleExcludes?: readonly string[];
  readonly rowKinds: readonly RowKind[];
  readonly defaultUnit: Unit;
  /** Default concept of its amount columns. */
  readonly concept?: Concept;
  /** Coordinates every cell of the table shares (e.g. fund `gpb` for 一般公共预算 tables). */
  readonly fixed?: Coordinates;
  /**
   * Coordinates the table states instead of `fixed` where it is printed without the carry-over
   * its fund spends (an 一般公共预算支出表 of this year's appropriation alone, `gpb.current`, beside a
   * 财政拨款收支总表 spending 一般公共预算 with its 上年结转): read so where no figure of its 合计 row
   * agrees with the same fact printed elsewhere, and one agrees with this year's (printed
   * elsewhere, or the fund's spending less its printed 上年结转).
   */
  readonly thisYear?: Coordinates;
  readonly columns: readonly ColumnSpec[];
  /** Lines of a line table. */
  readonly lines?: readonly LineSpec[];
  /** `required`: when printed without rows it must carry a note (财预〔2016〕143号). */
  readonly emptyNote: "required" | "optional";
  /** For tables of performance targets (绩效目标): how their rows print targets. */
  readonly targets?: TargetLayout;
  /** How its rows are laid out when derived from a ledger. */
  readonly layout?: TableLayout;
  /**
   * `true`: its rows are a selection of the disclosure's (绩效目标 printed for some projects
   * only), so their sums are no total of the disclosure: the checker compares its facts (printed
   * and summed) with its own statements only (its subtotals), never with another table's.
   */
  readonly subset?: boolean;
  /**
   * `false`: a table some departments print beside the template's own whose figures a ledger
   * does not hold (政府采购, 国有资产占用): read wherever it is printed, but not printed when the
   * template is derived from a ledger (`deriveDisclosure`). Absent: derived like any kind.
   */
  readonly derived?: false;
}

/**
 * A template: the set of table kinds a province (or the national minimum) prints.
 *
 * @example
 * ```ts
 * import { henan2024 } from "yusuan/templates";
 * henan2024.tables.length; // 16
 * ```
 */
export interface Template {
  readonly id: string;
  readonly name: Localized;
  readonly tables: readonly TableKind[];
  /**
   * The id of the checking profile its documents follow (`profileFor` in `yusuan/check` reads
   * it): `henan2024`, `shanghai` or `national`. A copy of a built-in template keeps its
   * profile; without one, the national profile applies.
   */
  readonly profile?: string;
  /** The parts a document must print, per 部门 / 单位, and its itemised narrative sections. */
  readonly document?: DocumentSpec;
}
