import { describe, expect, it } from "vitest";
import { functional2024 } from "../catalog/2024";
import type { Table } from "../disclosure";
import { nameIndex, projectsWith, resolvePath } from "./paths";

const row = (code: string, name: string) => ({
  key: { kind: "functional" as const, code },
  name,
  cells: {},
});
const TABLES: readonly Table[] = [
  {
    kind: "expenditure",
    unit: "万元",
    rows: [
      row("201", "一般公共服务支出"),
      row("20131", "党委办公厅（室）及相关机构事务"),
      row("2013101", "行政运行"),
      row("2081005", "社会福利事业单位"),
      row("229", "其他支出"),
      row("22999", "其他支出"),
      row("2299999", "其他支出"),
    ],
  },
];
const index = nameIndex(TABLES, functional2024, 2024);

describe("resolvePath", () => {
  it("resolves 类/款/项 level by level, the tables' names first", () => {
    const p = resolvePath(
      [
        { level: "类", name: "一般公共服务支出" },
        { level: "款", name: "党委办公厅（室）及相关机构事务" },
        { level: "项", name: "行政运行" },
      ],
      index,
    );
    expect([p?.code, p?.problems]).toEqual(["2013101", []]);
  });

  it("finds the one 行政运行 the tables print, though the catalog has many", () => {
    expect(resolvePath([{ level: "项", name: "行政运行" }], index)?.code).toBe("2013101");
    const catalogOnly = nameIndex([], functional2024, 2024);
    expect(resolvePath([{ level: "项", name: "行政运行" }], catalogOnly)).toBeUndefined();
  });

  it("reports a 项 printed under the wrong 款 and places it where it is", () => {
    const p = resolvePath(
      [
        { level: "类", name: "一般公共服务支出" },
        { level: "款", name: "政府办公厅（室）及相关机构事务" },
        { level: "项", name: "行政运行" },
      ],
      index,
    );
    expect(p?.code).toBe("2013101");
    expect(p?.problems).toEqual([
      { kind: "wrong-parent", name: "行政运行", code: "2013101", expected: "20131" },
    ]);
  });

  it("reads 其它 as 其他 and says so", () => {
    const p = resolvePath(
      [
        { level: "类", name: "其它支出" },
        { level: "款", name: "其他支出" },
        { level: "项", name: "其它支出" },
      ],
      index,
    );
    expect(p?.code).toBe("2299999");
    expect(p?.problems.map((x) => [x.kind, x.code, x.expected])).toEqual([
      ["variant", "229", "其他支出"],
      ["variant", "2299999", "其他支出"],
    ]);
  });

  it("reports a former name that is not valid in the year, not one that is", () => {
    const old = resolvePath([{ level: "类", name: "医疗卫生与计划生育支出" }], index);
    expect([old?.code, old?.problems.map((x) => [x.kind, x.expected])]).toEqual([
      "210",
      [["alias", "卫生健康支出"]],
    ]);
    const in2018 = resolvePath(
      [{ level: "类", name: "医疗卫生与计划生育支出" }],
      nameIndex([], functional2024, 2018),
    );
    expect(in2018?.problems).toEqual([]);
  });

  it("skips a middle level no source knows (a partial catalog), not the last one", () => {
    const p = resolvePath(
      [
        { level: "类", name: "社会保障和就业支出" },
        { level: "款", name: "社会福利" },
        { level: "项", name: "社会福利事业单位" },
      ],
      index,
    );
    expect(p?.code).toBe("2081005");
    expect(
      resolvePath(
        [
          { level: "类", name: "社会保障和就业支出" },
          { level: "款", name: "不存在的款" },
        ],
        index,
      ),
    ).toBeUndefined();
  });
});

describe("projects the tables print (a measure word within a project's name)", () => {
  const project = (name: string) => ({
    key: { kind: "project" as const, name },
    cells: {},
  });
  const index = nameIndex(
    [
      {
        kind: "projects",
        unit: "万元",
        rows: [
          project(" 2024年机关运行经费 "),
          project("２０２３年机关运行经费"),
          project("经费"),
          project("人武部专项经费"),
        ],
      },
    ],
    undefined,
    2024,
  );
  it("names of four characters or more, as printed and folded", () => {
    expect(index.projects).toEqual([
      "2024年机关运行经费",
      "２０２３年机关运行经费",
      "2023年机关运行经费",
      "人武部专项经费",
    ]);
  });
  it("each word's projects, with where the word is in the name; a name that is the word itself is none", () => {
    expect(projectsWith(index, "机关运行经费")).toEqual([
      ["2024年机关运行经费", 5],
      ["２０２３年机关运行经费", 5],
      ["2023年机关运行经费", 5],
    ]);
    expect(projectsWith(index, "人武部专项经费")).toEqual([]);
    expect(projectsWith(index, "公用经费")).toEqual([]);
    // kept: the same list again
    expect(projectsWith(index, "机关运行经费")).toBe(projectsWith(index, "机关运行经费"));
  });
});
