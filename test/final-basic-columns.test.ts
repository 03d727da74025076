/**
 * The 决算 基本支出决算表 printed with `合计 | 人员经费 | 公用经费` for each 经济分类 row (a row's figure
 * under 合计 and under 人员经费 or 公用经费 by its class: 301 / 303 人员, 302 / 310 公用), in one list
 * (the 合计 row first or last, or labelled 基本支出(合计); the footer lines 人员经费(合计) / 公用经费(合计)), under 决算数, with code
 * and name in one cell, or as two blocks side by side (301 / 303 left, 302 / 310 right). Read as
 * the fixtures' own layout: every check kept, no new finding but the documents' own known errors
 * in the cells the new columns add (README: 人员经费 301 + 303 = 4,884.10 printed 4,884.09 in the
 * 规划局; 人员 + 公用 = 105.59 ≠ 基本支出 105.58 in the 社会工作部). Was: 合计 / 人员经费 / 公用经费
 * unknown headers, the table unread; and, read, a false same-fact error for the footer lines'
 * blank cell under the other nature.
 */
import { describe, expect, it } from "vitest";
import { final2024 } from "../src/final";
import { readPrintedTable } from "../src/printed";
import type { PrintedTable } from "../src/printed/types";
import { CASES, checkFixture, mapTables, projection } from "./metamorphic/support";

const FINALS = CASES.filter((c) => c.final);
type Case = (typeof FINALS)[number];

interface Item {
  readonly code: string;
  readonly name: string;
  readonly value: string;
}

/** Table 6 of a fixture as its items and its two footers. */
function itemsOf(t: PrintedTable) {
  const n = t.headers.length - 2;
  const items: Item[] = [];
  for (const r of t.rows) {
    const code = r.slice(0, n).join("").replace(/\s/gu, "");
    if (code !== "") items.push({ code, name: r[n] ?? "", value: r[n + 1] ?? "" });
  }
  const footer = (label: string) => t.rows.find((r) => r[n] === label)?.[n + 1] ?? "";
  return { items, personnel: footer("人员经费合计"), public: footer("公用经费合计") };
}

const isPersonnel = (i: Item) => ["301", "303"].includes(i.code.slice(0, 3));
/** `code | name | 合计 | 人员经费 | 公用经费`. */
const three = (i: Item) => [
  i.code,
  i.name,
  i.value,
  isPersonnel(i) ? i.value : "",
  isPersonnel(i) ? "" : i.value,
];
/** Exact sum of two amounts printed with 2 decimals (thousands separators allowed). */
const sum2 = (a: string, b: string) => {
  const cents = (x: string) => BigInt(x.replace(/[,.]/gu, "") || "0");
  const c = cents(a) + cents(b);
  return `${c / 100n}.${(c % 100n).toString().padStart(2, "0")}`;
};

const H = ["经济分类科目编码", "科目名称", "合计", "人员经费", "公用经费"];

type Layout = (t: PrintedTable) => PrintedTable;

/** The items in one list under `headers`, a total row labelled `label` first (or `last`). */
const oneList =
  (label: string, last = false, headers: readonly string[] = H): Layout =>
  (t) => {
    const x = itemsOf(t);
    const total = ["", label, sum2(x.personnel, x.public), x.personnel, x.public];
    const items = x.items.map(three);
    return { ...t, headers: [...headers], rows: last ? [...items, total] : [total, ...items] };
  };

/**
 * The items in one list, then footer lines `人员经费{suffix}` and `公用经费{suffix}` (the latter
 * printing `publicPersonnel` under 人员经费), then a 合计 row where `total` says.
 */
const footers =
  (suffix: string, publicPersonnel: string, total: boolean): Layout =>
  (t) => {
    const x = itemsOf(t);
    const sum = ["", "合计", sum2(x.personnel, x.public), x.personnel, x.public];
    return {
      ...t,
      headers: H,
      rows: [
        ...x.items.map(three),
        ["", `人员经费${suffix}`, x.personnel, x.personnel, ""],
        ["", `公用经费${suffix}`, x.public, publicPersonnel, x.public],
        ...(total ? [sum] : []),
      ],
    };
  };

