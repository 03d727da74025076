/**
 * A budget's 三公 table printed empty under a note saying there was none (`本部门无“三公”经费预算`,
 * `本单位2024年无一般公共预算“三公”经费支出`, the note in place of the table or as its last line
 * inside the frame): each blank item is a stated 0, held against the spending on its economic
 * codes (30217 公务接待费, 30231 公务用车运行维护费, 30212 因公出国（境）费用) in the 基本支出表 /
 * 支出经济分类汇总表, like a printed 0. Spending on those codes contradicts the note; none (the
 * codes' money moved to 30299), money of another fund budget than the 三公's (政府性基金), or a
 * blank table under no such note (blank may be unstated) stays clean.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import type { CodesMeasure } from "../src/measures";
import { sanGongDefinition } from "../src/measures";
import type { PrintedTable } from "../src/printed/types";
import { checkDisclosure, henan2024Profile, type Profile, shanghaiProfile } from "../src/rules";
import { withinNote } from "../src/rules/builtin/san-gong-none";
import { henan2024, shanghai, type Template } from "../src/templates";
import { henan2024Fixture as henan } from "./fixtures/henan-2024";
import { shanghaiFinance2025Fixture as finance } from "./fixtures/shanghai-finance-2025";
import type { DisclosureFixture } from "./fixtures/types";
import { fixtureDisclosure } from "./support/disclosures";

const isSanGong = (t: PrintedTable) => t.title.includes("三公");

/** The fixture with its 三公 table changed by `f`. */
const sanGong = (fx: DisclosureFixture, f: (t: PrintedTable) => PrintedTable) => ({
  ...fx,
  tables: fx.tables.map((t) => (isSanGong(t) ? f(t) : t)),
});

/** The `sanGong.bound` findings above info, as `item severity`. */
function bound(
  fx: DisclosureFixture,
  template: Template = henan2024,
  profile: Profile = henan2024Profile,
): string[] {
  const { disclosure } = fixtureDisclosure(fx, template);
  const report = checkDisclosure(disclosure, { profile, template, catalog: catalog2024 });
  return report.findings
    .filter((f) => f.ruleId === "sanGong.bound" && f.severity !== "info")
    .map((f) => `${f.params.item} ${f.severity}`);
}

const blanks = (t: PrintedTable) => [t.headers.map(() => "")];

/** Henan prints 30231 4.00 and 30217 2.50 (basic 1.50 + project 1.00): both contradict a none. */
const HENAN_FOUND = ["vehicles.operation error", "reception error"];

describe("budget: an empty 三公 table whose note says there was none", () => {
  it.each([
    [
      "a blank row, a note naming the 一般公共预算",
      (t: PrintedTable) => ({
        ...t,
        rows: blanks(t),
        note: "本单位2024年无一般公共预算“三公”经费支出，故本表无数据。",
      }),
    ],
    [
      "the note in place of the table (no headers, no rows)",
      (t: PrintedTable) => ({
        ...t,
        headers: [],
        rows: [],
        note: "说明：本部门2024年没有使用一般公共预算财政拨款安排的“三公”经费。",
      }),
    ],
    [
      "the note as the frame's last line (说明：…)",
      (t: PrintedTable) => {
        const { note: _, ...rest } = t;
        return {
          ...rest,
          rows: [
            ...blanks(t),
            t.headers.map((_h, i) => (i === 0 ? "说明：本部门无“三公”经费预算。" : "")),
          ],
        };
      },
    ],
  ])("%s: 30217 and 30231 in the economic tables are found", (_l, f) => {
    expect(bound(sanGong(henan, f))).toEqual(HENAN_FOUND);
  });

  it("a Shanghai 三公 and 机关运行经费 table, its items blank beside the 机关运行经费: 30212, 30231 and 30217 found", () => {
    const fx = sanGong(finance, (t) => ({
      ...t,
      rows: [t.headers.map((_h, i, all) => (i === all.length - 1 ? "2,517.78" : ""))],
      note: "本单位2025年无“三公”经费预算。",
    }));
    expect(bound(fx, shanghai, shanghaiProfile)).toEqual([
      "abroad error",
      "vehicles.operation error",
      "reception error",
    ]);
  });

  it("a blank table under no note: not compared (blank may be unstated)", () => {
    expect(bound(sanGong(henan, (t) => ({ ...t, rows: blanks(t), note: "" })))).toEqual([]);
  });

  it("a blank table under a legend (“-”表示无数据): not compared (it tells how a blank is printed)", () => {
    for (const note of ["注：“-”表示无数据。", "注：表中“—”为无数据。", "注：无数据的科目不列示。"])
      expect(bound(sanGong(henan, (t) => ({ ...t, rows: blanks(t), note })))).toEqual([]);
  });
});

