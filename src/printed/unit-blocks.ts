/**
 * A 部门's table by 科目 printed unit block by unit block (a 部门决算's 支出决算表: `合计`, then each
 * unit's row and its 科目 rows), its units named by names alone: the caller's without a code, or
 * names it does not give (`某局（本级）`, `一、某中心`, `其中：某局本级`), or by a subtotal heading the
 * block (`某局（本级）小计`, `某中心合计`). Where the blocks' figures add up to the table's total,
 * column by column, the rows are the units' blocks: each heading is that unit's row (`org`), the
 * rows under it its own. Anywhere else whose rows they are is not guessed (they stay as read).
 */

import type { Amount } from "../amount";
import { addAmounts, amountsEqual, parseAmount, zeroAmount } from "../amount";
import { isNoValue } from "../amount/parse";
import type { Catalog } from "../catalog";
import { endsAsOrganisation } from "../codes/org-endings";
import type { RowKey } from "../disclosure";
import type { TableKind, Template } from "../templates";
import { labelKey } from "../templates/wording";
import { accepts, endsAsTotal, sameFigures } from "./cells";
import { isSubjectName } from "./grid-org";
import type { ReadProblem } from "./problems";
import { HAN } from "./transposed";
import { withoutUnitLabel } from "./unit-heading";
import { inVocabulary } from "./unit-names";
import type { SectionRow } from "./unit-sections";

type Cells = Readonly<Record<string, string>>;
type Row = SectionRow & { readonly cells: Cells };

/** A subtotal's word at a heading's end, bracketed or not (`某中心小计`, `某局（本级）（小计）`). */
const SUBTOTAL_END = /[（(]?(?:小计|合计|总计)[）)]?$/u;

/**
 * The label key of the unit a heading names: without a unit label (`单位：`), a list ordinal or
 * `其中` (see `labelKey`), or a subtotal's word at its end; `""` when nothing is left.
 */
export function headingUnitKey(label: string): string {
  const text = withoutUnitLabel(label.normalize("NFKC").trim()).replace(/\s+/gu, "");
  return labelKey(text.replace(SUBTOTAL_END, ""));
}

/**
 * Whether a name could name a unit: Han text opening with no digit (`2010301 行政运行` is a 科目
 * printed in the name column), no 科目 the catalog knows nor one ending as one.
 */
function namesUnit(key: string, catalog: Catalog | undefined): boolean {
  if (key === "" || !HAN.test(key) || /^[0-9]/u.test(key)) return false;
  return !isSubjectName(key, catalog);
}

/** Words of a fund or source of money (`一般公共预算`, `政府性基金`, `事业收入`, `上年结转`). */
const MONEY_WORDS = [
  "一般公共预算",
  "政府性基金",
  "国有资本经营",
  "财政拨款",
  "财政专户",
  "事业收入",
  "经营收入",
  "单位资金",
  "其他收入",
  "上年结转",
];
/** Whether a heading's key names a fund's or a source's block (`政府性基金`), no organisation. */
function namesMoney(key: string): boolean {
  return MONEY_WORDS.some((w) => key.includes(w)) && !endsAsOrganisation(key);
}

/** A row's cells as amounts by column (blank as none); `undefined` if one is no amount. */
function amounts(cells: Cells): Map<string, Amount> | undefined {
  const out = new Map<string, Amount>();
  for (const [k, v] of Object.entries(cells)) {
    if (isNoValue(v)) continue;
    const read = parseAmount(v);
    if (!read.ok) return undefined;
    if (read.value !== null) out.set(k, read.value);
  }
  return out;
}

/** Whether the blocks' figures add up to the total's in every column (at least one printed). */
function addUp(total: Cells, blocks: readonly Cells[]): boolean {
  const want = amounts(total);
  if (want === undefined || want.size === 0) return false;
  const sums = new Map<string, Amount>();
  for (const cells of blocks) {
    const got = amounts(cells);
    if (got === undefined) return false;
    for (const [k, a] of got) {
      const before = sums.get(k);
      sums.set(k, before === undefined ? a : addAmounts(before, a));
    }
  }
  for (const k of new Set([...want.keys(), ...sums.keys()])) {
    const a = want.get(k) ?? zeroAmount();
    const b = sums.get(k) ?? zeroAmount();
    if (!amountsEqual(a, b)) return false;
  }
  return true;
}

