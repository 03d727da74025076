import type { LoweredTable } from "../../disclosure";
import type { Concept, Decomposition, Fact } from "../../facts";
import type { LineSpec, TableKind } from "../../templates";
import { boundsOf, compareBounds } from "../compare";
import { type AnyFact, type DerivedFact, isDerived } from "../derive";
import { flatSources, sumOf } from "../derived";
import { groupOf } from "../groups";
import type { Comparisons, Mismatch, RuleContext } from "../types";

/**
 * The id of the sum a side of a 收支总表 states over its own lines (its `via`), for the messages.
 * @internal
 */
export const SUMMARY_LINES = "summary.lines";

/** What a side sums and the lines that may print its sum (本年收入合计, else 收入总计). */
const SIDES: Readonly<Record<string, { part: Concept; totals: readonly Concept[] }>> = {
  income: { part: "revenue", totals: ["revenue", "revenue.total"] },
  spending: { part: "spending", totals: ["spending", "spending.total"] },
};

const SIDE_NAMES = /*#__PURE__*/ Object.keys(SIDES);

type Row = LoweredTable["rows"][number];

/** The rules that report a side's sum. */
const RULES: ReadonlySet<string> = /*#__PURE__*/ new Set(["funds", "nature", "rollup"]);

/** What the rule reads of a profile's decompositions, found once per list (a profile's data). */
interface OfDecompositions {
  /** Each fund's and nature's wholes (`gpb` → `government`). */
  readonly wholes: ReadonlyMap<string, string[]>;
  /** The ids of the decompositions whose sums these rules report. */
  readonly ours: ReadonlySet<string>;
}

const OF_DECOMPOSITIONS = new WeakMap<readonly Decomposition[], OfDecompositions>();
function ofDecompositions(decompositions: readonly Decomposition[]): OfDecompositions {
  let known = OF_DECOMPOSITIONS.get(decompositions);
  if (known === undefined) {
    known = {
      wholes: wholesOf(decompositions),
      ours: new Set(decompositions.filter((d) => RULES.has(d.rule)).map((d) => d.id)),
    };
    OF_DECOMPOSITIONS.set(decompositions, known);
  }
  return known;
}

/** Each fund's and nature's wholes (`gpb` → `government`), from the profile's decompositions. */
function wholesOf(decompositions: readonly Decomposition[]): ReadonlyMap<string, string[]> {
  const out = new Map<string, string[]>();
  for (const d of decompositions)
    for (const dim of ["fund", "nature"] as const) {
      const whole = d.parent.coords[dim];
      if (typeof whole !== "string") continue;
      for (const c of [...d.children, ...(d.optional ?? [])]) {
        const part = c.coords[dim];
        if (typeof part !== "string") continue;
        const key = `${dim}=${part}`;
        const list = out.get(key) ?? [];
        list.push(`${dim}=${whole}`);
        out.set(key, list);
      }
    }
  return out;
}

const FUNCTIONAL = "functional=";

/**
 * Whether a part's place lies inside another part's (`count`: the places of a side's parts, each
 * with its number of rows): a 功能分类 code under a shorter one printed (`functional=20101` under
 * `functional=201`), a fund or nature under a whole the decompositions give it (`fund=gpb` inside
 * `fund=government`). Each place's wholes are looked up in the set of places, so a side of n
 * lines costs n look-ups (testing every pair of lines cost n², each test a walk of its own).
 */
function insideAnother(
  place: string,
  count: ReadonlyMap<string, number>,
  wholes: ReadonlyMap<string, string[]>,
): boolean {
  if (place.startsWith(FUNCTIONAL)) {
    for (let k = FUNCTIONAL.length; k < place.length; k++)
      if (count.has(place.slice(0, k))) return true;
    return false;
  }
  if (!wholes.has(place)) return false;
  // Every whole reachable from the place; the place itself only through a cycle, and then only
  // another row of that place contains it.
  const seen = new Set<string>();
  const todo = [place];
  for (let next = todo.pop(); next !== undefined; next = todo.pop())
    for (const w of wholes.get(next) ?? []) {
      if (seen.has(w)) continue;
      seen.add(w);
      if ((count.get(w) ?? 0) > (w === place ? 1 : 0)) return true;
      todo.push(w);
    }
  return false;
}

