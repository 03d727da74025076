/** A figure after a unit's name in its sentence is that unit's: placed on its rows, or left. */
import { describe, expect, it } from "vitest";
import type { Table } from "../disclosure";
import { read } from "./test-support";

const DEPT = { code: "301", name: "某某市某某局" };
/** The department's own level (named as it is, or `…（本级）`) and a centre, each with its rows. */
const tables = (own = "某某市某某局"): Table[] => [
  {
    kind: "expenditure",
    unit: "万元",
    rows: [
      { key: { kind: "total" }, cells: { total: "300.00" } },
      { key: { kind: "org", code: "301" }, name: "某某市某某局", cells: { total: "300.00" } },
      { key: { kind: "org", code: "301001" }, name: own, cells: { total: "200.00" } },
      { key: { kind: "org", code: "301002" }, name: "某某市信息中心", cells: { total: "100.00" } },
    ],
  },
];
const withUnits = (text: string, own?: string) =>
  read(text, 2024, { tables: tables(own), department: DEPT });

describe("extractClaims: a figure of one of the department's units", () => {
  it.each([
    // by its name, the department's name and 本级, a bare 本级, 机关本级, a bracketed own level
    ["某某市信息中心支出预算100.00万元。", "amount spending|org=301002 100.00万元"],
    ["其中：某某市信息中心（单位）支出预算100.00万元。", "amount spending|org=301002 100.00万元"],
    ["按单位分：某某市某某局本级支出预算200.00万元。", "amount spending|org=301001 200.00万元"],
    ["其中：本级支出预算200.00万元。", "amount spending|org=301001 200.00万元"],
    ["2024年机关本级支出预算200.00万元。", "amount spending|org=301001 200.00万元"],
    ["某某市某某局（本级）支出预算200.00万元。", "amount spending|org=301001 200.00万元"],
  ])("%s is the unit's", (text, claim) => {
    expect(withUnits(text).claims[0]).toMatch(
      new RegExp(`^${claim.replace(/[|()]/gu, "\\$&")}`, "u"),
    );
  });

  it("a unit's own level named otherwise (`…（本级）`) is told by its name", () => {
    expect(withUnits("其中：本级支出预算200.00万元。", "某某市某某局（本级）").claims).toEqual([
      "amount spending|org=301001 200.00万元 current budget equals [200.00万元]",
    ]);
  });

  it("the rest of the sentence is the unit's; the next sentence, a bracket closed, the department's name are not", () => {
    expect(
      withUnits(
        "某某市信息中心支出预算100.00万元，比上年增加10.00万元，增长11.11%。支出预算300.00万元。",
      ).claims,
    ).toEqual([
      "amount spending|org=301002 100.00万元 current budget equals [100.00万元]",
      "change spending|org=301002 up 10.00 budget [10.00万元]",
      "percent growth spending|org=301002 11.11 up d1 c0",
      "amount spending 300.00万元 current budget equals [300.00万元]",
    ]);
    expect(
      withUnits("项目支出120.00万元（含某某市信息中心专项经费），比上年增加10.00万元。").claims,
    ).toEqual([
      "amount spending|nature=project 120.00万元 current budget equals [120.00万元]",
      "change spending|nature=project up 10.00 budget [10.00万元]",
    ]);
    expect(
      withUnits("某某市信息中心支出预算100.00万元，某某市某某局支出预算300.00万元。").claims,
    ).toEqual([
      "amount spending|org=301002 100.00万元 current budget equals [100.00万元]",
      "amount spending 300.00万元 current budget equals [300.00万元]",
    ]);
  });

  it("a share of a unit's figure keeps its indexes, and may be of the unit's whole", () => {
    expect(
      withUnits("支出预算300.00万元，其中：某某市信息中心支出预算100.00万元，占33.33%。").claims,
    ).toEqual([
      "amount spending 300.00万元 current budget equals [300.00万元]",
      "amount spending|org=301002 100.00万元 current budget equals [100.00万元]",
      "percent share spending|org=301002 33.33 - p1 w0",
    ]);
  });

  it.each([
    // sub-units as a group, a unit the tables give no rows of, a 本级 the tables do not tell
    "所属单位支出预算100.00万元，比上年增加10.00万元。",
    "某某市档案馆支出预算100.00万元，比上年增加10.00万元。",
  ])("%s is left unplaced (unit-part), never the department's", (text) => {
    const r = read(text, 2024, {
      tables: tables(),
      department: DEPT,
      units: [{ name: "某某市档案馆" }],
    });
    expect(r.claims).toEqual([]);
    expect(r.unplaced[0]).toMatch(/^unit-part true \[100\.00万元\]/u);
  });

  it("a 本级 of a department whose units the tables do not give is a part, left unplaced", () => {
    const text = "某某市某某局本级支出预算300.00万元。";
    expect(read(text, 2024, { department: DEPT }).unplaced).toEqual([
      `unit-part true [300.00万元] in [${text}]`,
    ]);
  });

  it("a 本级 of a department whose own unit the tables do not tell is left unplaced", () => {
    const r = withUnits("其中：本级支出预算200.00万元。", "某某市办公室");
    expect(r.claims).toEqual([]);
    expect(r.unplaced).toEqual(["unit-part true [200.00万元] in [其中：本级支出预算200.00万元。]"]);
  });

  it.each([
    // the government's 本级财政; joined to the department
    ["本部门（含机关本级）支出预算300.00万元。", tables()],
    ["本部门及所属单位支出预算300.00万元。", tables()],
    ["从本级财政取得支出预算300.00万元。", tables()],
    ["某某市某某局支出预算300.00万元。", tables()],
  ])("%s stays the department's", (text, given) => {
    expect(
      read(text, 2024, { department: DEPT, ...(given ? { tables: given } : {}) }).claims,
    ).toEqual(["amount spending 300.00万元 current budget equals [300.00万元]"]);
  });
});
