import {
  type Amount,
  addAmounts,
  amount,
  compareAmounts,
  isNegative,
  isZero,
  sumAmounts,
} from "../../src/amount";
import type { LoweredTable } from "../../src/disclosure";
import {
  type Concept,
  type Coordinates,
  type Dimension,
  type Fact,
  factKey,
  type Nature,
  type SourceCell,
} from "../../src/facts";

/**
 * A fact the checker computed from printed facts: a roll-up of a table's rows (a 类 from its 款,
 * a total from its units or projects) or a decomposition (基本 = 人员 + 公用). `parts` are the facts
 * summed; `sources` every printed cell behind it.
 * `incomplete` marks a sum that may lack printed figures the reader could
 * not place (an unplaced row, a column or line the template does not know): a disagreement it
 * takes part in is insufficient data, never a finding against the document.
 *
 * @example
 * ```ts
 * import type { DerivedFact } from "yusuan/check";
 * const isRollup = (d: DerivedFact) => d.via.kind === "rollup";
 * ```
 */
export interface DerivedFact {
  readonly concept: Concept;
  readonly coords: Coordinates;
  readonly value: Amount | null;
  readonly table: string;
  readonly via:
    | { readonly kind: "rollup"; readonly column: string }
    | { readonly kind: "decomposition"; readonly id: string };
  readonly parts: readonly (Fact | DerivedFact)[];
  readonly sources: readonly SourceCell[];
  readonly incomplete?: true;
}

/**
 * A printed or derived fact.
 *
 * @example
 * ```ts
 * import { type AnyFact, isDerived } from "yusuan/check";
 * const printedOnly = (fs: AnyFact[]) => fs.filter((f) => !isDerived(f));
 * ```
 */
export type AnyFact = Fact | DerivedFact;

/**
 * Whether a fact was derived (computed) rather than printed.
 *
 * @example
 * ```ts
 * import { isDerived } from "yusuan/check";
 * isDerived({ concept: "spending", coords: {}, value: null, source: { table: "t", row: "total", column: "total", raw: "" } }); // false
 * ```
 */
export function isDerived(f: AnyFact): f is DerivedFact {
  return "via" in f;
}

/** Whether a fact is a sum that may lack figures the reader could not place. @internal */
export function isIncomplete(f: AnyFact): boolean {
  return isDerived(f) && f.incomplete === true;
}

/** Whether a row's key could not be read (an unplaced row, or a key code that does not parse). */
function unread(r: LoweredTable["rows"][number]): boolean {
  const kind = r.row.key.kind;
  return (
    kind === "unplaced" ||
    ((kind === "functional" || kind === "economic") && r.coords === undefined)
  );
}

/**
 * The rows of a table that may be a line the reader did not place: an unplaced row of a kind with
 * lines, a line the template does not know.
 */
function unplacedLines(lt: LoweredTable): LoweredTable["rows"] {
  const lines = new Set(lt.kind?.lines?.map((l) => l.id) ?? []);
  return lt.rows.filter((r) => {
    const key = r.row.key;
    return (
      (key.kind === "unplaced" && lines.size > 0) || (key.kind === "line" && !lines.has(key.line))
    );
  });
}

/** A cell printing a digit: text with none (`财政`, a unit's name) is no figure a sum may miss. */
const printsDigit = (raw: string | undefined) => /[0-9０-９]/u.test(raw ?? "");

/**
 * The reading gaps of a table that sums may miss: `rows` (a row whose key could not be read:
 * it may belong under any coarser row), `lines` (a row that may be a line the reader did not
 * place: a sum of parts printed on several rows may miss it) and `split` (a figure under an
 * unknown column, a cell printing a digit: any decomposition of the table may miss it). @internal
 */
export function readingGaps(lt: LoweredTable): {
  readonly rows: boolean;
  readonly lines: boolean;
  readonly split: boolean;
} {
  const known = new Set(lt.kind?.columns.map((c) => c.key) ?? []);
  const rows = lt.rows.some(unread);
  const lines = unplacedLines(lt).length > 0;
  const split = lt.rows.some((r) =>
    Object.entries(r.row.cells).some(([column, raw]) => !known.has(column) && printsDigit(raw)),
  );
  return { rows, lines, split };
}

