/**
 * The 收入决算表 / 支出决算表 with the balances by 科目 that some printers add: 年初结转和结余 (上年结转)
 * in the 收入决算表, with a 总计 (or a 合计 printed beside it: the 总计, not 本年收入合计); 结余分配 and
 * 年末结转和结余 in the 支出决算表. Read on the 规划局's document (年初结转和结余 112.88 and 年末
 * 100.00, non-fiscal, on 2120101 行政运行): the same report (was: unknown headers; a 合计 beside
 * 上年结转 read as 本年收入合计, so 合计 ≠ Σ sources, a false funds error), and a wrong balance
 * still found against the 总表, a wrong 总计 against its parts.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import { final2024 } from "../src/final";
import { readPrintedTable } from "../src/printed";
import type { PrintedTable } from "../src/printed/types";
import { CASES, checkFixture, mapTables, projection } from "./metamorphic/support";

const c = CASES.find((x) => x.name.startsWith("普陀区规划和自然资源局")) as (typeof CASES)[number];

/** The 合计 row and the 科目 above 2120101 行政运行, which hold the balances. */
const holds = (r: readonly string[]) => r[0] === "" || "2120101".startsWith(r[0] ?? "-");
const cents = (x: string) => BigInt(x.replace(/[,.]/gu, "") || "0");
const fmt = (v: bigint) => `${v / 100n}.${(v % 100n).toString().padStart(2, "0")}`;

type Column = readonly [string, (r: readonly string[]) => string];
/** `cols` inserted before column `at` of the table titled `title`. */
const insert = (title: string, at: number | "end", cols: readonly Column[]) =>
  mapTables(c.fixture, (t: PrintedTable) => {
    if (t.title !== title) return t;
    const i = at === "end" ? t.headers.length : at;
    return {
      ...t,
      headers: [...t.headers.slice(0, i), ...cols.map(([h]) => h), ...t.headers.slice(i)],
      rows: t.rows.map((r) => [...r.slice(0, i), ...cols.map(([, f]) => f(r)), ...r.slice(i)]),
    };
  });

const carryover = (h: string, total = "112.88"): Column => [
  h,
  (r) => (r[0] === "" ? total : holds(r) ? "112.88" : ""),
];
/** 年初结转和结余 + 本年收入合计 (the 收入决算表's third column) on each row. */
const grand = (h: string): Column => [h, (r) => fmt(cents(r[2] ?? "") + (holds(r) ? 11288n : 0n))];
const without = (f: ReturnType<typeof insert>, header: string) =>
  mapTables(f, (t) => {
    const i = t.headers.indexOf(header);
    if (t.title !== "收入决算表" || i < 0) return t;
    return {
      ...t,
      headers: t.headers.filter((_, j) => j !== i),
      rows: t.rows.map((r) => r.filter((_, j) => j !== i)),
    };
  });

const VARIANTS = {
  "收入决算表 + 年初结转和结余": insert("收入决算表", 2, [carryover("年初结转和结余")]),
  "收入决算表 + 上年结转结余 last": insert("收入决算表", "end", [carryover("上年结转结余")]),
  "收入决算表 总计 | 年初结转和结余 | 本年收入合计": insert("收入决算表", 2, [
    grand("总计"),
    carryover("年初结转和结余"),
  ]),
  "收入决算表 合计 | 上年结转 | 本年收入合计": insert("收入决算表", 2, [
    grand("合计"),
    carryover("上年结转"),
  ]),
  "收入决算表 合计 | 上年结转 | 财政拨款收入 …": without(
    insert("收入决算表", 2, [grand("合计"), carryover("上年结转")]),
    "本年收入合计",
  ),
  "支出决算表 + 结余分配 | 年末结转和结余": insert("支出决算表", "end", [
    ["结余分配", () => ""],
    ["年末结转和结余", (r) => (holds(r) ? "100.00" : "")],
  ]),
};

const serious = (f: typeof c.fixture) => projection(checkFixture(c, f), { serious: true });

describe("决算 收入 / 支出决算表 with balances by 科目", () => {
  const base = projection(checkFixture(c), { column: false });

  it.each(Object.entries(VARIANTS))("%s: the same report", (_, v) => {
    expect(v).not.toEqual(c.fixture);
    const unread = v.tables.flatMap((t) =>
      readPrintedTable(t, { template: final2024, catalog: catalog2024.functional })
        .problems.filter((p) => p.severity !== "info")
        .map((p) => `${t.title}: ${p.code}`),
    );
    expect(unread).toEqual([]);
    expect(projection(checkFixture(c, v), { column: false })).toEqual(base);
  });

  it("a 年初结转和结余 that differs from the 总表's is found", () => {
    const v = insert("收入决算表", 2, [carryover("年初结转和结余", "112.98")]);
    const added = serious(v).filter((l) => !serious(c.fixture).includes(l));
    expect(added.some((l) => / \| error \| income \| total \| /u.test(l))).toBe(true);
  });

  it("a 总计 that is not 年初结转和结余 + 本年收入合计 is found", () => {
    const v = insert("收入决算表", 2, [
      [
        "总计",
        (r) => fmt(cents(r[2] ?? "") + (holds(r) ? 11288n : 0n) + (r[0] === "208" ? 1n : 0n)),
      ],
      carryover("年初结转和结余"),
    ]);
    const added = serious(v).filter((l) => !serious(c.fixture).includes(l));
    expect(added.some((l) => l.includes("functional:208") && l.includes("| error |"))).toBe(true);
  });
});
