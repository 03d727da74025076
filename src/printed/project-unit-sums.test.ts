/**
 * A 项目支出表 printing no 项目单位 column whose units are headed by names the caller did not give
 * (`某中心A`, then its projects): a row printing no 类型 whose figures are the sum of the projects
 * below it, the table's total the sum of such rows, heads a unit; the same project under two
 * such headings is no duplicate. Real duplicates and real projects printing no 类型 stay as read.
 */
import { describe, expect, it } from "vitest";
import { checkDisclosure, henan2024Profile } from "../rules";
import { henan2024, nationalMinimum, type Template } from "../templates";
import { readPrintedTable } from "./read";
import type { PrintedTable } from "./types";

const codes = (t: PrintedTable, template: Template = henan2024, units?: { name: string }[]) => {
  const r = readPrintedTable(t, { template, ...(units === undefined ? {} : { units }) });
  return {
    keys: r.table?.rows.map((row) => row.key.kind) ?? [],
    problems: r.problems.filter((p) => p.severity !== "info").map((p) => p.code),
    layout: r.problems.filter((p) => p.code === "layout-row").map((p) => p.path),
    table: r.table,
  };
};

const HEADERS = ["类型", "项目名称", "合计"];

/** The brief's case, then printers' variants: totals first or last, 元, two columns, several projects. */
const CASES: readonly (readonly [string, PrintedTable])[] = [
  [
    "no total, one project a unit",
    {
      title: "某局2024年项目支出预算表",
      headers: HEADERS,
      rows: [
        ["", "某中心A", "10"],
        ["其他运转类", "2024年机关运行经费", "10"],
        ["", "某中心B", "20"],
        ["其他运转类", "2024年机关运行经费", "20"],
      ],
    },
  ],
  [
    "合计 first, several projects a unit, two columns",
    {
      title: "2024年一般公共预算项目支出表",
      unit: "单位：万元",
      headers: ["项目类型", "项目名称", "合计", "本年拨款/一般公共预算"],
      rows: [
        ["", "合  计", "45.50", "45.50"],
        ["", "某县第一小学", "15.50", "15.50"],
        ["其他运转类", "2024年机关运行经费", "5.50", "5.50"],
        ["特定目标类", "2024年校舍维修", "10.00", "10.00"],
        ["", "某县第二小学", "30.00", "30.00"],
        ["其他运转类", "2024年机关运行经费", "6.00", "6.00"],
        ["特定目标类", "2024年校舍维修", "24.00", "24.00"],
      ],
    },
  ],
  [
    "总计 last, in 元 with thousands separators, a blank column",
    {
      title: "某区卫生健康委员会2024年部门项目支出预算表",
      unit: "金额单位：元",
      headers: ["类型", "项目名称", "合计", "本年拨款/一般公共预算", "本年拨款/政府性基金预算"],
      rows: [
        ["", "某区疾病预防控制中心", "120,000.00", "120,000.00", ""],
        ["特定目标类", "2024年重大公共卫生服务", "120,000.00", "120,000.00", "-"],
        ["", "某区妇幼保健院", "80,000.00", "80,000.00", ""],
        ["特定目标类", "2024年重大公共卫生服务", "50,000.00", "50,000.00", ""],
        ["其他运转类", "2024年机关运行经费", "30,000.00", "30,000.00", ""],
        ["", "总计", "200,000.00", "200,000.00", ""],
      ],
    },
  ],
];

describe.each(CASES)("units headed by names not given, told by their sums: %s", (_, t) => {
  it.each([
    ["henan2024", henan2024],
    ["nationalMinimum", nationalMinimum],
  ])(
    "under %s: no duplicate, the headings and their projects kept unplaced (coverage)",
    (_, template) => {
      const r = codes(t, template);
      expect(r.problems).not.toContain("duplicate-row");
      expect(r.keys.filter((k) => k !== "total").every((k) => k === "unplaced")).toBe(true);
    },
  );
});

