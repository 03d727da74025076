import type { Catalog } from "../catalog";
import type { RowKey } from "../disclosure";
import type { LineSpec, TableKind } from "../templates";
import { labelKey, MONEY_ENDINGS } from "../templates/wording";
import { accepts, isBlank, isValueColumn } from "./cells";
import type { ColumnMatch } from "./headers";
import {
  classByName,
  codeBefore,
  codeByOrdinal,
  evidenceKey,
  type OrdinalEvidence,
  ordinalOf,
} from "./line-ordinals";
import { grandTotalsMarked, upperTotals } from "./line-twice";
import { opensPart } from "./own-row-labels";
import type { ReadProblem } from "./problems";
import { onlyLineNumber, onlyZeros } from "./unlabelled-sides";
import { wrappedLabels } from "./wrapped-rows";

/** What the line reader needs. @internal */
export interface LineContext {
  readonly kind: TableKind;
  readonly columns: readonly ColumnMatch[];
  readonly catalog: Catalog | undefined;
}

/** One model row made from one side of a printed row. @internal */
export interface LinePart {
  readonly source: number;
  readonly key: RowKey;
  readonly name: string | undefined;
  readonly columns: readonly ColumnMatch[];
  /** The next printed row, where the label wrapped onto it: its cells fill this side's blanks. */
  readonly also?: number;
}

interface SideGroup {
  readonly side: string | undefined;
  readonly name: ColumnMatch | undefined;
  readonly values: readonly ColumnMatch[];
}

/** The sides of a two-sided table (income, spending), or one group for a one-sided table. */
function sideGroups(columns: readonly ColumnMatch[]): SideGroup[] {
  const sides = [
    ...new Set(columns.flatMap((c) => (c.column?.side === undefined ? [] : [c.column.side]))),
  ];
  if (sides.length === 0) {
    const name = columns.find((c) => c.column?.role === "name");
    return [{ side: undefined, name, values: columns.filter(isValueColumn) }];
  }
  return sides.map((side, i) => ({
    side,
    name: columns.find((c) => c.column?.role === "name" && c.column.side === side),
    values: columns.filter(
      (c) => isValueColumn(c) && (c.side === side || (i === 0 && c.side === undefined)),
    ),
  }));
}

/** A kind's lines by the keys of their labels, in the kind's order (made once per kind). */
const LINES_BY_KEY = new WeakMap<TableKind, ReadonlyMap<string, readonly LineSpec[]>>();

function linesByKey(kind: TableKind): ReadonlyMap<string, readonly LineSpec[]> {
  let map = LINES_BY_KEY.get(kind);
  if (map === undefined) {
    const out = new Map<string, LineSpec[]>();
    for (const l of kind.lines ?? [])
      for (const key of new Set(l.labels.map(labelKey))) {
        const list = out.get(key);
        if (list === undefined) out.set(key, [l]);
        else list.push(l);
      }
    map = out;
    LINES_BY_KEY.set(kind, map);
  }
  return map;
}

function lineCandidates(kind: TableKind, side: string | undefined, label: string): LineSpec[] {
  return (linesByKey(kind).get(labelKey(label)) ?? []).filter(
    (l) => side === undefined || l.side === undefined || l.side === side,
  );
}

/**
 * The part of a label after the heading of its block printed before it in one cell
 * (`资金来源：政府预算资金`, `1、资金来源：（1）政府预算资金`), or `undefined` without one.
 */
function afterHeading(label: string): string | undefined {
  const s = label.normalize("NFKC");
  const at = s.lastIndexOf(":");
  return at > 0 && s.slice(at + 1).trim() !== "" ? s.slice(at + 1) : undefined;
}

/**
 * Whether a label opens as a part's row ({@link opensPart}: `其中：…`, `其　中：…`) or its heading
 * before a colon does (`1、其中：…`): it names a part of the line above.
 */
