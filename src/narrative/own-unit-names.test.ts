/**
 * The department's own unit (本级) named by the department's own name, full or short
 * (`中共洛阳市涧西区委办公室` for the department `中国共产党洛阳市涧西区委员会办公室`, or the other way
 * round): a figure after that name alone is the department's, as it is where the unit is named
 * exactly as the department is. Only `本级`, `机关本级`, `（本级）` after it, or a heading naming
 * it so, makes it the unit's. Before, the department's totals were placed on the unit and every
 * one was a false `narrative.amount` finding.
 */
import { describe, expect, it } from "vitest";
import type { Table } from "../disclosure";
import { read } from "./test-support";

const FULL = "中国共产党洛阳市涧西区委员会办公室";
const SHORT = "中共洛阳市涧西区委办公室";
const OTHER = "中共洛阳市涧西区委党史研究室";

/** The 支出总表 of the department (116) and its two units, the own unit named `own`. */
const tables = (department: string, own: string): Table[] => [
  {
    kind: "expenditure",
    unit: "万元",
    rows: [
      { key: { kind: "total" }, cells: { total: "969.06" } },
      { key: { kind: "org", code: "116" }, name: department, cells: { total: "969.06" } },
      { key: { kind: "org", code: "116001" }, name: own, cells: { total: "869.06" } },
      { key: { kind: "org", code: "116002" }, name: OTHER, cells: { total: "100.00" } },
    ],
  },
];

/** Read with the department named `department` and its own unit `own` (in the tables and the list). */
const claims = (text: string, department: string, own: string, rows = true) =>
  read(text, 2024, {
    ...(rows ? { tables: tables(department, own) } : {}),
    department: { code: "116", name: department },
    units: [
      { code: "116001", name: own },
      { code: "116002", name: OTHER },
    ],
  });

/** The department's name and its own unit's: full and short, either way, or alike. */
const NAMINGS: readonly (readonly [string, string])[] = [
  [FULL, SHORT],
  [SHORT, FULL],
  [SHORT, SHORT],
  ["洛阳市涧西区教育局", "涧西区教育局"],
  ["涧西区卫生健康委员会", "涧西区卫健委"],
];

describe("extractClaims: the own unit named by the department's name", () => {
  it.each(NAMINGS)("department %s, own unit %s: the name alone is the department's", (d, own) => {
    for (const name of new Set([d, own])) {
      const text = `${name}2024年支出预算969.06万元，比上年增加134.22万元，增长16.08%。`;
      for (const rows of [true, false])
        expect(claims(text, d, own, rows)).toEqual({
          claims: [
            "amount spending 969.06万元 current budget equals [969.06万元]",
            "change spending up 134.22 budget [134.22万元]",
            "percent growth spending 16.08 up d1 c0",
          ],
          unplaced: [],
        });
    }
  });

  it.each(NAMINGS)("department %s, own unit %s: 本级 after it is the unit's", (d, own) => {
    for (const level of ["本级", "机关本级", "（本级）"])
      expect(claims(`${own}${level}2024年支出预算869.06万元。`, d, own).claims).toEqual([
        "amount spending|org=116001 869.06万元 current budget equals [869.06万元]",
      ]);
  });

  it.each(NAMINGS)(
    "department %s, own unit %s: a heading naming its 本级 scopes its section",
    (d, own) => {
      const text = `一、${d}收支预算总体情况\n支出预算969.06万元。\n二、${own}本级收支预算情况\n支出预算869.06万元。\n三、${OTHER}收支预算情况\n支出预算100.00万元。`;
      expect(claims(text, d, own).claims).toEqual([
        "amount spending 969.06万元 current budget equals [969.06万元]",
        "amount spending|org=116001 869.06万元 current budget equals [869.06万元]",
        "amount spending|org=116002 100.00万元 current budget equals [100.00万元]",
      ]);
    },
  );

  it("the other unit, and an own unit named with 本级 or 机关, are still theirs", () => {
    expect(claims(`${OTHER}支出预算100.00万元。`, FULL, SHORT).claims).toEqual([
      "amount spending|org=116002 100.00万元 current budget equals [100.00万元]",
    ]);
    for (const own of [`${SHORT}本级`, `${SHORT}（本级）`, `${SHORT}机关`])
      expect(
        claims(`${own}支出预算869.06万元。${SHORT}支出预算969.06万元。`, SHORT, own).claims,
      ).toEqual([
        "amount spending|org=116001 869.06万元 current budget equals [869.06万元]",
        "amount spending 969.06万元 current budget equals [969.06万元]",
      ]);
  });

  it.each([
    ["洛阳市涧西区教育局（本级）", "涧西区教育局"],
    ["洛阳市涧西区教育局本级", "涧西区教育局"],
    ["洛阳市涧西区教育局机关", "洛阳市涧西区教育局"],
    ["涧西区教育局机关", "洛阳市涧西区教育局"],
  ])("own unit %s, the text naming the department %s: the department's", (own, name) => {
    const text = `${name}2024年支出预算969.06万元。`;
    expect(claims(text, "洛阳市涧西区教育局", own)).toEqual({
      claims: ["amount spending 969.06万元 current budget equals [969.06万元]"],
      unplaced: [],
    });
  });

  it("a unit whose name only starts as the department's is no own unit", () => {
    const centre = "洛阳市涧西区教育局电化教育馆";
    const r = read(`${centre}支出预算100.00万元。`, 2024, {
      department: { code: "116", name: "洛阳市涧西区教育局" },
      units: [
        { code: "116001", name: "洛阳市涧西区教育局本级" },
        { code: "116002", name: centre },
      ],
    });
    expect(r.claims).toEqual([]);
    expect(r.unplaced).toEqual([`unit-part true [100.00万元] in [${centre}支出预算100.00万元。]`]);
  });
});
