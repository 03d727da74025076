/**
 * A 政府采购预算表 printed one procurement category a row (货物 / 工程 / 服务 as rows, not
 * columns): the categories alone beside their total (`采购类别 | 采购预算金额`, read as the total
 * row's category columns), a category heading over its projects (`一、货物类` then the projects
 * bought as goods: a group heading, never a project), or a category column beside each project
 * (`采购类别 | 项目名称 | 金额`: the row's category). Before, the flat table read its first row as
 * the total (false `same-fact` and `rows.duplicate` findings) and the headings as projects
 * (a false `rollup`: each project counted twice). A wrong figure is still caught.
 */
import { describe, expect, it } from "vitest";
import { henan2024Profile } from "../rules";
import { henan2024 } from "../templates";
import { checkAlone, readUnder, serious } from "./test-support";
import type { PrintedTable } from "./types";

const TITLE = "2024年政府采购预算表";

function check(p: PrintedTable) {
  const r = readUnder(p, henan2024, { year: 2024 });
  if (r.table === undefined) throw new Error(p.title);
  const report = checkAlone([r.table], {
    template: henan2024,
    profile: henan2024Profile,
    year: 2024,
  });
  return { r, findings: serious(report), report };
}

const warnings = (p: PrintedTable) => check(p).r.problems.filter((x) => x.severity !== "info");

/** The categories' words as printers label a row. */
const WORDS: readonly (readonly [string, string, string])[] = [
  ["货物", "工程", "服务"],
  ["货物类", "工程类", "服务类"],
  ["一、货物类", "二、工程类", "三、服务类"],
  ["1.货物", "2.工程", "3.服务"],
  ["货物采购", "工程采购", "服务采购"],
];

const flat = (
  [g, w, s]: readonly [string, string, string],
  header: readonly [string, string],
  total: string,
  totalFirst: boolean,
): PrintedTable => {
  const parts = [
    [g, "50.00"],
    [w, "30.00"],
    [s, "20.00"],
  ];
  const sum = ["合计", total];
  return {
    title: TITLE,
    unit: "单位：万元",
    headers: [...header],
    rows: totalFirst ? [sum, ...parts] : [...parts, sum],
  };
};

const FLAT_HEADERS: readonly (readonly [string, string])[] = [
  ["采购类别", "采购预算金额"],
  ["项目", "金额"],
  ["采购品目类别", "预算数"],
];

describe("the categories alone, a row each, beside their total", () => {
  describe.each(WORDS)("%s / %s / %s", (...words) => {
    it.each(FLAT_HEADERS)("%s | %s: the total row's categories, no finding", (a, b) => {
      for (const first of [true, false]) {
        const p = flat(words, [a, b], "100.00", first);
        const { r, findings } = check(p);
        expect(findings).toEqual([]);
        expect(warnings(p)).toEqual([]);
        expect(r.table?.rows).toHaveLength(1);
        expect(r.table?.rows[0]?.cells).toMatchObject({
          total: "100.00",
          goods: "50.00",
          works: "30.00",
          services: "20.00",
        });
      }
    });
  });

  it("a wrong total is caught (procurement.categories)", () => {
    for (const first of [true, false]) {
      const { findings } = check(
        flat(["货物", "工程", "服务"], ["采购类别", "金额"], "110.00", first),
      );
      expect(findings.length).toBeGreaterThan(0);
    }
  });
});

const nested = (heading: (word: string, n: number) => string, project = "30.00"): PrintedTable => ({
  title: TITLE,
  unit: "单位：万元",
  headers: ["采购项目", "采购品目", "采购预算金额"],
  rows: [
    ["合计", "", "100.00"],
    [heading("货物", 1), "", "50.00"],
    ["办公设备购置", "台式计算机", project],
    ["办公设备购置", "打印设备", "20.00"],
    [heading("服务", 2), "", "50.00"],
    ["物业管理服务", "物业管理服务", "50.00"],
  ],
});

const HEADINGS: readonly (readonly [string, (w: string, n: number) => string])[] = [
  ["bare", (w) => w],
  ["with 类", (w) => `${w}类`],
  ["numbered", (w, n) => `${["", "一", "二"][n]}、${w}类`],
  ["bracket-numbered", (w, n) => `（${["", "一", "二"][n]}）${w}`],
  ["as a 小计", (w) => `${w}类小计`],
];

describe("a category heading over its projects", () => {
  it.each(HEADINGS)("%s: a group heading, the projects read, no finding", (_, heading) => {
    const { r, findings } = check(nested(heading));
    expect(findings).toEqual([]);
    const projects = r.table?.rows.filter((row) => row.key.kind === "project") ?? [];
    expect(projects).toHaveLength(3);
    expect(warnings(nested(heading))).toEqual([]);
  });

  it("headings not adding up to the total stay unplaced (coverage), no finding", () => {
    const p = nested((w) => `${w}类`);
    const rows = p.rows.map((row) => (row[0] === "货物类" ? ["货物类", "", "55.00"] : row));
    const { r, findings } = check({ ...p, rows });
    expect(findings).toEqual([]);
    expect(r.table?.rows.map((row) => row.key.kind)).toContain("unplaced");
  });

  it("a wrong project figure is still caught", () => {
    const { findings } = check(nested((w) => `${w}类`, "31.00"));
    expect(findings.map((f) => f.ruleId)).toContain("rollup");
  });
});

const withColumn = (goods: string): PrintedTable => ({
  title: TITLE,
  unit: "单位：万元",
  headers: ["采购类别", "项目名称", "采购品目", "采购预算金额"],
  rows: [
    ["", "合计", "", "100.00"],
    ["货物", "办公设备购置", "台式计算机", goods],
    ["服务", "物业管理服务", "物业管理服务", "50.00"],
  ],
});

describe("a category column beside each project", () => {
  it("read (no unknown header), no finding", () => {
    const { r, findings } = check(withColumn("50.00"));
    expect(findings).toEqual([]);
    expect(r.problems.filter((x) => x.severity !== "info")).toEqual([]);
  });

  it("a wrong project figure is still caught", () => {
    expect(check(withColumn("55.00")).findings.length).toBeGreaterThan(0);
  });
});

describe("what is no category printed a row stays as read", () => {
  it("projects beside one column of figures are projects", () => {
    const p: PrintedTable = {
      title: TITLE,
      unit: "单位：万元",
      headers: ["项目名称", "采购预算金额"],
      rows: [
        ["合计", "80.00"],
        ["办公设备购置", "30.00"],
        ["物业管理服务", "50.00"],
      ],
    };
    const { r, findings } = check(p);
    expect(r.table?.rows.map((row) => row.key.kind)).toEqual(["total", "project", "project"]);
    expect(findings).toEqual([]);
  });
});
