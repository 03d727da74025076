/**
 * A figure whose subject is a part of the department — its organ (`某县教育局机关`, `局机关`,
 * `本部门机关`), its own level (`…本级`, `…（本级）`, `机关本级`) — is that part's: placed on the
 * own unit's rows where the tables tell which unit it is, else left unplaced (coverage), never
 * compared with the department's total. The department's own wrong figure, and the own unit's,
 * are still errors; a measure named after the organ (`机关运行经费`) is no part.
 */
import { describe, expect, it } from "vitest";
import type { Disclosure, Row } from "../../disclosure";
import { findings } from "../../rules/test-support";
import { read } from "../test-support";
import { checker } from "./test-support";

const check = checker("narrative.amount");
const row = (key: Row["key"], total: string): Row => ({ key, cells: { total } });
/** 某县教育局 (400.00), with its own unit (150.00) and a school's rows, or with no unit rows at all. */
const disclosure = (body: string, units: boolean): Disclosure => ({
  meta: {
    year: 2025,
    documentKind: "部门",
    template: "henan2024",
    department: { code: "301", name: "某县教育局" },
    units: units
      ? [
          { code: "301001", name: "某县教育局（本级）", unitType: "行政" },
          { code: "301002", name: "某县第一中学", unitType: "事业" },
        ]
      : [],
  },
  tables: [
    {
      kind: "expenditure",
      unit: "万元",
      rows: [
        row({ kind: "total" }, "400.00"),
        ...(units
          ? [
              row({ kind: "org", code: "301" }, "400.00"),
              row({ kind: "org", code: "301001" }, "150.00"),
              row({ kind: "org", code: "301002" }, "250.00"),
            ]
          : []),
      ],
    },
  ],
  texts: [{ title: "情况说明", body }],
});
const errors = (body: string, units = false) =>
  findings(check(disclosure(body, units)), "narrative.amount")
    .filter((f) => f.severity !== "info")
    .map((f) => [f.expected, f.actual]);

const PARTS = [
  "某县教育局机关2025年支出预算150.00万元。",
  "某县教育局机关支出预算150.00万元。",
  "某县教育局本级支出预算150.00万元。",
  "某县教育局（本级）2025年支出预算150.00万元。",
  "某县教育局机关本级支出预算150.00万元。",
  "本部门机关支出预算150.00万元。",
  "教育局机关2025年支出预算150.00万元。",
  "2025年，局机关支出预算150.00万元。",
  "其中：机关本级支出预算150.00万元。",
  // a short name the tables do not print, then the part
  "县教育局（本级）2025年支出预算150.00万元。",
  "县教育局机关2025年收入预算150.00万元，其中：一般公共预算拨款收入150.00万元。",
];

describe("a figure of a part of the department", () => {
  it.each(PARTS)("%s, the units not known: coverage, not the department's", (text) => {
    expect(errors(`某县教育局2025年支出预算400.00万元。${text}`)).toEqual([]);
  });

  it.each(PARTS)("%s, the own unit known: compared with its rows", (text) => {
    expect(errors(`某县教育局2025年支出预算400.00万元。${text}`, true)).toEqual([]);
  });

  it.each([
    "某县教育局机关2025年支出预算160.00万元。",
    "某县教育局（本级）2025年支出预算160.00万元。",
    "局机关2025年支出预算160.00万元。",
  ])("%s, the own unit known: its wrong figure is still an error, against its rows", (text) => {
    expect(errors(text, true)).toEqual([["150.00", "160.00"]]);
  });

  it.each([
    "局机关后勤服务中心2025年支出预算50.00万元。",
    "委办机关服务中心2025年支出预算50.00万元。",
    "某县教育局机关幼儿园2025年支出预算50.00万元。",
    "某县教育局机关党委2025年支出预算50.00万元。",
  ])("%s: a body named after the organ is neither the organ nor the department", (text) => {
    for (const units of [false, true])
      expect(errors(`某县教育局2025年支出预算400.00万元。${text}`, units)).toEqual([]);
  });

  it("a measure named after the organ is no part: 机关运行经费 stays the department's", () => {
    const department = { code: "301", name: "某县教育局" };
    for (const text of ["某县教育局机关运行经费12.00万元。", "本部门机关运行经费12.00万元。"])
      expect(read(text, 2025, { department }).claims).toEqual([
        "amount operatingCost 12.00万元 current budget equals [12.00万元]",
      ]);
  });

  it("the department's own wrong figure is still an error", () => {
    expect(errors("某县教育局2025年支出预算390.00万元。")).toEqual([["400.00", "390.00"]]);
    expect(errors("本部门2025年支出预算390.00万元。", true)).toEqual([["400.00", "390.00"]]);
  });
});
