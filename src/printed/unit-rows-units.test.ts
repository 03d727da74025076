/**
 * A 三公 table printed with its items across and a row per unit beside their total, the caller
 * naming the units (`units`): the units' rows are the units' figures (`org` rows), the total the
 * department's. Read only where every unit row names a unit given (by name, after a label, after
 * or beside its code, the code the one given): otherwise all stay unplaced, as without units (a
 * total against some units' rows only would be a false `rollup`). A wrong unit figure is caught.
 */
import { describe, expect, it } from "vitest";
import type { Disclosure, Table } from "../disclosure";
import { checkDisclosure, henan2024Profile } from "../rules";
import { henan2024, nationalMinimum } from "../templates";
import { readPrintedTable } from "./read";
import type { PrintedTable } from "./types";

const ITEMS = ["合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费"];
const TOTAL = ["6.50", "1.00", "3.50", "2.00"];
const A = ["4.00", "1.00", "2.00", "1.00"];
const B = ["2.50", "-", "1.50", "1.00"];
const UNITS = [
  { code: "301001", name: "某区教育局机关", unitType: "行政" as const },
  { code: "301002", name: "某区第一中学", unitType: "事业" as const },
];

const read = (t: PrintedTable, options: { units?: typeof UNITS; departmentCode?: string } = {}) =>
  readPrintedTable(t, { template: henan2024, units: UNITS, ...options });

const check = (table: Table) => {
  const d: Disclosure = {
    meta: {
      year: 2024,
      documentKind: "部门",
      template: "henan2024",
      department: { name: "某区教育局", code: "301" },
      units: UNITS,
    },
    tables: [table],
    texts: [],
  };
  return checkDisclosure(d, { profile: henan2024Profile, template: henan2024 }).findings.filter(
    (f) => f.severity !== "info",
  );
};

const LAYOUTS: readonly (readonly [string, PrintedTable])[] = [
  [
    "names alone, 合计 first",
    {
      title: "某区教育局2024年一般公共预算“三公”经费支出表",
      headers: ["单位名称", ...ITEMS],
      rows: [
        ["合计", ...TOTAL],
        ["某区教育局机关", ...A],
        ["某区第一中学", ...B],
      ],
    },
  ],
  [
    "codes before the names, 总计 last",
    {
      title: "2024年“三公”经费预算表",
      unit: "单位：万元",
      headers: ["预算单位", ...ITEMS],
      rows: [
        ["[301001]某区教育局机关", ...A],
        ["301002 某区第一中学", ...B],
        ["总  计", ...TOTAL],
      ],
    },
  ],
  [
    "a 单位编码 column beside the names, a 序号 column",
    {
      title: "2024年一般公共预算“三公”经费支出预算表",
      headers: ["序号", "单位编码", "单位名称", ...ITEMS],
      rows: [
        ["", "", "合计", ...TOTAL],
        ["1", "301001", "某区教育局机关", ...A],
        ["2", "301002", "某区 第一中学", ...B],
      ],
    },
  ],
  [
    "labelled names (单位名称：…)",
    {
      title: "“三公”经费支出表",
      headers: ["单位", ...ITEMS],
      rows: [
        ["合计", ...TOTAL],
        ["单位名称：某区教育局机关", ...A],
        ["单位名称：某区第一中学", ...B],
      ],
    },
  ],
];

describe.each(LAYOUTS)("a row per unit, the units given: %s", (_, t) => {
  it("the units' rows are the units' figures, the total the table's row", () => {
    const r = read(t);
    const rows = r.table?.rows ?? [];
    expect(rows.map((row) => row.key)).toEqual(
      expect.arrayContaining([
        { kind: "single" },
        { kind: "org", code: "301001" },
        { kind: "org", code: "301002" },
      ]),
    );
    expect(rows).toHaveLength(3);
    const b = rows.find((row) => row.key.kind === "org" && row.key.code === "301002");
    expect(b?.cells).toMatchObject({ total: "2.50", reception: "1.00" });
    expect(r.problems.map((p) => p.code)).not.toContain("unplaced-row");
  });

  it("under the national minimum too", () => {
    const r = readPrintedTable(t, { template: nationalMinimum, units: UNITS });
    expect(r.table?.rows.filter((row) => row.key.kind === "org")).toHaveLength(2);
  });

  it("checks with no finding above info; a unit's wrong figure is caught", () => {
    const table = read(t).table as Table;
    expect(check(table)).toEqual([]);
    const wrong: Table = {
      ...table,
      rows: table.rows.map((row) =>
        row.key.kind === "org" && row.key.code === "301002"
          ? { ...row, cells: { ...row.cells, reception: "1.50" } }
          : row,
      ),
    };
    expect(check(wrong).map((f) => f.ruleId)).toContain("rollup");
  });
});

describe("a row per unit not all of whose units are told: all unplaced, as before", () => {
  const t = LAYOUTS[0]?.[1] as PrintedTable;
  const unplaced = (r: ReturnType<typeof read>) =>
    r.table?.rows.filter((row) => row.key.kind === "unplaced").length;
  it.each([
    ["one of the two given", { units: UNITS.slice(0, 1) }],
    ["a unit's name given with the department's code", { departmentCode: "301001" }],
  ])("%s", (_, options) => {
    const r = read(t, options);
    expect(unplaced(r)).toBe(2);
    expect(check(r.table as Table)).toEqual([]);
  });

  it("no units given: the rows read by their printed names (their 合计 add up)", () => {
    const r = read(t, { units: [] });
    expect(unplaced(r)).toBe(0);
    expect(check(r.table as Table)).toEqual([]);
  });

  it("a printed code other than the one given for the name", () => {
    const r = read({
      ...t,
      rows: [
        ["合计", ...TOTAL],
        ["[301009]某区教育局机关", ...A],
        ["某区第一中学", ...B],
      ],
    });
    expect(unplaced(r)).toBe(2);
  });
});
