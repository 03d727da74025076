import type { Fund } from "../facts";
import { incomeLine, line } from "./build";
import { CARRY_FUNDS } from "./fund-words";
import type { LineSpec } from "./types";

/**
 * A 结转结余 block's 财政拨款 part (all fiscal funds), as printers name it under the block's
 * heading: `财政拨款`, `财政拨款结转结余`, or with the block's period (`上年财政拨款结转结余`,
 * `年终财政拨款结转结余`; other periods' wordings read as these). Printed alone, with no block
 * over it, it is a part of a carry-over the table does not print whole: unread.
 */
const fiscalPart = (period: "上年" | "年终"): readonly [Fund, readonly string[]] => [
  "government",
  ["财政拨款", "财政拨款结转结余", `${period}财政拨款结转结余`],
];

/**
 * The lines of a 收支总表's 上年结转结余 block by fund (`上年结转结余 50.00` / `其中：一般公共预算
 * 20.00` / `单位资金 30.00`): each that fund's carry-over, read only under the block's heading (the
 * same labels above it are 本年收入's lines). @internal
 */
export const carryoverFundLines: readonly LineSpec[] = [...CARRY_FUNDS, fiscalPart("上年")].map(
  ([fund, labels]) =>
    incomeLine(
      `revenue.carryover.${fund}`,
      "revenue.carryover",
      labels,
      { fund },
      { section: "revenue.carryover" },
    ),
);

/**
 * The lines of a 收支总表's 年终（年末）结转结余 block by fund, on the spending side (`二、年终结转结余` /
 * `（一）一般公共预算拨款`): each that fund's carry-forward, read only under the block's heading,
 * never as a 类 by its ordinal. @internal
 */
export const carryforwardFundLines: readonly LineSpec[] = [...CARRY_FUNDS, fiscalPart("年终")].map(
  ([fund, labels]) =>
    line(
      `spending.carryforward.${fund}`,
      "spending.carryforward",
      labels,
      { fund },
      {
        side: "spending",
        section: "spending.carryforward",
      },
    ),
);
