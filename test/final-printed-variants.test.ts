/**
 * Other printers' layouts of the 决算 tables by code, read as the fixtures' own layout: the same
 * report, and a wrong figure still found.
 *
 * - The code and the name in one cell (`2010601 行政运行`, `201 06 01行政运行`, `30101、基本工资`)
 *   under 项目 / 科目编码及名称 / 科目名称, instead of 类 | 款 | 项 | 科目名称 columns: in tables 2, 3,
 *   5, 8, 9 and the 基本支出表 (also in its two blocks side by side).
 * - The total row labelled by what it totals (本年收入合计, 收入合计, 本年支出合计, 支出合计, 支出总计),
 *   with the figure named or not (合计数, 合计金额, 本年支出合计数),
 *   or printing a dash or a slash in its code cells (`— | — | — | 合计`).
 * - The 类 lines of the two 总表 printed with their code instead of their position (`201 一般公共服务支出`,
 *   `201一般公共服务支出`).
 * - The 收入支出决算总表 printed one side above the other under `项目 | 决算数` (the 收入 lines, then
 *   the 支出 lines, under headings 收入 / 支出 or not).
 * - The 一般公共预算财政拨款支出决算表 with the budget beside the outcome (`年初预算数 | 调整预算数 |
 *   决算数`, each split 合计 / 基本支出 / 项目支出 or not, a 完成率): the budget is never read as the
 *   outcome (it was: 年初预算数/基本支出 taken for the outcome's 基本支出, false nature, rollup and
 *   final.fiscalWithin errors).
 */
import { describe, expect, it } from "vitest";
import { findByName } from "../src/catalog";
import { catalog2024 } from "../src/catalog/2024";
import type { PrintedTable } from "../src/printed/types";
import {
  baseCheck,
  CASES,
  type Case,
  checkFixture,
  mapTables,
  projection,
} from "./metamorphic/support";

const FINALS = CASES.filter((c) => c.final);
type Fixture = (typeof FINALS)[number]["fixture"];

/** The printed code columns of a table (类 / 款 / 项, or a whole 编码), first in its headers. */
const codeWidth = (t: PrintedTable) =>
  t.headers.filter((h) => /(?:类|款|项|编码)$/u.test(h)).length;

const BY_CODE = ["收入决算表", "支出决算表", "一般公共预算财政拨款支出决算表", "基本支出决算表"];
const FUNDS = ["政府性基金预算财政拨款", "国有资本经营预算财政拨款"];
const byCode = (t: PrintedTable) =>
  BY_CODE.some((x) => t.title.endsWith(x)) || FUNDS.some((x) => t.title.startsWith(x));

/** The code (its printed segments joined by `join`) and the name in one cell under `header`. */
function oneCell(t: PrintedTable, header: string, join: string, between: string): PrintedTable {
  const n = codeWidth(t);
  if (!byCode(t) || n === 0) return t;
  const cell = (r: readonly string[]) => {
    const code = r
      .slice(0, n)
      .filter((c) => c !== "")
      .map((c) => c.replace(/\s+/gu, join))
      .join(join);
    return code === "" ? (r[n] ?? "") : `${code}${between}${r[n] ?? ""}`;
  };
  return {
    ...t,
    headers: [header, ...t.headers.slice(n + 1)],
    rows: t.rows.map((r) => [cell(r), ...r.slice(n + 1)]),
  };
}

const same = (c: Case, v: Fixture) =>
  expect(projection(checkFixture(c, v))).toEqual(projection(baseCheck(c)));

