import { type Amount, isZero } from "../../amount";
import type { Fact } from "../../facts";
import { PERSONNEL_CLASSES, PUBLIC_CLASSES } from "../../facts/basic-classes";
import type { Rule, RuleContext } from "../../rules/types";
import { itemKey, type PrintedList } from "./lists";
import { narrativeOf, narrativeRule, param, textFinding, w, wan, zh } from "./support";

/** A row of the 基本支出 table by 经济分类: its printed name, class (301 …) and value (`null`: blank). */
interface EconRow {
  readonly code: string;
  readonly name: string;
  readonly value: Amount | null;
  readonly fact: Fact | undefined;
}

/** The 经济分类 rows of the first 一般公共预算 table that prints them, in order. */
function econRows(ctx: RuleContext): EconRow[] {
  for (const t of ctx.tables) {
    if (t.kind?.fixed?.fund !== "gpb") continue;
    const rows: EconRow[] = [];
    for (const r of t.rows) {
      const key = r.row.key;
      if (key.kind !== "economic" || key.econ === undefined || r.row.name === undefined) continue;
      const fact = r.facts.find((f) => f.coords.econ === key.econ);
      rows.push({ code: key.econ, name: r.row.name, value: fact?.value ?? null, fact });
    }
    if (rows.length > 0) return rows;
  }
  return [];
}

/**
 * Item names to codes: the table's printed names and the catalog's names and aliases of the
 * classes' codes, each under {@link itemKey}; a key two codes share is dropped (ambiguous).
 */
function codesByName(ctx: RuleContext, rows: readonly EconRow[]): Map<string, string> {
  const seen = new Map<string, string | null>();
  const add = (name: string, code: string) => {
    const key = itemKey(name);
    const had = seen.get(key);
    if (had === undefined) seen.set(key, code);
    else if (had !== code) seen.set(key, null);
  };
  for (const r of rows) add(r.name, r.code);
  const catalog = ctx.catalog?.departmental;
  for (const r of rows) {
    const entry = catalog?.byCode.get(r.code);
    if (entry === undefined) continue;
    add(entry.name, r.code);
    for (const a of entry.aliases) add(a.name, r.code);
  }
  const out = new Map<string, string>();
  for (const [k, v] of seen) if (v !== null) out.set(k, v);
  return out;
}

/**
 * Which classes each list of 六 covers, as the 基本支出 table's identities define them: 人员经费 =
 * 301 + 303, 公用经费 = 302 + every other class (310, 399, 309 …).
 */
const LISTS = [
  { list: "personnel", what: "人员经费", classes: PERSONNEL_CLASSES },
  { list: "public", what: "公用经费", classes: PUBLIC_CLASSES },
] as const;

/**
 * 六 人员经费 / 公用经费 `主要包括：…`: every item the 基本支出 table prints a nonzero amount for is
 * named (unless the list ends with 等, or leaves out more items than it names: then it gives the
 * main ones, as 主要 says), and no named item is blank in the table (a blank row spent
 * nothing; a printed `0.00` may round a small amount, and a dash or slash is where a formatter
 * prints a zero, so neither is judged). A name the reader cannot place on one code is coverage,
 * and then missing items are not judged.
 */
export const finalBasicItemsRule: Rule = /*#__PURE__*/ narrativeRule(
  "final.narrative.basicItems",
  [
    "决算说明列举的人员经费、公用经费项目与基本支出表一致",
    "The items the 决算 text lists for personnel and public spending agree with the basic spending table",
  ],
  ["情况说明 六", "一般公共预算财政拨款基本支出决算表"],
  {
    missing: (f, l) =>
      zh(l)
        ? `${param(f, "what")}“主要包括”中没有${param(f, "item")}（${param(f, "code")}），表中为 ${wan(f, "table")}万元。`
        : `The ${param(f, "what")} list does not name ${param(f, "item")} (${param(f, "code")}), ${wan(f, "table")} 万元 in the table.`,
    blank: (f, l) =>
      zh(l)
        ? `${param(f, "what")}“主要包括”列出了${param(f, "item")}（${param(f, "code")}），表中该项为空（无支出）。`
        : `The ${param(f, "what")} list names ${param(f, "item")} (${param(f, "code")}), blank (nothing spent) in the table.`,
  },
  (ctx, severity, out) => {
    const basic = narrativeOf(ctx).basic;
    const rows = econRows(ctx);
    if (basic === undefined || rows.length === 0) return false;
    const byName = codesByName(ctx, rows);
    const byCode = new Map(rows.map((r) => [r.code, r]));
    let any = false;
    for (const { list, what, classes } of LISTS) {
      const printed: PrintedList | undefined =
        list === "personnel" ? basic.personnelList : basic.publicList;
      if (printed === undefined) continue;
      any = true;
      const inClasses = (code: string) => classes.some((c) => code.startsWith(c));
      const named = new Set<string>();
      let placed = true;
      for (const item of printed.items) {
        const code = byName.get(itemKey(item));
        if (code === undefined || !inClasses(code)) {
          placed = false;
          continue;
        }
        named.add(code);
        const row = byCode.get(code);
        // A blank is a cell read and found empty: a row whose amount column was not read (a
        // heading the template does not know) states nothing either way. A dash or a slash is
        // printed where a zero is (a formatter's 0), so it is no more judged than a 0.00.
        const blank = row?.fact !== undefined && row.fact.source.raw.trim() === "";
        if (code.length === 5 && blank && row?.value === null)
          out.push(
            textFinding(
              "final.narrative.basicItems",
              severity,
              "blank",
              basic.text,
              { what, item, code },
              row.fact === undefined ? [] : [row.fact],
            ),
          );
      }
      if (printed.open || !placed) continue;
      const left = rows.filter(
        (r): r is typeof r & { value: Amount } =>
          r.code.length === 5 &&
          inClasses(r.code) &&
          r.value !== null &&
          !isZero(r.value) &&
          !named.has(r.code) &&
          !named.has(r.code.slice(0, 3)),
      );
      // A list that leaves out more items than it names gives the main ones (主要包括), not all.
      if (left.length > named.size) continue;
      for (const r of left) {
        out.push(
          textFinding(
            "final.narrative.basicItems",
            severity,
            "missing",
            basic.text,
            { what, item: r.name, code: r.code, table: w(r.value) },
            r.fact === undefined ? [] : [r.fact],
          ),
        );
      }
    }
    return any;
  },
);
