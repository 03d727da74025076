import type { Locale } from "../../locale";
import type { TargetReadProblem } from "./types";

/**
 * Renders a {@link TargetReadProblem}: Chinese by default, English on request.
 *
 * @param problem - the problem
 * @param locale - `"zh-CN"` (default) or `"en"`
 *
 * @example
 * ```ts
 * import { formatTargetReadProblem } from "yusuan/performance";
 * const p = { code: "unread-cell", table: "projectForm", row: "line:money.total", column: "extra:备注", raw: "另见附件" } as const;
 * formatTargetReadProblem(p); // "projectForm 表 line:money.total 行「extra:备注」列的“另见附件”没有读入任何绩效目标"
 * formatTargetReadProblem(p, "en"); // 'table projectForm, row line:money.total, column "extra:备注": "另见附件" was not read into any target'
 * ```
 */
export function formatTargetReadProblem(
  problem: TargetReadProblem,
  locale: Locale = "zh-CN",
): string {
  const en = locale === "en";
  switch (problem.code) {
    case "unread-cell":
      return en
        ? `table ${problem.table}, row ${problem.row}, column "${problem.column}": "${problem.raw}" was not read into any target`
        : `${problem.table} 表 ${problem.row} 行「${problem.column}」列的“${problem.raw}”没有读入任何绩效目标`;
    case "orphan-row":
      return en
        ? `table ${problem.table}, row ${problem.row}: a continuation row before any project`
        : `${problem.table} 表 ${problem.row} 行：在任何项目之前的续行`;
    case "unread-value":
      return en
        ? `table ${problem.table}, row ${problem.row}: the indicator's value was not read (the table prints no value column the template knows)`
        : `${problem.table} 表 ${problem.row} 行：指标值没有读入（表中没有模板认识的指标值列）`;
    case "unread-name":
      return en
        ? `table ${problem.table}: the project's name was not read`
        : `${problem.table} 表：项目名称没有读入`;
    case "unit-differs":
      return en
        ? `table ${problem.table} is in ${problem.unit}, the targets in ${problem.used}: its money lines were converted`
        : `${problem.table} 表的单位是${problem.unit}，绩效目标以${problem.used}计，其金额已换算`;
  }
}
