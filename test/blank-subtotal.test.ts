import { describe, expect, it } from "vitest";
import type { Row, Table } from "../src/disclosure";
import type { CheckReport } from "../src/rules";
import { checkHenanTables } from "./layouts/check";

/**
 * A subtotal printed blank while its parts print figures (merged-cell layouts often lose it): the
 * blank is compared with its parts' sum, but a coarser total does not count it as zero.
 */
const errors = (r: CheckReport) =>
  r.findings
    .filter((f) => f.severity === "error")
    .map((f) => `${f.ruleId} ${f.path?.row}/${f.path?.column}`);

/** The Henan 三公: 合计 6.50 = 出国 0 + 车辆 (购置 0 + 运行 4.00) + 接待 2.50. */
const sanGong = (cells: Record<string, string>): Table => ({
  kind: "sanGong",
  unit: "万元",
  rows: [
    {
      key: { kind: "single" },
      cells: {
        total: "6.50",
        abroad: "",
        vehicles: "4.00",
        "vehicles.purchase": "",
        "vehicles.operation": "4.00",
        reception: "2.50",
        ...cells,
      },
    },
  ],
});

describe("a blank 三公 subtotal with its parts printed", () => {
  it.each([
    ["车辆 小计 blank, 运行费 4.00", { vehicles: "" }],
    [
      "车辆 小计 blank, 购置 1.50 + 运行 2.50",
      {
        vehicles: "",
        "vehicles.purchase": "1.50",
        "vehicles.operation": "2.50",
      },
    ],
  ])("%s: the 合计 6.50 is not judged against 2.50", (_, cells) => {
    const found = errors(checkHenanTables(sanGong(cells)));
    expect(found).not.toContain("sanGong.sum single/total");
    // the blank 小计 itself is still compared with its parts
    expect(found).toEqual(["sanGong.sum single/vehicles"]);
  });

  it("a 合计 that disagrees with the parts' sum is still found (6.60)", () => {
    const found = errors(checkHenanTables(sanGong({ vehicles: "", total: "6.60" })));
    expect(found).toContain("sanGong.sum single/total");
  });

  it("every part blank too: the blank 小计 is zero, the 合计 counts it so", () => {
    const found = errors(
      checkHenanTables(sanGong({ vehicles: "", "vehicles.operation": "", total: "6.50" })),
    );
    expect(found).toEqual(["sanGong.sum single/total"]);
  });
});

describe("a blank 类 row with its 款 printed", () => {
  const fn = (code: string, total: string): Row => ({
    key: { kind: "functional", code },
    cells: { total },
  });
  const expenditure = (total: string, ...rows: Row[]): Table => ({
    kind: "expenditure",
    unit: "万元",
    rows: [{ key: { kind: "total" }, cells: { total } }, ...rows],
  });

  it("the 合计 100.00 is not judged against 40.00 (the blank 201 counted as zero)", () => {
    const r = checkHenanTables(
      expenditure(
        "100.00",
        fn("201", ""),
        fn("20101", "60.00"),
        fn("208", "40.00"),
        fn("20805", "40.00"),
      ),
    );
    expect(errors(r)).toEqual(["rollup functional:201/total"]);
  });

  it("a 合计 already below what is printed (30.00 < 40.00) is still found", () => {
    const r = checkHenanTables(
      expenditure(
        "30.00",
        fn("201", ""),
        fn("20101", "60.00"),
        fn("208", "40.00"),
        fn("20805", "40.00"),
      ),
    );
    expect(errors(r)).toContain("rollup total/total");
  });

  it("a blank 类 above blank 款: nothing lost, the 合计 100.00 against 40.00 is found", () => {
    const r = checkHenanTables(
      expenditure(
        "100.00",
        fn("201", ""),
        fn("20101", ""),
        fn("208", "40.00"),
        fn("20805", "40.00"),
      ),
    );
    expect(errors(r)).toContain("rollup total/total");
  });
});

