/**
 * Other printers' layouts of two 决算 tables read as the fixtures' own layout: the same report.
 *
 * - Table 6 (基本支出决算表) as the 2024 form prints it: two blocks side by side (301 / 303 left,
 *   302 / 310 right, each `经济分类科目编码 | 科目名称 | 决算数`), the footer `人员经费合计 | … |
 *   公用经费合计 | …` in one printed row; or the blocks under the headings 人员经费 / 公用经费, each
 *   with its own 合计. Read as one list (the fixtures' encoding), never as a total of the table.
 * - Table 7 (“三公”表) printed one item a row (`项目 | 预算数 | 决算数`, numbered 1. / （1）, or
 *   （一） / 1., or 其中), or headed by period (`预算数/合计 … 决算数/公务接待费`); the vehicles' 小计
 *   headed 合计, the periods 预算 / 决算 or 年初预算.
 */
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../src/printed/types";
import { baseCheck, CASES, checkFixture, mapTables, projection } from "./metamorphic/support";

const FINALS = CASES.filter((c) => c.final);
type Fixture = (typeof FINALS)[number]["fixture"];

const BASIC = "基本支出决算表";
const SAN_GONG = "“三公”经费支出决算表";

const replaced = (fixture: Fixture, title: string, f: (t: PrintedTable) => PrintedTable) =>
  mapTables(fixture, (t) => (t.title.includes(title) ? f(t) : t));

/** The 类 of a table 6 row (its code's first three digits), `""` for a labelled footer row. */
const classOf = (row: readonly string[]) => (row[0] ?? "").replace(/\s/gu, "").slice(0, 3);

/**
 * Table 6 in two blocks: `left` the 301 / 303 rows then 人员经费合计, `right` the 302 / 310 rows
 * then 公用经费合计 (the footers in one printed row, as the form prints them), under each block's
 * headers; `footer` renames the footers' labels (a block's own 合计).
 */
function twoBlocks(
  t: PrintedTable,
  heading: (block: 0 | 1, header: string) => string,
  footer: (label: string) => string = (l) => l,
): PrintedTable {
  const width = t.headers.length;
  const blank = Array.from({ length: width }, () => "");
  const isFooter = (r: readonly string[]) => classOf(r) === "";
  const left = t.rows.filter((r) => ["301", "303"].includes(classOf(r)));
  const right = t.rows.filter((r) => ["302", "310"].includes(classOf(r)));
  const [personnel, pub] = t.rows.filter(isFooter).map((r) => r.map((c) => footer(c)));
  const rows = Array.from({ length: Math.max(left.length, right.length) }, (_, i) => [
    ...(left[i] ?? blank),
    ...(right[i] ?? blank),
  ]);
  rows.push([...(personnel ?? blank), ...(pub ?? blank)]);
  return {
    ...t,
    headers: [...t.headers.map((h) => heading(0, h)), ...t.headers.map((h) => heading(1, h))],
    rows,
  };
}

const HEADINGS = ["人员经费", "公用经费"] as const;

describe.each(FINALS.map((c) => [c.name, c] as const))("%s: table 6 in two blocks", (_, c) => {
  const base = projection(baseCheck(c));

  it("the fixture encodes it as one list with two footer rows", () => {
    const t = c.fixture.tables.find((x) => x.title.includes(BASIC));
    expect(t?.rows.filter((r) => classOf(r) === "").length).toBe(2);
  });

  it("side by side under the same headers, as the form prints it: the same report", () => {
    const v = replaced(c.fixture, BASIC, (t) => twoBlocks(t, (_b, h) => h));
    expect(projection(checkFixture(c, v))).toEqual(base);
  });

  it("under the headings 人员经费 / 公用经费: the same report", () => {
    const v = replaced(c.fixture, BASIC, (t) => twoBlocks(t, (b, h) => `${HEADINGS[b]}/${h}`));
    expect(projection(checkFixture(c, v))).toEqual(base);
  });

  it.each(["合计", "合  计", "小计"])(
    "under the headings, each block's footer %s is its heading's 合计: the same report",
    (label) => {
      const v = replaced(c.fixture, BASIC, (t) =>
        twoBlocks(
          t,
          (b, h) => `${HEADINGS[b]}/${h}`,
          (l) => (l.includes("经费合计") ? label : l),
        ),
      );
      expect(projection(checkFixture(c, v))).toEqual(base);
    },
  );

  it("without headings, a 合计 in each block is no total of the table: no new finding above info", () => {
    const v = replaced(c.fixture, BASIC, (t) =>
      twoBlocks(
        t,
        (_b, h) => h,
        (l) => (l.includes("经费合计") ? "合计" : l),
      ),
    );
    const before = new Set(projection(baseCheck(c), { serious: true }));
    const added = projection(checkFixture(c, v), { serious: true }).filter((l) => !before.has(l));
    expect(added).toEqual([]);
  });
});

