import type { Catalog, CatalogEntry } from "../catalog";
import { normalizeName } from "../codes";
import { spendingStem } from "../codes/names";
import type { RowKey } from "../disclosure";
import type { TableKind } from "../templates";
import { labelKey } from "../templates/wording";
import { accepts, blankCell, endsAsTotal, isTotalLabel } from "./cells";
import type { ColumnMatch } from "./headers";
import { cutName, headsName, startsName } from "./name-fragments";
import type { ReadProblem } from "./problems";
import { restOfProject } from "./project-rest";

/** A row as the grid reader builds it (see `read.ts`). @internal */
export interface BuiltRow {
  readonly key: RowKey;
  readonly name: string | undefined;
  readonly cells: Readonly<Record<string, string>>;
  readonly source: number;
}

/**
 * A label that starts a row of its own, never the rest of a name: a numbered heading (`一、`,
 * `（三）`, `2.`, `①`), a part (`其中：`, `含：`). Fixed words and one bounded run of numerals, so
 * linear.
 */
const OWN_ROW = /^(?:[（(]?[一二三四五六七八九十0-9]{1,3}[）)、.．]|[①-⑳]|其\s*中|含\s*[:：])/u;

/**
 * Whether a printed label starts a row of its own, never the rest of a name wrapped from the row
 * above: a numbered heading, `其中`, a total or a label ending as one. @internal
 */
export function startsOwnRow(label: string): boolean {
  const name = label.trim();
  if (name !== "" && (OWN_ROW.test(name) || isTotalLabel(name))) return true;
  return endsAsTotal(name);
}

/** A part's opening word: `其中` (spaced too: `其　中`), `含：`. */
const PART_OPENING = /^(?:其\s*中|含\s*[:：])/u;

/**
 * Whether a printed label opens as a part's row does (`其中：…`, `其　中：…`, `含：…`), whatever
 * it ends with: the rest of a label cut anywhere may end as a total (`本年收` / `入合计`) or open
 * like a numbered heading (`二十` / `一、住房保障支出`), but never with 其中. @internal
 */
export const opensPart = (label: string): boolean => PART_OPENING.test(label.trim());

/**
 * A heading of a group of projects printed on a row of its own, with no figure (`其他运转类`,
 * `特定目标类项目`, `专项业务类`): a category's name, never the rest of the name above. Whitespace
 * removed; anchored at the end, a fixed word, so linear.
 */
const GROUP_HEADING = /类(?:项目)?$/u;

/** Whether a row's name is a heading of a group of projects in a table of projects. */
const groupHeading = (name: string, kind: TableKind): boolean =>
  accepts(kind, "project") &&
  (GROUP_HEADING.test(name.replace(/\s+/gu, "")) ||
    kind.columns.some((c) => c.values !== undefined && Object.hasOwn(c.values, name)));

/**
 * The natures of spending and kinds of funds a table prints as rows of their own whatever its
 * columns (a footer `基本支出` under a list of economic 科目, a part `项目支出` under a 科目): no
 * 科目 name ends with one, so never the rest of a name.
 */
const NATURES = [
  "基本支出",
  "项目支出",
  "人员经费",
  "公用经费",
  "人员支出",
  "公用支出",
  "日常公用经费",
];

/**
 * The words a kind's amount column headings are made of, as label keys (`基本支出/人员经费` gives
 * 基本支出 and 人员经费), longer than two characters, and the natures of spending any table prints
 * (`公用支出`): a row named by one alone (a footer `人员经费`, a part `项目支出` under a 科目) is a
 * row of its own, never the rest of a name. Once a table. @internal
 */
export function headingWords(kind: TableKind): ReadonlySet<string> {
  const out = new Set<string>(NATURES.map(labelKey));
  for (const c of kind.columns) {
    if (c.role !== "amount") continue;
    for (const h of c.headers)
      for (const part of h.split("/")) {
        // Words of two characters (`项目`, `金额`, `支出`) may end a wrapped name.
        const key = labelKey(part);
        if (key.length > 2) out.add(key);
      }
  }
  return out;
}