function partHeading(label: string): boolean {
  const s = label.normalize("NFKC");
  const at = s.lastIndexOf(":");
  if (opensPart(s)) return true;
  if (at <= 0) return false;
  // the heading's last words: `1、其中`, `（一）其 中`
  const head = s.slice(0, at).replace(/\s/gu, "");
  return head.endsWith("其中");
}

/**
 * The line an `其中：` label names where its words name the line above it (`一、一般公共预算` /
 * `其中：一般公共预算财政拨款`, printers' wording of `其中：财政拨款`): the one part the kind prints
 * under that line (its `ofWhich`), never that line again (a second print of it); `undefined`
 * (unread) where the kind has no such part or several.
 */
function partOfAbove(kind: TableKind, above: LineSpec): LineSpec | undefined {
  const parts = (kind.lines ?? []).filter((l) => l.ofWhich === above.id);
  return parts.length === 1 ? parts[0] : undefined;
}

/**
 * Whether a label names a line by one of its labels, bare or closed by a money word
 * (`其中：财政拨款收入` names `其中：财政拨款`: see {@link MONEY_ENDINGS}).
 */
function namesLine(label: string, l: LineSpec): boolean {
  const key = labelKey(label);
  return l.labels.some((x) => {
    const own = labelKey(x);
    return key === own || MONEY_ENDINGS.some((w) => key === `${own}${w}`);
  });
}

/** The concepts of a 收支总表's 结转结余 lines (上年结转结余, 年终结转结余). */
const CARRY_CONCEPTS: readonly string[] = ["revenue.carryover", "spending.carryforward"];

function chooseLine(all: readonly LineSpec[], section: string | undefined): LineSpec | undefined {
  // A 结转结余 block's line is read under its heading only (`单位资金`, `国有资本经营预算` elsewhere
  // are another line's, or a 类's).
  const candidates = all.filter(
    (l) => l.section === undefined || l.section === section || !CARRY_CONCEPTS.includes(l.section),
  );
  if (candidates.length === 1) return candidates[0];
  const inSection = candidates.filter((l) => l.section === section);
  if (inSection.length === 1) return inSection[0];
  const free = candidates.filter((l) => l.section === undefined);
  return free.length === 1 ? free[0] : undefined;
}

/**
 * The ordinal evidence of each side and numbering style (only labels numbered as the 类 labels
 * the catalog names tell which 类 an ordinal stands for: `二、年终结转结余` beside `（二）外交支出` is
 * no 类). A form numbers its 类 either by code (code − 200) or by
 * position in its list (the 决算 form: 九、卫生健康支出 is 210, for 209 is not listed); listed in
 * code order, a position is code − 200 up to the first 类 the list leaves out, and below it after.
 */
function ordinalEvidence(
  rows: readonly (readonly string[])[],
  groups: readonly SideGroup[],
  ctx: LineContext,
): Map<string, OrdinalEvidence> {
  const bySide = new Map<string, OrdinalEvidence>();
  for (const row of rows) {
    for (const g of groups) {
      const label = g.name === undefined ? "" : (row[g.name.index] ?? "");
      if (label.trim() === "" || lineCandidates(ctx.kind, g.side, label).length > 0) continue;
      const code = classByName(ctx.catalog, label);
      const ordinal = ordinalOf(label);
      if (code === undefined || ordinal === undefined) continue;
      const key = evidenceKey(g.side, ordinal.style);
      const e = bySide.get(key) ?? { highestAgreeing: 0, lowestDisagreeing: Infinity };
      bySide.set(key, e);
      const n = ordinal.value;
      if (Number(code) - 200 === n) e.highestAgreeing = Math.max(e.highestAgreeing, n);
      else e.lowestDisagreeing = Math.min(e.lowestDisagreeing, n);
    }
  }
  return bySide;
}

/**
 * Reads the rows of a line table: each printed row gives up to one model row per side; labels
 * are matched against the kind's lines (tracking the current section per side), and, where the
 * kind accepts functional rows, functional 类 labels are resolved by catalog name or by ordinal.
 * @internal
 */