const GROUP = "财政拨款“三公”经费";

/** The 三公 items of a fixture's wide table: each item's path below the group, its two amounts. */
function sanGongItems(t: PrintedTable) {
  const row = t.rows[0] ?? [];
  const items: { path: string[]; budget: string; final: string }[] = [];
  for (let i = 0; i + 1 < t.headers.length; i += 2) {
    const levels = (t.headers[i] ?? "").split("/");
    const path = levels.slice(levels[0] === GROUP ? 1 : 0, -1);
    items.push({ path, budget: row[i] ?? "", final: row[i + 1] ?? "" });
  }
  return items;
}

/** One item a row: numbered `top` / `part` (part of the item before it), columns in `order`. */
function itemRows(
  t: PrintedTable,
  top: (n: number) => string,
  part: (n: number) => string,
  headers: readonly [string, string],
  total = "合计",
  swap = false,
): PrintedTable {
  let n = 0;
  let k = 0;
  const rows = sanGongItems(t).map(({ path, budget, final }) => {
    const [name = "", sub] = path;
    const amounts = swap ? [final, budget] : [budget, final];
    if (name === "合计") return [total, ...amounts];
    if (sub === undefined || sub === "小计") {
      k = 0;
      return [`${top(++n)}${name}`, ...amounts];
    }
    return [`${part(++k)}${sub}`, ...amounts];
  });
  return { ...t, headers: ["项目", ...headers], rows };
}

describe.each(FINALS.map((c) => [c.name, c] as const))("%s: the 三公 table", (_, c) => {
  const base = projection(baseCheck(c));
  const same = (f: (t: PrintedTable) => PrintedTable) =>
    expect(projection(checkFixture(c, replaced(c.fixture, SAN_GONG, f)))).toEqual(base);

  it("one item a row, numbered 1. / （1）: the same report", () => {
    same((t) =>
      itemRows(
        t,
        (n) => `${n}.`,
        (n) => `（${n}）`,
        ["预算数", "决算数"],
      ),
    );
  });

  it("one item a row, numbered （一） / 1., under 年初预算数: the same report", () => {
    same((t) =>
      itemRows(
        t,
        (n) => `（${"一二三"[n - 1]}）`,
        (n) => `${n}、`,
        ["年初预算数", "决算数"],
      ),
    );
  });

  it("one item a row, parts after 其中, total “三公”经费合计, 决算数 first: the same report", () => {
    same((t) =>
      itemRows(
        t,
        () => "",
        (n) => (n === 1 ? "其中：" : ""),
        ["决算数", "预算数"],
        "“三公”经费合计",
        true,
      ),
    );
  });

  it.each([
    ["the vehicles' 小计 headed 合计", (h: string) => h.replace("/小计/", "/合计/")],
    ["the periods headed 预算 / 决算 (no 数)", (h: string) => h.replace(/数$/u, "")],
    ["the periods headed 年初预算 / 决算", (h: string) => h.replace(/预算数$/u, "年初预算")],
  ])("%s: the same report", (_name, f) => {
    same((t) => ({ ...t, headers: t.headers.map(f) }));
  });

  it("headed by period (预算数/合计 … 决算数/公务接待费): the same report", () => {
    same((t) => {
      const items = sanGongItems(t);
      const headers = ["预算数", "决算数"].flatMap((p) =>
        items.map((i) => [p, ...i.path].join("/")),
      );
      return {
        ...t,
        headers,
        rows: [[...items.map((i) => i.budget), ...items.map((i) => i.final)]],
      };
    });
  });

  it("one item a row with an item it does not know: that item unread, no new finding above info", () => {
    const v = replaced(c.fixture, SAN_GONG, (t) => {
      const rows = itemRows(
        t,
        (n) => `${n}.`,
        (n) => `（${n}）`,
        ["预算数", "决算数"],
      );
      return {
        ...rows,
        rows: rows.rows.map((r) => (r[0]?.includes("出国") ? ["1.出国考察费", ...r.slice(1)] : r)),
      };
    });
    const before = new Set(projection(baseCheck(c), { serious: true }));
    const added = projection(checkFixture(c, v), { serious: true }).filter((l) => !before.has(l));
    expect(added).toEqual([]);
  });
});
