/**
 * Columns of a 决算 table other printers add that hold no money of the form: the 公务接待 part
 * lines under `其中：` (`国内接待费`, `外事接待费`, `国（境）外公务接待费`), the counts beside the
 * 三公 (`公务接待批次（个）`, `公务接待人次（人）`, `公务用车保有量（辆）`), and the percentages of the
 * 一般公共预算财政拨款支出决算表 (`占比（%）`, `决算数占调整预算数的比例（%）`). Read as text (coverage),
 * never as the parent's figure nor summed: the same findings as the fixture's (was: a
 * `duplicate-header` and `unknown-header` warnings on a correct table). A wrong 三公 figure in such
 * a table is still found.
 */
import { describe, expect, it } from "vitest";
import { final2024 } from "../src/final";
import { readPrintedTable } from "../src/printed";
import type { PrintedTable } from "../src/printed/types";
import { putuoPlanningFinal2024Fixture as P } from "./fixtures/putuo-planning-final-2024";
import { putuoSocialWorkFinal2024Fixture as S } from "./fixtures/putuo-social-work-final-2024";
import { added, varyTables } from "./support/final-variants";

const isSanGong = (t: PrintedTable) => t.title.includes("三公");
const GPB = "一般公共预算财政拨款支出决算表";

/** The planning bureau's 三公 row: 预算数 then 决算数 of 合计, 出国, 车 小计 / 购置 / 运行, 接待. */
const ROW = [
  "2.85",
  "0.39",
  "0.00",
  "0.00",
  "0.00",
  "",
  "0.00",
  "0.00",
  "0.00",
  "0.00",
  "2.85",
  "0.39",
];
const ITEMS = [
  "合计",
  "因公出国（境）费",
  "公务用车购置及运行维护费",
  "其中：公务用车购置费",
  "公务用车运行维护费",
  "公务接待费",
];

/** The 三公 table printed one item a row (`项目 | 预算数 | 决算数`), `more` rows after it. */
const itemRows =
  (more: readonly (readonly string[])[], reception = "0.39") =>
  (t: PrintedTable): PrintedTable => ({
    ...t,
    headers: ["项目", "预算数", "决算数"],
    rows: [
      ...ITEMS.map((n, i) => [n, ROW[2 * i] ?? "", i === 5 ? reception : (ROW[2 * i + 1] ?? "")]),
      ...more.map((r) => [...r]),
    ],
  });

/** The 三公 table in the form's layout with `more` columns (header, cell) after it. */
const columnsAfter =
  (more: readonly (readonly [string, string])[]) =>
  (t: PrintedTable): PrintedTable => ({
    ...t,
    headers: [...t.headers, ...more.map(([h]) => h)],
    rows: [[...ROW, ...more.map(([, c]) => c)]],
  });

const SAN_GONG: Record<string, (t: PrintedTable) => PrintedTable> = {
  "其中：国内接待费 / 外事接待费 rows": itemRows([
    ["其中：国内接待费", "2.85", "0.39"],
    ["外事接待费", "0.00", "0.00"],
  ]),
  "其中：国内公务接待费 / 国（境）外公务接待费 rows": itemRows([
    ["其中：国内公务接待费", "2.85", "0.39"],
    ["国（境）外公务接待费", "0.00", "0.00"],
  ]),
  "公务接待批次 / 人次 / 公务用车保有量 rows": itemRows([
    ["公务接待批次（个）", "", "2"],
    ["公务接待人次（人）", "", "26"],
    ["公务用车保有量（辆）", "", "0"],
  ]),
  "批次 / 人次 / 保有量 columns": columnsAfter([
    ["公务接待批次（个）", "2"],
    ["公务接待人次（人）", "26"],
    ["公务用车保有量（辆）", "0"],
  ]),
  "公务接待费（含外宾接待） in the form's layout (a note of what it includes)": (t) => ({
    ...t,
    headers: t.headers.map((h) => h.replace("公务接待费/", "公务接待费（含外宾接待）/")),
  }),
  "国内 / 外事接待费 under 公务接待费/决算数": columnsAfter([
    ["财政拨款“三公”经费/公务接待费/其中：国内接待费/决算数", "0.39"],
    ["财政拨款“三公”经费/公务接待费/外事接待费/决算数", "0.00"],
  ]),
};

