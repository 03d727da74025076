import type { Catalog } from "../catalog";
import type { RowKey } from "../disclosure";
import type { TableKind } from "../templates";
import { labelKey } from "../templates/wording";
import { catalogReading, endsWhole } from "./catalog-reading";
import { accepts, blankCell } from "./cells";
import type { ColumnMatch } from "./headers";
import { codeBefore } from "./line-ordinals";
import { cutName, headsName, startsName } from "./name-fragments";
import { groupHeading, headingWords, namesUnit, opensPart, startsOwnRow } from "./own-row-labels";
import type { ReadProblem } from "./problems";
import { restOfProject } from "./project-rest";

/** A row as the grid reader builds it (see `read.ts`). @internal */
export interface BuiltRow {
  readonly key: RowKey;
  readonly name: string | undefined;
  readonly cells: Readonly<Record<string, string>>;
  readonly source: number;
}

/** The value cells (amounts, text, attributes) a row prints, by column key. */
function printedValues(cells: Readonly<Record<string, string>>): string[] {
  return Object.keys(cells).filter((k) => !blankCell(cells[k]));
}

/** Whether a column key is an amount column of the table. */
const amountKeys = (columns: readonly ColumnMatch[]): ReadonlySet<string> =>
  new Set(columns.filter((c) => c.column?.role === "amount").map((c) => c.key));

/** What {@link continuesRow} reads of a table, once a table. @internal */
export interface WrapContext {
  readonly kind: TableKind;
  readonly columns: readonly ColumnMatch[];
  /** The table's {@link headingWords}. */
  readonly headings: ReadonlySet<string>;
  /** The reader's catalog (`ReadOptions.catalog`), telling a whole 科目 name. */
  readonly catalog: Catalog | undefined;
  /** The label keys of the caller's units' names (`ReadOptions.units`, with a code or not). */
  readonly units: ReadonlySet<string>;
}

/** The {@link WrapContext} of a table. @internal */
export const wrapContext = (
  kind: TableKind,
  columns: readonly ColumnMatch[],
  catalog: Catalog | undefined,
  units: readonly { readonly name: string }[] = [],
): WrapContext => ({
  kind,
  columns,
  headings: headingWords(kind),
  catalog,
  units: new Set(units.map((u) => labelKey(u.name)).filter((k) => k !== "")),
});

/** Longer than any 科目, unit or project name printed (the longest are under a hundred characters). */
const LONGEST_NAME = 200;

/**
 * Whether a printed row prints the rest of the row built before it, a line lower: a name
 * too long for its cell wrapped onto a second printed row (`机关事业单位基本养老保` / `险缴费支出`), as
 * text layers and table extractors give a tall cell. The row must directly follow (`follows`)
 * the last printed row read into `prev` (a name on three lines joins twice), and:
 *
 * - print no code and no unit (the reader placed it nowhere, or, in a table of projects, as a
 *   project of its own name), and no label that starts a row (a total, a numbered heading, `其中`,
 *   in a table of projects a group's heading: `其他运转类`, a word of the table's column
 *   headings: `人员经费`);
 * - under a unit's row: print a part of its name and nothing else (in any table);
 * - under a row keyed by a 科目 code (or a unit's, outside a table of projects, where a unit's
 *   row printing no figure heads its projects): print a part of the name and nothing else, or (the figures
 *   printed level with the name's last line) a part of the name and figures, where the row above
 *   printed its code and none; or figures only, under a code row printing none. Never where the
 *   catalog (when given) reads the name above as whole and the two together as none of the code's
 *   names (`行政运行` / `人大事务`), nor a part with figures under a name ending as a 科目's does
 *   (`其他商品和服务支出` / `离退休费 3.00`) unless the catalog reads the two as one;
 * - under a project's row printing its figures: print a part of the name and nothing else (a
 *   project printed with no figure is its own row);
 * - below a 科目 or a project, name no unit (a unit's heading printed by its name: one of the
 *   caller's units, or under a 科目 a name ending as a unit's, `…局`, `…中心`).
 *
 * A table of targets has continuation lines of its own (the reader's indicator rows): only a
 * unit's name is joined here, its texts in `wrapped-targets.ts`. @internal
 */