/**
 * The columns in which a row that may be a line the reader did not place prints a figure: a cell
 * of another row left blank there may have its figure on that line (a long row's figures printed
 * on the next, unlabelled line). @internal
 */
export function lineColumns(lt: LoweredTable): ReadonlySet<string> {
  const out = new Set<string>();
  for (const r of unplacedLines(lt))
    for (const [column, raw] of Object.entries(r.row.cells)) if (printsDigit(raw)) out.add(column);
  return out;
}

/** The printed cells behind a fact. @internal */
export function sourcesOf(f: AnyFact): readonly SourceCell[] {
  return isDerived(f) ? f.sources : [f.source];
}

const NATURE_PARENT: Readonly<Record<Nature, Nature | undefined>> = {
  basic: undefined,
  project: undefined,
  "basic.personnel": "basic",
  "basic.public": "basic",
  "project.operating": "project",
  "project.specific": "project",
  remittance: undefined,
  operations: undefined,
  affiliates: undefined,
};

function chain(dim: Dimension, value: string): (string | undefined)[] {
  switch (dim) {
    case "functional":
    case "econ":
    case "gov": {
      const out: (string | undefined)[] = [];
      for (let len = value.length - 2; len >= 3; len -= 2) out.push(value.slice(0, len));
      out.push(undefined);
      return out;
    }
    case "nature": {
      const out: (string | undefined)[] = [];
      let n = NATURE_PARENT[value as Nature];
      while (n !== undefined) {
        out.push(n);
        n = NATURE_PARENT[n];
      }
      out.push(undefined);
      return out;
    }
    case "org":
    case "project":
    case "category":
      return [undefined];
    default:
      return [];
  }
}

/** One unit of an amount's last printed place. */
function lastPlace(a: Amount): Amount {
  return amount(a.decimals === 0 ? "1" : `0.${"0".repeat(a.decimals - 1)}1`, a.unit);
}

function coordsKey(c: Coordinates): string {
  return factKey("spending", c);
}

/** Every generalisation of a row's coordinates (merged over the table's fixed ones), by key. */
function generalisations(
  row: Coordinates,
  fixed: Coordinates | undefined,
  parents: ReadonlyMap<string, string> = new Map(),
): Map<string, Coordinates> {
  let combos: Record<string, string | undefined>[] = [{}];
  const dims = Object.keys(row) as Dimension[];
  for (const d of dims) {
    const own = row[d] as string;
    // a unit's row: the printed units its code extends (三级单位), then the total
    const up: string[] = [];
    if (d === "org") for (let p = parents.get(own); p !== undefined; p = parents.get(p)) up.push(p);
    const options = d === "gov" && row.econ !== undefined ? [own] : [own, ...up, ...chain(d, own)];
    const next: Record<string, string | undefined>[] = [];
    for (const c of combos) for (const o of options) next.push({ ...c, [d]: o });
    combos = next;
  }
  const out = new Map<string, Coordinates>();
  for (const c of combos) {
    if (c.econ !== row.econ) c.gov = undefined;
    const merged: Record<string, string> = { ...(fixed as Record<string, string>) };
    for (const [d, v] of Object.entries(c)) {
      if (v !== undefined) merged[d] = v;
      else if (fixed?.[d as Dimension] === undefined) delete merged[d];
    }
    out.set(coordsKey(merged as Coordinates), merged as Coordinates);
  }
  return out;
}

/** A sum of amounts, null when every value is blank. @internal */
export function sum(values: readonly (Amount | null)[], unit: Amount["unit"]): Amount | null {
  const present = values.filter((v): v is Amount => v !== null);
  return present.length === 0 ? null : sumAmounts(present, unit);
}

/** The printed cells behind parts, in order. @internal */
export function flatSources(parts: readonly AnyFact[]): SourceCell[] {
  return parts.flatMap((p) => sourcesOf(p));
}

/**
 * Roll-ups of one lowered table: for every printed row, its contribution to each coarser row
 * (a 款 to its 类, a 项 to its 款 and 类, a unit or a project to the total), stopping at the nearest
 * printed ancestor row so nothing is counted twice; one derived fact per column and coarser row.
 *
 * @example
 * ```ts
 * import { lowerTable } from "yusuan";
 * import { rollUpTable } from "yusuan/check";
 * import { henan2024 } from "yusuan/templates";
 * const lt = lowerTable({ kind: "expenditure", unit: "万元", rows: [
 *   { key: { kind: "functional", code: "2013101" }, cells: { total: "558.07" } },
 *   { key: { kind: "functional", code: "2013102" }, cells: { total: "77.00" } },
 * ] }, henan2024);
 * rollUpTable(lt).find((d) => d.coords.functional === "201")?.value?.value; // "635.07"
 * ```
 */