/** The catalog's entry for a 科目 row's code (digits), when the catalog is of the code's system. */
function entryOf(key: RowKey, catalog: Catalog | undefined): CatalogEntry | undefined {
  const system = catalog?.system;
  const code =
    key.kind === "functional"
      ? system === "functional" && key.code
      : key.kind === "economic" &&
        (system === "departmental" ? key.econ : system === "government" && key.gov);
  return code ? catalog?.byCode.get(code) : undefined;
}

/**
 * What a catalog tells of a 科目's printed name `head` with `tail` printed a line lower: `joins`
 * where the two read as one begin one of the code's names, current or alias, or are one
 * (`一般公共服务` / `支出` is 201's name, `机关事业单位基本养老保` / `险缴` begins 2080505's);
 * `apart` where the head alone is a whole name of the code, up to `normalizeName` and a trailing
 * 支出 (`行政运行` / `人大事务`, `一般公共服务` / `基本支出`); none where the catalog cannot tell (no
 * catalog, a code it does not list, a name printed otherwise). @internal
 */
export function catalogReading(
  key: RowKey,
  head: string,
  tail: string,
  catalog: Catalog | undefined,
): "joins" | "apart" | undefined {
  const entry = entryOf(key, catalog);
  if (entry === undefined) return undefined;
  const printed = [entry.name, ...entry.aliases.map((a) => a.name)];
  // A name printed far longer than every name of the code is none of them (nor its start): it
  // is not normalised again on each line wrapped onto it (a row of thousands of lines stays
  // linear). Four times the longest, as letter-spaced names print a space between characters.
  let longest = 0;
  for (const n of printed) longest = Math.max(longest, n.length);
  if (head.length > 4 * longest + 16) return undefined;
  const names = printed.map(normalizeName);
  const joined = normalizeName(`${head.trimEnd()}${tail.trim()}`);
  if (names.some((n) => n.startsWith(joined))) return "joins";
  const h = normalizeName(head);
  return names.some((n) => n === h || spendingStem(n) === h) ? "apart" : undefined;
}

/**
 * A 科目 name that reads whole without a catalog: it ends as a 科目 ends (…支出, after level marks
 * and brackets `normalizeName` removes), where the line below does not open a bracket (`资本性支出`
 * / `（基本建设）`). Only asked where the line below prints figures, so a row of its own.
 */
const BRACKET_OPEN = /^[（(【[]/u;
const endsWhole = (head: string, tail: string): boolean =>
  normalizeName(head).endsWith("支出") && !BRACKET_OPEN.test(tail.trim());

/**
 * How a unit's name ends (`…局`, `…委员会`, `…办公室`, `…人民政府`, `…街道办事处`, `…服务中心`,
 * `中共…区委`), as no 科目 name does. Anchored at the end, fixed words, so linear.
 */
const UNIT_END = /(?:局|委员会|办公室|人民政府|办事处|中心|[区市县州]委)$/u;

/** A unit's name's note at its end (`（本级）`, `本级`): bounded, anchored, so linear. */
const UNIT_NOTE = /(?:[（(][^（）()]{0,12}[）)]|本级)$/u;

/**
 * Whether a label names a unit: one of the caller's (`ReadOptions.units`, by label key), or, where
 * `byEnding` (under a 科目 row: no 科目 name ends so), a name ending as a unit's does. A unit's
 * heading printed by its name (a unit the reader cannot place, heading its 科目 or projects) is a
 * row of its own, never the rest of the name above.
 */
const namesUnit = (name: string, units: ReadonlySet<string>, byEnding: boolean): boolean =>
  units.has(labelKey(name)) ||
  (byEnding && UNIT_END.test(name.replace(/\s+/gu, "").replace(UNIT_NOTE, "")));

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
 * side is a label of the table (`known`) while one part at least is not (`十三、交通运输` / `支出`,
 * `九、` / `卫生健康支出`: two labels of their own are two rows), and the two rows print no figure in
 * the same column of that side. The next row's side is then read into this one. Each pair is
 * looked at once, so linear. @internal
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
      if (!known(`${head}${tail}`, s) || (known(head, s) && known(tail, s))) continue;
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
