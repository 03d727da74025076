/**
 * Economic 科目 printed in the functional code column of a table by function, its title and
 * headers saying nothing of it (`301 | 工资福利支出` in a 部门支出总表's `科目编码`): told by the
 * economic 类 names, kept unplaced (coverage), never read as units' rows (false `rollup` errors).
 * A unit printed by its code and its name is still a unit.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../catalog/2024";
import { normalizeName } from "../codes";
import type { Disclosure } from "../disclosure";
import { checkDisclosure, henan2024Profile } from "../rules";
import { henan2024, nationalMinimum } from "../templates";
import { ECONOMIC_CLASSES } from "./economic-rows";
import { ECONOMIC_SECTION_NAMES } from "./economic-sections";
import { readPrintedTable } from "./read";
import type { PrintedTable } from "./types";

const rows = (code: (c: string) => string[]) => [
  [...code(""), "合计", "100.00", "80.00", "20.00"],
  [...code("301"), "工资福利支出", "60.00", "60.00", ""],
  [...code("30101"), "基本工资", "60.00", "60.00", ""],
  [...code("302"), "商品和服务支出", "30.00", "10.00", "20.00"],
  [...code("30201"), "办公费", "30.00", "10.00", "20.00"],
  [...code("310"), "资本性支出", "10.00", "10.00", ""],
  [...code("31002"), "办公设备购置", "10.00", "10.00", ""],
];

const LAYOUTS: readonly (readonly [string, PrintedTable])[] = [
  [
    "a 科目编码 column, 部门支出总表",
    {
      title: "某局2024年部门支出总表",
      headers: ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
      rows: rows((c) => [c]),
    },
  ],
  [
    "codes printed 301 01, 一般公共预算支出表",
    {
      title: "2024年一般公共预算支出表",
      unit: "单位：万元",
      headers: ["功能分类科目编码", "功能分类科目名称", "合计", "基本支出", "项目支出"],
      rows: rows((c) => [c.length === 5 ? `${c.slice(0, 3)} ${c.slice(3)}` : c]),
    },
  ],
  [
    "类 and 款 columns",
    {
      title: "部门支出预算表",
      headers: ["科目编码/类", "科目编码/款", "科目名称", "合计", "基本支出", "项目支出"],
      rows: rows((c) => [c.slice(0, 3), c.slice(3)]),
    },
  ],
];

const check = (t: PrintedTable) => {
  const r = readPrintedTable(t, { template: henan2024, catalog: catalog2024.functional });
  const d: Disclosure = {
    meta: {
      year: 2024,
      documentKind: "部门",
      template: "henan2024",
      department: { name: "某局" },
      units: [],
    },
    tables: r.table === undefined ? [] : [r.table],
    texts: [],
  };
  const report = checkDisclosure(d, { profile: henan2024Profile, template: henan2024 });
  return { r, serious: report.findings.filter((f) => f.severity !== "info") };
};

describe.each(LAYOUTS)("economic 科目 in a table by function: %s", (_, t) => {
  it("no row read as a unit's, no finding above info", () => {
    const { r, serious } = check(t);
    expect(r.table?.rows.map((row) => row.key.kind)).toEqual([
      "total",
      ...Array.from({ length: 6 }, () => "unplaced"),
    ]);
    expect(r.problems.map((p) => p.code)).not.toContain("malformed-code");
    expect(serious).toEqual([]);
  });

  it("under the national template too", () => {
    const r = readPrintedTable(t, { template: nationalMinimum });
    expect(r.table?.rows.some((row) => row.key.kind === "org")).toBe(false);
  });
});

describe("units printed by their codes stay units", () => {
  it("`301 | 某区教育局` beside functional rows, no economic 类 printed: a unit", () => {
    const r = readPrintedTable(
      {
        title: "某区教育局2024年部门支出总表",
        headers: ["科目编码", "科目名称", "合计"],
        rows: [
          ["", "合计", "10.00"],
          ["301", "某区教育局", "10.00"],
          ["2050101", "行政运行", "10.00"],
        ],
      },
      { template: henan2024 },
    );
    expect(r.table?.rows.map((row) => row.key)).toEqual([
      { kind: "total" },
      { kind: "org", code: "301" },
      { kind: "functional", code: "2050101" },
    ]);
  });

  it("a 6-digit unit code beside a printed economic 类: still a unit", () => {
    const r = readPrintedTable(
      {
        title: "部门支出总表",
        headers: ["科目编码", "科目名称", "合计"],
        rows: [
          ["301", "工资福利支出", "10.00"],
          ["301001", "某区第一中学", "10.00"],
        ],
      },
      { template: henan2024 },
    );
    expect(r.table?.rows.map((row) => row.key.kind)).toEqual(["unplaced", "org"]);
  });
});

describe("the economic 类 the reader knows by name", () => {
  it("are the 2024 catalog's 类, name for name (the list cannot drift from the catalog)", () => {
    const classes = catalog2024.departmental.entries
      .filter((e) => e.level === "类")
      .map((e) => [e.code, normalizeName(e.name)]);
    expect([...ECONOMIC_CLASSES]).toEqual(classes);
  });
});

/** 款 rows printed without their 类 row (`30101 | 基本工资` alone), under a 功能 总表's columns. */
const sectionRows = (code: (c: string) => string[], rows: readonly (readonly string[])[]) => [
  [...code(""), "合计", "100.00"],
  [...code("2010101"), "行政运行", "100.00"],
  ...rows.map(([c = "", ...rest]) => [...code(c), ...rest]),
];

