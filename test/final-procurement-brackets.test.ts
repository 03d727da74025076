/**
 * 十一(二)'s 政府采购 total however its bracket is printed: `政府采购金额(以合同签订为准)为…` with
 * half-width brackets (a text layer or a printer without full-width punctuation) is read as
 * `（以合同签订为准）为…`. Found by a metamorphic probe (2026-12-07): with half-width brackets the
 * total was not read, and a sum of the kinds that misses it went unseen.
 */
import { describe, expect, it } from "vitest";
import { finalAlarms as alarms, FINANCE } from "./support/final-narrative";

const TEXT =
  "上海市普陀区财政局2024年度政府采购金额（以合同签订为准）为251.26万元，其中：货物采购金额4.79万元、工程采购金额0万元、服务采购金额246.47万元。";

describe.each([
  ["（", "）"],
  ["(", ")"],
  ["（", ")"],
  ["(", "）"],
])("决算 十一(二): 政府采购金额%s以合同签订为准%s为…", (open, close) => {
  const text = (s: string) => s.replace("（", open).replace("）", close);
  it("a correct total gives no alarm", () => {
    expect(alarms(FINANCE, text(TEXT))).toEqual([]);
  });
  it("a total the kinds do not make up is found (251.25 for 251.26)", () => {
    expect(alarms(FINANCE, text(TEXT.replace("251.26", "251.25")))).toContain(
      "final.narrative.procurement sum",
    );
  });
});
