/**
 * 三公 headers other printers word with a qualifier or a total word the forms do not print: a fee
 * with an inclusive note (`公务接待费（含外宾接待）`: what it includes, the same quantity), the
 * 机关运行经费 noted `（财政拨款）` in the table of 财政拨款 (Shanghai's), and the group's total as
 * `“三公”经费预算数/小计` or `/总计`. Read as the column: the same report as the fixture's (was:
 * `unknown-header` / `duplicate-header` warnings and the cell left out). A qualifier that changes
 * the quantity (`（不含…）`) is never read as the fee, and a wrong figure under such a header is
 * still found.
 */
import { describe, expect, it } from "vitest";
import { readPrintedTable } from "../src/printed";
import type { PrintedTable } from "../src/printed/types";
import { CASES, checkFixture, mapTables, projection } from "./metamorphic/support";

const BUDGETS = CASES.filter((c) => !c.final);
type Case = (typeof BUDGETS)[number];
const isSanGong = (t: PrintedTable) => t.title.includes("三公");

const headersOf =
  (f: (h: string) => string) =>
  (t: PrintedTable): PrintedTable => ({ ...t, headers: t.headers.map(f) });

const inSanGong = (c: Case, f: (t: PrintedTable) => PrintedTable) =>
  mapTables(c.fixture, (t) => (isSanGong(t) ? f(t) : t));

/** Wordings, each of a header the case prints (else the case is left as printed). */
const LAYOUTS: Record<string, (h: string) => string> = {
  "公务接待费（含外宾接待）": (h) => h.replace(/公务接待费$/u, "公务接待费（含外宾接待）"),
  "公务接待经费(含外事接待)": (h) => h.replace(/公务接待费$/u, "公务接待经费(含外事接待)"),
  "因公出国（境）费用（含港澳台）": (h) =>
    h.replace(/因公出国[(（]境[)）]费$/u, "因公出国（境）费用（含港澳台）"),
  "“三公”经费预算数/小计": (h) => h.replace(/“三公”经费预算数\/合计$/u, "“三公”经费预算数/小计"),
  "“三公”经费预算数/总计": (h) => h.replace(/“三公”经费预算数\/合计$/u, "“三公”经费预算数/总计"),
  "机关运行经费（财政拨款）": (h) => h.replace(/机关运行经费预算数$/u, "机关运行经费（财政拨款）"),
  "机关运行经费（财政拨款）/预算数": (h) =>
    h.replace(/机关运行经费预算数$/u, "机关运行经费（财政拨款）/预算数"),
};

const cells = (t: PrintedTable | undefined, c: Case) => {
  if (t === undefined) throw new Error("no 三公 table");
  return readPrintedTable(t, { template: c.template });
};

describe.each(BUDGETS.map((c) => [c.name, c] as const))("%s: 三公 header qualifiers", (_, c) => {
  const base = projection(checkFixture(c), { column: false });
  const read = cells(c.fixture.tables.find(isSanGong), c);
  const keys = Object.keys(read.table?.rows[0]?.cells ?? {}).sort();

  it.each(Object.entries(LAYOUTS))("%s: read as the column, the same report", (_, f) => {
    const v = inSanGong(c, headersOf(f));
    const r = cells(v.tables.find(isSanGong), c);
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
    expect(Object.keys(r.table?.rows[0]?.cells ?? {}).sort()).toEqual(keys);
    expect(projection(checkFixture(c, v), { column: false })).toEqual(base);
  });

  it("公务接待费（不含外宾接待） is not the 公务接待费", () => {
    const v = inSanGong(
      c,
      headersOf((h) => h.replace(/公务接待费$/u, "公务接待费（不含外宾接待）")),
    );
    const r = cells(v.tables.find(isSanGong), c);
    expect(r.table?.rows[0]?.cells.reception).toBeUndefined();
  });
});

describe("a wrong figure under a qualified 三公 header", () => {
  const c = BUDGETS.find((x) => x.name.startsWith("上海市财政局")) as Case;
  it("is found by the sum (公务接待费（含外宾接待） 25.40 printed 25.90)", () => {
    const v = inSanGong(c, (t) => {
      const at = t.headers.findIndex((h) => h.endsWith("公务接待费"));
      return {
        ...headersOf((h) => h.replace(/公务接待费$/u, "公务接待费（含外宾接待）"))(t),
        rows: t.rows.map((r) => r.map((x, i) => (i === at ? "25.90" : x))),
      };
    });
    const before = projection(checkFixture(c), { serious: true });
    const added = projection(checkFixture(c, v), { serious: true }).filter(
      (l) => !before.includes(l),
    );
    expect(added.some((l) => l.startsWith("sanGong.sum | fail | error"))).toBe(true);
  });
});

/** The 三公 table one item a row (`项目 | 预算数`), 公务接待费's parts under `其中：` after it. */
const withParts =
  (reception: string) =>
  (t: PrintedTable): PrintedTable => {
    const r = t.rows[0] ?? [];
    const at = (end: string) => r[t.headers.findIndex((h) => h.endsWith(end))] ?? "";
    return {
      ...t,
      headers: ["项目", "预算数"],
      rows: [
        ["合计", at("合计")],
        ["因公出国（境）费", at("费")],
        ["公务用车购置及运行费", at("小计")],
        ["其中：公务用车购置费", at("购置费")],
        ["公务用车运行费", at("运行费")],
        ["公务接待费", reception],
        ["其中：国内公务接待费", reception],
        ["国（境）外公务接待费", "0.00"],
      ],
    };
  };

describe("a budget 三公 table with 公务接待费's parts under 其中", () => {
  const c = BUDGETS.find((x) => x.name.startsWith("Henan")) as Case;
  const reception = "2.50";
  it("reads the parts as its 其中, never as the 公务接待费: the same report", () => {
    const v = inSanGong(c, withParts(reception));
    const r = cells(v.tables.find(isSanGong), c);
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
    expect(r.table?.rows[0]?.cells.reception).toBe(reception);
    expect(projection(checkFixture(c, v), { column: false })).toEqual(base(c));
  });

  it.each(BUDGETS.map((x) => [x.name, x] as const))("%s: no warning on the parts", (_, x) => {
    const t = x.fixture.tables.find(isSanGong) as PrintedTable;
    const r = cells(withParts("0.00")(t), x);
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
  });

  it("a wrong 公务接待费 beside its parts is still found (2.50 printed 2.60)", () => {
    const v = inSanGong(c, withParts("2.60"));
    const before = projection(checkFixture(c), { serious: true });
    const added = projection(checkFixture(c, v), { serious: true }).filter(
      (l) => !before.includes(l),
    );
    expect(added.some((l) => l.startsWith("sanGong.sum | fail | error"))).toBe(true);
  });
});

function base(c: Case) {
  return projection(checkFixture(c), { column: false });
}
