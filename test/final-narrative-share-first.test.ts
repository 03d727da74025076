/**
 * A 决算 情况说明 printing each part's share before its amount (`财政拨款收入占99.79%，计2940.05万元`,
 * `占比…，金额…`, `（类）占71.65%，计2106.66万元`) is checked as in the other order: right figures
 * give no alarm, a wrong share or a wrong amount is found (普陀区财政局 2024: 本年收入合计 2946.25,
 * 财政拨款收入 2940.05, 其他收入 6.20; 一般公共服务支出 2106.66 of 2940.05).
 */
import { describe, expect, it } from "vitest";
import { FINANCE, finalAlarms } from "./support/final-narrative";

const REVENUE = "二、收入决算情况说明\n本年收入合计2946.25万元，其中：";
const CLASSES =
  "五、一般公共预算财政拨款支出决算情况说明\n（二）一般公共预算财政拨款支出决算结构情况\n一般公共预算财政拨款支出2940.05万元，主要用于以下方面：";
/** `S` the first part's share, `A` its amount. */
const PARTS = [
  "财政拨款收入占S%，计A万元；其他收入占0.21%，计6.20万元。",
  "财政拨款收入占比S%，金额A万元；其他收入占比0.21%，金额6.20万元。",
  "财政拨款收入占本年收入合计的S%，为A万元；其他收入占本年收入合计的0.21%，为6.20万元。",
  "财政拨款收入所占比重为S%，共计A万元；其他收入所占比重为0.21%，共计6.20万元。",
];
const CLASS_WORDINGS = [
  "一般公共服务支出（类）占S%，计A万元；社会保障和就业支出（类）占11.11%，计326.72万元。",
  "一般公共服务支出（类）占比S%，金额A万元；社会保障和就业支出（类）占比11.11%，金额326.72万元。",
];
const fill = (w: string, share: string, amount: string) =>
  w.replace("S", share).replace("A", amount);

describe("a share printed before its amount (决算)", () => {
  it.each(PARTS)("二, right figures: no alarm: %s", (w) => {
    expect(finalAlarms(FINANCE, REVENUE + fill(w, "99.79", "2940.05"))).toEqual([]);
  });
  it.each(PARTS)("二, a wrong share is found: %s", (w) => {
    expect(finalAlarms(FINANCE, REVENUE + fill(w, "98.79", "2940.05"))).toContain(
      "final.narrative.share share",
    );
  });
  it.each(PARTS)("二, a wrong amount is found: %s", (w) => {
    expect(finalAlarms(FINANCE, REVENUE + fill(w, "99.79", "2930.05"))).toContain(
      "final.narrative.amount amount",
    );
  });

  it.each(CLASS_WORDINGS)("五(二), right figures: no alarm: %s", (w) => {
    expect(finalAlarms(FINANCE, CLASSES + fill(w, "71.65", "2106.66"))).toEqual([]);
  });
  it.each(CLASS_WORDINGS)("五(二), a wrong amount is found: %s", (w) => {
    expect(finalAlarms(FINANCE, CLASSES + fill(w, "71.65", "2006.66"))).toContain(
      "final.narrative.amount amount",
    );
  });
  it.each(CLASS_WORDINGS)("五(二), a wrong share is found: %s", (w) => {
    expect(finalAlarms(FINANCE, CLASSES + fill(w, "72.65", "2106.66"))).toContain(
      "final.narrative.share share",
    );
  });

  const GPB =
    "五、一般公共预算财政拨款支出决算情况说明\n（一）一般公共预算财政拨款支出决算总体情况\n一般公共预算财政拨款支出占本年支出合计的S%，计A万元。";
  it("五(一), right figures: no alarm; a wrong amount is found", () => {
    expect(finalAlarms(FINANCE, fill(GPB, "100.00", "2940.05"))).toEqual([]);
    expect(finalAlarms(FINANCE, fill(GPB, "100.00", "2930.05"))).toContain(
      "final.narrative.amount amount",
    );
  });
});