export function rollUpTable(
  lt: LoweredTable,
  blankWholes: ReadonlySet<AnyFact> = new Set(),
): readonly DerivedFact[] {
  const fixed = lt.kind?.fixed;
  const incomplete = readingGaps(lt).rows;
  const gens = new Map<number, Map<string, Coordinates>>();
  const printedGens = new Map<string, Set<string>>();
  // Units' codes printed on units' rows: each under the longest other printed code it extends,
  // unless every other code extends that one (the department's row, its code not known).
  const codes = [
    ...new Set(
      lt.rows.flatMap((r) =>
        r.row.key.kind === "org" && r.coords?.org !== undefined && /^[0-9]+$/.test(r.coords.org)
          ? [r.coords.org]
          : [],
      ),
    ),
  ];
  const parents = new Map<string, string>();
  for (const c of codes) {
    const p = codes
      .filter((q) => q.length >= 3 && q.length < c.length && c.startsWith(q))
      .sort((a, b) => b.length - a.length)[0];
    if (p !== undefined && !codes.every((q) => q === p || q.startsWith(p))) parents.set(c, p);
  }
  // Figures in rows outside every unit's beside units' rows (本级, or the department's whole
  // breakdown): per column, an upper bound of their money (each figure above zero one unit of its
  // last place up), and the columns some unit's row prints a figure in.
  const hasUnits = lt.rows.some((r) => r.row.key.kind === "org" && r.coords?.org !== undefined);
  const strayMoney = new Map<string, Amount>();
  const unitColumns = new Set<string>();
  for (const r of lt.rows) {
    if (r.coords === undefined) continue;
    if (r.row.key.kind === "org" && r.coords.org !== undefined)
      for (const f of r.facts) {
        if (f.value !== null && !isZero(f.value)) unitColumns.add(f.source.column);
      }
    else if (
      ["functional", "economic", "project"].includes(r.row.key.kind) &&
      r.coords.org === undefined
    )
      for (const f of r.facts) {
        if (f.value === null || isZero(f.value) || isNegative(f.value)) continue;
        const had = strayMoney.get(f.source.column);
        const up = addAmounts(f.value, lastPlace(f.value));
        strayMoney.set(f.source.column, had === undefined ? up : addAmounts(had, up));
      }
  }
  const outside = hasUnits && strayMoney.size > 0;
  const totalKey = coordsKey({ ...fixed });
  for (const r of lt.rows) {
    if (r.coords === undefined) continue;
    const g = generalisations(r.coords, fixed, r.row.key.kind === "org" ? parents : undefined);
    gens.set(r.index, g);
    const own = coordsKey({ ...fixed, ...r.coords });
    const set = printedGens.get(own) ?? new Set<string>();
    for (const k of g.keys()) if (k !== own) set.add(k);
    printedGens.set(own, set);
  }
  // Attribute dimensions (项目类型 → nature) are no part of a row's shape; a sum by an attribute's
  // value is partial where a row of its shape, carried by no finer row, leaves that attribute unset.
  const attributes = new Set(
    lt.kind?.columns.flatMap((c) =>
      c.role === "attribute" && c.dimension !== undefined ? [c.dimension as string] : [],
    ) ?? [],
  );
  const reached = new Set<string>();
  for (const [own, set] of printedGens) for (const k of set) if (k !== own) reached.add(k);
  const shapeOf = (c: Coordinates) =>
    Object.keys(c)
      .filter((d) => !attributes.has(d))
      .sort()
      .join(",");
  const has = new Map<string, Set<string>>();
  const lacks = new Map<string, Set<string>>();
  for (const r of lt.rows) {
    if (r.coords === undefined || !gens.has(r.index)) continue;
    const shape = shapeOf(r.coords);
    for (const d of attributes) {
      const into =
        d in r.coords ? has : reached.has(coordsKey({ ...fixed, ...r.coords })) ? undefined : lacks;
      if (into === undefined) continue;
      const set = into.get(shape) ?? new Set<string>();
      set.add(d);
      into.set(shape, set);
    }
  }
  const partialOf = (shape: string, coords: Coordinates) =>
    [...(has.get(shape) ?? [])].some(
      (d) =>
        lacks.get(shape)?.has(d) === true && coords[d as Dimension] !== fixed?.[d as Dimension],
    );
  const buckets = new Map<
    string,
    {
      coords: Coordinates;
      column: string;
      facts: Fact[];
      partial: boolean;
      beside?: { units: boolean; k: string } | undefined;
    }
  >();
  // A unit's row printed again after rows of its own (its 小计) is summed once: where the row
  // it repeats states figures, that one.
  const closing = new Set<number>();
  let unit: string | undefined;
  let under = false;
  for (const r of lt.rows) {
    const key = r.row.key;
    if (key.kind === "org") {
      if (under && key.code === unit) closing.add(r.index);
      unit = key.code;
      under = false;
    } else if (key.kind === "functional" || key.kind === "economic" || key.kind === "project")
      under = true;
    else if (key.kind !== "unplaced") {
      unit = undefined;
      under = false;
    }
  }
  const firstOf = new Map<string, LoweredTable["rows"][number]>();
  for (const r of lt.rows) {
    const g = gens.get(r.index);
    if (g === undefined || r.coords === undefined) continue;
    const own = coordsKey({ ...fixed, ...r.coords });
    const first = firstOf.get(own);
    if (first === undefined) firstOf.set(own, r);
    else if (closing.has(r.index) && first.facts.length > 0) continue;
    const shape = shapeOf(r.coords);
    const between = [...g.keys()].filter((k) => k !== own && printedGens.has(k));
    for (const [k, coords] of g) {
      if (k === own) continue;
      if (between.some((p) => p !== k && printedGens.get(p)?.has(k) === true)) continue;
      for (const f of r.facts) {
        const bk = `${k}#${shape}#${f.source.column}`;
        let b = buckets.get(bk);
        if (b === undefined) {
          const unitSum =
            r.row.key.kind === "org" && coords.org !== undefined && coords.org !== r.coords.org;
          const partial = partialOf(shape, coords) || unitSum;
          // the department's sum of its units' rows, or of the rows outside them into its total
          const units = r.row.key.kind === "org";
          const beside =
            outside && !partial && coords.org === undefined && (units || k === totalKey)
              ? { units, k }
              : undefined;
          b = { coords, column: f.source.column, facts: [], partial, beside };
          buckets.set(bk, b);
        }
        b.facts.push(f);
      }
    }
  }
  // A row of a 科目 printed one way only (not `eitherWay`) under the other nature (30101 under
  // 公用经费): a misprint; its other-nature figure and its own nature's blank or zero are no part
  // of a complete sum.
  const misprinted = new Set<Fact>();
  for (const r of lt.rows) {
    if (!r.facts.some((f) => otherNature(f) && !eitherWay(f))) continue;
    for (const f of r.facts) {
      const own = f.coords.nature !== "basic" && !otherNature(f) && f.coords.econ !== undefined;
      const empty = f.value === null || /^[-0.,]*$/u.test(f.value.value);
      if (otherNature(f) || (own && empty && f.coords.nature?.startsWith("basic.") === true))
        misprinted.add(f);
    }
  }
  // A blank cell of a row whose finer rows print money in that column (its own identity another
  // row's generalisation): not zero, so a sum counting it may lack money.
  const lacking = new Set<Fact>();
  for (const r of lt.rows) {
    if (r.coords === undefined || !gens.has(r.index)) continue;
    const own = coordsKey({ ...fixed, ...r.coords });
    for (const f of r.facts) {
      if (f.value !== null) continue;
      const below = lt.rows.some(
        (q) =>
          q !== r &&
          gens.get(q.index)?.has(own) === true &&
          coordsKey({ ...fixed, ...q.coords }) !== own &&
          q.facts.some((x) => x.value !== null && x.source.column === f.source.column),
      );
      if (below) lacking.add(f);
    }
  }
  /**
   * Whether the department's sum of its units' rows (or of its rows outside them) in a column is
   * only some of its figure: the units' where the stray rows print money there and could fill the
   * gap to the printed figure (each figure at the edge of its rounding); the stray rows' where a
   * unit prints a figure there.
   */
  const someOfDepartment = (
    beside: { units: boolean; k: string },
    column: string,
    facts: readonly Fact[],
    value: Amount | null,
  ): boolean => {
    if (!beside.units) return unitColumns.has(column);
    const money = strayMoney.get(column);
    if (money === undefined) return false;
    const printed = firstOf.get(beside.k)?.facts.find((f) => f.source.column === column)?.value;
    if (printed === undefined || printed === null) return true;
    let most = value === null ? money : addAmounts(value, money);
    for (const f of facts) if (f.value !== null) most = addAmounts(most, lastPlace(f.value));
    return compareAmounts(addAmounts(most, lastPlace(printed)), printed) >= 0;
  };
  const out: DerivedFact[] = [];
  const columnCoords = new Map<string, Coordinates | undefined>(
    lt.kind?.columns.map((c) => [c.key, c.coords]) ?? [],
  );
  // the coordinates the table's own columns state instead (本年拨款 beside a printed carry-over)
  for (const [key, coords] of lt.columnCoords ?? []) columnCoords.set(key, coords);
  for (const b of buckets.values()) {
    const first = b.facts[0];
    if (first === undefined) continue;
    const value = sum(
      b.facts.map((f) => f.value),
      lt.table.unit,
    );
    // An all-blank sum is kept (value null = "no value"): comparing it confirms the blanks, but
    // tells no printed figure wrong; a partial sum (above) neither.
    out.push({
      concept: first.concept,
      coords: { ...b.coords, ...columnCoords.get(b.column) },
      value,
      table: lt.table.kind,
      via: { kind: "rollup", column: b.column },
      parts: b.facts,
      sources: flatSources(b.facts),
      ...(incomplete ||
      b.partial ||
      (b.beside !== undefined && someOfDepartment(b.beside, b.column, b.facts, value)) ||
      b.facts.some((f) => lacking.has(f) || blankWholes.has(f)) ||
      (b.coords.econ !== undefined &&
        ownNature(b.coords.econ, { ...b.coords, ...columnCoords.get(b.column) }.nature) &&
        b.facts.some((f) => otherNature(f) && eitherWay(f))) ||
      b.facts.some((f) => misprinted.has(f))
        ? { incomplete: true as const }
        : {}),
    });
  }
  return out;
}

