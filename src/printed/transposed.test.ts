import { describe, expect, it } from "vitest";
import { henan2024 } from "../templates";
import { readPrintedTable } from "./read";
import type { PrintedTable } from "./types";

/** The Henan 三公 table (one row, a column per item) printed one item a row. */
const ROWS: PrintedTable = {
  title: "2024年一般公共预算“三公”经费预算表",
  unit: "万元",
  headers: ["项目", "2024年预算数"],
  rows: [
    ["合计", "6.50"],
    ["1.因公出国（境）费", ""],
    ["2.公务用车购置及运行费", "4.00"],
    ["（1）公务用车购置费", ""],
    ["（2）公务用车运行费", "4.00"],
    ["3.公务接待费", "2.50"],
  ],
};

const WIDE = {
  total: "6.50",
  abroad: "",
  vehicles: "4.00",
  "vehicles.purchase": "",
  "vehicles.operation": "4.00",
  reception: "2.50",
};

describe("a one-row table printed one item a row", () => {
  it("is read as its one row, the parts of an item under it", () => {
    const r = readPrintedTable(ROWS, { template: henan2024 });
    expect(r.ok).toBe(true);
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
    expect(r.table?.rows).toEqual([{ key: { kind: "single" }, cells: WIDE }]);
    expect(r.rowSources).toEqual([0]);
    expect(r.folded).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("labels that name no item of the kind are read as rows, never folded away", () => {
    const printed: PrintedTable = {
      title: "2024年一般公共预算“三公”经费预算表",
      headers: ["", ""],
      rows: [["本年支出"], ["预算数"]],
    };
    const r = readPrintedTable(printed, { template: henan2024 });
    expect(r.folded).toBeUndefined();
    expect(r.rowSources).toEqual([0, 1]);
  });

  it("numbered （一） / 1., or its parts after 其中, reads the same", () => {
    const labels = [
      "合计",
      "（一）因公出国（境）费",
      "（二）公务用车购置及运行费",
      "1、公务用车购置费",
    ];
    const cn = ROWS.rows.map((r, i) =>
      i < 4
        ? [labels[i] ?? "", r[1] ?? ""]
        : i === 4
          ? ["2、公务用车运行费", "4.00"]
          : ["（三）公务接待费", "2.50"],
    );
    expect(readPrintedTable({ ...ROWS, rows: cn }, { template: henan2024 }).table?.rows).toEqual([
      { key: { kind: "single" }, cells: WIDE },
    ]);
    const flat = ROWS.rows.map((r) => [(r[0] ?? "").replace(/^[0-9.（）()]+/u, ""), r[1] ?? ""]);
    flat[3] = ["其中：公务用车购置费", ""];
    const read = readPrintedTable({ ...ROWS, rows: flat }, { template: henan2024 });
    expect(read.table?.rows[0]?.cells).toEqual(WIDE);
  });

  it("keeps a note row as the table's note and names the printed cell in its problems", () => {
    const r = readPrintedTable(
      {
        ...ROWS,
        rows: [
          ...ROWS.rows.map((x, i) => (i === 4 ? [x[0] ?? "", "4.0O"] : x)),
          ["注：本表反映…", ""],
        ],
      },
      { template: henan2024 },
    );
    expect(r.table?.note).toBe("注：本表反映…");
    expect(r.problems.map((p) => [p.code, p.path])).toEqual([
      ["malformed-amount", { row: 4, cell: 1 }],
    ]);
  });

  it("leaves an item it does not know unread", () => {
    const r = readPrintedTable(
      { ...ROWS, rows: ROWS.rows.map((x, i) => (i === 1 ? ["1.出国考察费", "1.00"] : x)) },
      { template: henan2024 },
    );
    expect(r.problems.map((p) => p.code)).toContain("unknown-header");
    expect(r.table?.rows[0]?.cells.abroad).toBeUndefined();
  });

  it("reads a table of one item row as that item, never its figure as the total", () => {
    for (const [label, key] of [
      ["合计", "total"],
      ["公务接待费", "reception"],
      ["2.公务用车购置及运行维护费", "vehicles"],
    ] as const) {
      for (const header of ["预算数", "2024年预算数", "金额"]) {
        const printed = { ...ROWS, headers: ["项目", header], rows: [[label, "2.50"]] };
        const r = readPrintedTable(printed, { template: henan2024 });
        expect(r.table?.rows).toEqual([{ key: { kind: "single" }, cells: { [key]: "2.50" } }]);
        expect(r.folded).toEqual([0]);
      }
    }
    // A label that is only the amount's heading (`预算数` below `合计`) names no item; nor does
    // one the kind does not know: neither row is read, its figure never the total.
    for (const label of ["预算数", "出国考察费", "会议费"]) {
      const r = readPrintedTable(
        { ...ROWS, headers: ["项目", "预算数"], rows: [[label, "2.50"]] },
        { template: henan2024 },
      );
      expect(r.folded).toBeUndefined();
      expect(r.table?.rows.map((x) => x.key.kind)).toEqual(["unplaced"]);
      expect(r.problems.map((p) => p.code)).toContain("unplaced-row");
    }
  });
});

describe("a one-row table with the items across and a row per year", () => {
  const ACROSS = [
    "合计",
    "因公出国（境）费",
    "公务用车购置及运行费/小计",
    "公务用车购置及运行费/公务用车购置费",
    "公务用车购置及运行费/公务用车运行费",
    "公务接待费",
  ];
  const THIS = ["6.50", "", "4.00", "", "4.00", "2.50"];
  const LAST = ["5.50", "", "3.00", "", "3.00", "2.50"];
  const CHANGE = ["1.00", "", "1.00", "", "1.00", "0.00"];
  const RATE = ["18.2%", "", "33.3%", "", "33.3%", "0.0%"];
  const table = (first: string, rows: string[][], title = ROWS.title): PrintedTable => ({
    title,
    unit: "万元",
    headers: [first, ...ACROSS],
    rows,
  });

  it.each([
    [
      "年度",
      [
        ["2023年预算数", ...LAST],
        ["2024年预算数", ...THIS],
      ],
    ],
    [
      "项目",
      [
        ["2023年", ...LAST],
        ["2024年", ...THIS],
        ["增减", ...CHANGE],
      ],
    ],
    [
      "项目",
      [
        ["增减额", ...CHANGE],
        ["2023年度", ...LAST],
        ["2024年度", ...THIS],
      ],
    ],
    [
      "年度",
      [
        ["2024年度预算数", ...THIS],
        ["2023年度预算数", ...LAST],
        ["增减率", ...RATE],
      ],
    ],
    [
      "项目",
      [
        ["上年预算数", ...LAST],
        ["本年预算数", ...THIS],
        ["比上年增减", ...CHANGE],
      ],
    ],
  ])("reads this year's row only (%s: %j), never last year's or the change", (first, rows) => {
    for (const options of [{ template: henan2024 }, { template: henan2024, year: 2024 }]) {
      const r = readPrintedTable(table(first, rows), options);
      expect(r.table?.rows.map((x) => x.key)).toEqual([{ kind: "single" }]);
      const cells = r.table?.rows[0]?.cells ?? {};
      expect(
        Object.fromEntries(Object.entries(cells).filter(([k]) => !k.startsWith("extra:"))),
      ).toEqual(WIDE);
      expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
      expect(r.problems.every((p) => p.code === "other-period-header")).toBe(true);
    }
  });

  it("reads the year given, not the title's, and none of several years when neither is known", () => {
    const rows = [
      ["2023年", ...LAST],
      ["2024年", ...THIS],
      ["增减", ...CHANGE],
    ];
    const in2023 = readPrintedTable(table("年度", rows), { template: henan2024, year: 2023 });
    expect(in2023.table?.rows[0]?.cells.total).toBe("5.50");
    for (const r of [
      readPrintedTable(table("年度", rows, "一般公共预算“三公”经费预算表"), {
        template: henan2024,
      }),
      readPrintedTable(table("年度", rows.slice(0, 2), "“三公”经费预算表"), {
        template: henan2024,
      }),
    ]) {
      const cells = r.table?.rows[0]?.cells ?? {};
      expect(Object.keys(cells).filter((k) => !k.startsWith("extra:"))).toEqual([]);
      expect(
        r.problems.filter((p) => p.code === "other-period-header" && p.period === "undecided"),
      ).toHaveLength(12);
      expect(
        r.problems.some((p) => p.code === "malformed-amount" || p.code === "duplicate-row"),
      ).toBe(false);
    }
  });
});

describe("items numbered to a second level (`2.1`, `2.2`)", () => {
  const NAMES = [
    "因公出国（境）费",
    "公务用车购置及运行费",
    "公务用车购置费",
    "公务用车运行费",
    "公务接待费",
  ];
  const FIGURES = ["", "4.00", "", "4.00", "2.50"];
  const NUMBERS = [
    ["1", "2", "2.1", "2.2", "3"],
    ["1.", "2.", "2.1.", "2.2.", "3."],
    ["1、", "2、", "2.1、", "2.2、", "3、"],
  ];
  it.each(NUMBERS)("in a 序号 column (%s, %s, %s …): the parts of item 2", (...numbers) => {
    const r = readPrintedTable(
      {
        ...ROWS,
        headers: ["序号", "项目", "2024年预算数"],
        rows: [
          ["", "合计", "6.50"],
          ...NAMES.map((n, i) => [numbers[i] ?? "", n, FIGURES[i] ?? ""]),
        ],
      },
      { template: henan2024 },
    );
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
    expect(r.table?.rows).toEqual([{ key: { kind: "single" }, cells: WIDE }]);
  });

  it.each(NUMBERS.slice(1))(
    "before the label (%s因公出国（境）费 …): the parts of item 2",
    (...numbers) => {
      const r = readPrintedTable(
        {
          ...ROWS,
          rows: [["合计", "6.50"], ...NAMES.map((n, i) => [`${numbers[i]}${n}`, FIGURES[i] ?? ""])],
        },
        { template: henan2024 },
      );
      expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
      expect(r.table?.rows).toEqual([{ key: { kind: "single" }, cells: WIDE }]);
    },
  );
});
