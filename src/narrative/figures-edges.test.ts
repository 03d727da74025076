/**
 * The reader's figures at their edges (figures.ts, words.ts): counts in 台 / 套 and with grouping
 * commas, numbers it must leave unplaced (too long, `个` without 项目, a rate without a subject),
 * markers and dates, the optional fields a claim carries only when known, and `分别` after the
 * figures for changes. Expected values from the sentences themselves.
 */
import { describe, expect, it } from "vitest";
import { functional2024 } from "../catalog/2024";
import { extractClaims } from "./extract";
import { read } from "./test-support";

describe("figures: counts and numbers left unplaced", () => {
  it("counts equipment in 套 and in 台, each with the words before it as its category", () => {
    expect(read("2024年拟购置专用设备3套，通用设备2台。").claims).toEqual([
      "count equipment 2024年拟购置专用设备 3套 current",
      "count equipment 通用设备 2台 current",
    ]);
  });

  it("reads a count with a grouping comma (1,200辆) and a rate with one (1,234.50%)", () => {
    expect(read("共有车辆1,200辆。").claims).toEqual(["count vehicles - 1200辆 current"]);
    expect(read("支出合计100.00万元，比上年增长1,234.50%。").claims[1]).toBe(
      "percent growth spending 1234.50 up c0",
    );
    expect(
      read("支出总计2,000.00万元，其中：基本支出1,000.00万元，占5,0.00%。").claims,
    ).toHaveLength(2);
  });

  it("counts projects only with 项目: `3个处室` is left unplaced", () => {
    expect(read("共有3个处室。").unplaced).toEqual(["unit false [3个] in [共有3个处室。]"]);
    expect(read("共有3个项目。").claims).toEqual(["count projects - 3个 current"]);
  });

  it("leaves a number of more than 18 digits unplaced, and takes markers and dates for none", () => {
    expect(read("编号1234567890123456789。").unplaced).toEqual([
      "too-long false [1234567890123456789] in [编号1234567890123456789。]",
    ]);
    expect(read("1.支出合计100.00万元。2024年3月1日起执行。")).toEqual({
      claims: ["amount spending 100.00万元 current budget equals [100.00万元]"],
      unplaced: [],
    });
  });

  it("leaves a rate whose subject it cannot name unplaced: none, or an unknown 科目", () => {
    expect(read("比上年增长5.00%。").unplaced).toEqual([
      "no-relation false [5.00%] in [比上年增长5.00%。]",
    ]);
    expect(read("本单位“某某事务”（项）比上年增长5.00%。").unplaced).toEqual([
      "no-relation false [5.00%] in [本单位“某某事务”（项）比上年增长5.00%。]",
    ]);
  });

  it("reads only zero after 为 as a figure: 为0, 为0.00, not 为10 or 为0.5", () => {
    const bare = (n: string) => read(`支出合计100.00万元，其中：项目支出为${n}。`);
    expect(bare("0").claims[1]).toBe(
      "amount spending|nature=project 0万元 current budget equals [0]",
    );
    expect(bare("0.00").claims[1]).toBe(
      "amount spending|nature=project 0万元 current budget equals [0.00]",
    );
    for (const n of ["10", "0.5", "100"])
      expect(bare(n).unplaced).toEqual([
        `bare false [${n}] in [支出合计100.00万元，其中：项目支出为${n}。]`,
      ]);
  });

  it("dates a clause by this year's year after a sentence dated last year's", () => {
    expect(read("2023年，支出合计80.00万元，2024年支出合计90.00万元。").claims).toEqual([
      "amount spending 80.00万元 prior budget equals [80.00万元]",
      "amount spending 90.00万元 current budget equals [90.00万元]",
    ]);
    // a count took the year clause: the sentence is not dated by it
    expect(read("截至2023年12月31日共有车辆2辆，支出合计90.00万元。").claims).toEqual([
      "count vehicles - 2辆 prior",
      "amount spending 90.00万元 current budget equals [90.00万元]",
    ]);
  });
});

