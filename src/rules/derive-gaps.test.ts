import { describe, expect, it } from "vitest";
import { amount, type Unit } from "../amount";
import { type LoweredTable, lowerTable, type RowKey } from "../disclosure";
import type { Coordinates, Fact } from "../facts";
import { henan2024 } from "../templates";
import { type DerivedFact, decomposeTable, readingGaps, rollUpTable } from "./derive";

/**
 * Roll-ups over row dimensions the Henan tables do not print as rows (natures, 政府经济分类 alone,
 * units, funds), sums across units, and repeated statements, on lowered tables written out here.
 * Every sum is worked out by hand.
 */

let n = 0;
const fact = (raw: string, unit: Unit = "万元", column = "total"): Fact => ({
  concept: "spending",
  coords: {},
  value: amount(raw, unit),
  source: { table: "t", row: `r${++n}`, column, raw },
});
const row = (coords: Coordinates | undefined, facts: Fact[], key: RowKey = { kind: "total" }) => ({
  coords,
  facts,
  key,
});
const table = (rows: ReturnType<typeof row>[], unit: Unit = "万元"): LoweredTable =>
  ({
    table: { kind: "t", unit, rows: [] },
    kind: { columns: [{ key: "total" }] },
    rows: rows.map((r, index) => ({
      index,
      id: `r${index}`,
      row: { key: r.key, cells: {} },
      coords: r.coords,
      facts: r.facts,
    })),
    problems: [],
  }) as unknown as LoweredTable;
const brief = (ds: readonly DerivedFact[]) => ds.map((d) => [d.coords, d.value?.value ?? null]);

describe("rollUpTable over other row dimensions", () => {
  it("natures roll up to their parent and the total: 人员 1.00 + 公用 2.00 = 基本 3.00", () => {
    const ds = rollUpTable(
      table([
        row({ nature: "basic.personnel" }, [fact("1.00")]),
        row({ nature: "basic.public" }, [fact("2.00")]),
        row({ nature: "project.operating" }, [fact("4.00")]),
      ]),
    );
    expect(brief(ds)).toEqual([
      [{ nature: "basic" }, "3.00"],
      [{}, "7.00"],
      [{ nature: "project" }, "4.00"],
    ]);
  });

  it("a nature with no parent, a unit, a project, a category: straight to the total", () => {
    expect(
      brief(
        rollUpTable(
          table([
            row({ nature: "remittance" }, [fact("1.00")]),
            row({ nature: "operations" }, [fact("2.00")]),
          ]),
        ),
      ),
    ).toEqual([[{}, "3.00"]]);
    expect(
      brief(
        rollUpTable(
          table([row({ org: "101" }, [fact("1.00")]), row({ org: "102" }, [fact("2.50")])]),
        ),
      ),
    ).toEqual([[{}, "3.50"]]);
    expect(
      brief(
        rollUpTable(
          table([row({ project: "P1" }, [fact("1.00")]), row({ project: "P2" }, [fact("2.00")])]),
        ),
      ),
    ).toEqual([[{}, "3.00"]]);
    expect(brief(rollUpTable(table([row({ category: "a" }, [fact("1.00")])])))).toEqual([
      [{}, "1.00"],
    ]);
  });

  it("a dimension with no hierarchy of rows (a fund) is not rolled up", () => {
    expect(
      rollUpTable(
        table([row({ fund: "gpb" }, [fact("1.00")]), row({ fund: "govFund" }, [fact("2.00")])]),
      ),
    ).toEqual([]);
  });

  it("a 政府经济分类 code printed alone rolls up to its 类 and the total", () => {
    const ds = rollUpTable(
      table([row({ gov: "50101" }, [fact("1.00")]), row({ gov: "50102" }, [fact("2.00")])]),
    );
    expect(brief(ds)).toEqual([
      [{ gov: "501" }, "3.00"],
      [{}, "3.00"],
    ]);
  });

  it("a 政府 code paired with a 部门 code stays only on that 款's own row", () => {
    // the gov code is kept where the econ code is the row's own, dropped where it is coarser
    const ds = rollUpTable(
      table([
        row({ econ: "30101", gov: "50101" }, [fact("1.00")]),
        row({ econ: "30102", gov: "50102" }, [fact("2.00")]),
      ]),
    );
    expect(brief(ds)).toEqual([
      [{ econ: "301" }, "3.00"],
      [{}, "3.00"],
    ]);
  });

  it("rows of different shapes sum apart: by unit 5.00, by code 2.00 + 3.00", () => {
    const ds = rollUpTable(
      table([
        row({ org: "101" }, [fact("5.00")]),
        row({ functional: "2010101" }, [fact("2.00")]),
        row({ functional: "2010102" }, [fact("3.00")]),
      ]),
    );
    const totals = ds.filter((d) => Object.keys(d.coords).length === 0);
    expect(totals.map((d) => [d.value?.value, d.parts.length])).toEqual([
      ["5.00", 1],
      ["5.00", 2],
    ]);
  });

  it("a row without coordinates (a line) takes part in no roll-up", () => {
    expect(
      rollUpTable(
        table([
          row(undefined, [fact("1.00")], { kind: "line", line: "x" }),
          row({ org: "1" }, [fact("2.00")]),
        ]),
      ).map((d) => d.value?.value),
    ).toEqual(["2.00"]);
  });

  it("parts in another unit than the table's are summed exactly, in the table's unit", () => {
    // 1.00万元 + 5元 = 10,005元 = 1.0005万元
    const ds = rollUpTable(
      table([row({ org: "1" }, [fact("1.00")]), row({ org: "2" }, [fact("5", "元")])]),
    );
    expect(ds.map((d) => [d.value?.value, d.value?.unit])).toEqual([["1.0005", "万元"]]);
  });
});