export function readLineRows(
  rows: readonly (readonly string[])[],
  ctx: LineContext,
): {
  readonly parts: readonly LinePart[];
  readonly problems: readonly ReadProblem[];
  /** The printed rows a side of which restates a total read below (see `upperTotals`). */
  readonly restated: readonly number[];
} {
  const groups = sideGroups(ctx.columns);
  const functional = accepts(ctx.kind, "functional");
  const evidence = functional
    ? ordinalEvidence(rows, groups, ctx)
    : new Map<string, OrdinalEvidence>();
  const sections = new Map<string | undefined, string | undefined>();
  // The line read on the row above, by side (an `其中：` label below it may name it again).
  const above = new Map<string | undefined, LineSpec>();
  // The sides where a 结转结余 line was read: the 类 list is over there, and a numbered label
  // below it (`二、年终结转结余` / `（一）一般公共预算拨款`) is the block's, no 类 by its ordinal.
  const carried = new Set<string | undefined>();
  const parts: LinePart[] = [];
  const problems: ReadProblem[] = [];
  const isHead = (l: LineSpec) => (ctx.kind.lines ?? []).some((x) => x.section === l.id);
  // A label wrapped onto the next printed row (`四、财政专` / `户管理资金收入`) is read whole.
  const knownLabel = (label: string, s: number): boolean => {
    const side = groups[s]?.side;
    if (lineCandidates(ctx.kind, side, label).length > 0) return true;
    const tail = afterHeading(label);
    if (tail !== undefined && lineCandidates(ctx.kind, side, tail).length > 0) return true;
    return (
      functional &&
      (codeBefore(label) !== undefined || classByName(ctx.catalog, label) !== undefined)
    );
  };
  const wraps = wrappedLabels(rows, groups, knownLabel);
  const width = groups.length;
  const nameAt = (r: number, s: number) => {
    const cell = groups[s]?.name?.index;
    return cell === undefined ? "" : (rows[r]?.[cell] ?? "");
  };
  const figuresAt = (r: number, s: number) =>
    (groups[s]?.values ?? []).map((c) => rows[r]?.[c.index] ?? "");
  const { uppers, restated, unread } = upperTotals(
    ctx.kind,
    rows.length,
    width,
    nameAt,
    (label, s) => lineCandidates(ctx.kind, groups[s]?.side, label),
    figuresAt,
  );
  // `本年收入总计` below a printed `本年收入合计`: the grand total (see `grandTotalsMarked`).
  const grand = grandTotalsMarked(rows.length, width, nameAt, (label, s) =>
    lineCandidates(ctx.kind, groups[s]?.side, label),
  );
  rows.forEach((row, source) => {
    for (let s = 0; s < width; s++) {
      const g = groups[s] as SideGroup;
      // The rest of the label above: read with it. The side's top restating its grand total,
      // printed again below with the same figures: read there (see `upperTotals`).
      if (wraps.has((source - 1) * width + s) || restated.has(source * width + s)) continue;
      const joined = wraps.has(source * width + s);
      const next = joined ? (rows[source + 1] ?? []) : undefined;
      const label =
        g.name === undefined
          ? ""
          : `${(row[g.name.index] ?? "").trim()}${next === undefined ? "" : (next[g.name.index] ?? "").trim()}`;
      const also = next === undefined ? {} : { also: source + 1 };
      const values = g.values.map((c) => row[c.index] ?? "");
      if (label.trim() === "") {
        // A side printing nothing but its line number (`| 9 |` under 行次, the form's empty line).
        if (isBlank(values) || onlyLineNumber(row, g.values)) continue;
        const hasText = g.values.some(
          (c) => c.column?.role === "text" && (row[c.index] ?? "").trim() !== "",
        );
        if (hasText && accepts(ctx.kind, "indicator")) {
          parts.push({
            source,
            key: { kind: "indicator", index: 0 },
            name: undefined,
            columns: g.values,
          });
        } else {
          problems.push({
            code: "unplaced-row",
            severity: onlyZeros(values) ? "info" : "warning",
            path: { row: source },
            cells: row,
          });
          parts.push({
            source,
            key: { kind: "unplaced", label: "" },
            name: undefined,
            columns: g.values,
          });
        }
        continue;
      }
      const cell = g.name?.index ?? 0;
      const path = { row: source, cell };
      const candidates = lineCandidates(ctx.kind, g.side, grand.get(source * width + s) ?? label);
      const prior = above.get(g.side);
      above.delete(g.side);
      // A label after its block's heading in one cell (`资金来源：政府预算资金`) is its line.
      const tail = candidates.length === 0 ? afterHeading(label) : undefined;
      if (tail !== undefined) candidates.push(...lineCandidates(ctx.kind, g.side, tail));
      // `收入合计` above 上年结转 where `收入总计` follows: the year's total (see `upperTotals`);
      // where the table does not tell, neither (`unread`, below).
      const at = source * width + s;
      const either = unread.get(at);
      let line =
        either === undefined
          ? (uppers.get(at) ?? chooseLine(candidates, sections.get(g.side)))
          : undefined;
      if (line !== undefined && line === prior && partHeading(label))
        line = partOfAbove(ctx.kind, line);
      // An `其中：` row naming the one part the line above prints, in other words than the kind's
      // (`一、一般公共预算` / `其中：财政拨款收入`): that part, not a line the words name elsewhere.
      else if (prior !== undefined && line?.ofWhich !== prior.id && partHeading(label)) {
        const part = partOfAbove(ctx.kind, prior);
        if (part !== undefined && namesLine(label, part)) line = part;
      }
      if (line !== undefined) {
        above.set(g.side, line);
        if (isHead(line)) sections.set(g.side, line.id);
        else if (line.section === undefined) sections.set(g.side, undefined);
        if (CARRY_CONCEPTS.includes(line.concept ?? "")) carried.add(g.side);
        parts.push({
          source,
          key: { kind: "line", line: line.id },
          name: label,
          columns: g.values,
          ...also,
        });
        continue;
      }
      const keep = () =>
        parts.push({
          source,
          key: { kind: "unplaced", label: label.trim() },
          name: label,
          columns: g.values,
          ...also,
        });
      if (candidates.length > 1 || either !== undefined) {
        const ids = either ?? candidates.map((l) => l.id);
        problems.push({
          code: "ambiguous-line",
          severity: "warning",
          path,
          label,
          candidates: ids,
        });
        keep();
        continue;
      }
      // A label printing its code (`201 一般公共服务支出`) names its 科目 by the code.
      const byCode = functional ? codeBefore(label) : undefined;
      const byName = byCode?.code ?? (functional ? classByName(ctx.catalog, label) : undefined);
      const ordinal = functional && !carried.has(g.side) ? ordinalOf(label) : undefined;
      // An ordinal the table does not prove to be code − 200 places nothing: the row stays
      // unplaced (a gap of the reading), never a guessed 类 whose figures would be compared.
      const code =
        byName ??
        (ordinal === undefined
          ? undefined
          : codeByOrdinal(ordinal.value, evidence.get(evidenceKey(g.side, ordinal.style))));
      if (code === undefined) {
        problems.push({
          code: "unknown-line-label",
          severity: "warning",
          path,
          label,
          candidates: [],
        });
        keep();
        continue;
      }
      if (byName === undefined)
        problems.push({
          code: "functional-by-ordinal",
          severity: "info",
          path,
          label,
          functional: code,
        });
      const name = byCode?.name ?? label;
      parts.push({ source, key: { kind: "functional", code }, name, columns: g.values, ...also });
    }
  });
  return { parts, problems, restated: [...restated].map((at) => Math.floor(at / width)) };
}