/**
 * Henan with no 三公 spending: the 30217 and 30231 rows of every economic table printed blank,
 * their money moved to 30299 其他商品和服务支出 (every sum unchanged), and `also` applied to the
 * 支出经济分类汇总表's 30217 row.
 */
function withoutSanGongCodes(also?: (row: readonly string[]) => string[]): DisclosureFixture {
  const code = (r: readonly string[]) =>
    /^\d{5}$/u.test(r[0] ?? "") ? r[0] : `${r[0] ?? ""}${r[1] ?? ""}`;
  const cents = (x: string) => (/^\d+\.\d\d$/u.test(x) ? Number(x.replace(".", "")) : undefined);
  const money = (c: number) => `${Math.trunc(c / 100)}.${`${c % 100}`.padStart(2, "0")}`;
  const tables = henan.tables.map((t) => {
    const moved = t.rows.filter((r) => ["30217", "30231"].includes(code(r) ?? ""));
    if (moved.length === 0) return t;
    const rows = t.rows.map((r) => {
      const c = code(r);
      if (c === "30217" || c === "30231")
        return r.map((x, i) => (cents(x) === undefined || i < 2 ? x : ""));
      if (c !== "30299") return r;
      return r.map((x, i) => {
        const base = cents(x);
        if (base === undefined || i < 2) return x;
        return money(moved.reduce((s, m) => s + (cents(m[i] ?? "") ?? 0), base));
      });
    });
    const summary = t.title.includes("支出经济分类汇总表");
    return {
      ...t,
      rows:
        summary && also !== undefined ? rows.map((r) => (code(r) === "30217" ? also(r) : r)) : rows,
    };
  });
  return sanGong({ ...henan, tables }, (t) => ({
    ...t,
    rows: blanks(t),
    note: "本部门无“三公”经费预算。",
  }));
}

describe("budget: an empty 三公 table against economic tables without 三公 spending", () => {
  it("no 30217 / 30231 money: clean", () => {
    expect(bound(withoutSanGongCodes())).toEqual([]);
  });

  it("30217 paid from 政府性基金 only (not the 三公's 一般公共预算 财政拨款): clean", () => {
    // 汇总表 columns: 6 总计, 7 一般公共预算/小计, 8 其中：财政拨款, 9 政府性基金
    const fund = withoutSanGongCodes((r) => r.map((x, i) => (i === 6 || i === 9 ? "3.00" : x)));
    expect(bound(fund)).toEqual([]);
  });

  it("30217 of 一般公共预算 财政拨款 project money (三公 covers it too): found", () => {
    const project = withoutSanGongCodes((r) => r.map((x, i) => (i >= 6 && i <= 8 ? "1.00" : x)));
    expect(bound(project)).toEqual(["reception error"]);
  });
});

describe("withinNote: a measure confined to the fund budget a note names", () => {
  const reception = (funds: CodesMeasure["funds"]) => {
    const def = sanGongDefinition(funds ?? []).parts.at(-1);
    if (def?.kind !== "codes") throw new Error("no reception");
    return def;
  };
  it.each([
    [["government"], "gpb", ["gpb"]],
    [["gpb.grant"], "gpb", ["gpb.grant"]],
    [["gpb"], undefined, ["gpb"]],
    [["govFund"], "gpb", undefined],
  ] as const)("%j under a note of %s: %j", (funds, fund, expected) => {
    expect(withinNote(reception(funds), fund)?.funds).toEqual(expected);
  });
});