const prints = (cells: Cells): boolean => Object.values(cells).some((v) => !isNoValue(v));
const isCode = (key: RowKey): boolean => key.kind === "functional" || key.kind === "economic";

/**
 * Reads a table's unit blocks headed by names (see the file's note): the headings the unit
 * sections left unplaced (`under` in their rows' problems), and unplaced subtotal labels naming a
 * unit just above 科目 rows. A block's figures are its heading's, or, where the heading prints
 * none, the subtotal closing it. Where they add up to the table's total (the first total row
 * above the blocks, else the last), each heading becomes its unit's row, keyed by the code the
 * caller gave its name (`names`), else by its name's key; its rows are read by the keys they
 * were placed by, and their `unplaced-row` problems dropped. @internal
 */
export function unitBlocks<T extends Row>(
  built: T[],
  held: ReadonlyMap<number, RowKey>,
  problems: ReadProblem[],
  context: {
    readonly kind: TableKind;
    /** The template: a word of its vocabulary (`一般公共预算小计`: a fund's block) names no unit. */
    readonly template?: Template | undefined;
    /** The printed rows (the cells of a row kept aside). */
    readonly printed?: readonly (readonly string[])[];
    readonly catalog: Catalog | undefined;
    readonly names: ReadonlyMap<string, string> | undefined;
    /** The label keys of names the caller gives several units: naming neither, nothing is read. */
    readonly shared: ReadonlySet<string>;
    /** The name the department's own office shares with the department, and its code. */
    readonly ownShared?: { readonly key: string; readonly code: string } | undefined;
  },
): T[] {
  const { kind, template, catalog, names, shared, ownShared } = context;
  // Headings naming a word of the template (a fund's or a nature's block): blocks of no unit.
  const words = new Set<number>();
  if (!accepts(kind, "org") || !(accepts(kind, "functional") || accepts(kind, "economic")))
    return built;
  const under = new Set<number>();
  for (const p of problems)
    if (p.code === "unplaced-row" && p.under !== undefined) under.add(p.under);
  const heads: number[] = [];
  let ambiguous = false;
  // A heading by the name the own office shares with the department (see `ownHeading`).
  let own: number | undefined;
  built.forEach((b, i) => {
    if (b.key.kind !== "unplaced" || b.name === undefined) return;
    const key = headingUnitKey(b.name);
    if (!namesUnit(key, catalog)) return;
    if (inVocabulary(key, template) || namesMoney(key)) words.add(i);
    if (shared.has(key)) {
      if (key !== ownShared?.key || own !== undefined) ambiguous = true;
      else own = i;
      if (ambiguous || !under.has(b.source)) return;
    }
    const next = built[i + 1];
    const headsRows = next !== undefined && (isCode(next.key) || held.has(next.source));
    if (under.has(b.source) || (endsAsTotal(labelKey(b.name)) && headsRows)) heads.push(i);
  });
  if (heads.length === 0 || ambiguous) return built;
  const first = heads[0] as number;
  const totals = built.flatMap((b, i) => (b.key.kind === "total" ? [i] : []));
  const totalAt = totals.find((i) => i < first) ?? totals.at(-1);
  if (totalAt === undefined || (totalAt > first && totalAt < (heads.at(-1) as number)))
    return built;
  // Each block: from its heading to the next heading, unit, total or the table's end.
  const blocks: Cells[] = [];
  const ends: number[] = [];
  for (const [n, at] of heads.entries()) {
    let end = at + 1;
    const stop = heads[n + 1] ?? built.length;
    while (end < stop && built[end]?.key.kind !== "total" && built[end]?.key.kind !== "org") end++;
    ends.push(end);
    const heading = built[at] as T;
    const closing = built[end - 1];
    const closes =
      end - 1 > at && closing?.key.kind === "unplaced" && endsAsTotal(labelKey(closing.name ?? ""));
    if (prints(heading.cells)) blocks.push(heading.cells);
    else if (closes) blocks.push((closing as T).cells);
    else return built;
  }
  const total = (built[totalAt] as T).cells;
  if (own !== undefined) {
    if (!ownHeading(built, heads, own, total)) return built;
    // The units' rows after it, placed by their names or codes, are blocks of the total too.
    for (let i = first + 1; i < built.length; i++)
      if (built[i]?.key.kind === "org") blocks.push((built[i] as T).cells);
  }
  if (!addUp(total, blocks)) return built;
  if (words.size > 0)
    return words.size === heads.length
      ? aside(built, heads, ends, problems, context.printed)
      : built;
  const placed = new Set<number>();
  const out = built.slice();
  heads.forEach((at, n) => {
    const heading = built[at] as T;
    const key = headingUnitKey(heading.name ?? "");
    const code = at === own ? (ownShared?.code ?? key) : (names?.get(key) ?? key);
    out[at] = { ...heading, key: { kind: "org", code } };
    placed.add(heading.source);
    for (let i = at + 1; i < (ends[n] as number); i++) {
      const row = built[i] as T;
      const by = held.get(row.source);
      if (by === undefined) continue;
      out[i] = { ...row, key: by };
      placed.add(row.source);
    }
  });
  const kept = problems.filter((p) => p.code !== "unplaced-row" || !placed.has(p.path.row));
  problems.splice(0, problems.length, ...kept);
  return out;
}

