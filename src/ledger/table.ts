import { type CatalogSet, lookupCode } from "../catalog";
import type { Row, RowKey, Table } from "../disclosure";
import type { Concept, Coordinates, Fund } from "../facts";
import { fundWithin, type MeasureSet } from "../measures";
import type { ColumnSpec, TableKind } from "../templates";
import { categoryOf, cellPredicate, isMeasureConcept, measureLeaves } from "./cells";
import {
  type Acc,
  acc,
  amountColumns,
  matcher,
  merge,
  needs,
  type RowKeys,
  rowKeys,
  type Signatures,
  type Spec,
  signatures,
  sums,
  viewFor,
} from "./engine";
import { type Printer, print, printer } from "./format";
import { type Ledger, NATURE_IDS, type Projection, type View } from "./store";

/** What deriving a table needs besides its kind. @internal */
export interface TableContext {
  readonly ledger: Ledger;
  readonly tupleSums: Float64Array;
  readonly viewSums: Map<Projection | undefined, Float64Array>;
  /**
   * Where some entries print nowhere (a fund or carry-forward the template has no place for): how
   * many entries of each tuple print, and the same per view. Absent: every entry prints.
   */
  readonly kept?: {
    readonly tuples: Float64Array;
    readonly views: Map<Projection | undefined, Float64Array>;
  };
  readonly signatures: Map<View, Signatures>;
  readonly rowKeys: Map<string, RowKeys>;
  readonly measures: MeasureSet | undefined;
  readonly catalog: CatalogSet | undefined;
  readonly note: string;
  readonly missing: (concept: Concept) => void;
}

interface Leaf {
  readonly unit: number;
  readonly code: number;
  readonly gov: number;
  readonly acc: Acc;
}

const reverse = (values: Readonly<Record<string, string>> | undefined, v: string | undefined) =>
  v === undefined || values === undefined
    ? ""
    : (Object.keys(values).find((k) => values[k] === v) ?? "");

function add(into: Acc, cols: Int32Array, at: number, amount: number, from?: Acc): void {
  for (let k = 0; k < cols.length; k++) {
    const c = cols[k] as number;
    const i = at + c;
    into.cells[i] =
      (into.cells[i] as number) + (from === undefined ? amount : (from.cells[c] as number));
    into.touched[i] = 1;
  }
}

/** Adds a whole accumulator of `n` cells into another. */
function addAll(into: Acc, from: Acc, n: number): void {
  for (let c = 0; c < n; c++) {
    if (from.touched[c] !== 1) continue;
    into.cells[c] = (into.cells[c] as number) + (from.cells[c] as number);
    into.touched[c] = 1;
  }
}

/** The printed cells of `specs` from an accumulator, added to `into` (a fresh record by default). */
const cellsOf = (
  specs: readonly Spec[],
  a: Acc,
  p: Printer,
  at = 0,
  into: Record<string, string> = {},
): Record<string, string> => {
  for (let i = 0; i < specs.length; i++)
    into[(specs[i] as Spec).column] =
      a.touched[at + i] === 1 ? print(a.cells[at + i] as number, p) : "";
  return into;
};

function specsOf(
  kind: TableKind,
  ctx: TableContext,
  columns: readonly ColumnSpec[],
  line?: NonNullable<TableKind["lines"]>[number],
) {
  const specs: (Spec & { coords: ReturnType<typeof merge> })[] = [];
  const cells: { column: ColumnSpec; concept: Concept; coords: Coordinates }[] = [];
  for (const c of columns) {
    if (c.derived === false) continue;
    const concept = line?.concept ?? c.concept ?? kind.concept;
    if (concept === undefined) continue;
    cells.push({ column: c, concept, coords: merge(kind.fixed, c.coords, line?.coords) });
  }
  // The carry-overs these cells print apart: their funds' cells leave them out.
  const apart: Fund[] = [];
  for (const { concept, coords } of cells)
    if (!concept.startsWith("revenue") && fundWithin(coords.fund, "carryover") && coords.fund)
      apart.push(coords.fund);
  for (const { column: c, concept, coords } of cells) {
    const test = cellPredicate(concept, coords, ctx.measures, apart);
    if (test === undefined) {
      if (isMeasureConcept(concept)) ctx.missing(concept);
      continue;
    }
    specs.push({ column: c.key, concept, test, coords });
  }
  return specs;
}

/**
 * One table of a template printed from a ledger, as the kind lays it out: its lines, total,
 * department and unit rows, and code or project rows at the kind's levels. `undefined` values are
 * never printed: a cell no amount reaches is blank, one whose amounts add up to nothing is `0.00`.
 * @internal
 */
