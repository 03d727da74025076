import type { ColumnSpec, TableKind } from "../templates";
import { besideReading } from "./beside-sums";
import { type Candidate, chooseColumns } from "./header-choice";
import { headersWithoutNotes } from "./header-notes";
import {
  columnLeftOut,
  columnQuality,
  fallbackKind,
  headerLevels,
  kindLevels,
  matchQuality,
} from "./header-quality";
import { headerSides, splitSideWords } from "./header-sides";
import { measureUnitHeaders } from "./measure-unit-header";
import { headerPeriods, markedLevels, outcomeKind } from "./periods";
import type { ReadProblem } from "./problems";

export { headerLevels } from "./header-quality";

/**
 * How one printed column was placed: its index and header, the column spec it matched (absent
 * for an unknown or duplicate header), the cell key its cells are stored under (the spec's `key`,
 * or `extra:<header>`), how it matched (`full` path; `suffix`: the printed path has group levels
 * above a variant; `partial`: the printed path omits group levels a variant has; `none`), and the
 * side of a two-sided table it belongs to, when known.
 *
 * @example
 * ```ts
 * import { henan2024 } from "yusuan/templates";
 * import { matchHeaders } from "yusuan/printed";
 * const kind = henan2024.tables.find((t) => t.id === "sanGong");
 * if (kind) matchHeaders(["公务接待费"], kind).columns[0]?.key; // "reception"
 * ```
 */
export interface ColumnMatch {
  readonly index: number;
  readonly header: string;
  readonly key: string;
  readonly column: ColumnSpec | undefined;
  readonly match: "full" | "suffix" | "partial" | "none";
  readonly side: string | undefined;
}

/** Whether `path` opens with the levels of `group`. */
function within(path: readonly string[], group: readonly string[]): boolean {
  return group.length <= path.length && group.every((level, i) => path[i] === level);
}

/** A header placed by a `beside` rule (see `besideMatches`): a column, or none (`unread`: both readings). */
type Beside = { column: number; quality: number } | { unread: readonly string[] } | undefined;

/**
 * For each printed header, the column it names through a `beside` variant (see
 * `ColumnSpec.beside`) with how well, or `undefined`: the header as printed (a period mark kept:
 * `本年合计` is no `合计`) matches one of the variants, and another printed header within its
 * group (opening with the header's levels but its last) names one of the listed columns better
 * than any other column (`合计` beside `上年结转结余`). Where the rule gives `sums` and the `rows`
 * are given, the figures decide (`besideReading`): the grand total names the column, the year's
 * total names what the header names without the rule (`undefined`), and neither leaves it
 * `unread`, naming both.
 */
function besideMatches(
  headers: readonly string[],
  paths: readonly (readonly string[])[],
  kind: TableKind,
  quality: (path: readonly string[], column: number) => number,
  rows: readonly (readonly string[])[] | undefined,
): Beside[] {
  const rules = kind.columns.flatMap((c, column) => {
    if (c.beside === undefined) return [];
    const variants = c.beside.headers.map(headerLevels);
    const keys = new Set(c.beside.columns);
    return [{ column, variants, keys, sums: c.beside.sums }];
  });
  if (rules.length === 0) return paths.map(() => undefined);
  // The column each printed header names best, when exactly one does.
  const best = paths.map((path) => {
    let top = 0;
    let at: number | undefined;
    kind.columns.forEach((_, column) => {
      const q = quality(path, column);
      if (q > top) [top, at] = [q, column];
      else if (q === top) at = undefined;
    });
    return at === undefined ? undefined : kind.columns[at]?.key;
  });
  return paths.map((path, header): Beside => {
    const group = path.slice(0, -1);
    const printed = headerLevels(headers[header] ?? "");
    // The printed headers within the group naming one of `keys` best, by position.
    const inGroup = (keys: ReadonlySet<string>) =>
      paths.flatMap((other, i) =>
        i !== header && within(other, group) && keys.has(best[i] ?? "") ? [i] : [],
      );
    for (const rule of rules) {
      const q = Math.max(0, ...rule.variants.map((v) => matchQuality(printed, v)));
      if (q === 0) continue;
      if (inGroup(rule.keys).length === 0) continue;
      const placed = { column: rule.column, quality: q };
      if (rule.sums === undefined || rows === undefined) return placed;
      const reading = besideReading(
        rows,
        header,
        // Each part: its whole where printed, else the parts of it printed.
        rule.sums.parts.flatMap(([whole = "", ...split]) => {
          const wholes = inGroup(new Set([whole]));
          return wholes.length > 0 ? wholes : inGroup(new Set(split));
        }),
        inGroup(new Set(rule.sums.balances)),
      );
      if (reading === "grand") return placed;
      if (reading === "year") return undefined;
      const key = kind.columns[rule.column]?.key ?? "";
      const otherwise = best[header];
      return { unread: otherwise === undefined ? [key] : [key, otherwise] };
    }
    return undefined;
  });
}

