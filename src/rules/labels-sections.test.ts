import { describe, expect, it } from "vitest";
import { henan2024, nationalMinimum } from "../templates";
import { messageLabels } from "./labels";

/**
 * A line whose label repeats in each section of its table (the 财政拨款收支总表's 一般公共预算拨款
 * under 本年收入 and again under 上年结转) is named with its section's label, so a message relating
 * the two (the fund's balance: 本年收入 + 上年结转 = 支出总计) tells them apart.
 */

const at = (table: string, line: string, raw: string) => ({
  table,
  row: `line:${line}`,
  column: "income.amount",
  raw,
});

describe("a line under a section is named with its section", () => {
  for (const template of [henan2024, nationalMinimum])
    it(`${template.id}: 本年收入/一般公共预算拨款 and 上年结转/一般公共预算拨款 differ`, () => {
      const labels = messageLabels(template);
      const name = labels.table("fiscalSummary")["zh-CN"];
      expect(labels.cell(at("fiscalSummary", "revenue.gpb", "120.00"))["zh-CN"]).toBe(
        `【${name}】“本年收入/一般公共预算拨款”行「收入/金额」列（120.00）`,
      );
      expect(labels.cell(at("fiscalSummary", "revenue.carryover.gpb", "5.00"))).toEqual({
        "zh-CN": `【${name}】“上年结转/一般公共预算拨款”行「收入/金额」列（5.00）`,
        en: `[${labels.table("fiscalSummary").en}] line "上年结转/一般公共预算拨款", column "收入/金额" (5.00)`,
      });
    });

  it("a line under no section keeps its own label", () => {
    expect(
      messageLabels(henan2024).cell(at("fiscalSummary", "revenue.total", "125.00"))["zh-CN"],
    ).toBe("【财政拨款收支预算表】“收入合计”行「收入/金额」列（125.00）");
  });
});
