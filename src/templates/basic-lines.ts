import { line } from "./build";
import type { LineSpec } from "./types";

/**
 * The 一般公共预算基本支出表's nature subtotals, where a printer cuts its list of economic 科目 into
 * two sections by nature: `人员经费` (`人员经费合计`, `人员经费小计`, `一、人员经费`) over or under the
 * 301 / 303 rows, `公用经费` over or under the 302 / 310 rows, or printed again as footers. Each
 * states its nature's 基本支出, the 合计 row's figure under that nature's column. Another printer's
 * layout: read where printed, not derived (see `LineSpec.derived`); a heading printing no figure
 * states nothing (`LineSpec.heading`). @internal
 */
export const basicNatureLines: readonly LineSpec[] = [
  {
    .../*#__PURE__*/ line("personnel", "spending", ["人员经费合计", "人员经费小计", "人员经费"], {
      nature: "basic.personnel",
    }),
    derived: false,
    heading: true,
  },
  {
    .../*#__PURE__*/ line("public", "spending", ["公用经费合计", "公用经费小计", "公用经费"], {
      nature: "basic.public",
    }),
    derived: false,
    heading: true,
  },
];
