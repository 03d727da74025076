/**
 * A department's (or its office's) name printed alone on a row with no figure at the top of a
 * table, the caller naming no units: above the total (a caption), just under it over the 科目
 * rows (a heading of all the table's rows), or above the units' rows of a table by unit. It was an
 * `unplaced-row` warning, the table's total (`duplicate-row` of the real total) or, under the
 * total, it dropped every 科目 row below it unplaced (the table went unchecked). Now it is layout
 * and its rows are read; a wrong figure is still caught.
 */
import { describe, expect, it } from "vitest";
import { henan2024Profile, nationalProfile } from "../rules";
import { henan2024, nationalMinimum, type Template } from "../templates";
import { checkAlone, readUnder, serious } from "./test-support";
import type { PrintedTable } from "./types";

const HEADINGS = [
  "某区城市管理局",
  "某区城市管理局机关",
  "某县教育局（本级）",
  "某市生态环境局",
  "某县农业农村委员会",
];

const SUBJECT_HEADERS = ["科目编码", "科目名称", "合计", "基本支出", "项目支出"];
const TOTAL = ["", "合计", "1,100.00", "300.00", "800.00"];
const SUBJECTS = [
  ["212", "城乡社区支出", "1,100.00", "300.00", "800.00"],
  ["21201", "城乡社区管理事务", "1,100.00", "300.00", "800.00"],
  ["2120101", "行政运行", "300.00", "300.00", ""],
  ["2120104", "城管执法", "800.00", "", "800.00"],
];
const UNIT_HEADERS = ["单位编码", "单位名称", "合计", "基本支出", "项目支出"];
const UNITS = [
  ["301001", "某区城市管理局机关", "700.00", "300.00", "400.00"],
  ["301002", "某区环境卫生管理中心", "400.00", "", "400.00"],
];

const blank = ["", "", ""];
type Layout = (heading: string, total?: string[]) => PrintedTable;

const LAYOUTS: readonly (readonly [string, Layout])[] = [
  [
    "above the total, in the name column",
    (h, total = TOTAL) => subjects([["", h, ...blank], total, ...SUBJECTS]),
  ],
  [
    "under the total, in the name column, over the 科目 rows",
    (h, total = TOTAL) => subjects([total, ["", h, ...blank], ...SUBJECTS]),
  ],
  [
    "under the total, merged over the code and name columns",
    (h, total = TOTAL) => subjects([total, [h, "", ...blank], ...SUBJECTS]),
  ],
  [
    "above the total of a table by unit, in the unit name column",
    (h, total = TOTAL) => byUnit([["", h, ...blank], total, ...UNITS]),
  ],
  [
    "under the total of a table by unit, in the unit name column",
    (h, total = TOTAL) => byUnit([total, ["", h, ...blank], ...UNITS]),
  ],
];

function subjects(rows: string[][]): PrintedTable {
  return { title: "2025年部门支出总表", unit: "单位：万元", headers: SUBJECT_HEADERS, rows };
}
function byUnit(rows: string[][]): PrintedTable {
  return { title: "2025年部门支出总表", unit: "单位：万元", headers: UNIT_HEADERS, rows };
}

const TEMPLATES: readonly (readonly [string, Template, typeof nationalProfile])[] = [
  ["nationalMinimum", nationalMinimum, nationalProfile],
  ["henan2024", henan2024, henan2024Profile],
];

function check(p: PrintedTable, template: Template, profile: typeof nationalProfile) {
  const r = readUnder(p, template);
  if (r.table === undefined) throw new Error(p.title);
  const report = checkAlone([r.table], { template, profile, documentKind: "部门" });
  return { r, findings: serious(report) };
}

describe.each(TEMPLATES)("%s: a figureless department heading", (_, template, profile) => {
  describe.each(LAYOUTS)("%s", (_layout, layout) => {
    it.each(HEADINGS)("%s: layout, every row read, no finding", (h) => {
      const { r, findings } = check(layout(h), template, profile);
      expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
      expect(r.problems).toContainEqual(expect.objectContaining({ code: "layout-row" }));
      const keys = r.table?.rows.map((row) => row.key.kind) ?? [];
      expect(keys).not.toContain("unplaced");
      expect(keys.filter((k) => k === "total")).toHaveLength(1);
      expect(r.table?.rows).toHaveLength(layout(h).rows.length - 1);
      expect(findings).toEqual([]);
    });

    it("a wrong total is still caught", () => {
      const wrong = ["", "合计", "1,200.00", "300.00", "800.00"];
      const { findings } = check(layout(HEADINGS[0] as string, wrong), template, profile);
      expect(findings.map((f) => f.path)).toContainEqual(
        expect.objectContaining({ row: "total", column: "total" }),
      );
    });

    it("a wrong row is still caught", () => {
      const p = layout(HEADINGS[1] as string);
      const rows = p.rows.map((row) =>
        row[0] === "2120101" || row[0] === "301002"
          ? [row[0], row[1] ?? "", "350.00", ...row.slice(3)]
          : row,
      );
      const { findings } = check({ ...p, rows }, template, profile);
      expect(findings.length).toBeGreaterThan(0);
    });
  });
});