describe("a row printing no 类型 that is no unit's heading", () => {
  it("a real project printing no 类型, figures equal to the project below, the total counting it: a project", () => {
    const r = codes({
      title: "2024年项目支出预算表",
      headers: HEADERS,
      rows: [
        ["", "合计", "20.00"],
        ["", "2024年农机购置补贴", "10.00"],
        ["特定目标类", "2024年高标准农田建设", "10.00"],
      ],
    });
    expect(r.keys).toEqual(["total", "project", "project"]);
  });

  it("bare rows stating other figures than their projects': nothing decided, rows as read", () => {
    const r = codes({
      title: "2024年项目支出预算表",
      headers: HEADERS,
      rows: [
        ["", "2024年农机购置补贴", "10.00"],
        ["特定目标类", "2024年高标准农田建设", "4.00"],
        ["", "2024年动物防疫", "20.00"],
        ["特定目标类", "2024年种子储备", "5.00"],
      ],
    });
    expect(r.keys).toEqual(["project", "project", "project", "project"]);
  });

  it("no total, each bare row equal to the one project below by chance (other names): rows as read", () => {
    const r = codes({
      title: "2024年项目支出预算表",
      headers: HEADERS,
      rows: [
        ["", "2024年农机购置补贴", "10.00"],
        ["特定目标类", "2024年高标准农田建设", "10.00"],
        ["", "2024年动物防疫", "20.00"],
        ["特定目标类", "2024年种子储备", "20.00"],
      ],
    });
    expect(r.keys).toEqual(["project", "project", "project", "project"]);
  });

  it("a 类型's subtotal row (其他运转类, 特定目标类) over its projects: no unit's heading nor project, no false rollup", () => {
    const table: PrintedTable = {
      title: "2024年项目支出预算表",
      headers: HEADERS,
      rows: [
        ["", "合计", "60.00"],
        ["", "其他运转类", "10.00"],
        ["其他运转类", "2024年机关运行经费", "10.00"],
        ["", "特定目标类", "50.00"],
        ["特定目标类", "2024年网络安全", "20.00"],
        ["特定目标类", "2024年档案数字化", "30.00"],
      ],
    };
    const r = codes(table);
    expect(r.keys).toEqual(["total", "unplaced", "project", "unplaced", "project", "project"]);
    const check = (t: PrintedTable) => {
      const read = codes(t).table;
      if (read === undefined) throw new Error("unread");
      return checkDisclosure(
        {
          meta: {
            year: 2024,
            documentKind: "单位",
            template: "henan2024",
            department: { name: "某单位" },
            units: [{ name: "某单位", unitType: "行政" }],
          },
          tables: [read],
          texts: [],
        },
        { profile: henan2024Profile, template: henan2024 },
      ).findings.filter((f) => f.severity === "error");
    };
    expect(check(table)).toEqual([]);
    // A subtotal stating another sum is no subtotal: read as printed (a project).
    const off = {
      ...table,
      rows: table.rows.map((row, i) => (i === 3 ? ["", "特定目标类", "40.00"] : row)),
    };
    expect(codes(off).keys[3]).toBe("project");
  });

  it("a real duplicate project (no heading) is still reported", () => {
    const r = codes({
      title: "2024年项目支出预算表",
      headers: HEADERS,
      rows: [
        ["", "合计", "20"],
        ["其他运转类", "2024年机关运行经费", "10"],
        ["其他运转类", "2024年机关运行经费", "10"],
      ],
    });
    expect(r.problems).toContain("duplicate-row");
  });
});

describe("one heading over all the rows, restating the total (a unit's own table)", () => {
  const own = (second: string): PrintedTable => ({
    title: "某县第一小学2024年项目支出预算表",
    headers: HEADERS,
    rows: [
      ["", "合计", "15.50"],
      ["", "某县第一小学", "15.50"],
      ["其他运转类", "2024年机关运行经费", "5.50"],
      ["特定目标类", second, "10.00"],
    ],
  });

  it("its projects are the table's, the heading skipped as layout", () => {
    const r = codes(own("2024年校舍维修"));
    expect(r.keys).toEqual(["total", "project", "project"]);
    expect(r.layout).toEqual([{ row: 1 }]);
    expect(r.problems.filter((p) => p !== "missing-column")).toEqual([]);
  });

  it("a project printed twice under it is still a duplicate", () => {
    const r = readPrintedTable(
      {
        ...own("2024年机关运行经费"),
        rows: [
          ["", "合计", "11.00"],
          ["", "某县第一小学", "11.00"],
          ["其他运转类", "2024年机关运行经费", "5.50"],
          ["其他运转类", "2024年机关运行经费", "5.50"],
        ],
      },
      { template: henan2024 },
    );
    expect(r.problems.map((p) => p.code)).toContain("duplicate-row");
  });
});