const LAYOUTS: Record<string, Layout> = {
  "one list, 合计 row first": oneList("合计"),
  "one list, 合计 row last": oneList("合计", true),
  "one list, footer lines 人员经费合计 / 公用经费合计": footers("合计", "0.00", false),
  "one list, the total labelled 基本支出合计": oneList("基本支出合计"),
  "one list, the total labelled 基本支出": oneList("基本支出"),
  "one list, footer lines 人员经费 / 公用经费 (no 合计) then 合计": footers("", "", true),
  "under 决算数": oneList("合计", false, [
    "科目编码",
    "科目名称",
    "决算数/合计",
    "决算数/人员经费",
    "决算数/公用经费",
  ]),
  "code and name in one cell under 项目": (t) => {
    const x = itemsOf(t);
    const one = (i: Item) => {
      const [code, name, ...rest] = three(i);
      return [`${code} ${name}`, ...rest];
    };
    return {
      ...t,
      headers: ["项目", "合计", "人员经费", "公用经费"],
      rows: [["合计", sum2(x.personnel, x.public), x.personnel, x.public], ...x.items.map(one)],
    };
  },
  "two blocks side by side, footers in one row": (t) => {
    const x = itemsOf(t);
    const left = x.items.filter(isPersonnel).map(three);
    const right = x.items.filter((i) => !isPersonnel(i)).map(three);
    const blank = ["", "", "", "", ""];
    const rows = Array.from({ length: Math.max(left.length, right.length) }, (_, i) => [
      ...(left[i] ?? blank),
      ...(right[i] ?? blank),
    ]);
    rows.push([
      "",
      "人员经费合计",
      x.personnel,
      x.personnel,
      "",
      "",
      "公用经费合计",
      x.public,
      "",
      x.public,
    ]);
    return { ...t, headers: [...H, ...H], rows };
  },
};

/** The document's own known errors, as the new columns also show them (see the file's comment). */
const KNOWN: Record<string, readonly string[]> = {
  普陀区规划和自然资源局: ["rollup | fail | error | gpbBasic | total |  | 4884.10 | 4884.09"],
  普陀区委社会工作部: ["same-fact | fail | error | gpbBasic | total |  | 105.58 | 105.59"],
};

/**
 * Serious findings, with what the layout changes left out: the cell's column (合计 now, 决算数
 * before), a footer line named as the total row it is printed as, and the same finding twice (a
 * figure printed under 合计 and again under 人员经费 is the same fact: a sum that breaks breaks in
 * both).
 */
const findings = (c: Case, layout?: Layout) => {
  const report = checkFixture(c, layout === undefined ? c.fixture : basicAs(c, layout));
  const lines = projection(report, { serious: true, column: false }).map((l) =>
    l.replace(/ \| line:(?:personnel|public|basic) \| /u, " | total | "),
  );
  return [...new Set(lines)];
};

const basicAs = (c: Case, layout: Layout) =>
  mapTables(c.fixture, (t) => (t.title.includes("基本支出决算表") ? layout(t) : t));

describe.each(FINALS.map((c) => [c.name, c] as const))("%s: 基本支出决算表 by nature", (_, c) => {
  const base = findings(c);
  const known = Object.entries(KNOWN).flatMap(([k, v]) => (c.name.startsWith(k) ? v : []));

  it.each(Object.entries(LAYOUTS))("%s: read, every check kept, no false alarm", (_, layout) => {
    const t = basicAs(c, layout).tables.find((x) => x.title.includes("基本支出决算表"));
    if (t === undefined) throw new Error("no table 6");
    const read = readPrintedTable(t, { template: final2024 });
    expect(read.problems.filter((p) => p.severity !== "info")).toEqual([]);
    const after = findings(c, layout);
    expect(base.filter((l) => !after.includes(l))).toEqual([]);
    expect(after.filter((l) => !base.includes(l) && !known.includes(l))).toEqual([]);
  });

  it("a wrong figure under 人员经费 alone is still found", () => {
    const layout = LAYOUTS["one list, 合计 row first"] as Layout;
    const wrong: Layout = (t) => {
      const v = layout(t);
      const rows = v.rows.map((r) =>
        r[0] === "30101" ? [r[0], r[1] ?? "", r[2] ?? "", sum2(r[3] ?? "", "0.01"), r[4] ?? ""] : r,
      );
      return { ...v, rows };
    };
    const after = findings(c, wrong);
    const added = after.filter((l) => !findings(c, layout).includes(l));
    expect(added.some((l) => l.includes("economic:301") && l.includes("| error |"))).toBe(true);
  });
});