describe("the caller naming the units, not the department", () => {
  const units = [
    { code: "301001", name: "某区城市管理局机关" },
    { code: "301002", name: "某区环境卫生管理中心" },
  ];
  it("the department's name (its office's without 机关) over the 科目 rows: they are read", () => {
    const p = subjects([TOTAL, ["", "某区城市管理局", ...blank], ...SUBJECTS]);
    const r = readUnder(p, nationalMinimum, { units });
    expect(r.problems.filter((x) => x.severity !== "info")).toEqual([]);
    expect(r.table?.rows.map((row) => row.key.kind)).not.toContain("unplaced");
  });

  it("another name, none of theirs: whose rows they are is not guessed", () => {
    const p = subjects([TOTAL, ["", "某区园林绿化中心", ...blank], ...SUBJECTS]);
    const r = readUnder(p, nationalMinimum, { units });
    expect(r.table?.rows.map((row) => row.key.kind)).toContain("unplaced");
  });
});

describe("what is no department heading stays as read", () => {
  it("a heading printing figures of its own above the total is no caption", () => {
    const p = subjects([["", "某区城市管理局", "1.00", "", ""], TOTAL, ...SUBJECTS]);
    const r = readUnder(p, nationalMinimum);
    expect(r.problems.map((x) => x.code)).not.toContain("layout-row");
  });

  it("two figureless headings under the total: whose rows they are is not guessed", () => {
    const p = subjects([
      TOTAL,
      ["", "某区城市管理局机关", ...blank],
      ...SUBJECTS.slice(0, 3),
      ["", "某区环境卫生管理中心", ...blank],
      ...SUBJECTS.slice(3),
    ]);
    const r = readUnder(p, nationalMinimum);
    const keys = r.table?.rows.map((row) => row.key.kind) ?? [];
    expect(keys.filter((k) => k === "unplaced").length).toBeGreaterThan(2);
    if (r.table === undefined) throw new Error(p.title);
    expect(serious(checkAlone([r.table], { documentKind: "部门" }))).toEqual([]);
  });
});

describe("a 三公 table by unit, the caller naming the units, the department's name above them", () => {
  const units = [
    { code: "301001", name: "某区城市管理局机关" },
    { code: "301002", name: "某区环境卫生管理中心" },
  ];
  const total = ["合计", "6.50", "1.00", "3.50", "2.00"];
  const sanGong = (rows: string[][]): PrintedTable => ({
    title: "2024年一般公共预算“三公”经费支出表",
    unit: "万元",
    headers: ["单位名称", "合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费"],
    rows,
  });
  const a = (first: string) => ["某区城市管理局机关", first, "1.00", "2.00", "1.00"];
  const b = ["某区环境卫生管理中心", "2.50", "", "1.50", "1.00"];
  const read = (p: PrintedTable) => readUnder(p, henan2024, { units, year: 2024 });

  it.each(["某区城市管理局", "单位名称：某区城市管理局"])(
    "%s above or under the total: the units' rows read, the name layout",
    (name) => {
      const heading = [name, "", "", "", ""];
      for (const rows of [
        [heading, total, a("4.00"), b],
        [total, heading, a("4.00"), b],
      ]) {
        const r = read(sanGong(rows));
        expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
        expect(r.table?.rows.map((row) => row.key.kind)).toEqual(["single", "org", "org"]);
      }
    },
  );

  it("a wrong unit figure is still caught", () => {
    const r = read(sanGong([["某区城市管理局", "", "", "", ""], total, a("4.50"), b]));
    if (r.table === undefined) throw new Error("not read");
    const report = checkAlone([r.table], {
      template: henan2024,
      profile: henan2024Profile,
      documentKind: "部门",
      year: 2024,
    });
    expect(serious(report).length).toBeGreaterThan(0);
  });
});