/** A part's place: its fund or nature (`fund=gpb`), or its 功能分类 code (`functional=201`). */
function placeOf(row: Row, spec: LineSpec | undefined): string | undefined {
  if (row.row.key.kind === "functional") return FUNCTIONAL + row.row.key.code;
  const c = spec?.coords;
  if (c?.fund !== undefined) return `fund=${c.fund}`;
  if (c?.nature !== undefined) return `nature=${c.nature}`;
  return undefined;
}

/** What the rule reads of a table kind with lines, found once per kind (a template's kinds are shared). */
interface KindSides {
  /** The column list and line list the plan was made from (remade if either is replaced). */
  readonly columns: TableKind["columns"];
  readonly lineList: TableKind["lines"];
  readonly lines: ReadonlyMap<string, LineSpec>;
  /** Each column's side, for the columns that have one. */
  readonly sideOfColumn: ReadonlyMap<string, string>;
}

const KIND_SIDES = new WeakMap<TableKind, KindSides>();
function kindSides(kind: TableKind): KindSides {
  let plan = KIND_SIDES.get(kind);
  if (plan === undefined || plan.columns !== kind.columns || plan.lineList !== kind.lines) {
    const sideOfColumn = new Map<string, string>();
    // The first column of a key decides, as a search of the list would.
    for (const c of kind.columns)
      if (!sideOfColumn.has(c.key)) sideOfColumn.set(c.key, c.side ?? "");
    plan = {
      columns: kind.columns,
      lineList: kind.lines,
      lines: new Map((kind.lines ?? []).map((l) => [l.id, l])),
      sideOfColumn,
    };
    KIND_SIDES.set(kind, plan);
  }
  return plan;
}

/** The side a row is printed on: its line's, else its cells' (a 类 row, a row left unplaced). */
function sideOf(row: Row, plan: KindSides): string {
  const key = row.row.key;
  if (key.kind === "line") return plan.lines.get(key.line)?.side ?? "";
  const cells = row.row.cells;
  for (const column in cells) {
    if (!Object.hasOwn(cells, column)) continue;
    const side = plan.sideOfColumn.get(column);
    if (side !== undefined && side !== "") return side;
  }
  return "";
}

interface Side {
  readonly total: Row;
  readonly parts: readonly Row[];
  /** `rollup` for 类 rows, `nature` / `funds` for lines of a nature / a fund. */
  readonly rule: string;
}

/**
 * The side's first total line and the rows printed above it that it sums, or `undefined` where
 * the side is not read whole or its lines say nothing certain of its sum: a row left unplaced, a
 * line of another concept or under a section heading, a line placed by where it is printed, 类
 * rows beside lines of a nature. A line inside another printed line (`1、一般公共预算` under
 * `一、财政拨款收入`, `人员经费` under `基本支出`, an `其中` line, a 款 under its 类) is no part of it.
 */
function sideOfTable(
  rows: readonly Row[],
  name: string,
  plan: KindSides,
  wholes: ReadonlyMap<string, string[]>,
): Side | undefined {
  const side = SIDES[name];
  if (side === undefined) return undefined;
  const above: { row: Row; place: string }[] = [];
  let total: Row | undefined;
  let functional = false;
  let lined = false;
  for (const row of rows) {
    if (sideOf(row, plan) !== name) continue;
    const key = row.row.key;
    if (key.kind === "unplaced") return undefined;
    const spec = key.kind === "line" ? plan.lines.get(key.line) : undefined;
    if (
      spec?.concept !== undefined &&
      spec.id === spec.concept &&
      side.totals.includes(spec.concept)
    ) {
      total = row;
      break;
    }
    if (spec !== undefined) {
      if (spec.concept !== side.part || spec.section !== undefined) return undefined;
      if (spec.outside !== undefined) return undefined;
      if (spec.ofWhich !== undefined) continue;
      lined = true;
    } else if (key.kind === "functional") functional = true;
    else return undefined;
    const place = placeOf(row, spec);
    if (place === undefined) return undefined;
    above.push({ row, place });
  }
  if (total === undefined || above.length === 0 || (functional && lined)) return undefined;
  const count = new Map<string, number>();
  for (const p of above) count.set(p.place, (count.get(p.place) ?? 0) + 1);
  const parts: Row[] = [];
  for (const p of above) if (!insideAnother(p.place, count, wholes)) parts.push(p.row);
  const rule = functional ? "rollup" : name === "income" ? "funds" : "nature";
  return { total, parts, rule };
}

