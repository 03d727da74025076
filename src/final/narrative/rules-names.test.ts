import { describe, expect, it } from "vitest";
import type { Row } from "../../disclosure";
import { checkDisclosure } from "../../rules";
import { finalProfile } from "../profile";
import { final2024 } from "../template";
import { disclosureOf } from "./test-support";

/** A 一般公共预算财政拨款支出决算表 row: code, name, 合计 (all basic). */
const row = (code: string, name: string, total: string): Row => ({
  key: { kind: "functional", code },
  name,
  cells: { total, basic: total, project: "" },
});

const ROWS: readonly Row[] = [
  row("208", "社会保障和就业支出", "241.13"),
  row("20805", "行政事业单位养老支出", "241.13"),
  row("2080501", "行政单位离退休", "0.94"),
  row("2080505", "机关事业单位基本养老保险缴费支出", "160.75"),
  row("2080506", "机关事业单位职业年金缴费支出", "80.38"),
];

// 五(三) lists the 项 in code order, as the 普陀区 决算 do.
const ITEMS = [
  "（三）一般公共预算财政拨款支出决算具体情况",
  "一般公共预算财政拨款支出年初预算为241.13万元，支出决算为241.13万元，完成年初预算的100.00%。",
  "1、社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）。年初预算为0.94万元，支出决算为0.94万元。决算数与预算数持平。",
  "2、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。年初预算为160.75万元，支出决算为160.75万元。决算数与预算数持平。",
  "3、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）。年初预算为80.38万元，支出决算为80.38万元。决算数与预算数持平。",
];

function names(rows: readonly Row[], items: readonly string[] = ITEMS): string[] {
  const d = disclosureOf(items, [
    {
      kind: "gpbExpenditure",
      unit: "万元",
      rows: [
        ...rows,
        { key: { kind: "total" }, cells: { total: "241.13", basic: "241.13", project: "" } },
      ],
    },
  ]);
  const report = checkDisclosure(d, { profile: finalProfile, template: final2024 });
  return report.findings
    .filter((f) => f.ruleId === "final.narrative.names")
    .map((f) => `${f.params.code} ${f.params.item} / ${f.params.table}`);
}

describe("final.narrative.names: 五(三)'s items against the table's 项", () => {
  it("finds nothing when the items name the 项 as the table does", () => {
    expect(names(ROWS)).toEqual([]);
  });

  it("pairs each item with its 项 by content, whatever order the table prints the 项 in", () => {
    const [c, k, a, b, d] = ROWS as [Row, Row, Row, Row, Row];
    expect(names([c, k, d, b, a])).toEqual([]);
    expect(names([c, k, b, a, d])).toEqual([]);
  });

  it("still finds an item naming its 项 otherwise, in any row order", () => {
    const renamed = ITEMS.map((l) =>
      l.replace("机关事业单位职业年金缴费支出（项）", "职业年金缴费（项）"),
    );
    const [c, k, a, b, d] = ROWS as [Row, Row, Row, Row, Row];
    const expected = ["2080506 职业年金缴费 / 机关事业单位职业年金缴费支出"];
    expect(names(ROWS, renamed)).toEqual(expected);
    expect(names([c, k, d, a, b], renamed)).toEqual(expected);
  });

  describe("a text listing only some 项", () => {
    const [head, opener, one, two, three] = ITEMS as [string, string, string, string, string];
    const renamed = three.replace("机关事业单位职业年金缴费支出（项）", "职业年金缴费（项）");

    it.each([
      ["the first left out", [head, opener, two, renamed]],
      [
        "the first left out, the rest renumbered",
        [head, opener, two.replace("2、", "1、"), renamed.replace("3、", "2、")],
      ],
      ["the middle one left out", [head, opener, one, renamed]],
    ])("still finds an item naming its 项 otherwise: %s", (_, items) => {
      expect(names(ROWS, items)).toEqual(["2080506 职业年金缴费 / 机关事业单位职业年金缴费支出"]);
    });

    it("finds nothing when the items listed name their 项 as the table does", () => {
      expect(
        names(ROWS, [head, opener, two.replace("2、", "1、"), three.replace("3、", "2、")]),
      ).toEqual([]);
    });

    it("takes no row for an item by its outcome alone (another 项 of the same figure)", () => {
      // 160.75 is 2080505's figure; the item names neither its 款 nor its 项 as that row does
      const other =
        "1、社会保障和就业支出（类）行政事业单位医疗（款）行政单位医疗（项）。年初预算为160.75万元，支出决算为160.75万元。决算数与预算数持平。";
      expect(names(ROWS, [head, opener, other])).toEqual([]);
    });
  });
});
