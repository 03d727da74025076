import type { TableKind } from "../templates";

/** A printed header that may name a column of the kind, and how well (see `matchHeaders`). */
export interface Candidate {
  readonly header: number;
  readonly column: number;
  readonly quality: number;
  /** Matched by one of the column's `fallback` variants: placed after every other candidate. */
  readonly fallback?: true;
}

/**
 * What the choice needs besides the candidates: the printed paths (levels after `markedLevels`),
 * the kind, and for a printed path and a column the levels of the column's matching variants the
 * path leaves out (`上年结转结余` when `一般公共预算` is compared with `上年结转结余/一般公共预算`).
 */
export interface ChoiceContext {
  readonly paths: readonly (readonly string[])[];
  readonly kind: TableKind;
  readonly leftOut: (path: readonly string[], column: number) => readonly string[];
}

/** The choice: each placed header's candidate, and the headers left unread as ambiguous. */
export interface Choice {
  readonly chosen: ReadonlyMap<number, Candidate>;
  readonly taken: ReadonlySet<number>;
  /** Header index → the keys of the columns it could equally be. */
  readonly ambiguous: ReadonlyMap<number, readonly string[]>;
}

/** The quality of a header equal to one of the column's variants. */
const FULL = 1000;

/**
 * A column's own variants before its fallbacks, then better agreement, then the header printed
 * first, then the kind's column order.
 */
const byQuality = (a: Candidate, b: Candidate) =>
  Number(a.fallback === true) - Number(b.fallback === true) ||
  b.quality - a.quality ||
  a.header - b.header ||
  a.column - b.column;

/** Best candidates first, each header and each column taken once. */
function greedy(candidates: readonly Candidate[]) {
  const chosen = new Map<number, Candidate>();
  const taken = new Set<number>();
  for (const c of candidates) {
    if (chosen.has(c.header) || taken.has(c.column)) continue;
    chosen.set(c.header, c);
    taken.add(c.column);
  }
  return { chosen, taken };
}

/**
 * The first level of the group a header is printed within, by position: the nearest headers
 * before and after it that print a group level (two levels or more) open with the same level,
 * and the header itself does not print it. A group heading is merged over a run of adjacent
 * columns, so a column between two of its columns is under it (an extractor that lost the
 * heading over this one column still printed it over its neighbours).
 */
function enclosingGroups(paths: readonly (readonly string[])[]): (string | undefined)[] {
  const before: (string | undefined)[] = [];
  let last: string | undefined;
  for (const path of paths) {
    before.push(last);
    if (path.length >= 2) last = path[0];
  }
  const out: (string | undefined)[] = paths.map(() => undefined);
  let next: string | undefined;
  for (let i = paths.length - 1; i >= 0; i--) {
    const path = paths[i] ?? [];
    const group = before[i];
    if (group !== undefined && group === next && !path.includes(group)) out[i] = group;
    if (path.length >= 2) next = path[0];
  }
  return out;
}

/**
 * Places the headers on columns: the best agreements first, each header and each column once;
 * a header is never placed by a guess. A placed header is doubtful when a column no header took
 * could be it too, its variant putting the header under a group heading the table prints over
 * other columns, and the column it was placed on is no plain equal of it, or is equal to a
 * variant but has others under a printed group heading as well (`一般公共预算` alone, in a table
 * printing `本年收入/…` and `上年结转结余/…`: 本年收入's or 上年结转结余's; but `合计` beside
 * `项目支出/…` is the total, which no group heads). Where the header's neighbours put
 * it within one group (see {@link enclosingGroups}) and exactly one of the columns it could be is
 * of that group, it is placed there; otherwise it is left unread (`ambiguous`). Each round leaves
 * out or pins at least one header, so at most one round per header.
 */
export function chooseColumns(candidates: readonly Candidate[], context: ChoiceContext): Choice {
  const { paths, kind, leftOut } = context;
  const groups = new Set(paths.flatMap((p) => p.slice(0, -1)));
  const enclosing = enclosingGroups(paths);
  const byHeader = new Map<number, Candidate[]>();
  for (const c of candidates) byHeader.set(c.header, [...(byHeader.get(c.header) ?? []), c]);
  const ambiguous = new Map<number, readonly string[]>();
  const pinned = new Map<number, number>();
  const sorted = [...candidates].sort(byQuality);
  for (;;) {
    const live = sorted.filter(
      (c) => !ambiguous.has(c.header) && (pinned.get(c.header) ?? c.column) === c.column,
    );
    const { chosen, taken } = greedy(live);
    let changed = false;
    for (const c of chosen.values()) {
      if (pinned.has(c.header)) continue;
      const path = paths[c.header] ?? [];
      const underGroup = (column: number) => leftOut(path, column).some((l) => groups.has(l));
      // A header printed as a column's one-level variant (`合计`, `一般公共预算拨款`) is that column,
      // unless the column's other variants put it under a group heading the table prints too.
      if (c.quality >= FULL && !underGroup(c.column)) continue;
      const others = (byHeader.get(c.header) ?? []).filter(
        (o) => o.column !== c.column && !taken.has(o.column) && underGroup(o.column),
      );
      if (others.length === 0) continue;
      changed = true;
      const options = [c, ...others];
      const group = enclosing[c.header];
      const within =
        group === undefined ? [] : options.filter((o) => leftOut(path, o.column).includes(group));
      if (within.length === 1 && within[0] !== undefined) pinned.set(c.header, within[0].column);
      else
        ambiguous.set(
          c.header,
          options.map((o) => kind.columns[o.column]?.key ?? ""),
        );
    }
    if (!changed) return settle(chosen, taken, ambiguous, byHeader);
  }
}

/**
 * The ambiguous headers that the others leave one column: once every other column one could be
 * is taken by a header of its own, it is placed on the one left (`一般公共预算` beside `小计`, which
 * took 本年收入's 一般公共预算). Repeated while one is placed (each placement may leave another a
 * single column).
 */
function settle(
  chosen: Map<number, Candidate>,
  taken: Set<number>,
  ambiguous: Map<number, readonly string[]>,
  byHeader: ReadonlyMap<number, readonly Candidate[]>,
): Choice {
  for (let placed = true; placed; ) {
    placed = false;
    for (const header of [...ambiguous.keys()]) {
      const free = (byHeader.get(header) ?? []).filter((c) => !taken.has(c.column));
      const [only] = free;
      if (free.length !== 1 || only === undefined) continue;
      chosen.set(header, only);
      taken.add(only.column);
      ambiguous.delete(header);
      placed = true;
    }
  }
  return { chosen, taken, ambiguous };
}