/** The fact a row states in `column`, if any. */
const factIn = (row: Row, column: string): Fact | undefined =>
  row.facts.find((f) => f.source.column === column);

/** A comparisons list being built. */
interface Building {
  count: number;
  readonly mismatches: Mismatch[];
  readonly checked: AnyFact[];
}

/** Compares one side's total with the sum of its parts, column by column. */
function compareSide(
  lt: LoweredTable,
  s: Side,
  derived: (table: string, total: Fact) => boolean,
  out: Building,
) {
  const table = lt.table.kind;
  for (const total of s.total.facts) {
    const column = total.source.column;
    // A sum the check derives already (Σ 类, Σ fund sources) is compared there.
    if (derived(table, total)) continue;
    const parts: Fact[] = [];
    let unread = false;
    for (const row of s.parts) {
      const f = factIn(row, column);
      if (f !== undefined) parts.push(f);
      else if ((row.row.cells[column] ?? "").trim() !== "") unread = true;
    }
    if (unread || parts.length === 0) continue;
    const sum: DerivedFact = {
      concept: total.concept,
      coords: total.coords,
      value: sumOf(parts, lt.table.unit),
      table,
      via:
        s.rule === "rollup"
          ? { kind: "rollup", column }
          : { kind: "decomposition", id: SUMMARY_LINES },
      parts,
      sources: flatSources(parts),
    };
    out.count++;
    out.checked.push(total, ...parts);
    const status = compareBounds(boundsOf(sum), boundsOf(total));
    if (status === "equal") continue;
    const shown = status === "differ" ? "differ" : "rounding";
    out.mismatches.push({ rule: s.rule, status: shown, expected: sum, actual: total });
  }
}

const MEMO = new WeakMap<RuleContext, ReadonlyMap<string, Comparisons>>();

/**
 * The sums a 收支总表 states over its own lines, by the rule that reports them: on each side
 * read whole, the first total line (本年收入合计, else 收入总计 where no 本年收入合计 is printed;
 * the same on the spending side) equals the sum of the lines printed above it, the lines it does
 * not print being none (a 收支总表 prints the lines it has). Where the check derives that sum
 * already (every fund source of the template printed, or the 类 rows rolled up), it is compared
 * there, not twice. A side with a row the reader did not place is not compared (the coverage
 * names the row). @internal
 */
export function summarySums(ctx: RuleContext): ReadonlyMap<string, Comparisons> {
  const memo = MEMO.get(ctx);
  if (memo !== undefined) return memo;
  const out = new Map<string, Building>();
  // A table of no known unit is summed within itself by the check, apart from the groups read
  // here: not compared.
  const lined = ctx.tables.filter(
    (lt) => lt.kind?.lines !== undefined && lt.table.unknownUnit === undefined,
  );
  if (lined.length === 0) {
    MEMO.set(ctx, out);
    return out;
  }
  // The sums the check derives of a table's facts by roll-up or a decomposition these rules
  // report (not 收入总计 = 支出总计: that is the balance, no sum of the lines), looked up in the
  // total's own group (a roll-up is made only when read: not every one of the check's).
  const { wholes, ours } = ofDecompositions(ctx.definitions.decompositions);
  const derived = (table: string, total: Fact): boolean =>
    (groupOf(ctx, total.concept, total.coords) ?? []).some(
      (d) => isDerived(d) && d.table === table && (d.via.kind === "rollup" || ours.has(d.via.id)),
    );
  for (const lt of lined) {
    const kind = lt.kind;
    if (kind?.lines === undefined) continue;
    const plan = kindSides(kind);
    for (const name of SIDE_NAMES) {
      if (!kind.columns.some((c) => c.side === name)) continue;
      const s = sideOfTable(lt.rows, name, plan, wholes);
      if (s === undefined) continue;
      let b = out.get(s.rule);
      if (b === undefined) {
        b = { count: 0, mismatches: [], checked: [] };
        out.set(s.rule, b);
      }
      compareSide(lt, s, derived, b);
    }
  }
  MEMO.set(ctx, out);
  return out;
}
