/**
 * A department whose code is a 类's (a 人社局 coded 208, a 卫健委 coded 210, an 教体局 coded 205)
 * and whose units' codes are two digits more (20801, 20803 …), the caller giving no units: a
 * unit's row after its 类's 科目 rows names an organisation (`某区就业服务中心`, `某区人民医院`) and
 * is the unit's (it was read as the 款 of its code, its block's rows under the unit before). A
 * 科目 named like an organisation (`公立医院`, `乡镇卫生院`, `图书馆`) stays a 科目; a unit's rows
 * adding up to another figure than its row's are still caught.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../catalog/2024";
import { checkDisclosure, nationalProfile } from "../rules";
import { nationalMinimum } from "../templates";
import { readNational, serious } from "./test-support";
import type { PrintedTable } from "./types";

/** The report of a 部门 document of the one table, the department coded `code`, its units not given. */
function check(p: PrintedTable, code: string, name: string, given = true) {
  const r = readNational(p, given ? { departmentCode: code } : {});
  if (r.table === undefined) throw new Error(p.title);
  return checkDisclosure(
    {
      meta: {
        year: 2025,
        documentKind: "部门",
        template: nationalMinimum.id,
        department: { name, code },
        units: [],
      },
      tables: [r.table],
      texts: [],
    },
    { profile: nationalProfile, template: nationalMinimum, catalog: catalog2024 },
  );
}

const keys = (p: PrintedTable, departmentCode: string | undefined) =>
  readNational(p, departmentCode === undefined ? {} : { departmentCode }).table?.rows.map(
    (x) => `${x.key.kind}:${"code" in x.key ? x.key.code : ""}`,
  );

const spending = (rows: readonly (readonly string[])[]): PrintedTable => ({
  title: "2025年部门支出总表",
  unit: "万元",
  headers: ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
  rows: rows.map((r) => [...r]),
});

/** Rows of a department `dc` (its name `dept`) and two units, each its 科目 rows under it. */
function twoUnits(
  dc: string,
  dept: string,
  units: readonly (readonly [string, string])[],
  subjects: readonly [
    readonly (readonly [string, string])[],
    readonly (readonly [string, string])[],
  ],
  second = "30.00",
): PrintedTable {
  const [a, b] = units;
  const [sa, sb] = subjects;
  const block = (s: readonly (readonly [string, string])[], figure: string) =>
    s.map(([code, name]) => [code, name, figure, figure, ""]);
  return spending([
    ["", "合计", "75.00", "75.00", ""],
    [dc, dept, "75.00", "75.00", ""],
    [a?.[0] ?? "", a?.[1] ?? "", "45.00", "45.00", ""],
    ...block(sa, "45.00"),
    [b?.[0] ?? "", b?.[1] ?? "", second, second, ""],
    ...block(sb, "30.00"),
  ]);
}

const CASES = [
  {
    dc: "208",
    dept: "某区人力资源和社会保障局",
    units: [
      ["20801", "某区人力资源和社会保障局机关"],
      ["20803", "某区就业服务中心"],
    ],
    subjects: [
      [
        ["208", "社会保障和就业支出"],
        ["20801", "人力资源和社会保障管理事务"],
        ["2080101", "行政运行"],
      ],
      [
        ["208", "社会保障和就业支出"],
        ["20807", "就业补助"],
        ["2080799", "其他就业补助支出"],
      ],
    ],
  },
  {
    dc: "210",
    dept: "某县卫生健康委员会",
    units: [
      ["21001", "某县卫生健康委员会（本级）"],
      ["21003", "某县人民医院"],
    ],
    subjects: [
      [
        ["210", "卫生健康支出"],
        ["21001", "卫生健康管理事务"],
        ["2100101", "行政运行"],
      ],
      [
        ["210", "卫生健康支出"],
        ["21002", "公立医院"],
        ["2100201", "综合医院"],
      ],
    ],
  },
  {
    dc: "205",
    dept: "某市某区教育体育局",
    units: [
      ["20501", "某市某区教育体育局机关"],
      ["20502", "某市某区第一中学"],
    ],
    subjects: [
      [
        ["205", "教育支出"],
        ["20501", "教育管理事务"],
        ["2050101", "行政运行"],
      ],
      [
        ["205", "教育支出"],
        ["20502", "普通教育"],
        ["2050204", "高中教育"],
      ],
    ],
  },
  {
    dc: "212",
    dept: "某区城市管理局",
    units: [
      ["21201", "某区城市管理局机关"],
      ["21202", "某区环境卫生管理所"],
    ],
    subjects: [
      [
        ["212", "城乡社区支出"],
        ["21201", "城乡社区管理事务"],
        ["2120104", "城管执法"],
      ],
      [
        ["212", "城乡社区支出"],
        ["21205", "城乡社区环境卫生"],
        ["2120501", "城乡社区环境卫生"],
      ],
    ],
  },
] as const;