describe("readingGaps of a table with no known kind", () => {
  const unknown = (cells: Record<string, string>) =>
    ({
      table: { kind: "t", unit: "万元", rows: [] },
      kind: undefined,
      rows: [
        { index: 0, id: "total", row: { key: { kind: "total" }, cells }, coords: {}, facts: [] },
      ],
      problems: [],
    }) as unknown as LoweredTable;

  it("no column is known: a printed cell is a split gap, a blank one is not", () => {
    expect(readingGaps(unknown({ total: "1.00" }))).toEqual({
      rows: false,
      lines: false,
      split: true,
    });
    expect(readingGaps(unknown({ total: "" }))).toEqual({
      rows: false,
      lines: false,
      split: false,
    });
  });
});

describe("readingGaps: columns of another period than this year's", () => {
  const lowered = (cells: Record<string, string>, otherPeriods?: Record<string, string>) =>
    ({
      table: { kind: "t", unit: "万元", rows: [], ...(otherPeriods && { otherPeriods }) },
      kind: { columns: [{ key: "total" }] },
      rows: [
        { index: 0, id: "total", row: { key: { kind: "total" }, cells }, coords: {}, facts: [] },
      ],
      problems: [],
    }) as unknown as LoweredTable;
  const cells = { total: "9.00", "extra:上年决算数": "8.00", "extra:增减额": "1.00" };

  it("last year's figures and the change (上年决算数, 增减额) are no gap of this year's sums", () => {
    const other = { "extra:上年决算数": "prior", "extra:增减额": "change" };
    expect(readingGaps(lowered(cells, other))).toEqual({ rows: false, lines: false, split: false });
  });

  it("an unknown column the reader did not place as another period's still is one", () => {
    expect(readingGaps(lowered(cells))).toEqual({ rows: false, lines: false, split: true });
    const one = { "extra:上年决算数": "prior" };
    expect(readingGaps(lowered(cells, one))).toEqual({ rows: false, lines: false, split: true });
    // a period the table does not state as another year's (a later year's) stays a gap
    const later = { "extra:上年决算数": "prior", "extra:增减额": "later" };
    expect(readingGaps(lowered(cells, later))).toEqual({ rows: false, lines: false, split: true });
  });

  it("a line whose place is not told printing last year's figure only states nothing this year", () => {
    const line = (cells: Record<string, string>) =>
      ({
        table: { kind: "t", unit: "万元", rows: [], otherPeriods: { "extra:上年决算数": "prior" } },
        kind: { columns: [{ key: "total" }], lines: [{ id: "carry" }] },
        rows: [
          { index: 0, id: "c", row: { key: { kind: "line", line: "carry" }, cells }, facts: [] },
        ],
        problems: [{ code: "ambiguous-line", table: "t", row: "c" }],
      }) as unknown as LoweredTable;
    expect(readingGaps(line({ total: "", "extra:上年决算数": "8.00" })).lines).toBe(false);
    expect(readingGaps(line({ total: "9.00", "extra:上年决算数": "8.00" })).lines).toBe(true);
  });
});