/**
 * Whether a heading by the name the department's own office shares with the department heads
 * the office's block: the only heading, printing figures that are not the total's (the
 * department's), some unit's row placed after it printing figures (`unitBlocks` then requires
 * the blocks and those rows to add up to the total). Else whose rows they are is not guessed.
 */
function ownHeading<T extends Row>(
  built: readonly T[],
  heads: readonly number[],
  own: number,
  total: Cells,
): boolean {
  const heading = built[own];
  if (heads.length !== 1 || heads[0] !== own || heading === undefined) return false;
  if (!prints(heading.cells) || sameFigures(heading.cells, total)) return false;
  return built.some((b, i) => i > own && b.key.kind === "org" && prints(b.cells));
}

/**
 * Blocks headed by words of the template (`一般公共预算小计`, `政府性基金合计`: a table printed in
 * blocks by fund, its 科目 codes printed again in each block): whose they are is no unit's, and
 * read as the table's they would state each code twice. Their coded rows are kept aside under
 * their heading (`unplaced-row`, coverage), never read as the table's nor a unit's.
 */
function aside<T extends Row>(
  built: T[],
  heads: readonly number[],
  ends: readonly number[],
  problems: ReadProblem[],
  printed: readonly (readonly string[])[] | undefined,
): T[] {
  const out = built.slice();
  heads.forEach((at, n) => {
    const heading = built[at] as T;
    for (let i = at + 1; i < (ends[n] as number); i++) {
      const row = built[i] as T;
      if (!isCode(row.key)) continue;
      out[i] = { ...row, key: { kind: "unplaced", label: row.name?.trim() ?? "" } };
      problems.push({
        code: "unplaced-row",
        severity: "warning",
        path: { row: row.source },
        cells: printed?.[row.source] ?? [],
        under: heading.source,
      });
    }
  });
  return out;
}

/**
 * The label keys of the names the caller gives two units of different codes (`ReadOptions.units`;
 * a unit given no code is told by its name). @internal
 */
export function sharedUnitNames(
  units: readonly { readonly code?: string; readonly name: string }[] | undefined,
): ReadonlySet<string> {
  const seen = new Map<string, string>();
  const shared = new Set<string>();
  for (const u of units ?? []) {
    if (typeof u?.name !== "string") continue;
    const key = labelKey(u.name);
    const code = typeof u.code === "string" && u.code.trim() !== "" ? u.code.trim() : u.name.trim();
    const before = seen.get(key);
    if (before !== undefined && before !== code) shared.add(key);
    seen.set(key, code);
  }
  return shared;
}