export { blankWholesOf, decomposeTable } from "./decompose";

/** Whether a sum's nature on an economic 科目 is the one its 类 gives (`basic` is). */
function ownNature(econ: string, nature: string | undefined): boolean {
  const personnel = ["301", "303"].includes(econ.slice(0, 3));
  return nature === "basic" || nature === (personnel ? "basic.personnel" : "basic.public");
}

/**
 * Whether printers class a fact's economic 科目 under either nature: 307, 309–313 and 399, 30239
 * 其他交通费用, the 其他… 款 30199, 30299, 30399, and any 类 row (classed as its 款 are). Printed under the other nature, such a 科目 is
 * classed by the document; any other is misprinted.
 */
function eitherWay(f: Fact): boolean {
  const econ = f.coords.econ ?? "";
  return (
    econ.length === 3 ||
    ["307", "309", "310", "311", "312", "313", "399"].includes(econ.slice(0, 3)) ||
    ["30199", "30239", "30299", "30399"].includes(econ.slice(0, 5))
  );
}

/**
 * A figure (not blank, not zero) printed on an economic 科目 under the other nature of basic spending
 * than its 类 gives (301 / 303 人员经费; 302, 307, 309, 310–313, 399 公用经费): the document classes the 科目 its own
 * way (`eitherWay`), so a sum on a 科目 counting it is no sum of the 科目's canonical nature
 * (incomplete), or misprints it.
 */
function otherNature(f: Fact): boolean {
  const { econ, nature } = f.coords;
  if (econ === undefined || f.value === null || /^[-0.,]*$/u.test(f.value.value)) return false;
  const cls = econ.slice(0, 3);
  const personnel = ["301", "303"].includes(cls);
  const pub = ["302", "307", "309", "310", "311", "312", "313", "399"].includes(cls);
  return (nature === "basic.personnel" && pub) || (nature === "basic.public" && personnel);
}