export function continuesRow(
  prev: BuiltRow | undefined,
  placed: { readonly key: RowKey; readonly name: string | undefined },
  cells: Readonly<Record<string, string>>,
  follows: boolean,
  printsCode: boolean,
  ctx: WrapContext,
  heads = false,
): boolean {
  const { kind, columns, headings, catalog, units } = ctx;
  if (prev === undefined || !follows || printsCode) return false;
  // A name already longer than any printed name takes no further line (each join reads the name
  // joined so far: bounded, the rows of a table wrapped without end are read in linear time).
  if ((prev.name?.length ?? 0) > LONGEST_NAME) return false;
  const own = placed.key.kind;
  if (own !== "unplaced" && own !== "project") return false;
  const name = placed.name?.trim() ?? "";
  if (startsOwnRow(name) || groupHeading(name, kind)) return false;
  const values = printedValues(cells);
  // Named as one of the table's columns (`人员经费`, `项目支出`): a footer or a part of its own;
  // but the rest alone of a project's name stopping mid-name (`…服务保障及窗口` / `人员经费`).
  if (headings.has(labelKey(name)) && !restOfProject(prev, values.length)) return false;
  // Nothing the row prints may be printed in the row above already.
  if (values.some((k) => !blankCell(prev.cells[k]))) return false;
  const prevKind = prev.key.kind;
  // A unit's name wrapped (`中国共产党` / `洛阳市涧西区委员会办公室`): in any table, its rest alone.
  if (prevKind === "org" && values.length === 0) return name !== "";
  if (kind.targets !== undefined) return false;
  const codeRow = prevKind === "functional" || prevKind === "economic";
  // A unit's row printing no figure heads a table of projects: the row below is a project.
  if (codeRow || (prevKind === "org" && !accepts(kind, "project"))) {
    if (own === "project" || namesUnit(name, units, codeRow)) return false;
    const head = prev.name ?? "";
    const known = name === "" ? undefined : catalogReading(prev.key, head, name, catalog);
    // The head alone is the code's whole name, and the two together are none of its names.
    if (known === "apart") return false;
    if (values.length === 0) return name !== "";
    // A row of its own printing figures under a whole name printing none (`其他商品和服务支出` /
    // `离退休费 3.00`): never the name's rest, unless the catalog reads them as one.
    if (name !== "" && known !== "joins" && endsWhole(head, name)) return false;
    // Figures on the second line: the row above printed none of the table's figures.
    const amounts = amountKeys(columns);
    return Object.keys(prev.cells).every((k) => !amounts.has(k) || blankCell(prev.cells[k]));
  }
  if (prevKind === "project") {
    if (name === "" || namesUnit(name, units, false) || startsName(name)) return false;
    const amounts = amountKeys(columns);
    const figures = (c: Readonly<Record<string, string>>) =>
      Object.keys(c).some((k) => amounts.has(k) && !blankCell(c[k]));
    // The rest alone under a project printing its figures, unless it heads a name of its own
    // whose rest prints the figures a line lower (`2024年通联值班` / `经费 5.00`).
    if (values.length === 0) return figures(prev.cells) && !heads;
    // The figures level with the name's last line (a tall cell, vertically centred): the line
    // above printed none, and the two read as one name by their words (`…工作` / `经费`).
    return !figures(prev.cells) && figures(cells) && cutName(prev.name ?? "", name);
  }
  return false;
}

/**
 * Whether printed row `row` heads a project's name whose rest, printed on `next` with the
 * project's figures, reads with it as one name (see `cutName`): `row` prints a name and no
 * figure, `next` no code, a name and figures. Then `row` is no rest of the name above.
 * @internal
 */
export function headsCutName(
  row: readonly string[],
  next: readonly string[] | undefined,
  columns: readonly ColumnMatch[],
  kind: TableKind,
): boolean {
  if (next === undefined || !accepts(kind, "project") || kind.targets !== undefined) return false;
  const nameAt = columns.find((c) => c.column?.role === "name")?.index;
  if (nameAt === undefined) return false;
  const at = (r: readonly string[], role: string) =>
    columns.some((c) => c.column?.role === role && !blankCell(r[c.index]));
  if (at(row, "amount") || !at(next, "amount") || at(next, "code") || at(next, "org")) return false;
  return cutName(row[nameAt] ?? "", next[nameAt] ?? "");
}

/** The row above with the wrapped row's name part and cells joined in. @internal */
export function joinWrapped(
  prev: BuiltRow,
  name: string | undefined,
  cells: Readonly<Record<string, string>>,
): BuiltRow {
  const part = name?.trim() ?? "";
  const joinedName = part === "" ? prev.name : `${prev.name?.trimEnd() ?? ""}${part}`;
  const joinedCells: Record<string, string> = { ...prev.cells };
  for (const k of Object.keys(cells)) if (!blankCell(cells[k])) joinedCells[k] = cells[k] as string;
  // A project is keyed by its name: the whole name.
  const key: RowKey =
    prev.key.kind === "project" && joinedName !== undefined
      ? { ...prev.key, name: joinedName.trim() }
      : prev.key;
  return { key, name: joinedName, cells: joinedCells, source: prev.source };
}