export function derivedTable(kind: TableKind, ctx: TableContext): Table {
  const { ledger } = ctx;
  const meta = ledger.meta;
  const store = ledger.store;
  const p = printer(ledger.scale, kind.defaultUnit);
  const keyed = specsOf(kind, ctx, amountColumns(kind));
  // Lines of another printer's layout of the kind are read, never printed here.
  const lines = (kind.lines ?? []).filter((l) => l.derived !== false);
  const lineSpecs = lines.map((l) =>
    specsOf(
      kind,
      ctx,
      amountColumns(kind).filter(
        (c) => l.side === undefined || c.side === undefined || c.side === l.side,
      ),
      l,
    ),
  );
  const rowKinds = kind.rowKinds;
  const codeKind = rowKinds.includes("functional")
    ? "functional"
    : rowKinds.includes("economic")
      ? "economic"
      : rowKinds.includes("project")
        ? "project"
        : undefined;
  const hasOrg = rowKinds.includes("org");
  const units =
    meta.documentKind === "单位" || !hasOrg
      ? "none"
      : (kind.layout?.units ?? (codeKind === undefined ? "rows" : "sections"));
  const withGov = kind.columns.some((c) => c.role === "code" && c.system === "government");
  const projection = viewFor(
    ledger,
    needs(kind, [...keyed, ...lineSpecs.flat()], units !== "none"),
  );
  const view: View = projection?.view ?? store.tuples;
  const amounts = sums(projection, ctx.tupleSums, ctx.viewSums);
  const kept = ctx.kept && sums(projection, ctx.kept.tuples, ctx.kept.views);
  const n = keyed.length;
  const total = acc(n);
  const byUnit = units === "none" ? [] : meta.units.map(() => acc(n));
  let sigs = ctx.signatures.get(view);
  if (sigs === undefined) {
    sigs = signatures(view, ledger, projection === undefined || projection.keeps.has("unit"));
    ctx.signatures.set(view, sigs);
  }
  const keyedMatch = matcher(sigs, keyed);
  // Lines: one flat list of every line's cells.
  const flat = lineSpecs.flat();
  const lineMatch = matcher(sigs, flat);
  const lineAcc = acc(flat.length);
  // The code (or project) row of each entry, shared by the tables of the same view and layout.
  let rowsOf: RowKeys | undefined;
  if (codeKind !== undefined && n > 0) {
    const dim = codeKind === "economic" ? "econ" : codeKind;
    const variant = `${store.projections.indexOf(projection as Projection)}|${dim}|${withGov}|${units === "sections"}`;
    rowsOf = ctx.rowKeys.get(variant);
    if (rowsOf === undefined) {
      rowsOf = rowKeys(view, dim, withGov, units === "sections");
      ctx.rowKeys.set(variant, rowsOf);
    }
  }
  const leafAcc = acc((rowsOf?.keys.length ?? 0) * n);
  let touched = false;
  for (let v = 0; v < view.size; v++) {
    if (kept !== undefined && kept[v] === 0) continue;
    const amount = amounts[v] as number;
    if (flat.length > 0) {
      const cols = lineMatch(v);
      if (cols.length > 0) {
        add(lineAcc, cols, 0, amount);
        touched = true;
      }
    }
    if (n === 0) continue;
    const cols = keyedMatch(v);
    if (cols.length === 0) continue;
    touched = true;
    add(total, cols, 0, amount);
    if (units !== "none") add(byUnit[view.unit[v] as number] as Acc, cols, 0, amount);
    if (rowsOf === undefined) continue;
    const row = rowsOf.of[v] as number;
    if (row >= 0) add(leafAcc, cols, row * n, amount);
  }
  const leaves: Leaf[] = [];
  rowsOf?.keys.forEach((k, i) => {
    const a = acc(n);
    let any = false;
    for (let c = 0; c < n; c++) {
      if (leafAcc.touched[i * n + c] !== 1) continue;
      a.cells[c] = leafAcc.cells[i * n + c] as number;
      a.touched[c] = 1;
      any = true;
    }
    if (any) leaves.push({ unit: k.unit, code: k.code, gov: k.gov, acc: a });
  });
  const table = {
    kind: kind.id,
    title: `${meta.year}年${kind.titles[0] ?? ""}`,
    ...(kind.number === undefined ? {} : { number: kind.number }),
    unit: kind.defaultUnit,
  };
  if (!touched)
    return kind.emptyNote === "required"
      ? { ...table, rows: [], note: ctx.note }
      : { ...table, rows: [] };
  const rows: Row[] = [];
  lines.forEach((l, i) => {
    const specs = lineSpecs[i] ?? [];
    const offset = lineSpecs.slice(0, i).reduce((s, x) => s + x.length, 0);
    if (specs.length === 0) return;
    rows.push({
      key: { kind: "line", line: l.id },
      name: l.labels[0] ?? l.id,
      cells: cellsOf(specs, lineAcc, p, offset),
    });
  });
  if (n > 0) {
    if (rowKinds.includes("single"))
      rows.push({ key: { kind: "single" }, cells: cellsOf(keyed, total, p) });
    if (rowKinds.includes("total") && kind.layout?.total !== false)
      rows.push({ key: { kind: "total" }, name: "合计", cells: cellsOf(keyed, total, p) });
    const dept = meta.department;
    if (hasOrg && meta.documentKind === "部门" && dept.code !== undefined)
      rows.push({
        key: { kind: "org", code: dept.code },
        name: dept.name,
        cells: cellsOf(keyed, total, p),
      });
    const byUnitLeaves = new Map<number, Leaf[]>();
    for (const l of leaves) {
      const list = byUnitLeaves.get(l.unit);
      if (list === undefined) byUnitLeaves.set(l.unit, [l]);
      else list.push(l);
    }
    if (units === "none") rows.push(...codeRows(kind, ctx, keyed, leaves, p));
    else
      meta.units.forEach((u, i) => {
        const a = byUnit[i] as Acc;
        if (!a.touched.includes(1) || u.code === undefined) return;
        rows.push({
          key: { kind: "org", code: u.code },
          name: u.name,
          cells: cellsOf(keyed, a, p),
        });
        if (units === "sections")
          rows.push(...codeRows(kind, ctx, keyed, byUnitLeaves.get(i) ?? [], p));
      });
  }
  return { ...table, rows };
}