describe("figures: fields a claim carries only when known", () => {
  const keys = (text: string, i: number) =>
    Object.keys(extractClaims(text, { year: 2024 }).claims[i] ?? {}).sort();

  it("gives an amount no path, a count no category, a rate no operand it does not know", () => {
    expect(keys("支出合计100.00万元。", 0)).toEqual(
      ["basis", "kind", "period", "relation", "span", "subject", "value"].sort(),
    );
    expect(keys("共有车辆2辆。", 0)).toEqual(
      ["kind", "period", "span", "unit", "value", "what"].sort(),
    );
    expect(keys("支出合计100.00万元，比上年增长5.00%。", 1)).toEqual(
      ["current", "direction", "kind", "percent", "relation", "span", "subject"].sort(),
    );
    expect(keys("基本支出比上年增加10.00万元，增长5.00%。", 1)).toEqual(
      ["delta", "direction", "kind", "percent", "relation", "span", "subject"].sort(),
    );
  });
});

describe("figures: `分别` after the figures, for changes", () => {
  it("gives `分别比上年增加10.00万元、20.00万元` to the parts in order (was: the first to the last part)", () => {
    expect(
      read(
        "基本支出682.06万元、项目支出287.00万元，分别比上年增加10.00万元、20.00万元。",
      ).claims.slice(2),
    ).toEqual([
      "change spending|nature=basic up 10.00 budget [10.00万元]",
      "change spending|nature=project up 20.00 budget [20.00万元]",
    ]);
  });

  it("reads the Henan totals written as one list: both totals, both changes, both rates", () => {
    expect(
      read(
        "收入总计969.06万元，支出总计969.06万元，分别比上年增加134.22万元、134.22万元，分别增长16.08%、16.08%。",
      ).claims,
    ).toEqual([
      "amount revenue.total 969.06万元 current budget equals [969.06万元]",
      "amount spending.total 969.06万元 current budget equals [969.06万元]",
      "change revenue.total up 134.22 budget [134.22万元]",
      "change spending.total up 134.22 budget [134.22万元]",
      "percent growth revenue.total 16.08 up d2 c0",
      "percent growth spending.total 16.08 up d3 c1",
    ]);
  });
});

describe("words: 持平 in a later clause, 占 with its whole named, 科目 names, 其中 per sentence", () => {
  it("reads 持平 after the comparison's own clause (与上年相比，预算保持一致) as no change", () => {
    expect(read("2024年“三公”经费支出6.50万元，与上年相比，预算保持一致。").claims).toEqual([
      "amount sanGong 6.50万元 current budget equals [6.50万元]",
      "change sanGong flat - budget [保持一致]",
    ]);
    // without a subject, or with a 科目 nobody knows, 持平 states nothing
    expect(read("与上年持平。")).toEqual({ claims: [], unplaced: [] });
    expect(read("本单位“某某事务”（项）与上年持平。")).toEqual({ claims: [], unplaced: [] });
  });

  it("takes the whole named after 占 (占支出总计的70.38%) without a 其中", () => {
    expect(read("支出总计969.06万元，基本支出682.06万元，占支出总计的70.38%。").claims[2]).toBe(
      "percent share spending|nature=basic 70.38 - p1 w0",
    );
  });

  it("resolves a quoted name before 科目, not an unquoted one", () => {
    const opts = { catalog: functional2024 };
    expect(read("“一般公共服务支出”科目100.00万元。", 2024, opts).claims).toEqual([
      "amount spending|functional=201 100.00万元 current budget equals [100.00万元]",
    ]);
    expect(read("一般公共服务支出科目100.00万元。", 2024, opts).unplaced).toEqual([
      "no-subject true [100.00万元] in [一般公共服务支出科目100.00万元。]",
    ]);
  });

  it("reads a 类 printed without its 支出 (`住房保障（类）支出`), as the catalog names only some so", () => {
    const opts = { catalog: functional2024 };
    const text =
      "一般公共预算支出808.00万元，其中：卫生健康（类）支出40.00万元；住房保障（类）支出50.00万元；城乡社区（类）150.00万元。";
    expect(read(text, 2024, opts).claims.slice(1)).toEqual([
      "amount spending|functional=210|fund=gpb 40.00万元 current budget equals [40.00万元]",
      "amount spending|functional=221|fund=gpb 50.00万元 current budget equals [50.00万元]",
      "amount spending|functional=212|fund=gpb 150.00万元 current budget equals [150.00万元]",
    ]);
  });

  it("ends a 其中 list with its sentence: a later part is no category of the whole", () => {
    expect(
      read("支出总计969.06万元，其中：基本支出682.06万元。公用经费51.68万元。").claims[2],
    ).toBe("amount spending|nature=basic.public 51.68万元 current budget equals [51.68万元]");
  });
});
