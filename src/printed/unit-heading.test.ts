/**
 * A unit's heading merged over the code and name columns (its text given in the first code
 * column) or labelled as a unit's (`单位名称：`): read as the unit's row, the rows under it the
 * unit's, in tables by 功能分类 and by 经济分类 code.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../catalog/2024";
import { rowKeyId } from "../disclosure";
import { henan2024 } from "../templates";
import { readPrintedTable } from "./read";
import type { PrintedTable } from "./types";
import { withoutUnitLabel } from "./unit-heading";

const UNITS = [
  { code: "305", name: "某县农业农村局" },
  { code: "305001", name: "某县农业农村局机关" },
  { code: "305002", name: "某县农业技术推广中心" },
];

const read = (t: PrintedTable, units = UNITS) =>
  readPrintedTable(t, { template: henan2024, catalog: catalog2024.functional, units });

/** A 07 支出经济分类汇总表: the same 301 01 / 505 01 under both units, each headed by `heading`. */
const economic = (heading: (code: string, name: string) => string[]): PrintedTable => {
  const e = (cells: string[], amount: string) => [...cells, amount, amount];
  return {
    title: "2024年支出经济分类汇总表",
    unit: "万元",
    headers: [
      "部门预算经济分类/类",
      "部门预算经济分类/款",
      "部门预算经济分类/科目名称",
      "政府预算经济分类/类",
      "政府预算经济分类/款",
      "政府预算经济分类/科目名称",
      "总计",
      "一般公共预算/小计",
    ],
    rows: [
      e(["", "", "合计", "", "", ""], "30.00"),
      e([...heading("305001", "某县农业农村局机关"), "", "", ""], "10.00"),
      e(["301", "01", "基本工资", "505", "01", "工资福利支出"], "10.00"),
      e([...heading("305002", "某县农业技术推广中心"), "", "", ""], "20.00"),
      e(["301", "01", "基本工资", "505", "01", "工资福利支出"], "20.00"),
    ],
  };
};

const HEADINGS: readonly [string, (code: string, name: string) => string[]][] = [
  ["code and name in the first cell", (c, n) => [`${c} ${n}`, "", ""]],
  ["bracketed code in the first cell", (c, n) => [`【${c}】${n}`, "", ""]],
  ["the name alone in the first cell", (_c, n) => [n, "", ""]],
  ["labelled in the first cell", (c, n) => [`单位名称：${c}-${n}`, "", ""]],
  ["labelled in the name cell", (_c, n) => ["", "", `预算单位：${n}`]],
];

describe.each(HEADINGS)("a unit's heading printed as %s", (_, heading) => {
  it("heads the unit's rows: no misprinted code, no duplicate", () => {
    const r = read(economic(heading));
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
    expect(r.table?.rows.map((row) => rowKeyId(row.key))).toEqual([
      "total",
      "org:305001",
      "economic:30101/50501",
      "org:305002",
      "economic:30101/50501",
    ]);
  });

  it("naming a unit the caller did not give: its rows are kept unplaced, never the unit above's", () => {
    const r = read(economic(heading), [UNITS[1] as (typeof UNITS)[number]]);
    const codes = heading("305002", "x").some((c) => /305002/u.test(c));
    if (codes) return; // its code names it
    expect(r.problems.some((p) => p.code === "duplicate-row")).toBe(false);
    expect(r.table?.rows.at(-1)?.key.kind).toBe("unplaced");
  });
});

describe("withoutUnitLabel", () => {
  it.each([
    ["单位名称:某中心", "某中心"],
    ["预算单位:[305002]某中心", "[305002]某中心"],
    ["部门(单位)名称: 某中心", "某中心"],
    ["单位 : 某中心", "某中心"],
    ["编制单位:某局", "编制单位:某局"],
    ["其中:财政拨款", "其中:财政拨款"],
    ["某中心", "某中心"],
  ])("%s → %s", (text, bare) => {
    expect(withoutUnitLabel(text)).toBe(bare);
  });
});

