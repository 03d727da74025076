/**
 * A document whose 基本支出表 classes a 科目 of 302 under 人员经费 (30239 其他交通费用, the 公务交通补贴
 * paid per head, or 30299), while its 支出表 prints the 类 as columns (工资福利支出 | 商品和服务支出 |
 * …, 302 as a whole under 公用经费) and, in some printers' layouts, the 基本支出表 prints 类 rows (301,
 * 302, 303, 310) too. Then 302's 公用经费 is only part of 302, and 人员经费 ≠ 301 + 303: comparing a
 * whole with the part, or a nature with its 类, was two to four errors on a correct document
 * (rollup, nature, same-fact). Now those comparisons are coverage, and a wrong figure is still
 * caught by the sums that hold whatever the classing (the totals by row, a row's columns).
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import type { Disclosure, Row } from "../src/disclosure";
import { checkDisclosure, henan2024Profile } from "../src/rules";
import { henan2024 } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { fixtureDisclosure } from "./support/disclosures";

const henan = fixtureDisclosure(henan2024Fixture, henan2024).disclosure;

/** Hundredths of a 万元 figure ("" is none). */
const cents = (s: string | undefined) =>
  s === undefined || s === "" ? 0 : Math.round(Number(s) * 100);
const figure = (c: number) => (c === 0 ? "" : (c / 100).toFixed(2));
const NAMES: Readonly<Record<string, string>> = {
  "301": "工资福利支出",
  "302": "商品和服务支出",
  "303": "对个人和家庭的补助",
  "310": "资本性支出",
};

/**
 * The Henan example with `moved` (款 of 302) printed under 人员经费 in its 基本支出表 (totals
 * recomputed, so the document is correct), with 类 rows if `classes`; `edit` changes the result.
 */
function classed(moved: readonly string[], classes: boolean, edit?: (d: Disclosure) => void) {
  // (a copy: `edit` changes cells in place)
  const tables = structuredClone(henan.tables).map((t) => {
    if (t.kind !== "gpbBasic") return t;
    const econ = t.rows
      .filter((r) => r.key.kind === "economic")
      .map((r): Row => {
        if (r.key.kind !== "economic" || !moved.includes(r.key.econ)) return r;
        return { ...r, cells: { ...r.cells, personnel: r.cells.public ?? "", public: "" } };
      });
    const sum = (rows: readonly Row[], column: string) =>
      figure(rows.reduce((a, r) => a + cents(r.cells[column]), 0));
    const cells = (rows: readonly Row[]) => ({
      "gov.name": "",
      total: sum(rows, "total"),
      personnel: sum(rows, "personnel"),
      public: sum(rows, "public"),
    });
    const total: Row = { key: { kind: "total" }, name: "合计", cells: cells(econ) };
    const rows: Row[] = [total];
    if (!classes) rows.push(...econ);
    else
      for (const c of ["301", "302", "303", "310"]) {
        const kids = econ.filter((r) => r.key.kind === "economic" && r.key.econ.startsWith(c));
        rows.push(
          { key: { kind: "economic", econ: c }, name: NAMES[c] ?? c, cells: cells(kids) },
          ...kids,
        );
      }
    return { ...t, rows };
  });
  const d: Disclosure = { ...henan, tables };
  edit?.(d);
  return checkDisclosure(d, {
    profile: henan2024Profile,
    template: henan2024,
    catalog: catalog2024,
  })
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.ruleId} ${f.path?.table} ${f.path?.row} ${f.path?.column}`);
}

/** Sets one cell of the first row of `kind` matching `row`. */
const setCell =
  (kind: string, row: (r: Row) => boolean, column: string, value: string) => (d: Disclosure) => {
    const t = d.tables.find((x) => x.kind === kind);
    const r = t?.rows.find(row);
    if (r === undefined) throw new Error(`no row in ${kind}`);
    (r.cells as Record<string, string>)[column] = value;
  };
const econRow = (code: string) => (r: Row) => r.key.kind === "economic" && r.key.econ === code;

describe("a 基本支出表 classing a 科目 of 302 under 人员经费, beside a 支出表 by 类", () => {
  it.each([
    [["30239"], false],
    [["30239"], true],
    [["30299"], false],
    [["30239", "30299"], true],
  ] as const)("%j moved, 类 rows %s: no finding above info", (moved, classes) => {
    expect(classed(moved, classes)).toEqual([]);
  });

  it("the unvaried 类 rows layout: no finding either (the variant's baseline)", () => {
    expect(classed([], true)).toEqual([]);
  });

  it.each([false, true])("a wrong 款 figure is still caught on its row (类 rows %s)", (classes) => {
    const found = classed(
      ["30239"],
      classes,
      setCell("gpbBasic", econRow("30201"), "public", "9.02"),
    );
    expect(
      found.some((f) => f.includes("gpbBasic economic:30201")),
      found.join("\n"),
    ).toBe(true);
  });

  it("a 款 whose 合计 and 公用经费 agree but not its 类 row's: caught on the 类 row", () => {
    const found = classed(["30239"], true, (d) => {
      setCell("gpbBasic", econRow("30201"), "public", "9.02")(d);
      setCell("gpbBasic", econRow("30201"), "total", "9.02")(d);
    });
    expect(
      found.some((f) => f.includes("gpbBasic economic:302 public")),
      found.join("\n"),
    ).toBe(true);
  });

  it("a wrong 商品和服务支出 in the 支出表 is still caught on its row", () => {
    const found = classed(
      ["30239"],
      false,
      setCell("gpbExpenditure", (r) => r.key.kind === "total", "basic.goods", "48.68"),
    );
    expect(
      found.some((f) => f.includes("gpbExpenditure total")),
      found.join("\n"),
    ).toBe(true);
  });

  it("a wrong 人员经费 total is still caught", () => {
    const found = classed(
      ["30239"],
      false,
      setCell("gpbBasic", (r) => r.key.kind === "total", "personnel", "648.60"),
    );
    expect(
      found.some((f) => f.includes("gpbBasic total personnel")),
      found.join("\n"),
    ).toBe(true);
  });
});
