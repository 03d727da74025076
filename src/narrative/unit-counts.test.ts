/** A count after a unit's name, or under its heading, is that unit's (`org`), as its amounts are. */
import { describe, expect, it } from "vitest";
import type { Table } from "../disclosure";
import { read } from "./test-support";

const DEPT = { code: "301", name: "某某市某某局" };
const tables: Table[] = [
  {
    kind: "expenditure",
    unit: "万元",
    rows: [
      { key: { kind: "total" }, cells: { total: "300.00" } },
      { key: { kind: "org", code: "301" }, name: "某某市某某局", cells: { total: "300.00" } },
      { key: { kind: "org", code: "301001" }, name: "某某市某某局", cells: { total: "200.00" } },
      { key: { kind: "org", code: "301002" }, name: "某某市信息中心", cells: { total: "100.00" } },
    ],
  },
];
const claims = (text: string) => read(text, 2024, { tables, department: DEPT }).claims;

describe("extractClaims: a count of one of the department's units", () => {
  it.each([
    ["某某市信息中心共3个项目，涉及资金100.00万元。", "count projects - 3个 current org=301002"],
    ["2023年期末，某某市信息中心共有车辆1辆。", "count vehicles - 1辆 prior org=301002"],
    [
      "二、某某市信息中心预算情况说明\n本单位共有车辆1辆。",
      "count vehicles - 1辆 current org=301002",
    ],
    [
      "二、某某市信息中心预算情况说明\n我单位共3个项目。",
      "count projects - 3个 current org=301002",
    ],
  ])("%s is the unit's", (text, claim) => {
    expect(claims(text)[0]).toBe(claim);
  });

  it.each([
    "本单位共有车辆2辆。",
    "一、部门预算情况说明\n本单位共有车辆2辆。",
    "二、某某市信息中心预算情况说明\n支出100.00万元。\n三、其他\n本单位共有车辆2辆。",
    "某某市信息中心支出100.00万元，本部门共有车辆2辆。",
    "某某市某某局共有车辆2辆。",
  ])("the department's: %s", (text) => {
    expect(claims(text).at(-1)).toBe("count vehicles - 2辆 current");
  });

  it("a unit the tables give no rows of leaves its count unplaced", () => {
    expect(read("所属单位共有车辆1辆。", 2024, { tables, department: DEPT }).unplaced).toEqual([
      "unit-part false [1辆] in [所属单位共有车辆1辆。]",
    ]);
  });
});
