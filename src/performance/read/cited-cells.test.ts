import { describe, expect, it } from "vitest";
import { henan2024 } from "../../templates";
import { readTargets } from "./read";
import { ind, project, table } from "./test-support";

/**
 * A reading cites the cells of a target's parts by path (its indicators' cells kept by position,
 * its other parts by their path below the target): any path that joins to the same key finds
 * the same cell, and a path naming no cell read is a pseudo-cell of the targets.
 */
describe("readTargets: the cells a reading cites", () => {
  const read = () =>
    readTargets(
      [
        table("projectTargets", [
          { key: { kind: "total" }, cells: { total: "13.00" } },
          project("甲", {
            total: "3.00",
            "indicator.level1": "产出指标",
            "indicator.level2": "数量指标",
            "indicator.name": "a",
            "indicator.value": "≥1个",
          }),
          ind(0, { "indicator.name": "b", "indicator.value": "按时完成" }),
          project("乙", { total: "10.00", "indicator.name": "d", "indicator.value": "≥2次" }),
        ]),
      ],
      henan2024,
    );

  it("finds an indicator's cells by numbers, digits or a joined path alike", () => {
    const r = read();
    const value = r.source(["projects", 0, "indicators", 1, "value"]);
    expect(value).toMatchObject({ table: "projectTargets", row: "indicator:0", raw: "按时完成" });
    expect(r.source(["projects", "0", "indicators", "1", "value"])).toEqual(value);
    expect(r.source(["projects/0/indicators/1/value"])).toEqual(value);
    expect(r.source(["projects", 0, "indicators", 1, "level1"])).toMatchObject({
      row: "project:甲",
      raw: "产出指标",
    });
    expect(r.source(["projects", 1, "indicators", 0, "name"])).toMatchObject({
      row: "project:乙",
      raw: "d",
    });
    expect(r.source(["projects", 1, "money", "total"])).toMatchObject({ raw: "10.00" });
    expect(r.source(["projects", 1, "name"])).toMatchObject({ row: "project:乙", raw: "乙" });
  });

  it("cites no cell for a path naming none (a pseudo-cell of the targets instead)", () => {
    const r = read();
    for (const path of [
      ["projects", "01", "name"],
      ["projects", 2, "name"],
      ["projects", 0, "indicators", 2, "value"],
      ["projects", 0, "indicators", 0, "value", "x"],
      ["projects", 0, "indicators", "1.0", "value"],
      ["projects", 0],
      ["department", "budget", "total"],
    ])
      expect(r.source(path).table).toBe("targets");
    expect(r.source(["projects", "01", "name"])).toEqual({
      table: "targets",
      row: "projects/01",
      column: "name",
      raw: "",
    });
  });
});

describe("readTargets: the cells an indicator row reads", () => {
  it("reads an indicator row's indicator columns, but not on a task's row, nor on its continuation", () => {
    const t = table("departmentTargets", [
      ind(0, { "task.name": "任务一", "task.content": "开展", level3: "x", value: "≥1次" }),
      ind(1, { "task.content": "培训", level1: "产出指标", value: "≥2次" }),
      ind(2, { level1: "产出指标", level3: "培训人数", value: "≥3人", weight: "10" }),
    ]);
    const r = readTargets([t], henan2024);
    expect(r.targets?.department?.tasks).toEqual([{ name: "任务一", content: "开展培训" }]);
    expect(r.targets?.department?.indicators).toEqual([
      { level1: "产出指标", name: "培训人数", value: "≥3人", weight: "10" },
    ]);
    // A task's row (and the rest of its content) reads no indicator: its cells there are unread.
    expect(
      r.problems.map((p) => (p.code === "unread-cell" ? `${p.row} ${p.column}` : p.code)),
    ).toEqual([
      "indicator:0 level3",
      "indicator:0 value",
      "indicator:1 level1",
      "indicator:1 value",
    ]);
  });
});
