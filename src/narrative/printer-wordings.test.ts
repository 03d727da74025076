/**
 * Wordings of other printers read as the measures they mean: the 收支总表's totals (`收入总预算`,
 * `支出预算总计`), a fund's appropriation of the year (`一般公共预算当年拨款`), the targets' money
 * (`涉及金额`), and a change after a bracket holding a use or a list (`（主要用于…）`).
 */
import { describe, expect, it } from "vitest";
import { read } from "./test-support";

const amounts = (text: string) => read(text).claims.filter((c) => c.startsWith("amount"));

describe("extractClaims: the totals worded as a total budget", () => {
  it.each([
    ["2024年收入总预算969.06万元。", "revenue.total"],
    ["本部门2024年部门收入总预算969.06万元。", "revenue.total"],
    ["按照综合预算原则，2024年收入总预算为969.06万元。", "revenue.total"],
    ["2024年支出总预算969.06万元。", "spending.total"],
    ["本年度部门支出总预算969.06万元。", "spending.total"],
  ])("%s", (text, key) => {
    expect(amounts(text)).toEqual([`amount ${key} 969.06万元 current budget equals [969.06万元]`]);
  });

  it("with its change", () => {
    expect(read("本部门2024年收入总预算969.06万元，比上年增加134.22万元。").claims).toEqual([
      "amount revenue.total 969.06万元 current budget equals [969.06万元]",
      "change revenue.total up 134.22 budget [134.22万元]",
    ]);
  });
});

describe("extractClaims: a fund's appropriation of the year (当年拨款)", () => {
  it.each([
    ["一般公共预算当年拨款收入969.06万元。", "revenue|fund=gpb"],
    ["2024年一般公共预算当年财政拨款支出969.06万元。", "spending|fund=gpb"],
    ["其中：一般公共预算当年拨款支出969.06万元。", "spending|fund=gpb"],
    ["政府性基金预算当年拨款收入20.00万元。", "revenue|fund=govFund"],
    ["国有资本经营预算当年拨款支出5.00万元。", "spending|fund=soe"],
  ])("%s", (text, key) => {
    expect(amounts(text)).toEqual([
      expect.stringMatching(new RegExp(`^amount ${key.replace("|", "\\|")} `, "u")),
    ]);
  });

  it("its figure alone is the revenue or spending its sentence names", () => {
    expect(amounts("2024年收入预算中，一般公共预算当年拨款969.06万元。")).toEqual([
      "amount revenue|fund=gpb 969.06万元 current budget equals [969.06万元]",
    ]);
  });
});

describe("extractClaims: the money of the projects with targets (涉及金额)", () => {
  it.each([
    "2024年编制绩效目标的项目11个，涉及金额287.00万元。",
    "2024年实行绩效目标管理的项目11个，涉及总金额287.00万元。",
    "本部门2024年11个项目编制了绩效目标，涉及预算金额287.00万元。",
  ])("%s", (text) => {
    expect(amounts(text)).toEqual([
      "amount spending|nature=project 287.00万元 current budget atMost [287.00万元]",
    ]);
  });
});

describe("extractClaims: a change after a bracket holding a use or a list", () => {
  it.each([
    [
      "机关运行经费49.68万元（主要用于办公费、水电费等），比上年增加6.13万元。",
      "operatingCost up 6.13",
    ],
    [
      "机关运行经费49.68万元（主要包括办公费、印刷费、水电费等），比上年增加6.13万元。",
      "operatingCost up 6.13",
    ],
    [
      "项目支出287.00万元（主要用于保障党委日常运转），比上年增加10.00万元。",
      "spending|nature=project up 10.00",
    ],
    [
      "项目支出287.00万元（用于专项工作），比上年增加10.00万元。",
      "spending|nature=project up 10.00",
    ],
    [
      "公务接待费2.50万元（主要用于上级检查指导工作接待），较上年减少1.00万元。",
      "sanGong|item=reception down -1.00",
    ],
  ])("%s", (text, change) => {
    expect(read(text).claims.filter((c) => c.startsWith("change"))).toEqual([
      expect.stringContaining(`change ${change} budget`),
    ]);
  });

  it("a list outside brackets still leaves a change after an item's figure unplaced", () => {
    const r = read(
      "机关运行经费49.68万元，主要包括办公费、公务用车运行维护费4.00万元，比上年增加1.00万元。",
    );
    expect(r.claims.filter((c) => c.startsWith("change"))).toEqual([]);
  });
});
