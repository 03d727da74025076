/**
 * The 决算 基本支出决算表 printed as one list with one 决算数 column, cut into two sections by
 * nature under (or over) their lines `人员经费` / `公用经费`, with a 399 其他支出 row (and its 款
 * 39999): printers class 399 under either nature, and the section it is printed in says which. In
 * the 人员经费 section its figure is 人员经费's (was: two `nature` errors, 人员经费 = 301 + 303 short
 * of it and 公用经费 = 302 + 310 + 399 over by it); in the 公用经费 section, 公用经费's as before. A
 * section's subtotal that does not count the row is still an error.
 */
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../src/printed/types";
import { putuoFinanceFinal2024Fixture as FIN } from "./fixtures/putuo-finance-final-2024";
import { added, varyTables } from "./support/final-variants";

const cents = (s: string) => BigInt(s.replace(/[,.]/gu, "") || "0");
const minus = (v: string, d: string) => {
  const x = cents(v) - cents(d);
  return `${x / 100n}.${(x % 100n).toString().padStart(2, "0")}`;
};

/** How the sections are printed: each line heading its rows or closing them, the footer again. */
type Layout = { readonly last: boolean; readonly footer: boolean };

/**
 * Table 6 in two sections with `399` / `39999` 其他支出 of `x` in `section`, its figure taken from a
 * 类 of that section (303 退休费, or 310 办公设备购置) so every total stays, unless `uncounted`.
 */
const withOther = (
  section: "人员经费" | "公用经费",
  { last, footer }: Layout,
  x = "1.00",
  uncounted = false,
) =>
  varyTables(
    FIN,
    (t: PrintedTable) => t.title.includes("基本支出决算表"),
    (t) => {
      const from = section === "人员经费" ? ["303", "02"] : ["310", "02"];
      const items = t.rows
        .filter((r) => /^\d/u.test(r[0] ?? ""))
        .map((r) =>
          !uncounted && r[0] === from[0] && (r[1] === "" || r[1] === from[1])
            ? [r[0] ?? "", r[1] ?? "", r[2] ?? "", minus(r[3] ?? "", x)]
            : r,
        );
      const other = [
        ["399", "", "其他支出", x],
        ["399", "99", "其他支出", x],
      ];
      const personnel = items.filter((r) => ["301", "303"].includes(r[0] ?? ""));
      const pub = items.filter((r) => !["301", "303"].includes(r[0] ?? ""));
      const total = (label: string) => t.rows.find((r) => r[2] === `${label}合计`)?.[3] ?? "";
      const block = (label: "人员经费" | "公用经费", rows: (readonly string[])[]) => {
        const all = label === section ? [...rows, ...other] : rows;
        const line = ["", "", label, total(label)];
        return last ? [...all, line] : [line, ...all];
      };
      const footers = footer
        ? [
            ["", "", "人员经费合计", total("人员经费")],
            ["", "", "公用经费合计", total("公用经费")],
          ]
        : [];
      return {
        ...t,
        rows: [...block("人员经费", personnel), ...block("公用经费", pub), ...footers],
      };
    },
  );

/**
 * The findings a variant adds to the fixture's, of the 基本支出表's figures (the text lists no
 * 其他支出 among its items: that warning is the text's, rightly).
 */
const tableAdded = (r: ReturnType<typeof added>) =>
  r.added.filter((f) => !f.includes("final.narrative.basicItems"));

describe("a 399 其他支出 row in a section of the one-column 基本支出表", () => {
  it.each([
    ["人员经费", { last: false, footer: false }],
    ["人员经费", { last: true, footer: true }],
  ] as const)("under %s (%j): no finding the fixture does not give", (section, layout) => {
    const r = added(FIN, withOther(section, layout));
    expect(tableAdded(r)).toEqual([]);
    expect(r.lost).toEqual([]);
  });

  it("under 人员经费, its subtotal not counting it: an error", () => {
    const r = added(FIN, withOther("人员经费", { last: false, footer: true }, "1.00", true));
    // On the section's own line (人员经费 = 301 + 303 + 399), or, where a table classing a 类 under
    // the other nature leaves that line's sum by 类 to coverage (src/rules/classed-rows.ts), on the
    // 基本支出 the table's figures add up to against the 支出决算表's.
    expect(
      r.added.some(
        (f) =>
          f.startsWith("error nature gpbBasic line:personnel") ||
          f.startsWith("error rollup gpbExpenditure total basic: 2336.91 vs 2337.91"),
      ),
    ).toBe(true);
  });
});
