/**
 * The 决算 基本支出决算表 printed as one list cut into two sections by nature, each under (or over)
 * its subtotal row: `人员经费` (or `人员经费合计`, `人员经费小计`) with 301 / 303 and their 款, `公用经费`
 * with 302 / 310 — the one-block form of the side-by-side layout, whose block totals they are —
 * with or without the footer `人员经费合计` / `公用经费合计` printed again below, in 万元 and in 元.
 * Read as the fixtures' own layout: no new finding. Was: a section subtotal and the footer stating
 * the same figures were a `rows.duplicate` error (two false errors a table); `人员经费小计` an
 * unplaced row (the table's sums left unchecked). A subtotal not equal to its rows, or a row
 * changed, is still an error.
 */
import { describe, expect, it } from "vitest";
import { final2024 } from "../src/final";
import { readPrintedTable } from "../src/printed";
import type { PrintedTable } from "../src/printed/types";
import { CASES, checkFixture, mapTables, projection } from "./metamorphic/support";

const FINALS = CASES.filter((c) => c.final);
type Case = (typeof FINALS)[number];

/** Table 6's rows (code split over columns joined), the footers by label. */
function partsOf(t: PrintedTable) {
  const n = t.headers.length - 2;
  const code = (r: readonly string[]) => r.slice(0, n).join("").replace(/\s/gu, "");
  const items = t.rows.filter((r) => code(r) !== "");
  const footer = (label: string) => t.rows.find((r) => r[n] === label)?.[n + 1] ?? "";
  const personnel = (r: readonly string[]) => ["301", "303"].includes(code(r).slice(0, 3));
  const blank = (label: string, value: string) => [...Array(n).fill(""), label, value];
  return { items, personnel, footer, blank };
}

/** An amount printed in 万元 with 2 decimals, in 元. */
const yuan = (v: string) =>
  v.trim() === "" ? v : `${BigInt(v.replace(/[,.]/gu, "") || "0") * 100n}.00`;

type Layout = (t: PrintedTable) => PrintedTable;

/**
 * Two sections by nature, each subtotal labelled `人员经费{suffix}` / `公用经费{suffix}` first (or
 * `last`) in its section, the footer kept below where `footer` says, in 元 where `inYuan` says.
 */
const sections =
  (suffix: string, last: boolean, footer: boolean, inYuan = false): Layout =>
  (t) => {
    const x = partsOf(t);
    const section = (rows: (readonly string[])[], sub: readonly string[]) =>
      last ? [...rows, sub] : [sub, ...rows];
    const p = x.footer("人员经费合计");
    const q = x.footer("公用经费合计");
    const rows = [
      ...section(x.items.filter(x.personnel), x.blank(`人员经费${suffix}`, p)),
      ...section(
        x.items.filter((r) => !x.personnel(r)),
        x.blank(`公用经费${suffix}`, q),
      ),
      ...(footer ? [x.blank("人员经费合计", p), x.blank("公用经费合计", q)] : []),
    ];
    return inYuan ? inYuanOf({ ...t, rows }) : { ...t, rows };
  };

/** The table in 元. */
const inYuanOf: Layout = (t) => {
  const n = t.headers.length - 1;
  return { ...t, unit: "元", rows: t.rows.map((r) => r.map((c, i) => (i === n ? yuan(c) : c))) };
};

const LAYOUTS: Record<string, Layout> = {};
for (const suffix of ["", "合计", "小计"])
  for (const last of [false, true])
    for (const footer of [false, true])
      for (const inYuan of [false, true])
        LAYOUTS[
          `人员经费${suffix} / 公用经费${suffix} ${last ? "last" : "first"} in their sections${footer ? ", the footer again" : ""}, in ${inYuan ? "元" : "万元"}`
        ] = sections(suffix, last, footer, inYuan);

/** Serious findings, a nature's line named as one (the subtotal printed as heading or footer). */
const findings = (c: Case, layout?: Layout) => {
  const fixture =
    layout === undefined
      ? c.fixture
      : mapTables(c.fixture, (t) => (t.title.includes("基本支出决算表") ? layout(t) : t));
  return projection(checkFixture(c, fixture), { serious: true, column: false });
};

const table6 = (c: Case, layout: Layout) => {
  const t = c.fixture.tables.find((x) => x.title.includes("基本支出决算表"));
  if (t === undefined) throw new Error("no table 6");
  return layout(t);
};

describe.each(FINALS.map((c) => [c.name, c] as const))("%s: 基本支出决算表 in sections", (_, c) => {
  // The documents' own rounding errors read in 元 as they are printed in 元: each layout compared
  // with the plain list in its unit.
  const base0 = findings(c);
  const baseYuan = findings(c, inYuanOf);

  it.each(Object.entries(LAYOUTS))("%s: read, every check kept, no false alarm", (name, layout) => {
    const base = name.endsWith("元") && !name.endsWith("万元") ? baseYuan : base0;
    const read = readPrintedTable(table6(c, layout), { template: final2024 });
    expect(read.problems.filter((p) => p.severity !== "info")).toEqual([]);
    const after = findings(c, layout);
    expect(base.filter((l) => !after.includes(l))).toEqual([]);
    expect(after.filter((l) => !base.includes(l))).toEqual([]);
  });

  const change = (layout: Layout, pick: (r: readonly string[]) => boolean): Layout => {
    return (t) => {
      const v = layout(t);
      const n = v.headers.length - 1;
      const up = () => (v.unit === "元" ? "10000.00" : "1.00");
      const plus = (a: string, b: string) => {
        const cents = (s: string) => BigInt(s.replace(/[,.]/gu, "") || "0");
        const x = cents(a) + cents(b);
        return `${x / 100n}.${(x % 100n).toString().padStart(2, "0")}`;
      };
      return {
        ...v,
        rows: v.rows.map((r) => (pick(r) ? r.map((c, i) => (i === n ? plus(c, up()) : c)) : r)),
      };
    };
  };

  it.each([
    ["人员经费", true, false],
    ["人员经费合计", false, true],
    ["人员经费小计", true, true],
  ] as const)(
    "a wrong subtotal %s (heading: %s, footer: %s) is still an error",
    (label, first, footer) => {
      const suffix = label.slice(4);
      const layout = sections(suffix, !first, footer, footer);
      const wrongOnce = change(layout, (r) => r.includes(label) && r.at(-2) === label);
      // The section's subtotal alone changed (the footer, where printed, is the last such row).
      let seen = false;
      const wrong: Layout = (t) => {
        const v = layout(t);
        const w = wrongOnce(t);
        return {
          ...w,
          rows: w.rows.map((r, i) => {
            if (r.at(-2) !== label) return r;
            if (seen && footer) return v.rows[i] as string[];
            seen = true;
            return r;
          }),
        };
      };
      const added = findings(c, wrong).filter((l) => !findings(c, layout).includes(l));
      expect(added.some((l) => l.includes("line:personnel") && l.includes("| error |"))).toBe(true);
    },
  );

  it("a row changed under a section heading is still an error", () => {
    const layout = sections("", false, true);
    const wrong = change(layout, (r) => r.slice(0, -2).join("") === "30101");
    const added = findings(c, wrong).filter((l) => !findings(c, layout).includes(l));
    expect(added.some((l) => l.includes("economic:301") && l.includes("| error |"))).toBe(true);
  });
});