describe("readingGaps: a column of row numbers", () => {
  const rows = (...cells: Record<string, string>[]) =>
    ({
      table: { kind: "t", unit: "万元", rows: [] },
      kind: { columns: [{ key: "total" }] },
      rows: cells.map((c, i) => ({
        index: i,
        id: `r${i}`,
        row: { key: { kind: "total" }, cells: c },
        coords: {},
        facts: [],
      })),
      problems: [],
    }) as unknown as LoweredTable;

  it("序号 / 行次 / 栏次 printing row numbers only is no gap", () => {
    for (const h of ["序号", "行次", "栏次"]) {
      const lt = rows(
        { total: "9.00", [`extra:${h}`]: "1" },
        { total: "", [`extra:${h}`]: "" },
        { total: "1.00", [`extra:${h}`]: "２" },
      );
      expect(readingGaps(lt), h).toEqual({ rows: false, lines: false, split: false });
    }
  });

  it("bites: such a column printing anything else, or another unknown column, still is one", () => {
    expect(
      readingGaps(rows({ total: "9.00", "extra:序号": "1" }, { "extra:序号": "1.50" })),
    ).toEqual({
      rows: false,
      lines: false,
      split: true,
    });
    expect(readingGaps(rows({ total: "9.00", "extra:顺序": "1" }))).toEqual({
      rows: false,
      lines: false,
      split: true,
    });
  });
});

describe("decomposeTable: anchors", () => {
  it("a derived whole anchors a later decomposition: 基本 from 人员 + 公用, then 合计 from 基本 + 项目", () => {
    // 人员 1.00 + 公用 2.00 = 基本 3.00; 基本 3.00 + 项目 4.00 = 合计 7.00
    const lt = lowerTable(
      {
        kind: "expenditure",
        unit: "万元",
        rows: [
          {
            key: { kind: "total" },
            cells: { "basic.personnel": "1.00", "basic.public": "2.00", project: "4.00" },
          },
        ],
      },
      henan2024,
    );
    const ds = decomposeTable(lt);
    expect(
      ds.map((d) => [d.via.kind === "decomposition" ? d.via.id : "", d.coords, d.value?.value]),
    ).toEqual([
      ["nature.basic", { nature: "basic" }, "3.00"],
      ["nature.total", {}, "7.00"],
    ]);
  });

  it("an anchor of another concept with the same coordinates is no anchor", () => {
    // 本年收入 by fund: 一般公共预算 10.00 + 政府性基金 2.00; 上年结转 of 一般公共预算 (1.00) is
    // revenue.carryover with the same fund, and derives nothing here
    const lt = lowerTable(
      {
        kind: "income",
        unit: "万元",
        rows: [
          {
            key: { kind: "total" },
            cells: { gpb: "10.00", govFund: "2.00", "carryover.gpb": "1.00" },
          },
        ],
      },
      henan2024,
    );
    const ds = decomposeTable(lt, [
      {
        id: "byFund",
        rule: "funds",
        // the parent takes its anchor's concept
        parent: { coords: { fund: null } },
        children: [
          { concept: "revenue", coords: { fund: "gpb" } },
          { concept: "revenue", coords: { fund: "govFund" } },
        ],
      },
    ]);
    expect(ds.map((d) => [d.concept, d.value?.value])).toEqual([["revenue", "12.00"]]);
  });
});

describe("decomposeTable, a fact stated twice in one table", () => {
  const sanGong = (...receptions: string[]) =>
    lowerTable(
      {
        kind: "sanGong",
        unit: "万元",
        rows: receptions.map((reception) => ({
          key: { kind: "single" } as const,
          cells: { abroad: "1.00", vehicles: "2.00", reception },
        })),
      },
      henan2024,
    );

  it("derives the total once, from the first statement of each part (1.00 + 2.00 + 0.50)", () => {
    const ds = decomposeTable(sanGong("0.50", "0.70"));
    expect(ds.map((d) => [d.via.kind === "decomposition" ? d.via.id : "", d.value?.value])).toEqual(
      [["sanGong.total", "3.50"]],
    );
  });
});
