/**
 * A fund word right before a figure in a 其中 list of revenue or spending (`收入合计968.00万元，其中：
 * 一般公共预算拨款808.00万元`): that fund's part of the whole, as `一般公共预算拨款收入` would say.
 */
import { describe, expect, it } from "vitest";
import { read } from "./test-support";

describe("a fund's figure in a 其中 list of revenue or spending", () => {
  it.each([
    [
      "2024年收入预算968.00万元，其中：一般公共预算拨款808.00万元，政府性基金预算拨款150.00万元。",
      "revenue",
    ],
    ["2024年收入总计968.00万元，其中：一般公共预算808.00万元；政府性基金150.00万元。", "revenue"],
    [
      "2024年支出预算968.00万元，其中：一般公共预算拨款808.00万元，政府性基金预算拨款150.00万元。",
      "spending",
    ],
    [
      "2024年支出总计968.00万元，其中：一般公共预算拨款808.00万元，政府性基金预算拨款150.00万元。",
      "spending",
    ],
  ])("%s", (text, concept) => {
    expect(read(text).claims.slice(1)).toEqual([
      `amount ${concept}|fund=gpb 808.00万元 current budget equals [808.00万元]`,
      `amount ${concept}|fund=govFund 150.00万元 current budget equals [150.00万元]`,
    ]);
  });

  // `安排` / `预算` / `资金` after the fund word: still the fund's money (it was read as the whole's).
  it.each([
    ["2024年支出预算968.00万元，其中：一般公共预算财政拨款安排808.00万元。", "spending", "gpb"],
    [
      "2024年收入预算968.00万元，其中：一般公共预算拨款资金808.00万元，占83.47%。",
      "revenue",
      "gpb",
    ],
    ["2024年部门预算支出968.00万元，其中：财政拨款安排808.00万元。", "spending", "government"],
    ["2024年支出总计968.00万元，其中：财政拨款预算808.00万元。", "spending", "government"],
    ["2024年收入总计968.00万元，其中：政府性基金预算安排808.00万元。", "revenue", "govFund"],
  ])("a refer word between the fund and the figure: %s", (text, concept, fund) => {
    expect(read(text).claims[1]).toBe(
      `amount ${concept}|fund=${fund} 808.00万元 current budget equals [808.00万元]`,
    );
  });

  it("of 财政拨款 (the funds it is made of), with shares of it", () => {
    expect(
      read("2024年财政拨款收入958.00万元，其中：一般公共预算808.00万元，占84.34%。").claims,
    ).toEqual([
      "amount revenue|fund=government 958.00万元 current budget equals [958.00万元]",
      "amount revenue|fund=gpb 808.00万元 current budget equals [808.00万元]",
      "percent share revenue|fund=gpb 84.34 - p1 w0",
    ]);
  });

  it.each([
    // a fund's own whole: its part named by another fund is no part of it
    ["2024年一般公共预算支出808.00万元，其中：政府性基金150.00万元。", "150.00"],
    // not in a 其中 list, or a whole of something else
    ["2024年收入预算968.00万元。一般公共预算拨款808.00万元。", "808.00"],
    ["2024年基本支出618.00万元，其中：一般公共预算拨款608.00万元。", "608.00"],
    // a word between the fund and the figure
    ["2024年收入预算968.00万元，其中：一般公共预算拨款安排的项目808.00万元。", "808.00"],
  ])("no fund's part: %s", (text, part) => {
    expect(read(text).claims.filter((c) => c.includes(part))).toEqual([]);
  });
});

describe("部门预算收入 / 单位预算支出: the document's revenue or spending", () => {
  it.each([
    ["2024年部门预算收入968.00万元。", "revenue"],
    ["本单位2024年单位预算收入968.00万元。", "revenue"],
    ["本部门2024年部门预算支出968.00万元，其中：一般公共预算支出808.00万元。", "spending"],
    ["2024年单位预算支出968.00万元。", "spending"],
  ])("%s", (text, concept) => {
    expect(read(text).claims[0]).toBe(
      `amount ${concept} 968.00万元 current budget equals [968.00万元]`,
    );
  });

  it("a project's budget spending is no figure of the document's", () => {
    expect(read("2024年项目预算支出350.00万元。").claims).not.toContain(
      "amount spending 350.00万元 current budget equals [350.00万元]",
    );
  });
});
