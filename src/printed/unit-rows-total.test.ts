/**
 * A 三公 table printed with its items across and a row per unit beside their total: the total
 * (`合计`, `总计`) is the department's figures, read as the table's one row; the units' rows,
 * no units given, are read by their printed names where they add up to it (see
 * `unit-rows-printed-codes.test.ts`), else stay unplaced (coverage). Rows of periods, two totals, or a label that is no name leave the table as
 * before (no row read).
 */
import { describe, expect, it } from "vitest";
import type { Disclosure } from "../disclosure";
import { checkDisclosure, henan2024Profile } from "../rules";
import { henan2024, nationalMinimum } from "../templates";
import { readPrintedTable } from "./read";
import type { PrintedTable } from "./types";

const ITEMS = ["合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费"];
const TOTAL = ["6.50", "1.00", "3.50", "2.00"];
const A = ["4.00", "1.00", "2.00", "1.00"];
const B = ["2.50", "-", "1.50", "1.00"];

const read = (t: PrintedTable, template = henan2024) => {
  const r = readPrintedTable(t, { template });
  return {
    keys: r.table?.rows.map((row) => row.key.kind) ?? [],
    single: r.table?.rows.find((row) => row.key.kind === "single")?.cells,
    problems: r.problems.map((p) => p.code),
  };
};

const LAYOUTS: readonly (readonly [string, PrintedTable])[] = [
  [
    "单位名称, 合计 last",
    {
      title: "2024年一般公共预算“三公”经费支出预算表",
      headers: ["单位名称", ...ITEMS],
      rows: [
        ["某区教育局本级", ...A],
        ["某区第一中学", ...B],
        ["合计", ...TOTAL],
      ],
    },
  ],
  [
    "预算单位, 总计 first",
    {
      title: "某区教育局2024年“三公”经费预算表",
      unit: "单位：万元",
      headers: ["预算单位", ...ITEMS],
      rows: [
        ["总  计", ...TOTAL],
        ["某区教育局本级", ...A],
        ["某区第一中学", ...B],
      ],
    },
  ],
  [
    "a 序号 column, the 合计 merged over it",
    {
      title: "2024年一般公共预算“三公”经费支出表",
      headers: ["序号", "单位", ...ITEMS],
      rows: [
        ["合计", "", ...TOTAL],
        ["1", "某区教育局本级", ...A],
        ["2", "某区第一中学", ...B],
      ],
    },
  ],
];

describe.each(LAYOUTS)("items across, a row per unit: %s", (_, t) => {
  it.each([
    ["henan2024", henan2024],
    ["nationalMinimum", nationalMinimum],
  ])("under %s the total is the table's row, the units' rows read by name", (_t, template) => {
    const r = read(t, template);
    expect(r.keys.filter((k) => k === "single")).toEqual(["single"]);
    // no units given: the units as printed, their 合计 adding up to the total's
    expect(r.keys.filter((k) => k === "org")).toHaveLength(2);
    expect(r.single).toMatchObject({ total: "6.50", abroad: "1.00", reception: "2.00" });
    expect(r.problems).not.toContain("duplicate-row");
  });
});

describe("layouts whose total is not told: no row read", () => {
  const table = (rows: string[][]): PrintedTable => ({
    title: "2024年“三公”经费预算表",
    headers: ["单位名称", ...ITEMS],
    rows,
  });
  it.each([
    [
      "two totals",
      [
        ["合计", ...TOTAL],
        ["某中心", ...A],
        ["总计", ...TOTAL],
      ],
    ],
    [
      "units only",
      [
        ["某区教育局本级", ...A],
        ["某区第一中学", ...B],
      ],
    ],
    [
      "a period row beside the total",
      [
        ["合计", ...TOTAL],
        ["2023年预算数", ...A],
      ],
    ],
    [
      "a change row beside the total",
      [
        ["合计", ...TOTAL],
        ["增减额", ...A],
      ],
    ],
    [
      "a row labelled by a number",
      [
        ["合计", ...TOTAL],
        ["1", ...A],
      ],
    ],
  ])("%s", (_, rows) => {
    expect(read(table(rows)).keys).not.toContain("single");
  });
});

describe("the total read is checked", () => {
  const check = (total: readonly string[]) => {
    const t = read({
      title: "2024年一般公共预算“三公”经费支出表",
      headers: ["单位名称", ...ITEMS],
      rows: [
        ["合计", ...total],
        ["某区教育局本级", ...A],
        ["某区第一中学", ...B],
      ],
    });
    const r = readPrintedTable(
      {
        title: "2024年一般公共预算“三公”经费支出表",
        headers: ["单位名称", ...ITEMS],
        rows: [
          ["合计", ...total],
          ["某区教育局本级", ...A],
        ],
      },
      { template: henan2024 },
    );
    expect(t.keys).toContain("single");
    const d: Disclosure = {
      meta: {
        year: 2024,
        documentKind: "部门",
        template: "henan2024",
        department: { name: "某区教育局" },
        units: [],
      },
      tables: r.table === undefined ? [] : [r.table],
      texts: [],
    };
    return checkDisclosure(d, { profile: henan2024Profile, template: henan2024 }).findings.filter(
      (f) => f.severity !== "info",
    );
  };
  it("a right total: no finding; a total not the sum of its items: caught", () => {
    expect(check(TOTAL)).toEqual([]);
    expect(check(["7.50", "1.00", "3.50", "2.00"]).map((f) => f.path?.table)).toContain("sanGong");
  });
});