/** The code (or project) rows of one section, at the kind's levels, in code order. */
function codeRows(
  kind: TableKind,
  ctx: TableContext,
  specs: readonly Spec[],
  leaves: readonly Leaf[],
  p: Printer,
): Row[] {
  const store = ctx.ledger.store;
  const n = specs.length;
  if (kind.rowKinds.includes("project")) {
    return [...leaves]
      .sort((a, b) => a.code - b.code)
      .map((l) => {
        const project = store.projects[l.code];
        const key: RowKey = {
          kind: "project",
          name: project?.name ?? "",
          ...(project?.code === undefined ? {} : { code: project.code }),
        };
        return {
          key,
          name: project?.name ?? "",
          cells: cellsOf(specs, l.acc, p, 0, attributes(kind, ctx, { nature: project?.nature })),
        };
      });
  }
  const functional = kind.rowKinds.includes("functional");
  const codes = functional ? store.functional : store.econ;
  const levels = kind.layout?.levels ?? (functional ? [3, 5, 7] : [3, 5]);
  const groups = new Map<string, { code: string; gov: string; acc: Acc }>();
  for (const l of leaves) {
    const code = codes[l.code] ?? "";
    for (const level of levels) {
      if (level > code.length) continue;
      const prefix = code.slice(0, level);
      const gov = level === code.length && l.gov !== 0 ? (store.gov[l.gov] ?? "") : "";
      const k = `${prefix}/${gov}`;
      let g = groups.get(k);
      if (g === undefined) {
        g = { code: prefix, gov, acc: acc(n) };
        groups.set(k, g);
      }
      addAll(g.acc, l.acc, n);
    }
  }
  const catalog = ctx.catalog;
  return [...groups.values()]
    .sort((a, b) => (a.code === b.code ? (a.gov < b.gov ? -1 : 1) : a.code < b.code ? -1 : 1))
    .map((g) => {
      const key: RowKey = functional
        ? { kind: "functional", code: g.code }
        : { kind: "economic", econ: g.code, ...(g.gov === "" ? {} : { gov: g.gov }) };
      const entry =
        catalog === undefined
          ? undefined
          : lookupCode(functional ? catalog.functional : catalog.departmental, g.code);
      return {
        key,
        ...(entry === undefined ? {} : { name: entry.name }),
        cells: cellsOf(
          specs,
          g.acc,
          p,
          0,
          attributes(kind, ctx, { econ: functional ? undefined : g.code, gov: g.gov }),
        ),
      };
    });
}

/** The attribute and code-name cells a row's coordinates determine. */
function attributes(
  kind: TableKind,
  ctx: TableContext,
  row: { nature?: number | undefined; econ?: string | undefined; gov?: string | undefined },
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of kind.columns) {
    if (c.role === "attribute" && c.dimension === "nature" && row.nature !== undefined)
      out[c.key] = reverse(c.values, NATURE_IDS[row.nature]);
    if (c.role === "attribute" && c.dimension === "category" && row.econ !== undefined) {
      const concept = kind.concept;
      const category =
        concept === undefined || row.econ.length < 5
          ? undefined
          : categoryOf(measureLeaves(concept, ctx.measures), row.econ);
      out[c.key] = reverse(c.values, category);
    }
    if (
      c.role === "text" &&
      c.system === "government" &&
      row.gov !== undefined &&
      ctx.catalog !== undefined
    ) {
      const name = row.gov === "" ? undefined : lookupCode(ctx.catalog.government, row.gov)?.name;
      if (name !== undefined) out[c.key] = name;
    }
  }
  return out;
}
