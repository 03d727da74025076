/**
 * A department's 整体绩效目标表 as other provinces head it (invented after Hubei's and the 2021
 * national 部门整体支出绩效目标申报表): the year's goal under `年度总体目标`, `年度绩效目标`,
 * `整体绩效目标` …, a task's money in one column (`预算金额（万元）`): read with nothing left over.
 * What it does not model (`部门职能职责`) stays reported, never dropped.
 */
import { describe, expect, it } from "vitest";
import { validateTargets } from "../src/performance";
import { henan2024 } from "../src/templates";
import { readPrintedTargets as read } from "./support/disclosures";

const TITLE = "部门（单位）整体绩效目标表";
const GOAL = "保障民政工作正常运转，兜牢民生底线。";

describe("a department's 整体绩效目标表 headed as other provinces head it", () => {
  it.each([
    ["年度履职目标"],
    ["年度总体目标"],
    ["年度绩效目标"],
    ["整体绩效目标"],
    ["年度整体绩效目标"],
    ["年度目标"],
  ])("the goal under %s", (header) => {
    const { targets, left } = read(
      [{ title: TITLE, headers: [header], rows: [[GOAL]] }],
      henan2024,
    );
    expect(left).toEqual([]);
    expect(targets?.department?.goal).toBe(GOAL);
  });

  it.each([
    ["预算金额（万元）"],
    ["预算金额"],
    ["预算资金"],
    ["预算数"],
    ["年度主要任务/预算金额"],
  ])("a task's money in one column under %s is its total", (header) => {
    const names = header.startsWith("年度主要任务/")
      ? ["年度主要任务/任务名称", "年度主要任务/主要内容"]
      : ["任务名称", "主要内容"];
    const { targets, left } = read(
      [
        {
          title: TITLE,
          unit: "万元",
          headers: [...names, header],
          rows: [
            ["社会救助", "做好低保特困救助", "300.00"],
            ["养老服务", "推进居家养老", "100.00"],
          ],
        },
      ],
      henan2024,
    );
    expect(left).toEqual([]);
    expect(targets?.department?.tasks.map((t) => [t.name, t.money?.total])).toEqual([
      ["社会救助", "300.00"],
      ["养老服务", "100.00"],
    ]);
  });

  it("总体目标 beside 年度目标 is not the year's goal (the mid-term one stays reported)", () => {
    const { targets, left } = read(
      [{ title: TITLE, headers: ["总体目标", "年度目标"], rows: [["三年建成", GOAL]] }],
      henan2024,
    );
    expect(targets?.department?.goal).toBe(GOAL);
    expect(left.some((l) => l.includes("三年建成"))).toBe(true);
  });

  it("a text it does not model (部门职能职责) stays reported", () => {
    const { left } = read(
      [{ title: TITLE, headers: ["部门职能职责"], rows: [["负责全区民政工作"]] }],
      henan2024,
    );
    expect(left.some((l) => l.includes("负责全区民政工作"))).toBe(true);
  });
});

describe("a task's money under a header the template does not know", () => {
  const validated = (extra: string, figure: string, grant = "8.00") => {
    const { targets, left } = read(
      [
        {
          title: TITLE,
          unit: "万元",
          headers: ["任务名称", "主要内容", "预算金额/合计", "预算金额/财政拨款", extra],
          rows: [["社会救助", "做好低保特困救助", "10.00", grant, figure]],
        },
      ],
      henan2024,
    );
    const problems = left.filter((l) => l.startsWith("{")).map((l) => JSON.parse(l));
    return targets === undefined ? [] : validateTargets(targets, { problems });
  };

  it.each([["预算金额/自筹资金"], ["预算金额/单位自筹"]])("%s is the task's 其他资金", (extra) => {
    expect(validated(extra, "2.00")).toEqual([]);
    expect(validated(extra, "1.00").map((p) => p.code)).toEqual(["money-sum"]);
  });

  it.each([["预算金额/上级补助"], ["预算金额/其他"], ["预算金额/专项资金"]])(
    "%s: parts short of the total are a gap of the reading (info)",
    (extra) => {
      expect(validated(extra, "2.00").map((p) => [p.code, p.severity, p.path.join("/")])).toEqual([
        ["money-sum-unread", "info", "department/tasks/0/money/total"],
      ]);
    },
  );

  it("bites: a part over the total is still an error", () => {
    expect(validated("预算金额/单位自筹", "2.00", "12.00").map((p) => p.code)).toEqual([
      "money-part-exceeds",
    ]);
  });
});