describe.each(FINALS.map((c) => [c.name, c] as const))("%s", (_, c) => {
  it.each([
    ["项目", "", " "],
    ["科目编码及名称", "", ""],
    ["功能分类科目", " ", " "],
    ["科目名称", "", "、"],
    ["项目", ".", ""],
  ])("code and name in one cell under %s (joined by %j, then %j): the same report", (h, j, b) => {
    same(
      c,
      mapTables(c.fixture, (t) => oneCell(t, h, j, b)),
    );
  });

  it("a wrong figure in such a table is still found", () => {
    const v = mapTables(c.fixture, (t) => {
      if (!t.title.endsWith("支出决算表") || t.title.includes("一般公共预算")) return t;
      const one = oneCell(t, "项目", "", " ");
      // The last 项 row's total one cent more: its 款 and 类 no longer add up.
      const items = one.rows.flatMap((r, i) => (/^[0-9]{7}/u.test(r[0] ?? "") ? [i] : []));
      const at = items.at(-1);
      const rows = one.rows.map((r, i) =>
        i === at
          ? [
              r[0] ?? "",
              `${r[1] ?? ""}`.replace(/\d$/u, (d) => `${(Number(d) + 1) % 10}`),
              ...r.slice(2),
            ]
          : r,
      );
      return { ...one, rows };
    });
    const before = new Set(projection(baseCheck(c), { serious: true }));
    const added = projection(checkFixture(c, v), { serious: true }).filter((l) => !before.has(l));
    expect(added.some((l) => l.startsWith("rollup | fail | error | expenditure"))).toBe(true);
  });

  it.each(["—", "-", "/", "——"])(
    "the total row printing %s in its code cells: the same report",
    (dash) => {
      const v = mapTables(c.fixture, (t) => {
        const n = codeWidth(t);
        if (!byCode(t) || n === 0) return t;
        return {
          ...t,
          rows: t.rows.map((r) => (r.includes("合计") ? r.map((x, i) => (i < n ? dash : x)) : r)),
        };
      });
      same(c, v);
    },
  );

  it.each([
    ["本年收入合计", "本年支出合计"],
    ["收入合计", "支出合计"],
    ["收入总计", "支出总计"],
    ["合计数", "合计数"],
    ["合 计 数", "合计金额"],
    ["本年收入合计数", "本年支出合计数"],
  ])("the total row labelled %s / %s: the same report", (revenue, spending) => {
    const v = mapTables(c.fixture, (t) => {
      if (!byCode(t)) return t;
      const label = t.title === "收入决算表" ? revenue : spending;
      return { ...t, rows: t.rows.map((r) => r.map((x) => (x === "合计" ? label : x))) };
    });
    same(c, v);
  });
});

const SUMMARIES = ["收入支出决算总表", "财政拨款收入支出决算总表"];

/** A 类 line's label with its code for its ordinal (`八、社会保障和就业支出` → `208` + `between` + name). */
function classCode(label: string, between: string): string {
  const name = label.replace(/^[一二三四五六七八九十]{1,3}、/u, "");
  if (name === label) return label;
  const [match] = findByName(catalog2024.functional, name, { level: "类" });
  return match === undefined ? label : `${match.entry.code}${between}${name}`;
}

describe.each(FINALS.map((c) => [c.name, c] as const))("%s: the 总表", (_, c) => {
  it.each([" ", "", "　"])(
    "类 lines printed with their code (joined by %j): the same report",
    (b) => {
      let changed = 0;
      const v = mapTables(c.fixture, (t) => {
        if (!SUMMARIES.includes(t.title)) return t;
        const at = t.headers.indexOf("支出/项目");
        const rows = t.rows.map((r) =>
          r.map((x, i) => {
            const y = i === at ? classCode(x, b) : x;
            if (y !== x) changed++;
            return y;
          }),
        );
        return { ...t, rows };
      });
      expect(changed).toBeGreaterThan(40);
      same(c, v);
    },
  );
});

/** The 收入支出决算总表 with its 支出 side printed under its 收入 side, `headings` above each. */
function stacked(
  t: PrintedTable,
  headings: readonly [string, string] | undefined,
  amount = "决算数",
) {
  if (t.title !== "收入支出决算总表") return t;
  const at = t.headers.indexOf("支出/项目");
  const side = (from: number) =>
    t.rows.filter((r) => (r[from] ?? "") !== "").map((r) => [r[from] ?? "", r[from + 1] ?? ""]);
  const heading = (h: string | undefined) => (h === undefined ? [] : [[h, ""]]);
  return {
    ...t,
    headers: ["项目", amount],
    rows: [...heading(headings?.[0]), ...side(0), ...heading(headings?.[1]), ...side(at)],
  };
}