/**
 * Places each printed header path on a column of a table kind. Each level is compared after
 * `normalizeLabel` (numbering, spaces, width, brackets, `其中：`, a leading year, a bracketed
 * money unit) and without a leading period mark (a year, `本年`, `上年`: `本年预算数` compares as
 * `预算数`). A level the kind does not name, printed with a trailing bracketed note about the
 * column (a year: `指标值（2024年）` reads as `2024年指标值`; a unit, a list of examples or a remark:
 * `计量单位（个、%等）`, `项目名称（全称）`), is compared without the note. A header of another period than this year's (`上年预算数`, or `2023年预算数` when
 * `options.year`, the document's year, is 2024) only matches a column of last year's figures
 * (`coords.period: "prior"`), and in a table of the outcome (a 决算: its title says so) one under a budget
 * word (`年初预算数/…`, `全年预算数/…`, `预算数/…`) only a column of the budget (`coords.period`
 * `budget` / `adjusted`), else none (`other-period-header`, period `budget`); one of a later year, of one of several years when the document's
 * year is not given, or of a change between years (`增减额`, `比上年增减/公务接待费`), matches
 * none: they are reported as `other-period-header` and
 * kept under `extra:<header>`, never read as this year's figures (`上年结转` is this year's fund
 * source, not a period mark). A header matches a column when one of the column's `headers` variants ends with
 * the same level and the paths agree: equal; the variant under extra printed group levels; or
 * the printed path leaving out group levels of the variant (`预算数` for `本年支出/预算数`).
 * Better agreement wins, each column is taken once. A header that is one of a column's `beside`
 * variants, printed with a column it lists within its group, names that column only (`合计`
 * beside `上年结转结余` is the grand total, not this year's income); where the rule gives `sums`
 * and `options.rows` (the printed rows) are given, only where its figures are the grand total's,
 * the year's total's naming what the header names otherwise, and neither (or no row telling)
 * leaving it unread (`ambiguous-header`, both candidates). In a two-sided table the side of each header
 * comes from its first level (`收入`, `本年支出`), else from its position (the first `项目` opens
 * the income side, the second the spending side). Headers that match nothing (or only taken
 * columns) are reported and kept under `extra:<header>`; columns that no header names are
 * returned in `missing`.
 *
 * @example
 * ```ts
 * import { henan2024 } from "yusuan/templates";
 * import { matchHeaders } from "yusuan/printed";
 * const kind = henan2024.tables.find((t) => t.id === "expenditure");
 * if (kind) {
 *   const { columns } = matchHeaders(["科目编码/类", "基本支出/人员经费/工资福利支出", "备注"], kind);
 *   columns.map((c) => c.key); // ["code.class", "basic.salary", "extra:备注"]
 * }
 * const sanGong = henan2024.tables.find((t) => t.id === "sanGong");
 * if (sanGong) {
 *   const { columns } = matchHeaders(["2023年预算数/公务接待费", "2024年预算数/公务接待费"], sanGong, { year: 2024 });
 *   columns.map((c) => c.key); // ["extra:2023年预算数/公务接待费", "reception"]
 * }
 * ```
 */
