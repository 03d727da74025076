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