describe.each(FINALS.map((c) => [c.name, c] as const))(
  "%s: the 总表 one side above the other",
  (_, c) => {
    it.each([
      ["headed 收入 / 支出", ["收入", "支出"] as const, "决算数"],
      ["headed 一、收入 / 二、支出, amounts under 金额", ["一、收入", "二、支出"] as const, "金额"],
      ["without headings", undefined, "决算数"],
    ])("%s: the same report", (_name, headings, amount) => {
      same(
        c,
        mapTables(c.fixture, (t) => stacked(t, headings, amount)),
      );
    });
  },
);

const GPB = "一般公共预算财政拨款支出决算表";

/**
 * The 一般公共预算表 with budgets beside the outcome: `budget(row)` gives each row's budget cells
 * under `headers` (before the outcome's 合计 | 基本支出 | 项目支出, headed `outcome`), the rate last.
 */
function withBudget(
  t: PrintedTable,
  headers: readonly string[],
  budget: (total: string, basic: string, project: string) => readonly string[],
  outcome: readonly string[] = ["决算数/合计", "决算数/基本支出", "决算数/项目支出"],
): PrintedTable {
  if (t.title !== GPB) return t;
  const n = t.headers.length - 3;
  return {
    ...t,
    headers: [...t.headers.slice(0, n), ...headers, ...outcome],
    rows: t.rows.map((r) => {
      const [total = "", basic = "", project = ""] = r.slice(n);
      // An outcome printed as one 决算数 column: the rest (a 完成率) left blank.
      const kept =
        outcome.length === 3 ? [total, basic, project] : [total, ...outcome.slice(1).map(() => "")];
      return [...r.slice(0, n), ...budget(total, basic, project), ...kept];
    }),
  };
}

/** Budgets that add up in every row and 科目 (the 项目支出 column, which does in every fixture). */
const SPLIT = [
  "年初预算数/合计",
  "年初预算数/基本支出",
  "年初预算数/项目支出",
  "调整预算数/小计",
  "调整预算数/基本支出",
  "调整预算数/项目支出",
];

describe.each(FINALS.map((c) => [c.name, c] as const))("%s: budgets beside the outcome", (_, c) => {
  const onGpb = (v: Fixture) => {
    const before = new Set(projection(baseCheck(c), { serious: true }));
    return projection(checkFixture(c, v), { serious: true }).filter(
      (l) => !before.has(l) && l.includes(" | gpbExpenditure | "),
    );
  };

  it("年初预算数 and 调整预算数 split by nature before the outcome: no new finding", () => {
    const v = mapTables(c.fixture, (t) =>
      withBudget(t, SPLIT, (_t, _b, p) => [p, "", p, p, "", p]),
    );
    expect(onGpb(v)).toEqual([]);
  });

  it("年初预算数 | 全年预算数 | 决算数 (合计 | 基本支出 | 项目支出): the same report", () => {
    const v = mapTables(c.fixture, (t) =>
      withBudget(t, ["年初预算数", "全年预算数"], (_t, _b, p) => [p, p]),
    );
    same(c, v);
  });

  it("预算数 | 决算数 | 完成率（%）, no nature split: nothing new on that table", () => {
    const v = mapTables(c.fixture, (t) =>
      withBudget(t, ["预算数"], (_t, _b, p) => [p], ["决算数", "完成率（%）"]),
    );
    // The 基本支出 / 项目支出 of each 项 are not printed: the text's 基本支出 item is no false alarm.
    expect(onGpb(v)).toEqual([]);
  });

  it("a budget that does not add up is found", () => {
    let bumped = false;
    const v = mapTables(c.fixture, (t) =>
      withBudget(t, SPLIT, (_t, _b, p) => {
        const wrong =
          !bumped && p !== "" ? `${p}`.replace(/\d$/u, (d) => `${(Number(d) + 1) % 10}`) : p;
        if (wrong !== p) bumped = true;
        return [wrong, "", p, p, "", p];
      }),
    );
    expect(onGpb(v).some((l) => l.includes("| budget |"))).toBe(true);
  });
});
