/**
 * A 决算 基本支出表 listing other economic classes under 公用经费 (399 其他支出, 309 资本性支出（基本建设）,
 * 307 债务利息及费用支出, 312 对企业补助: the central form and several provinces): 公用经费合计 is 302
 * plus every other class printed, not 302 + 310 alone. A 公用经费合计 that misses a class is still
 * found.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import { PUBLIC_CLASSES } from "../src/final/profile";
import type { PrintedTable } from "../src/printed";
import { putuoFinanceFinal2024Fixture as FIN } from "./fixtures/putuo-finance-final-2024";
import { added, varyTables } from "./support/final-variants";

const basic = (t: PrintedTable) => t.title.includes("基本支出");

/**
 * The fixture's 基本支出表 with `amount` moved from 30299 into a class of its own printed before
 * the footer (every printed total still holds), and 公用经费合计 printed as `publicTotal`.
 */
const withClass =
  (cls: string, name: string, sub: string, subName: string, publicTotal = "184.65") =>
  (t: PrintedTable): PrintedTable => {
    const rows = t.rows.map((r) => {
      if (r[0] === "302" && r[1] === "99") return [r[0], r[1], r[2] ?? "", "10.53"];
      if (r[0] === "302" && r[1] === "") return [r[0], r[1], r[2] ?? "", "170.07"];
      if (r[2] === "公用经费合计") return [r[0] ?? "", r[1] ?? "", r[2], publicTotal];
      return r;
    });
    const at = rows.findIndex((r) => r[2] === "人员经费合计");
    return {
      ...t,
      rows: [
        ...rows.slice(0, at),
        [cls, "", name, "1.00"],
        [cls, sub, subName, "1.00"],
        ...rows.slice(at),
      ],
    };
  };

const CLASSES = [
  ["399", "其他支出", "99", "其他支出"],
  ["309", "资本性支出（基本建设）", "02", "办公设备购置"],
  ["307", "债务利息及费用支出", "01", "国内债务付息"],
  ["312", "对企业补助", "99", "其他对企业补助"],
] as const;

/** The fixture's own findings on 302 move with the 1.00 taken out of it (171.07 → 170.07). */
const not302 = (lines: readonly string[]) => lines.filter((l) => !l.includes("economic:302"));

/** The end of 六's 公用经费 list in the fixture. */
const LIST_END = "其他商品和服务支出、办公设备购置。";

/** The fixture with 六's 公用经费 list naming `item` too (a document printing the class lists it). */
const listing = (fixture: typeof FIN, item: string) => {
  if (!fixture.narrative.includes(LIST_END)) throw new Error("not in the fixture");
  const end = LIST_END.includes(`、${item}。`) ? LIST_END : `${LIST_END.slice(0, -1)}、${item}。`;
  return { ...fixture, narrative: fixture.narrative.replace(LIST_END, end) };
};

describe("公用经费 in the 决算 基本支出表: 302 and every other class printed", () => {
  for (const [cls, name, sub, subName] of CLASSES)
    it(`adds no finding for ${cls} ${name} under 公用经费, 六 listing it`, () => {
      const r = added(
        FIN,
        varyTables(listing(FIN, subName), basic, withClass(cls, name, sub, subName)),
      );
      expect(not302(r.added)).toEqual([]);
      expect(not302(r.lost)).toEqual([]);
    });

  // 六's lists take the classes the table's identities take (one definition of 公用经费)
  it.each([
    ["399", "其他支出", "99", "其他支出", "economic:39999"],
    ["307", "债务利息及费用支出", "01", "国内债务付息", "economic:30701"],
  ] as const)(
    "finds 六's 公用经费 list leaving out %s's nonzero item",
    (cls, name, sub, subName, at) => {
      const r = added(FIN, varyTables(FIN, basic, withClass(cls, name, sub, subName)));
      expect(not302(r.added)).toEqual([
        `warning final.narrative.basicItems gpbBasic ${at} amount: undefined vs undefined`,
      ]);
    },
  );

  it("finds 六's 公用经费 list naming a 309 item the table prints blank", () => {
    // the form's 309 rows printed empty (nothing spent) before the footer
    const blank309 = (t: PrintedTable): PrintedTable => {
      const at = t.rows.findIndex((r) => r[2] === "人员经费合计");
      const rows = [
        ["309", "", "资本性支出（基本建设）", ""],
        ["309", "99", "其他基本建设支出", ""],
      ];
      return { ...t, rows: [...t.rows.slice(0, at), ...rows, ...t.rows.slice(at)] };
    };
    const r = added(FIN, varyTables(listing(FIN, "其他基本建设支出"), basic, blank309));
    expect(r.added).toEqual([
      "warning final.narrative.basicItems gpbBasic economic:30999 amount: undefined vs undefined",
    ]);
    // not listed: nothing
    expect(added(FIN, varyTables(FIN, basic, blank309)).added).toEqual([]);
  });

  it("finds a 公用经费合计 that leaves the other class out", () => {
    const r = added(
      FIN,
      varyTables(FIN, basic, withClass("399", "其他支出", "99", "其他支出", "183.65")),
    );
    expect(not302(r.added)).toContain("error nature gpbBasic line:public amount: 183.65 vs 184.65");
  });

  it("lists every class of the departmental catalog but 人员经费's (301, 303)", () => {
    const classes = catalog2024.departmental.entries
      .filter((c) => c.level === "类" && c.code.startsWith("3"))
      .map((c) => c.code)
      .filter((c) => c !== "301" && c !== "303")
      .sort();
    expect([...PUBLIC_CLASSES].sort()).toEqual(classes);
  });
});