/** A 12 项目支出表: the same project under both units, each unit headed by `heading`. */
const projects = (heading: (code: string, name: string) => string[]): PrintedTable => {
  const p = (cells: string[], amount: string) => [...cells, amount, amount];
  return {
    title: "2024年项目支出预算表",
    unit: "万元",
    headers: ["类型", "项目名称", "项目单位", "合计", "本年拨款/一般公共预算"],
    rows: [
      p(["", "合计", ""], "30.00"),
      p(heading("305001", "某县农业农村局机关"), "10.00"),
      p(["其他运转类", "2024年机关运行经费", "某县农业农村局机关"], "10.00"),
      p(heading("305002", "某县农业技术推广中心"), "20.00"),
      p(["其他运转类", "2024年机关运行经费", "某县农业技术推广中心"], "20.00"),
    ],
  };
};

const PROJECT_HEADINGS: readonly [string, (code: string, name: string) => string[]][] = [
  ["the code under 类型, the name under 项目名称", (c, n) => [c, n, ""]],
  ["code and name merged over 类型 and 项目名称", (c, n) => [`${c} ${n}`, "", ""]],
  ["bracketed code and name merged over 类型 and 项目名称", (c, n) => [`[${c}]${n}`, "", ""]],
  ["the name alone merged over 类型 and 项目名称", (_c, n) => [n, "", ""]],
];

describe.each(PROJECT_HEADINGS)("a 项目支出表 unit heading printed as %s", (_, heading) => {
  it("heads the unit's projects, every cell read: no duplicate, no unknown 类型", () => {
    const r = read(projects(heading));
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
    expect(r.table?.rows.map((row) => rowKeyId(row.key))).toEqual([
      "total",
      "org:305001",
      "project:2024年机关运行经费",
      "org:305002",
      "project:2024年机关运行经费",
    ]);
    expect(r.table?.rows.map((row) => row.cells.type ?? "")).toEqual([
      "",
      "",
      "其他运转类",
      "",
      "其他运转类",
    ]);
  });
});

describe("a 项目支出表 heading its units' projects by names the caller does not give with a code", () => {
  const table = (department: boolean): PrintedTable => {
    const p = (cells: string[], amount: string) => [...cells, amount, amount];
    return {
      title: "2024年项目支出预算表",
      unit: "万元",
      headers: ["类型", "项目名称", "项目单位", "合计", "本年拨款/一般公共预算"],
      rows: [
        p(["", "合计", ""], "30.00"),
        ...(department ? [p(["", "某县农业农村局", ""], "30.00")] : []),
        p(["", "某县农业农村局机关", ""], "10.00"),
        p(["其他运转类", "2024年机关运行经费", "某县农业农村局机关"], "10.00"),
        p(["", "某县农业技术推广中心", ""], "20.00"),
        p(["其他运转类", "2024年机关运行经费", "某县农业技术推广中心"], "15.00"),
        p(["特定目标类", "2024年农技推广", "某县农业技术推广中心"], "5.00"),
      ],
    };
  };

  it.each([false, true])(
    "the department's heading printed %s: headings and projects kept unplaced, no duplicate",
    (department) => {
      // The department named by the caller, without a code; its units not named at all.
      const units = [{ name: "某县农业农村局" }];
      const r = readPrintedTable(table(department), { template: henan2024, units });
      expect(r.problems.some((p) => p.code === "duplicate-row")).toBe(false);
      expect(r.table?.rows.map((row) => row.key.kind)).toEqual([
        "total",
        ...(department ? ["unplaced"] : []),
        ...Array.from({ length: 5 }, () => "unplaced"),
      ]);
      const under = r.problems.flatMap((p) => (p.code === "unplaced-row" ? [p.under] : []));
      const first = department ? 2 : 1;
      expect(under).toEqual([
        ...(department ? [undefined] : []),
        undefined,
        first,
        undefined,
        first + 2,
        first + 2,
      ]);
    },
  );

  it("units given with their codes: read as theirs, as before", () => {
    const r = read(table(false));
    expect(r.table?.rows.map((row) => rowKeyId(row.key))).toEqual([
      "total",
      "org:305001",
      "project:2024年机关运行经费",
      "org:305002",
      "project:2024年机关运行经费",
      "project:2024年农技推广",
    ]);
  });

  it("a project printing no 类型 nor 项目单位 above another unit's project stays a project", () => {
    const t = table(false);
    const rows = [
      t.rows[0] ?? [],
      ["", "2024年农机购置补贴", "", "10.00", "10.00"],
      ...t.rows.slice(3),
    ];
    const r = readPrintedTable({ ...t, rows }, { template: henan2024, units: [] });
    expect(r.table?.rows[1]?.key).toEqual({ kind: "project", name: "2024年农机购置补贴" });
  });
});