const NO_REGION = [
  ["20803", "就业服务中心"],
  ["20803", "人力资源和社会保障局机关"],
  ["20803", "社会保险事业管理中心（本级）"],
  ["21003", "卫生健康委员会"],
] as const;

describe("a department coded as a 类, its units coded as 款 of it, no units given", () => {
  it.each(NO_REGION)(
    "%s %s, no region in its name, ending as no 科目 does, is a unit",
    (code, name) => {
      const p = spending([
        ["", "合计", "75.00", "75.00", ""],
        [code.slice(0, 3), "某局", "75.00", "75.00", ""],
        [`${code.slice(0, 3)}01`, "某局机关", "45.00", "45.00", ""],
        [code.slice(0, 3), "某类支出", "45.00", "45.00", ""],
        [`${code.slice(0, 3)}0101`, "行政运行", "45.00", "45.00", ""],
        [code, name, "30.00", "30.00", ""],
      ]);
      expect(keys(p, code.slice(0, 3))?.at(-1)).toBe(`org:${code}`);
    },
  );

  it.each(CASES)("coded $dc: $units.1.1 is a unit", ({ dc, dept, units, subjects }) => {
    const p = twoUnits(dc, dept, units, subjects);
    const [[ua], [ub]] = units;
    const [sa, sb] = subjects;
    expect(keys(p, dc)).toEqual([
      "total:",
      `org:${dc}`,
      `org:${ua}`,
      ...sa.map(([c]) => `functional:${c}`),
      `org:${ub}`,
      ...sb.map(([c]) => `functional:${c}`),
    ]);
    expect(serious(check(p, dc, dept))).toEqual([]);
  });

  it.each(CASES)(
    "coded $dc, the reader given no code: the department's and units' rows are theirs",
    (c) => {
      const p = twoUnits(c.dc, c.dept, c.units, c.subjects);
      const [[ua], [ub]] = c.units;
      expect(keys(p, undefined)?.filter((k) => k.startsWith("org"))).toEqual([
        `org:${c.dc}`,
        `org:${ua}`,
        `org:${ub}`,
      ]);
      expect(serious(check(p, c.dc, c.dept, false))).toEqual([]);
    },
  );

  it.each(CASES)("coded $dc: a unit's rows adding up otherwise are still caught", (c) => {
    const p = twoUnits(c.dc, c.dept, c.units, c.subjects, "35.00");
    const found = serious(check(p, c.dc, c.dept));
    expect(found.length).toBeGreaterThan(0);
  });

  it("科目 named like organisations (公立医院, 乡镇卫生院, 图书馆, 档案馆) under their 类 stay 科目", () => {
    const p = spending([
      ["", "合计", "60.00", "60.00", ""],
      ["210", "卫生健康支出", "40.00", "40.00", ""],
      ["21001", "卫生健康管理事务", "10.00", "10.00", ""],
      ["2100101", "行政运行", "10.00", "10.00", ""],
      ["21002", "公立医院", "20.00", "20.00", ""],
      ["2100201", "综合医院", "20.00", "20.00", ""],
      ["21003", "基层医疗卫生机构", "10.00", "10.00", ""],
      ["2100302", "乡镇卫生院", "10.00", "10.00", ""],
      ["201", "一般公共服务支出", "0.00", "0.00", ""],
      ["20126", "档案事务", "0.00", "0.00", ""],
      ["2012604", "档案馆", "0.00", "0.00", ""],
      ["207", "文化旅游体育与传媒支出", "20.00", "20.00", ""],
      ["20701", "文化和旅游", "20.00", "20.00", ""],
      ["2070104", "图书馆", "20.00", "20.00", ""],
    ]);
    for (const dc of ["210", "201", "207", undefined])
      expect(keys(p, dc)?.filter((k) => k.startsWith("org"))).toEqual([]);
  });
});

describe("a 教体局 coded 205 printing the 项 of 20502 (小学, 初中) under its own code (review)", () => {
  const table = spending([
    ["", "合计", "60.00", "40.00", "20.00"],
    ["205", "教育支出", "60.00", "40.00", "20.00"],
    ["20501", "教育管理事务", "10.00", "10.00", ""],
    ["2050101", "行政运行", "10.00", "10.00", ""],
    ["20502", "普通教育", "50.00", "30.00", "20.00"],
    ["2050201", "学前教育", "15.00", "5.00", "10.00"],
    ["2050202", "小学", "20.00", "15.00", "5.00"],
    ["2050203", "初中", "15.00", "10.00", "5.00"],
  ]);

  it("reads every row as its 科目, with nothing found", () => {
    expect(keys(table, "205")).toEqual([
      "total:",
      "functional:205",
      "functional:20501",
      "functional:2050101",
      "functional:20502",
      "functional:2050201",
      "functional:2050202",
      "functional:2050203",
    ]);
    expect(serious(check(table, "205", "某县教育体育局"))).toEqual([]);
  });
});
