import { incomeLine, line } from "./build";
import { CARRY_FUNDS } from "./fund-words";
import type { LineSpec } from "./types";

/**
 * The lines of a 收支总表's 上年结转结余 block by fund (`上年结转结余 50.00` / `其中：一般公共预算
 * 20.00` / `单位资金 30.00`): each that fund's carry-over, read only under the block's heading (the
 * same labels above it are 本年收入's lines). @internal
 */
export const carryoverFundLines: readonly LineSpec[] = CARRY_FUNDS.map(([fund, labels]) =>
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
export const carryforwardFundLines: readonly LineSpec[] = CARRY_FUNDS.map(([fund, labels]) =>
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
