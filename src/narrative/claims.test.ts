import { describe, expect, it } from "vitest";
import { findPercentClaims } from "./claims";

describe("findPercentClaims", () => {
  it("reads shares of the total named before 其中, across a line break", () => {
    const claims = findPercentClaims(
      "年初预算为 682.06万元。其中：人员经费支出 630.38万元，占\n92.42%；公用经费支出 51.68万元，占 7.58%。",
    );
    expect(claims.map((c) => c.kind)).toEqual(["share", "share"]);
    const [a, b] = claims;
    expect(a?.kind === "share" && [a.part.value, a.base.value, a.percent]).toEqual([
      "630.38",
      "682.06",
      "92.42",
    ]);
    expect(b?.kind === "share" && [b.part.value, b.base.value, b.percent]).toEqual([
      "51.68",
      "682.06",
      "7.58",
    ]);
  });

  it("reads growth against the amount printed before the change", () => {
    const [c] = findPercentClaims(
      "支出总计 969.06 万元，与 2023 年预算相比，收支总计各增加134.22 万元，增长 16.08%。",
    );
    expect(
      c?.kind === "growth" && [c.delta.value, c.current.value, c.percent, c.direction],
    ).toEqual(["134.22", "969.06", "16.08", "up"]);
  });

  it("reads changes from last year's execution with their direction", () => {
    const [c] = findPercentClaims(
      "2023年当年预算执行数为54.60万元，2024年预算安排53.84万元，比2023年预算执行数减少1.39%。",
    );
    expect(
      c?.kind === "change" && [c.previous.value, c.current.value, c.percent, c.direction],
    ).toEqual(["54.60", "53.84", "1.39", "down"]);
  });

  it("skips a share with no total before it, and text without claims", () => {
    expect(findPercentClaims("基本支出 682.06万元，占 70.38%")).toEqual([]);
    expect(findPercentClaims("主要原因是。")).toEqual([]);
  });

  it("reads grouped amounts", () => {
    const [c] = findPercentClaims("收入 1,212.12万元，其中：事业收入 262.00万元，占 21.62%");
    expect(c?.kind === "share" && c.base.value).toBe("1212.12");
  });
});
