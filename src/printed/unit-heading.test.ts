/**
 * A unit's heading merged over the code and name columns (its text given in the first code
 * column) or labelled as a unit's (`单位名称：`): read as the unit's row, the rows under it the
 * unit's, in tables by 功能分类 and by 经济分类 code.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../catalog/2024";
import { rowKeyId } from "../disclosure";
import { henan2024, nationalMinimum } from "../templates";
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

describe("a unit's own table printing its name, not placed, over all its rows (a 单位 document)", () => {
  const HEADERS = [
    "科目编码/类",
    "科目编码/款",
    "科目编码/项",
    "科目名称",
    "合计",
    "基本支出",
    "项目支出",
  ];
  const body = [
    ["213", "", "", "农林水支出", "25.00", "20.00", "5.00"],
    ["213", "01", "", "农业农村", "25.00", "20.00", "5.00"],
    ["213", "01", "04", "事业运行", "20.00", "20.00", ""],
    ["213", "01", "08", "病虫害控制", "5.00", "", "5.00"],
  ];
  const total = ["", "", "", "合计", "25.00", "20.00", "5.00"];
  const own = (heading: string[], totalLast = false, rows = body): PrintedTable => ({
    title: "某县动物疫病预防控制中心2024年部门支出总表",
    unit: "万元",
    headers: HEADERS,
    rows: totalLast ? [heading, ...rows, total] : [total, heading, ...rows],
  });
  const figures = ["25.00", "20.00", "5.00"];
  const HEADINGS: readonly [string, string[]][] = [
    ["its name in the name column", ["", "", "", "某县动物疫病预防控制中心", ...figures]],
    ["its name merged over the code columns", ["某县动物疫病预防控制中心", "", "", "", ...figures]],
    ["its name labelled", ["", "", "", "单位名称：某县动物疫病预防控制中心", ...figures]],
  ];
  const readOwn = (t: PrintedTable) =>
    readPrintedTable(t, { template: nationalMinimum, catalog: catalog2024.functional });
  const kinds = (t: PrintedTable) => readOwn(t).table?.rows.map((r) => r.key.kind);

  describe.each(HEADINGS)("%s", (_, heading) => {
    it.each([false, true])(
      "total last %s: its rows are the table's, the heading skipped as layout",
      (last) => {
        const r = readOwn(own(heading, last));
        const placed = ["functional", "functional", "functional", "functional"];
        expect(r.table?.rows.map((row) => row.key.kind)).toEqual(
          last ? [...placed, "total"] : ["total", ...placed],
        );
        expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
        const what = "unit-heading";
        expect(r.problems.filter((p) => p.code === "layout-row")).toEqual([
          { code: "layout-row", severity: "info", path: { row: last ? 0 : 1 }, what },
        ]);
      },
    );
  });

  it("a heading stating other figures than the total's (a part): its rows stay unplaced", () => {
    const part = ["", "", "", "某县动物疫病预防控制中心", "20.00", "20.00", ""];
    expect(kinds(own(part))?.filter((k) => k === "functional")).toEqual([]);
  });

  it("a heading stating no figure under the total: its rows are the table's", () => {
    const bare = ["", "", "", "某县动物疫病预防控制中心", "", "", ""];
    const four = ["functional", "functional", "functional", "functional"];
    expect(kinds(own(bare))).toEqual(["total", ...four]);
  });

  it("a heading stating no figure, a unit's coded row after it: its rows stay unplaced", () => {
    const bare = ["", "", "", "某县动物疫病预防控制中心", "", "", ""];
    const unit = ["305002", "", "", "某县农业技术推广中心", "25.00", "20.00", "5.00"];
    const t = own(bare);
    const rows = [...t.rows, unit, ...body];
    expect(kinds({ ...t, rows })?.slice(0, 6)).toEqual([
      "total",
      "unplaced",
      "unplaced",
      "unplaced",
      "unplaced",
      "unplaced",
    ]);
  });

  it("a page with no total (a 部门's table continued): its rows stay unplaced", () => {
    const t = own(HEADINGS[0]?.[1] ?? []);
    const page = { ...t, rows: t.rows.slice(1) };
    expect(kinds(page)?.filter((k) => k === "functional")).toEqual([]);
  });

  it("rows by 科目 above a heading restating the total: the department's, then its one unit's block", () => {
    const heading = HEADINGS[0]?.[1] ?? [];
    const above = own(heading, false, body);
    const rows = [above.rows[0] ?? [], ...body, heading, ...body];
    const read = kinds({ ...above, rows });
    const four = ["functional", "functional", "functional", "functional"];
    expect(read).toEqual(["total", ...four, "org", ...four]);
  });

  it("two headings each restating the total: their rows stay unplaced", () => {
    const heading = HEADINGS[0]?.[1] ?? [];
    const above = own(heading, false, body);
    const second = ["", "", "", "某县农业技术推广中心", ...figures];
    const two = [above.rows[0] ?? [], heading, ...body, second, ...body];
    expect(kinds({ ...above, rows: two })?.filter((k) => k === "functional")).toEqual([]);
  });
});