describe("a blank 基本支出 小计 with its 人员经费 printed, the first part of 合计", () => {
  it("合计 47.28 is not judged against a blank 基本支出 (basic + project)", () => {
    const r = checkHenanTables({
      kind: "expenditure",
      unit: "万元",
      rows: [
        {
          key: { kind: "functional", code: "2101101" },
          cells: {
            total: "47.28",
            basic: "",
            "basic.salary": "47.28",
            "basic.family": "",
            "basic.goods": "",
            "basic.capital": "",
            project: "",
          },
        },
      ],
    });
    // only the blank 基本支出 itself, against 工资福利支出 47.28
    expect(errors(r)).toEqual(["nature functional:2101101/basic"]);
  });
});

describe("a blank whole beside its printed parts in a row, rolled up (not zero there either)", () => {
  const Z = {
    total: "",
    basic: "",
    "basic.salary": "",
    "basic.family": "",
    "basic.goods": "",
    "basic.capital": "",
    project: "",
    "project.operating": "",
    "project.specific": "",
  };
  const row = (key: Row["key"], cells: Record<string, string>): Row => ({
    key,
    cells: { ...Z, ...cells },
  });
  const fn = (code: string, cells: Record<string, string>) =>
    row({ kind: "functional", code }, cells);
  const table = (kind: string, ...rows: Row[]): Table => ({ kind, unit: "万元", rows });
  /** 合计 80.00 = 2013101 (50.00, 基本支出 blank beside 人员 30.00 + 公用 20.00) + 2101101 30.00. */
  const rows = (totalBasic: string, blankRow: Record<string, string> = {}) => [
    row(
      { kind: "total" },
      { total: "80.00", basic: totalBasic, "basic.salary": "60.00", "basic.goods": "20.00" },
    ),
    fn("2013101", {
      total: "50.00",
      basic: "",
      "basic.salary": "30.00",
      "basic.goods": "20.00",
      ...blankRow,
    }),
    fn("2101101", { total: "30.00", basic: "30.00", "basic.salary": "30.00" }),
  ];

  it.each(["expenditure", "gpbExpenditure"])(
    "%s: the 合计's 基本支出 80.00 is not judged against 30.00 (the blank counted as zero)",
    (kind) => {
      const found = errors(checkHenanTables(table(kind, ...rows("80.00"))));
      expect(found).not.toContain("rollup total/basic");
      // only the blank 基本支出 itself, against its 人员经费 and 公用经费
      expect(found).toEqual(["nature functional:2013101/basic"]);
    },
  );

  it("a blank 合计 beside 基本支出 and 项目支出 of a 项 row: the 类's 合计 is not judged against the rest", () => {
    const found = errors(
      checkHenanTables(
        table(
          "expenditure",
          fn("201", {
            total: "70.00",
            basic: "40.00",
            "basic.salary": "40.00",
            project: "30.00",
            "project.specific": "30.00",
          }),
          fn("2013101", { total: "", basic: "40.00", "basic.salary": "40.00" }),
          fn("2013102", { total: "", project: "30.00", "project.specific": "30.00" }),
        ),
      ),
    );
    expect(found).not.toContain("rollup functional:201/total");
    expect(found).toEqual(["nature functional:2013101/total", "nature functional:2013102/total"]);
  });

  it("a 合计 already below what is printed (基本支出 20.00 < 30.00) is still found", () => {
    const found = errors(checkHenanTables(table("expenditure", ...rows("20.00"))));
    expect(found).toContain("rollup total/basic");
  });

  it("its parts blank too: the blank 基本支出 is zero, and the 合计 counts it so", () => {
    const found = errors(
      checkHenanTables(
        table("expenditure", ...rows("80.00", { "basic.salary": "", "basic.goods": "" })),
      ),
    );
    expect(found).toContain("rollup total/basic");
  });
});
