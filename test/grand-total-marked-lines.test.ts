/**
 * A 收支总表 that prints the year's total as `本年收入合计` and labels its grand total (the year's
 * plus the balance carried over) `本年收入总计` / `本年支出总计`: a side has one year's total, so
 * the line marked 本年 closing 总计 is the grand total there, read as `收入总计`. Where the side
 * prints no other year's total, `本年收入总计` is still the year's total (`yearsTotal`). Budget
 * (Henan, 上海市财政局) and 决算 (普陀规划局) 总表 alike; a wrong grand total is still found.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import type { PrintedTable } from "../src/printed";
import { checkDisclosure, henan2024Profile, shanghaiProfile } from "../src/rules";
import { henan2024, shanghai } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { putuoPlanningFinal2024Fixture as PLAN } from "./fixtures/putuo-planning-final-2024";
import { shanghaiFinance2025Fixture } from "./fixtures/shanghai-finance-2025";
import { fixtureDisclosure } from "./support/disclosures";
import { added, varyTables } from "./support/final-variants";

type Fixture = typeof henan2024Fixture;

/** The labels `to` names printed so in the tables whose title holds `title`. */
const relabel = <F extends { readonly tables: readonly PrintedTable[] }>(
  f: F,
  title: string,
  to: Readonly<Record<string, string>>,
): F => ({
  ...f,
  tables: f.tables.map((t) =>
    t.title.includes(title) ? { ...t, rows: t.rows.map((r) => r.map((x) => to[x] ?? x)) } : t,
  ),
});

const alarms = (f: Fixture, budget: "henan" | "shanghai") => {
  const template = budget === "henan" ? henan2024 : shanghai;
  const { disclosure } = fixtureDisclosure(f, template);
  return checkDisclosure(disclosure, {
    profile: budget === "henan" ? henan2024Profile : shanghaiProfile,
    template,
    catalog: catalog2024,
  })
    .findings.filter((x) => x.severity !== "info")
    .map((x) => `${x.severity} ${x.ruleId} ${JSON.stringify(x.params)} ${x.expected} ${x.actual}`)
    .sort();
};

describe("部门预算 收支总表: the grand total labelled 本年收入总计 below 本年收入合计", () => {
  it.each([
    [
      "Henan",
      henan2024Fixture,
      "henan",
      "收支预算",
      { "收 入 总 计": "本 年 收 入 总 计", "支 出 总 计": "本 年 支 出 总 计" },
    ],
    [
      "Henan (本年度)",
      henan2024Fixture,
      "henan",
      "收支预算",
      { "收 入 总 计": "本年度收入总计", "支 出 总 计": "本年度支出总计" },
    ],
    [
      "上海市财政局",
      shanghaiFinance2025Fixture as Fixture,
      "shanghai",
      "收支",
      { 收入总计: "本年收入总计", 支出总计: "本年支出总计" },
    ],
  ] as const)("%s: the same findings as printed 收入总计 / 支出总计", (_, f, budget, title, to) => {
    const varied = relabel(f, title, to);
    expect(varied).not.toEqual(f);
    expect(alarms(varied, budget)).toEqual(alarms(f, budget));
  });

  it("Henan: a grand total one cent off under 本年收入总计 is found", () => {
    const off = relabel(henan2024Fixture, "收支预算", { "收 入 总 计": "本 年 收 入 总 计" });
    const wrong = {
      ...off,
      tables: off.tables.map((t) => ({
        ...t,
        rows: t.rows.map((r) =>
          r[0] === "本 年 收 入 总 计" ? ["本 年 收 入 总 计", "969.07", ...r.slice(2)] : r,
        ),
      })),
    };
    const errors = alarms(wrong, "henan").filter((l) => l.startsWith("error "));
    expect(errors.some((l) => l.includes("969.07"))).toBe(true);
  });
});

describe("部门决算 收入支出决算总表: 总计 labelled 本年收入总计 / 本年支出总计 below the 合计 lines", () => {
  const vary = (f: typeof PLAN) =>
    varyTables(
      f,
      (t) => t.title === "收入支出决算总表",
      (t): PrintedTable => ({
        ...t,
        rows: t.rows.map((r) =>
          r[0] === "总计" ? ["本年收入总计", r[1] ?? "", "本年支出总计", ...r.slice(3)] : r,
        ),
      }),
    );

  it("the same report (普陀规划局)", () => {
    const varied = vary(PLAN);
    expect(varied).not.toEqual(PLAN);
    const r = added(PLAN, varied);
    expect(r.added).toEqual([]);
    expect(r.lost).toEqual([]);
  });
});
