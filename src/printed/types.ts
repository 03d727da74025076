/**
 * A table as printed in a disclosure (read from a PDF text layer or a spreadsheet), before the
 * library knows what it is: a title, header rows or header paths, and rows of printed strings.
 *
 * - `headers`: one string per column, each a header path with `/` between levels, e.g.
 *   `基本支出/人员经费/工资福利支出`; code columns printed as `科目编码/类`, `科目编码/款`, `科目编码/项`.
 * - `rows`: each row is one string per column, exactly as printed (`""` for a blank cell).
 * - `note`: a note printed under the table (e.g. the "此表无数据" note of an empty table).
 *
 * @example
 * ```ts
 * import type { PrintedTable } from "yusuan/printed";
 * const t: PrintedTable = {
 *   title: "2024年一般公共预算“三公”经费预算表",
 *   unit: "万元",
 *   headers: ["“三公”经费合计", "因公出国（境）费", "公务用车购置及运行费/小计",
 *     "公务用车购置及运行费/公务用车购置费", "公务用车购置及运行费/公务用车运行费", "公务接待费"],
 *   rows: [["6.50", "", "4.00", "", "4.00", "2.50"]],
 * };
 * ```
 */
export interface PrintedTable {
  /** The table title as printed, e.g. `2024年部门支出预算表`. */
  readonly title: string;
  /** The printed table number, e.g. `预算05表`, when there is one. */
  readonly number?: string;
  /** The unit printed above the table (`单位：万元` → `万元`). */
  readonly unit?: string;
  /** One header path per column. */
  readonly headers: readonly string[];
  /** Rows of printed cells, one string per column. */
  readonly rows: readonly (readonly string[])[];
  /** A note printed with the table, e.g. why it is empty. */
  readonly note?: string;
}
