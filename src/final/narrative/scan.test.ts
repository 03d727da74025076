import { describe, expect, it } from "vitest";
import { amountAfter, listNumber, numberAt, percentAt } from "./scan";

describe("numberAt: thousands separators as the tables print them", () => {
  it("reads a whole part grouped by thousands, without the separators", () => {
    expect(numberAt("2,940.05万元", 0)).toEqual({ digits: "2940.05", end: 8 });
    expect(numberAt("共 1,234,567 元", 1)).toEqual({ digits: "1234567", end: 11 });
    expect(numberAt("2940.05万元", 0)).toEqual({ digits: "2940.05", end: 7 });
  });

  it("ends the number at a comma that opens no group of exactly three digits", () => {
    // a list or a clause, not a separator: 3,4 / 12,3456 / 2023,2024 / 1,234.5,678
    expect(numberAt("3,4项", 0)?.digits).toBe("3");
    expect(numberAt("12,3456", 0)?.digits).toBe("12");
    expect(numberAt("2023,2024年", 0)?.digits).toBe("2023");
    expect(numberAt("1,23", 0)?.digits).toBe("1");
    expect(numberAt("1,234,56", 0)?.digits).toBe("1234");
  });

  it("gives the 决算 text's amounts, rates and list numbers alike grouped or not", () => {
    const text = "年初预算为2,993.92万元，支出决算为 2,940.05 万元，完成年初预算的98.20%。";
    expect(amountAfter(text, "年初预算为")?.value).toBe("2993.92");
    expect(amountAfter(text, "支出决算为")?.value).toBe("2940.05");
    expect(percentAt("1,000.00%", 0)?.percent).toBe("1000.00");
    expect(listNumber("1、一般公共服务支出")).toBe(1);
  });
});