export function matchHeaders(
  headers: readonly string[],
  kind: TableKind,
  options: {
    readonly year?: number | undefined;
    readonly rows?: readonly (readonly string[])[] | undefined;
  } = {},
): {
  readonly columns: readonly ColumnMatch[];
  readonly missing: readonly ColumnSpec[];
  readonly problems: readonly ReadProblem[];
} {
  const quality = columnQuality(kind);
  const fallbackQuality = columnQuality(fallbackKind(kind));
  // A level the kind does not name is read without its bracketed note (`指标值（2024年）`).
  // …and a bare `单位` beside an indicator's value is its measure unit (`计量单位`).
  const texts = measureUnitHeaders(headersWithoutNotes(headers, kindLevels(kind)), kind, quality);
  const marked = texts.map(markedLevels);
  const paths = splitSideWords(
    marked.map((m) => m.levels),
    kind,
    quality,
  );
  const periods = headerPeriods(marked, options.year, outcomeKind(kind));
  const sides = headerSides(paths, kind, quality);
  const beside = besideMatches(texts, paths, kind, quality, options.rows);
  // The headers a `beside` rule's figures leave unread, with the columns they could be.
  const unread = new Map<number, readonly string[]>();
  const candidates: Candidate[] = [];
  paths.forEach((path, header) => {
    if (path.length === 0) return;
    // Last year's figures go to a column of last year's only; a later or undecided year's, or a
    // change between years (`增减额`), to none.
    const period = periods[header];
    if (period === "later" || period === "undecided" || period === "change") return;
    // A header that names a column by what is printed beside it names that column only.
    const named = period === "current" ? beside[header] : undefined;
    if (named !== undefined && "unread" in named) {
      unread.set(header, named.unread);
      return;
    }
    if (named !== undefined) {
      candidates.push({ header, ...named });
      return;
    }
    kind.columns.forEach((column, columnIndex) => {
      if ((column.coords?.period === "prior") !== (period === "prior")) return;
      // In a 决算 a budget's figures (`年初预算数/…`) go to a column of the budget only.
      const budgetColumn =
        column.coords?.period === "budget" || column.coords?.period === "adjusted";
      if (period === "budget" && !budgetColumn) return;
      const side = sides[header];
      if (column.side !== undefined && side !== undefined && column.side !== side) return;
      const best = quality(path, columnIndex);
      if (best > 0) candidates.push({ header, column: columnIndex, quality: best });
      else if (column.fallback !== undefined) {
        const f = fallbackQuality(path, columnIndex);
        if (f > 0) candidates.push({ header, column: columnIndex, quality: f, fallback: true });
      }
    });
  });
  const { chosen, taken, ambiguous } = chooseColumns(candidates, {
    paths,
    kind,
    leftOut: columnLeftOut(kind),
  });
  const problems: ReadProblem[] = [];
  const extraKeys = new Set<string>();
  const columns = headers.map((header, index): ColumnMatch => {
    const c = chosen.get(index);
    const column = c === undefined ? undefined : kind.columns[c.column];
    if (c === undefined || column === undefined) {
      // Unknown headers keep their cells under their own key; a repeated or blank header gets
      // its position too, so no cell overwrites another.
      const plain = `extra:${header}`;
      const key = header.trim() === "" || extraKeys.has(plain) ? `extra:#${index}` : plain;
      extraKeys.add(key);
      const path = { header: index, text: header };
      const period = periods[index] ?? "current";
      if (period !== "current")
        problems.push({
          code: "other-period-header",
          severity:
            period === "prior" || period === "change" || period === "budget" ? "info" : "warning",
          path,
          key,
          period,
        });
      else if (ambiguous.has(index) || unread.has(index))
        problems.push({
          code: "ambiguous-header",
          severity: "warning",
          path,
          key,
          candidates: ambiguous.get(index) ?? unread.get(index) ?? [],
        });
      else
        problems.push({
          code: candidates.some((x) => x.header === index) ? "duplicate-header" : "unknown-header",
          severity: "warning",
          path,
          key,
        });
      return { index, header, key, column: undefined, match: "none", side: sides[index] };
    }
    const match = c.quality >= 1000 ? "full" : c.quality >= 500 ? "suffix" : "partial";
    return { index, header, key: column.key, column, match, side: column.side ?? sides[index] };
  });
  const missing = kind.columns.filter((_, columnIndex) => !taken.has(columnIndex));
  return { columns, missing, problems };
}
