/**
 * A 三公 table printed with its items across and a row per unit, each unit's code printed (in a
 * 单位编码 column, or before its name), the caller naming no units: the rows are read as the units'
 * (`org` rows keyed by the printed codes, else by the printed names, as units given without
 * codes are), the 合计 the department's, so a wrong unit figure is found against the 合计. Before,
 * every unit row was an `unplaced-row` (coverage) and a wrong figure went unseen. Rows not told
 * apart (one name or code twice, some coded and some not, a code heading others' as the
 * department's does, a `其中` row, a row restating the total beside a unit's, a name that is no
 * organisation's) or whose 合计 do not add up to the total's (a unit left out, or a 合计 misprinted:
 * which, is not told) stay unplaced: whose figures they are is not guessed.
 */
import { describe, expect, it } from "vitest";
import { henan2024Profile, nationalProfile } from "../rules";
import { henan2024, nationalMinimum, type Template } from "../templates";
import { checkAlone, readUnder, serious } from "./test-support";
import type { PrintedTable } from "./types";

const ITEMS = ["合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费"];
/** In 元: a county's 教育局 and two of its units. */
const TOTAL = ["86,000.00", "12,000.00", "50,000.00", "24,000.00"];
const A = ["52,000.00", "12,000.00", "26,000.00", "14,000.00"];
const B = ["34,000.00", "", "24,000.00", "10,000.00"];

type Layout = (a?: readonly string[]) => PrintedTable;
const title = "2025年一般公共预算“三公”经费支出表";
const LAYOUTS: readonly (readonly [string, Layout])[] = [
  [
    "a 单位编码 column beside the names",
    (a = A) => ({
      title,
      unit: "单位：元",
      headers: ["单位编码", "单位名称", ...ITEMS],
      rows: [
        ["", "合计", ...TOTAL],
        ["405001", "某某县教育和体育局机关", ...a],
        ["405002", "某某县第三中学", ...B],
      ],
    }),
  ],
  [
    "codes in brackets before the names, 总计 last",
    (a = A) => ({
      title,
      unit: "单位：元",
      headers: ["单位名称", ...ITEMS],
      rows: [
        ["[405001]某某县教育和体育局机关", ...a],
        ["[405002]某某县第三中学", ...B],
        ["总计", ...TOTAL],
      ],
    }),
  ],
  [
    "names alone, no code (keyed by the printed names)",
    (a = A) => ({
      title,
      unit: "单位：元",
      headers: ["单位名称", ...ITEMS],
      rows: [
        ["合计", ...TOTAL],
        ["某某县教育和体育局机关", ...a],
        ["某某县第三中学", ...B],
      ],
    }),
  ],
  [
    "a 序号 column, codes before the names",
    (a = A) => ({
      title,
      unit: "单位：元",
      headers: ["序号", "单位", ...ITEMS],
      rows: [
        ["", "合计", ...TOTAL],
        ["1", "405001 某某县教育和体育局机关", ...a],
        ["2", "405002 某某县第三中学", ...B],
      ],
    }),
  ],
];

const TEMPLATES: readonly (readonly [string, Template, typeof nationalProfile])[] = [
  ["nationalMinimum", nationalMinimum, nationalProfile],
  ["henan2024", henan2024, henan2024Profile],
];

function check(p: PrintedTable, template: Template, profile: typeof nationalProfile) {
  const r = readUnder(p, template);
  if (r.table === undefined) throw new Error(p.title);
  const report = checkAlone([r.table], {
    template,
    profile,
    documentKind: "部门",
    department: "某某县教育和体育局",
  });
  return { r, findings: serious(report) };
}

describe.each(TEMPLATES)("%s: a 三公 row per unit, no units given", (_, t, p) => {
  describe.each(LAYOUTS)("%s", (_layout, layout) => {
    it("the units' rows read by their codes, no warning, no finding", () => {
      const { r, findings } = check(layout(), t, p);
      expect(r.problems.filter((x) => x.severity !== "info")).toEqual([]);
      const orgs = r.table?.rows.filter((row) => row.key.kind === "org") ?? [];
      expect(orgs.map((o) => o.cells.total)).toEqual(["52,000.00", "34,000.00"]);
      if (!_layout.startsWith("names"))
        expect(orgs.map((o) => o.key)).toEqual([
          { kind: "org", code: "405001" },
          { kind: "org", code: "405002" },
        ]);
      expect(findings).toEqual([]);
    });

    it("a unit's wrong figure is caught against the 合计", () => {
      const wrong = ["52,000.00", "12,000.00", "26,000.00", "15,000.00"];
      const { findings } = check(layout(wrong), t, p);
      expect(findings.map((f) => f.ruleId)).toContain("rollup");
    });
  });
});

describe("rows whose units are not told apart stay unplaced (coverage, no finding)", () => {
  const base = LAYOUTS[0]?.[1] as Layout;
  const rows = (first: string[], second: string[]): PrintedTable => ({
    ...base(),
    rows: [["", "合计", ...TOTAL], first, second],
  });
  it.each([
    ["one name twice", rows(["", "某某县第三中学", ...A], ["", "某某县第三中学", ...B])],
    [
      "some rows coded, some not",
      rows(["405001", "某某县教育和体育局机关", ...A], ["", "某某县第三中学", ...B]),
    ],
    [
      "a row of 其中 (a part of the units)",
      rows(["", "某某县教育和体育局机关", ...A], ["", "其中：某某县第三中学", ...B]),
    ],
    [
      "a row printing the total's figures beside a unit's (the department restated)",
      rows(["", "某某县教育和体育局", ...TOTAL], ["", "某某县第三中学", ...B]),
    ],
    [
      "one code twice",
      rows(["405001", "某某县教育和体育局机关", ...A], ["405001", "某某县第三中学", ...B]),
    ],
    [
      "the department's code heading its unit's",
      rows(["405", "某某县教育和体育局", ...TOTAL], ["405001", "某某县教育和体育局机关", ...A]),
    ],
    [
      "a unit left out (the units' 合计 short of the total)",
      rows(["405001", "某某县教育和体育局机关", ...A], ["", "", "", "", "", ""]),
    ],
    [
      "a unit's 合计 not adding up with the others' (which is wrong is not told)",
      rows(
        ["405001", "某某县教育和体育局机关", "53,000.00", ...A.slice(1)],
        ["405002", "某某县第三中学", ...B],
      ),
    ],
    [
      "a code beside no organisation's name",
      rows(["405001", "某某县教育和体育局机关", ...A], ["405002", "其他", ...B]),
    ],
  ])("%s", (_, table) => {
    const { r, findings } = check(table, nationalMinimum, nationalProfile);
    expect(r.table?.rows.some((row) => row.key.kind === "org")).toBe(false);
    expect(r.problems.map((x) => x.code)).toContain("unplaced-row");
    expect(findings).toEqual([]);
  });
});
