/**
 * targets.indicators on project forms (申报表 / 填报表) whose name line the reader did not place:
 * the name is unknown (info, a gap of the reading), never blank; a name line printed blank is
 * still a blank name.
 */
import { describe, expect, it } from "vitest";
import type { Table } from "../../disclosure";
import { readTargets } from "../../performance";
import { shanghai } from "../../templates";
import { checkDisclosure } from "../check";
import { shanghaiProfile } from "../profiles";
import { renderFinding } from "../render";
import { findings, only } from "../test-support";

const PROFILE = only(shanghaiProfile, "targets.indicators");
const meta = {
  year: 2024,
  documentKind: "单位",
  template: "shanghai",
  department: { name: "上海市某区民政局" },
  units: [],
} as const;
const run = (tables: Table[]) =>
  checkDisclosure({ meta, tables, texts: [] }, { profile: PROFILE, template: shanghai });

const grid: Table["rows"] = [
  {
    key: { kind: "indicator", index: 0 },
    cells: { level1: "产出指标", level2: "数量指标", level3: "救助人次", value: "≥1200人次" },
  },
  {
    key: { kind: "indicator", index: 1 },
    cells: { level1: "满意度指标", level2: "服务对象满意度指标", level3: "满意度", value: "≥90%" },
  },
];
const form = (rows: Table["rows"]): Table => ({ kind: "projectForm", unit: "万元", rows });

describe("a project form whose name the reader did not read", () => {
  // The name printed under a label the template does not know (`项目名称（全称）`), or in a
  // header row the printed-table reader took for the table's headers: an unplaced row.
  const unplaced: Table["rows"] = [
    {
      key: { kind: "unplaced", label: "项目名称（全称）" },
      cells: { label: "项目名称（全称）", content: "城乡居民医疗救助" },
    },
    { key: { kind: "line", line: "money.total" }, cells: { content: "300.00" } },
  ];

  it("is unread-name (info, the library's gap), never a blank name", () => {
    const reading = readTargets([form([...unplaced, ...grid])], shanghai);
    expect(reading.problems.filter((p) => p.code === "unread-name")).toEqual([
      { code: "unread-name", table: "projectForm", path: ["projects", 0, "name"] },
    ]);
    const r = run([form([...unplaced, ...grid])]);
    const got = findings(r, "targets.indicators");
    expect(got.map((f) => [f.severity, f.params.code])).toEqual([["info", "unread-name"]]);
    expect(
      renderFinding(got[0] as (typeof got)[0], shanghaiProfile.rules, "zh-CN", shanghai),
    ).toContain("项目名称没有读入");
    expect(
      renderFinding(got[0] as (typeof got)[0], shanghaiProfile.rules, "en", shanghai),
    ).toContain("the project's name was not read");
  });

  it("a form printed as a header block and an indicator grid: the name of the block counts", () => {
    const block = form([
      { key: { kind: "line", line: "form.name" }, cells: { content: "城乡居民医疗救助" } },
      { key: { kind: "line", line: "money.total" }, cells: { content: "300.00" } },
    ]);
    const r = run([block, form(grid)]);
    expect(findings(r, "targets.indicators")).toEqual([]);
  });

  it("bites: a name line printed blank is still a blank name", () => {
    const blank = form([
      { key: { kind: "line", line: "form.name" }, cells: { content: "" } },
      { key: { kind: "line", line: "money.total" }, cells: { content: "300.00" } },
      ...grid,
    ]);
    const got = findings(run([blank]), "targets.indicators");
    expect(got.map((f) => [f.severity, f.params.code])).toEqual([["warning", "blank-name"]]);
  });
});
