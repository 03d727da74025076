/**
 * A project's name on three lines whose first line ends on a work word (`运行`, `运转`, `购置`,
 * `维修`) that the middle line goes on with (`运行` / `维护…`, `运转` / `保障…`, `购置` / `更新…`)
 * or that a bracket follows (`…维修` / `（含桥梁）`): one project, not a project printing no money
 * above a wrapped one (a head ending on a work word alone is a whole name: see
 * wrapped-project-tails.test.ts).
 */
import { describe, expect, it } from "vitest";
import { henan2024 } from "../templates";
import { readPrintedTable } from "./read";
import { projectTable, threeLines } from "./test-support";
import type { PrintedTable } from "./types";

const projects = projectTable;

const keys = (t: PrintedTable) =>
  readPrintedTable(t, { template: henan2024 }).table?.rows.map((r) => [
    r.key.kind === "project" ? r.key.name : r.key.kind,
    r.cells.total,
  ]);

const GOING_ON: readonly (readonly [string, string, string])[] = [
  ["2024年电子政务外网运行", "维护及安全保障", "经费"],
  ["2024年基层党组织运转", "保障及阵地建设", "补助资金"],
  ["2024年执法执勤车辆购置", "更新及运行维护", "经费"],
  ["2024年社区网格化管理运转", "保障及信息平台建设", "经费"],
  ["2024年农村公路养护维修", "（含桥梁）", "专项资金"],
];

describe("a name on three lines whose head's work word the middle line goes on with", () => {
  it("reads one project, its figures on the second or the third line", () => {
    for (const [a, b, c] of GOING_ON)
      for (const at of [1, 2]) {
        const t = projects([["合计", "12.00", "12.00"], ...threeLines([a, b, c], at)]);
        expect(keys(t), `${a} ${at}`).toEqual([
          ["total", "12.00"],
          [`${a}${b}${c}`, "12.00"],
        ]);
      }
  });

  it("bites: a middle line starting a name of its own leaves the head a project of its own", () => {
    const t = projects([
      ["合计", "12.00", "12.00"],
      ["2024年电子政务外网运行", "", ""],
      ["城乡居民基本医疗", "12.00", "12.00"],
      ["保险补助资金", "", ""],
    ]);
    expect(keys(t)).toEqual([
      ["total", "12.00"],
      ["2024年电子政务外网运行", ""],
      ["城乡居民基本医疗保险补助资金", "12.00"],
    ]);
  });
});