const pct = (a: string) => ((Number(a || "0") / 307.82) * 100).toFixed(2);
const GPB_LAYOUTS: Record<string, (t: PrintedTable) => PrintedTable> = {
  "占比（%）": (t) => ({
    ...t,
    headers: [...t.headers, "占比（%）"],
    rows: t.rows.map((r) => [...r, pct(r[2] ?? "")]),
  }),
  "年初 / 调整预算, 决算, 决算数占调整预算数的比例（%）": (t) => ({
    ...t,
    headers: [
      ...t.headers.slice(0, 2),
      "年初预算数",
      "调整预算数",
      "决算数/合计",
      "决算数/基本支出",
      "决算数/项目支出",
      "决算数占调整预算数的比例（%）",
    ],
    rows: t.rows.map((r) => [...r.slice(0, 2), "", r[2] ?? "", ...r.slice(2), "100.00"]),
  }),
  "决算数占年初预算数的比例 beside 占比": (t) => ({
    ...t,
    headers: [...t.headers, "年初预算数", "决算数占年初预算数的比例（%）", "占比（%）"],
    rows: t.rows.map((r) => [...r, r[2] ?? "", "100.00", pct(r[2] ?? "")]),
  }),
};

describe("the 决算 三公 table with columns of no money", () => {
  it.each(Object.entries(SAN_GONG))("%s: read, the same findings", (_, vary) => {
    const v = varyTables(P, isSanGong, vary);
    const t = v.tables.find(isSanGong) as PrintedTable;
    const read = readPrintedTable(t, { template: final2024 });
    expect(read.problems.filter((p) => p.severity !== "info")).toEqual([]);
    expect(added(P, v).added).toEqual([]);
  });

  it("a wrong 公务接待费 决算 beside them is still found (0.39 printed 0.93)", () => {
    const v = varyTables(
      P,
      isSanGong,
      itemRows(
        [
          ["其中：国内接待费", "2.85", "0.39"],
          ["外事接待费", "0.00", "0.00"],
          ["公务接待批次（个）", "", "2"],
        ],
        "0.93",
      ),
    );
    expect(added(P, v).added.some((l) => l.startsWith("error sanGong.sum"))).toBe(true);
  });

  it("a part line is no 公务接待费: its figure is not read as the item's", () => {
    const v = varyTables(P, isSanGong, itemRows([["其中：国内接待费", "2.85", "0.39"]]));
    const t = v.tables.find(isSanGong) as PrintedTable;
    const cells = readPrintedTable(t, { template: final2024 }).table?.rows[0]?.cells ?? {};
    expect(cells["reception.final"]).toBe("0.39");
    expect(Object.keys(cells).filter((k) => k.startsWith("reception.final"))).toEqual([
      "reception.final",
    ]);
  });
});

describe("the 一般公共预算财政拨款支出决算表 with percentages", () => {
  it.each(Object.entries(GPB_LAYOUTS))("%s: read, the same findings", (_, vary) => {
    const v = varyTables(S, (t) => t.title === GPB, vary);
    const t = v.tables.find((x) => x.title === GPB) as PrintedTable;
    const read = readPrintedTable(t, { template: final2024 });
    expect(read.problems.filter((p) => p.severity !== "info")).toEqual([]);
    expect(added(S, v).added).toEqual([]);
  });

  it("a wrong figure beside them is still found (2101101 2.22 printed 2.32)", () => {
    const v = varyTables(
      S,
      (t) => t.title === GPB,
      (t) => ({
        ...t,
        headers: [...t.headers, "占比（%）"],
        rows: t.rows.map((r) =>
          r[0] === "2101101" ? [r[0], r[1] ?? "", "2.32", "2.32", "", "0.75"] : [...r, "1.00"],
        ),
      }),
    );
    expect(added(S, v).added.some((l) => l.startsWith("error rollup"))).toBe(true);
  });
});