/**
 * The sides of printed rows whose label goes on in the row below, in a table of lines (a label
 * too long for its cell wrapped: `四、财政专` / `户管理资金收入`): for each side (`groups`, by index)
 * of each row, `row * groups + side` where the label joined with the next row's label on that
 * side is a label of the table (`known`) and the two rows print no figure in the same column of
 * that side: one part at least is no label (`十三、交通运输` / `支出`, `九、` / `卫生健康支出`), or
 * both are but the lower only completes the upper (`一、一般公共预算` / `财政拨款收入`: it starts no
 * row of its own, `startsOwnRow`, prints no code before its name, and one of the two rows at most
 * prints figures; else two labels of their own are two rows). The next row's side is then read
 * into this one. Each pair is looked at once, so linear. @internal
 */
export function wrappedLabels(
  rows: readonly (readonly string[])[],
  groups: readonly {
    readonly name: ColumnMatch | undefined;
    readonly values: readonly ColumnMatch[];
  }[],
  known: (label: string, side: number) => boolean,
): ReadonlySet<number> {
  const out = new Set<number>();
  for (let r = 0; r + 1 < rows.length; r++) {
    const row = rows[r] as readonly string[];
    const next = rows[r + 1] as readonly string[];
    for (let s = 0; s < groups.length; s++) {
      const g = groups[s] as (typeof groups)[number];
      if (g.name === undefined || out.has((r - 1) * groups.length + s)) continue;
      const head = (row[g.name.index] ?? "").trim();
      const tail = (next[g.name.index] ?? "").trim();
      // A part's row below (`其中：…`) is never the rest of this one's label.
      if (head === "" || tail === "" || opensPart(tail)) continue;
      if (g.values.some((c) => !blankCell(row[c.index]) && !blankCell(next[c.index]))) continue;
      if (!known(`${head}${tail}`, s)) continue;
      // Both parts labels of their own (`一、一般公共预算` / `财政拨款收入`): the lower only
      // completes the upper where it starts no row of its own (no code before it either: `212城乡
      // 社区支出`) and one row at most prints figures.
      const figures = (at: readonly string[]) => g.values.some((c) => !blankCell(at[c.index]));
      const own =
        startsOwnRow(tail) || codeBefore(tail) !== undefined || (figures(row) && figures(next));
      if (own && known(head, s) && known(tail, s)) continue;
      out.add(r * groups.length + s);
    }
  }
  return out;
}

/**
 * The row a project's name began on, when its name took three lines, the first printing nothing:
 * `built[at]` is a project (no code) whose name went on onto the line below (the caller joined
 * it), and the row before it, a project printing nothing (no code, no cell, no unit's name)
 * directly above it, heads its name (see `headsName`: `2024年城乡居民` / `基本医疗保险` /
 * `补助资金`, the figures on the second line or the third). The two are then one row, named
 * with both lines, at the first's index (returned), the second line noted as wrapped into the
 * first (a `wrapped-row` in `read.problems`, its row in `read.wrapped`); `undefined` (nothing
 * changed) otherwise.
 * @internal
 */
export function joinNameHead(
  built: BuiltRow[],
  at: number,
  rows: readonly (readonly string[])[],
  units: ReadonlySet<string>,
  read: { readonly problems: ReadProblem[]; readonly wrapped: number[] },
): number | undefined {
  const row = built[at];
  const head = built[at - 1];
  if (row === undefined || head === undefined) return undefined;
  const unnamed = (r: BuiltRow) => r.key.kind === "project" && r.key.code === undefined;
  if (!unnamed(row) || !unnamed(head) || Object.values(head.cells).some((c) => !blankCell(c)))
    return undefined;
  const first = head.name?.trim() ?? "";
  if (startsOwnRow(row.name ?? "") || namesUnit(first, units, true)) return undefined;
  if (!headsName(first, row.name ?? "")) return undefined;
  for (let i = head.source + 1; i < row.source; i++)
    if ((rows[i] ?? []).some((c) => !blankCell(c))) return undefined;
  const name = `${first}${row.name?.trim() ?? ""}`;
  const key: RowKey = row.key.kind === "project" ? { ...row.key, name } : row.key;
  built.splice(at - 1, 2, { ...row, key, name, source: head.source });
  read.problems.push({
    code: "wrapped-row",
    severity: "info",
    path: { row: row.source },
    into: head.source,
  });
  read.wrapped.push(row.source);
  return at - 1;
}
