/**
 * readTargets on the forms other than a table of projects: a department's sub-tables (整体绩效目标表)
 * and Shanghai's project forms (one project a table). Tables of projects: ./read.test.ts.
 */
import { describe, expect, it } from "vitest";
import { henan2024, shanghai } from "../../templates";
import { readTargets } from "./read";
import { ind, line, table } from "./test-support";

describe("readTargets: a department's sub-tables", () => {
  it("merges goal, tasks (wrapped content joined), 预算情况 lines and indicators", () => {
    const goal = table("departmentTargets", [
      ind(0, { goal: "认真履行参谋助手职责，" }),
      ind(1, { goal: "更好地为区委决策服务。" }),
    ]);
    const tasks = table("departmentTargets", [
      ind(0, { "task.name": "文稿起草", "task.content": "全年起草调研报告" }),
      ind(1, { "task.name": "", "task.content": "不少于8篇。" }),
      ind(2, { "task.name": "会务保障", "task.content": "做好会议组织。" }),
    ]);
    const budget = table("departmentTargets", [
      line("budget.total", { amount: "969.06", group: "" }),
      ind(0, { group: "1、资金来源：" }),
      line("budget.government", { amount: "969.06", group: "" }),
      line("budget.unitFunds", { amount: "", group: "" }),
      line("budget.basic", { amount: "682.06", group: "2、资金结构：" }),
    ]);
    const indicators = table("departmentTargets", [
      ind(0, {
        level1: "投入管理指标",
        level2: "预算和财务管理",
        level3: "预算执行率",
        value: "≥90%",
        explanation: "预算执行率=（预算完成数/预算数）×100%。",
      }),
      ind(1, { level1: "", level2: "", level3: "结转结余率", value: "≤20%", explanation: "" }),
    ]);
    const r = readTargets([goal, tasks, budget, indicators], henan2024);
    expect(r.problems).toEqual([]);
    expect(r.targets?.department).toEqual({
      goal: "认真履行参谋助手职责，更好地为区委决策服务。",
      tasks: [
        { name: "文稿起草", content: "全年起草调研报告不少于8篇。" },
        { name: "会务保障", content: "做好会议组织。" },
      ],
      budget: { total: "969.06", government: "969.06", unitFunds: "", basic: "682.06" },
      indicators: [
        {
          level1: "投入管理指标",
          level2: "预算和财务管理",
          name: "预算执行率",
          value: "≥90%",
          explanation: "预算执行率=（预算完成数/预算数）×100%。",
        },
        { level1: "投入管理指标", level2: "预算和财务管理", name: "结转结余率", value: "≤20%" },
      ],
    });
    expect(r.source(["department", "budget", "basic"]).row).toBe("line:budget.basic");
  });

  it("reads the goal and tasks kept as the table's texts", () => {
    const t = table("departmentTargets", [], {
      texts: { goal: "年度目标。", "task:值班通联": "做好值班。", note: "其他" },
    });
    const r = readTargets([t], henan2024);
    expect(r.targets?.department?.goal).toBe("年度目标。");
    expect(r.targets?.department?.tasks).toEqual([{ name: "值班通联", content: "做好值班。" }]);
    expect(r.problems).toEqual([
      {
        code: "unread-cell",
        table: "departmentTargets",
        row: "texts",
        column: "note",
        raw: "其他",
      },
    ]);
  });
});

describe("readTargets: Shanghai project forms", () => {
  const header = (name: string, total: string) =>
    table("projectForm", [
      line("form.name", { content: name }),
      line("form.money", { content: "" }),
      line("money.total", { content: total }),
    ]);
  const grid = (value: string) =>
    table("projectForm", [
      ind(0, { level1: "产出指标", level2: "数量指标", level3: "服务人次", value }),
    ]);

  it("joins an indicator sub-table to the form above it; a new name starts a new project", () => {
    const r = readTargets(
      [header("甲", "100.00"), grid("≥1715人次"), header("乙", "5.00")],
      shanghai,
    );
    expect(r.problems).toEqual([]);
    expect(r.targets?.projects).toEqual([
      {
        name: "甲",
        money: { total: "100.00" },
        indicators: [
          { level1: "产出指标", level2: "数量指标", name: "服务人次", value: "≥1715人次" },
        ],
      },
      { name: "乙", money: { total: "5.00" }, indicators: [] },
    ]);
  });

  it("reports a heading that carries content and a field printed twice with another value", () => {
    // 项目资金 printing an amount above a 年度资金总额 line, or anything else, is a heading whose
    // content is not read (test/performance-form-money.test.ts: one printing its amount alone).
    const t = table("projectForm", [
      line("form.name", { content: "甲" }),
      line("form.money", { content: "单位：万元" }),
      line("form.money", { content: "100.00" }),
      line("money.total", { content: "100.00" }),
      line("money.total", { content: "90.00" }),
    ]);
    const read = readTargets([t], shanghai);
    expect(read.targets?.projects[0]?.money.total).toBe("100.00");
    expect(read.problems).toEqual([
      {
        code: "unread-cell",
        table: "projectForm",
        row: "line:form.money",
        column: "content",
        raw: "单位：万元",
      },
      {
        code: "unread-cell",
        table: "projectForm",
        row: "line:form.money",
        column: "content",
        raw: "100.00",
      },
      {
        code: "unread-cell",
        table: "projectForm",
        row: "line:money.total",
        column: "content",
        raw: "90.00",
      },
    ]);
  });
});