const SECTIONS: readonly (readonly [string, PrintedTable])[] = [
  [
    "科目编码 column, 基本工资 and 办公费",
    {
      title: "某局2024年部门支出总表",
      headers: ["科目编码", "科目名称", "合计"],
      rows: sectionRows(
        (c) => [c],
        [
          ["30101", "基本工资", "70.00"],
          ["30201", "办公费", "10.00"],
        ],
      ),
    },
  ],
  [
    "类 / 款 / 项 columns, 因公出国（境）经费 (the catalog's 费用)",
    {
      title: "一般公共预算支出表",
      headers: ["科目编码/类", "科目编码/款", "科目编码/项", "科目名称", "合计"],
      rows: sectionRows(
        (c) => [c.slice(0, 3), c.slice(3, 5), c.slice(5)],
        [
          ["30212", "因公出国(境)经费", "5.00"],
          ["30299", "其他商品和服务支出", "5.00"],
        ],
      ),
    },
  ],
  [
    "codes printed 303 02, 退休费 alone",
    {
      title: "2024年部门支出预算表",
      unit: "单位：万元",
      headers: ["功能分类科目编码", "功能分类科目名称", "合计"],
      rows: sectionRows(
        (c) => [c.length === 5 ? `${c.slice(0, 3)} ${c.slice(3)}` : c],
        [["30302", "退休费", "40.00"]],
      ),
    },
  ],
];

describe.each(SECTIONS)("economic 款 without their 类 row: %s", (_, t) => {
  it("the 款 rows are kept unplaced, never units' rows; no finding above info", () => {
    const { r, serious } = check(t);
    const kinds = r.table?.rows.map((row) => row.key.kind) ?? [];
    expect(kinds.slice(0, 2)).toEqual(["total", "functional"]);
    expect(kinds.slice(2).every((k) => k === "unplaced")).toBe(true);
    expect(serious).toEqual([]);
  });
});

describe("economic 款 rows: what stays as it was", () => {
  it("a unit printed by a 5-digit code and its name (no economic name printed) is a unit", () => {
    const r = readPrintedTable(
      {
        title: "部门支出总表",
        headers: ["科目编码", "科目名称", "合计"],
        rows: [
          ["", "合计", "10.00"],
          ["30101", "某区第一中学", "10.00"],
          ["2050101", "行政运行", "10.00"],
        ],
      },
      { template: henan2024 },
    );
    expect(r.table?.rows.map((row) => row.key.kind)).toEqual(["total", "org", "functional"]);
  });

  it("a wrong functional figure beside 款 rows is still caught", () => {
    const { serious } = check({
      title: "某局2024年部门支出总表",
      headers: ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
      rows: [
        ["", "合计", "100.00", "80.00", "20.00"],
        ["2010101", "行政运行", "100.00", "70.00", "20.00"],
        ["30101", "基本工资", "80.00", "80.00", ""],
      ],
    });
    expect(serious.length).toBeGreaterThan(0);
  });
});

describe("the economic 款 the reader knows by name", () => {
  it("are the 2024 catalog's 款, name for name", () => {
    const sections = catalog2024.departmental.entries
      .filter((e) => e.level === "款")
      .map((e) => [e.code, e.name]);
    expect(ECONOMIC_SECTION_NAMES).toEqual(sections);
  });
});
