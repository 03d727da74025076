/**
 * A department's name printed with the word `部门` after it (`某某县教育部门`,
 * `中共某某县委宣传部部门`, `部门：某市卫生健康部门`) alone on a row with no figure at the top of a
 * table, the caller naming no units: the same caption or heading as `某区城市管理局` (see
 * `figureless-headings.test.ts`). It was an `unplaced-row` warning (its blank figures a row
 * before the total) or, under the total, it left the 科目 rows below it unread. A wrong figure in
 * the table is still caught; a name of no region (`教育部门`) is not guessed to be one.
 */
import { describe, expect, it } from "vitest";
import { henan2024Profile, nationalProfile } from "../rules";
import { henan2024, nationalMinimum, type Template } from "../templates";
import { checkAlone, readUnder, serious } from "./test-support";
import type { PrintedTable } from "./types";

const HEADINGS = [
  "某某县教育部门",
  "中共某某县委宣传部部门",
  "部门：某市卫生健康部门",
  "某县人民政府办公室部门",
];

const SUBJECT_HEADERS = ["科目编码", "科目名称", "合计", "基本支出", "项目支出"];
/** In 元 (a county's print): 6,500,000.00 of 205 教育支出. */
const TOTAL = ["", "合计", "6,500,000.00", "2,500,000.00", "4,000,000.00"];
const SUBJECTS = [
  ["205", "教育支出", "6,500,000.00", "2,500,000.00", "4,000,000.00"],
  ["20501", "教育管理事务", "6,500,000.00", "2,500,000.00", "4,000,000.00"],
  ["2050101", "行政运行", "2,500,000.00", "2,500,000.00", ""],
  ["2050199", "其他教育管理事务支出", "4,000,000.00", "", "4,000,000.00"],
];
const UNIT_HEADERS = ["单位编码", "单位名称", "合计", "基本支出", "项目支出"];
const UNITS = [
  ["207001", "某某县教育局机关", "2,600,000.00", "2,500,000.00", "100,000.00"],
  ["207002", "某某县教育事业发展中心", "3,900,000.00", "", "3,900,000.00"],
];

const blank = ["", "", ""];
type Layout = (heading: string, total?: string[]) => PrintedTable;

const table = (headers: string[], rows: string[][]): PrintedTable => ({
  title: "2025年部门支出总表",
  unit: "单位：元",
  headers,
  rows,
});

const LAYOUTS: readonly (readonly [string, Layout])[] = [
  [
    "above the total, in the name column",
    (h, total = TOTAL) => table(SUBJECT_HEADERS, [["", h, ...blank], total, ...SUBJECTS]),
  ],
  [
    "above the total, merged over the code and name columns",
    (h, total = TOTAL) => table(SUBJECT_HEADERS, [[h, "", ...blank], total, ...SUBJECTS]),
  ],
  [
    "under the total, in the name column, over the 科目 rows",
    (h, total = TOTAL) => table(SUBJECT_HEADERS, [total, ["", h, ...blank], ...SUBJECTS]),
  ],
  [
    "above the total of a table by unit, in the unit name column",
    (h, total = TOTAL) => table(UNIT_HEADERS, [["", h, ...blank], total, ...UNITS]),
  ],
  [
    "under the total of a table by unit, in the unit name column",
    (h, total = TOTAL) => table(UNIT_HEADERS, [total, ["", h, ...blank], ...UNITS]),
  ],
];

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

describe.each(TEMPLATES)("%s: a department heading ending in 部门", (_, template, profile) => {
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

    it("a wrong row is still caught", () => {
      const p = layout(HEADINGS[1] as string);
      const rows = p.rows.map((row) =>
        row[0] === "2050101" || row[0] === "207002"
          ? [row[0], row[1] ?? "", "2,600,000.00", ...row.slice(3)]
          : row,
      );
      expect(check({ ...p, rows }, template, profile).findings.length).toBeGreaterThan(0);
    });
  });
});

describe("what names no department stays as read", () => {
  it.each(["教育部门", "其他部门", "有关部门"])(
    "%s (no region, no organisation before 部门): not guessed a caption",
    (h) => {
      const r = readUnder(
        table(SUBJECT_HEADERS, [["", h, ...blank], TOTAL, ...SUBJECTS]),
        nationalMinimum,
      );
      expect(r.problems.map((x) => x.code)).not.toContain("layout-row");
    },
  );
});

describe("a 三公 table by unit under a department heading ending in 部门", () => {
  const units = [
    { code: "207001", name: "某某县教育局机关", unitType: "行政" as const },
    { code: "207002", name: "某某县第二中学", unitType: "事业" as const },
  ];
  const sanGong = (a: string): PrintedTable => ({
    title: "2025年一般公共预算“三公”经费支出表",
    unit: "单位：元",
    headers: ["单位名称", "合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费"],
    rows: [
      ["合计", "65,000.00", "10,000.00", "35,000.00", "20,000.00"],
      ["某某县教育部门", "", "", "", ""],
      ["某某县教育局机关", a, "10,000.00", "20,000.00", "10,000.00"],
      ["某某县第二中学", "25,000.00", "", "15,000.00", "10,000.00"],
    ],
  });
  const run = (a: string) => {
    const r = readUnder(sanGong(a), henan2024, { units });
    if (r.table === undefined) throw new Error("not read");
    const report = checkAlone([r.table], {
      template: henan2024,
      profile: henan2024Profile,
      documentKind: "部门",
      units,
    });
    return { r, findings: serious(report) };
  };
  it("the heading is layout, the units' rows read, no finding", () => {
    const { r, findings } = run("40,000.00");
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
    expect(r.table?.rows.filter((row) => row.key.kind === "org")).toHaveLength(2);
    expect(findings).toEqual([]);
  });
  it("a unit's wrong figure is caught", () => {
    expect(run("41,000.00").findings.length).toBeGreaterThan(0);
  });
});
