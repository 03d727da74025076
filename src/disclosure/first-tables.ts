import { normalizeName } from "../codes";
import type { TableKind } from "../templates";
import { hasContinuation } from "./continued";
import { joinPages, reprintedProject } from "./joined-pages";
import { inOpenBlocks, type OpenBlocks } from "./line-blocks";
import { continuesRun, extendRun, type PagedRun, pagedRun, plainTitle } from "./paged-tables";
import { printedStatement } from "./residue";
import { sumOfTheOthers } from "./sum-of-units";
import type { DisclosureMeta, Row } from "./types";

/**
 * The table read for each kind a disclosure binds more than once, by index: the first bound,
 * unless the disclosure names two or more units, each with a code, and exactly one table of the
 * kind prints a unit row (`org`) for every one of them. A 部门预算's own table lists its units; a
 * unit's own 单位预算 table bound beside it lists that unit only, so the table listing them all is
 * the department's wherever it was bound (a unit's rows are found as lowering finds them: pass
 * rows with their keys normalised). Where none lists them all (the department's table prints no
 * unit rows), a table that is one unit's own (its only unit row that unit's, or its title naming
 * a unit by a name that is not the department's) is none of the department's: when exactly one
 * table of the kind is not, it is read, wherever bound. Else, of three tables or more, the only
 * one whose total row is the sum of the others' (`bySum`, see `sumOfTheOthers`) is read: the
 * department's beside its units' own, untitled and without unit rows. Kinds without unit rows
 * (三公, the 收支总表's lines) and tables nothing tells apart: the first bound is read. In a 部门
 * document whose tables of a kind are each a unit's own (its units' 单位整体绩效目标表, no 部门整体
 * one), none is read: the kind maps to `undefined`. The
 * others of a kind are set aside (`duplicate-table`, `tables.repeated`). A kind bound once is
 * not listed. A table of targets that states no figure (`figureless`: a 申报表 a project, a
 * department target's sub-tables) is none of a kind's candidates, read or set aside: the targets
 * are read from every table. @internal
 */
export function readTables<T>(
  tables: readonly T[],
  kindOf: (t: T) => string | undefined,
  rowsOf: (t: T) => readonly Row[],
  meta: DisclosureMeta | undefined,
  titleOf?: (t: T) => string | undefined,
  figureless: (t: T, index: number) => boolean = () => false,
  bySum?: (indexes: readonly number[]) => number | undefined,
): ReadonlyMap<string, number | undefined> {
  const byKind = new Map<string, number[]>();
  tables.forEach((t, i) => {
    const kind = kindOf(t);
    if (kind === undefined || figureless(t, i)) return;
    const list = byKind.get(kind);
    if (list === undefined) byKind.set(kind, [i]);
    else list.push(i);
  });
  const out = new Map<string, number | undefined>();
  const units = unitCodes(meta);
  const own = unitsOwn(meta);
  for (const [kind, list] of byKind) {
    if (list.length < 2) continue;
    const listingAll =
      units === undefined ? [] : list.filter((i) => listsEvery(rowsOf(tables[i] as T), units));
    const department =
      listingAll.length === 1
        ? listingAll
        : list.filter((i) => !own(rowsOf(tables[i] as T), titleOf?.(tables[i] as T)));
    const read = department.length === 1 ? department[0] : bySum?.(list);
    // In a 部门 document, tables that are each a unit's own and none the department's (its
    // units' 单位整体绩效目标表 printed, no 部门整体 one): none is read as the department's.
    const noneTheDepartment =
      read === undefined && department.length === 0 && meta?.documentKind === "部门";
    out.set(kind, noneTheDepartment ? undefined : (read ?? (list[0] as number)));
  }
  return out;
}

/**
 * Whether a table is one unit's own, by what the disclosure says of its units: its unit rows
 * name one unit and no other (the department's code aside: a 部门预算 prints its own), or its
 * title names a unit whose name is not the department's (`某区第一中学2024年部门支出总表`), or, in a
 * 部门 document, is titled as a unit's whole (`2024年单位整体绩效目标表`, no `部门` in it).
 */
function unitsOwn(
  meta: DisclosureMeta | undefined,
): (rows: readonly Row[], title: string | undefined) => boolean {
  const raw: unknown = meta?.units;
  const list = Array.isArray(raw) ? (raw as readonly { code?: unknown; name?: unknown }[]) : [];
  const department = meta?.department as { code?: unknown; name?: unknown } | undefined;
  const deptName = typeof department?.name === "string" ? compactName(department.name) : "";
  const deptCode = typeof department?.code === "string" ? compact(department.code) : "";
  const codes = new Set(
    list.flatMap((u) => (typeof u?.code === "string" && u.code !== "" ? [compact(u.code)] : [])),
  );
  // Longest first: `某区教育局本级` is named before `某区教育局` could be. A unit named by the
  // department's name or a part of it (the 本级 unit listed as `区教育局` in `某区教育局`) names
  // no table its own: the department's own title holds that name.
  const names = list
    .flatMap((u) => (typeof u?.name === "string" ? [compactName(u.name)] : []))
    .filter((n) => n !== "" && !deptName.includes(n))
    .sort((a, b) => b.length - a.length);
  const unitWide = meta?.documentKind === "部门";
  return (rows, title) => {
    const printed = new Set<string>();
    for (const r of rows)
      if (r.key.kind === "org" && compact(r.key.code) !== deptCode)
        printed.add(compact(r.key.code));
    const [only] = printed;
    if (printed.size === 1 && only !== undefined && codes.has(only)) return true;
    if (printed.size > 1 || typeof title !== "string") return false;
    const t = compactName(title);
    // In a 部门 document, a table titled as a unit's whole (`2024年单位整体绩效目标表`) is one
    // unit's own: the department's is titled 部门整体 (or 部门（单位）整体).
    if (unitWide && t.includes(UNIT_WIDE) && !t.includes(DEPARTMENT_WORD)) return true;
    return names.some((n) => t.includes(n));
  };
}

/** The words of a title of one unit's whole (`单位整体绩效目标表`), and of the department's. */
const UNIT_WIDE = "单位整体";
const DEPARTMENT_WORD = "部门";

/** The codes of the disclosure's units, when it names two or more and every one has a code. */
function unitCodes(meta: DisclosureMeta | undefined): readonly string[] | undefined {
  const units: unknown = meta?.units;
  if (!Array.isArray(units) || units.length < 2) return undefined;
  const codes: string[] = [];
  for (const u of units as readonly { readonly code?: unknown }[]) {
    const code = typeof u?.code === "string" ? compact(u.code) : "";
    if (code === "") return undefined;
    codes.push(code);
  }
  return codes;
}

/** Whether rows print a unit row for every code given. */
function listsEvery(rows: readonly Row[], codes: readonly string[]): boolean {
  const printed = new Set<string>();
  for (const r of rows) if (r.key.kind === "org") printed.add(compact(r.key.code));
  return codes.every((c) => printed.has(c));
}

/** A code without its spaces (`116 002` is 116002). */
const compact = (code: string): string => code.replace(/\s/gu, "");

/** A name or title as compared: no spaces, full-width forms folded. */
const compactName = (name: string): string => name.normalize("NFKC").replace(/\s/gu, "");

/**
 * Whether a table prints targets and states no figure (every amount cell blank): a 申报表 a
 * project, whose money lines are text, a department target's 年度履职目标 or indicator sub-table.
 * The targets reader reads every such table; no fact of it is set aside. @internal
 */
export function targetsWithoutFigures(kind: TableKind | undefined, rows: readonly Row[]): boolean {
  if (kind?.targets === undefined) return false;
  const amounts = new Set(kind.columns.filter((c) => c.role === "amount").map((c) => c.key));
  for (const r of rows)
    for (const [k, v] of Object.entries(r.cells))
      if (amounts.has(k) && typeof v === "string" && v.trim() !== "") return false;
  return true;
}

/** What {@link tablesSetAside} reads of a table. @internal */
export interface BoundTable {
  readonly kind: TableKind | undefined;
  readonly title: string | undefined;
  readonly rows: readonly Row[];
  /** The table's unit of measure (its totals compared across tables of a kind). */
  readonly unit?: string | undefined;
}

/**
 * The tables that continue a table of their kind bound before them, by index, each with the
 * index of the first table of the run (its head): one printed over two pages or more is bound as
 * several tables, each read as the rest of the first. A table continues the one of its kind
 * before it when its title carries a continuation mark (`支出决算表（续）`, `项目绩效目标汇总表（续表）`,
 * `续上表`, a page titled `续表` alone: see `hasContinuation`); a table of targets also when it is
 * bound right after one of its kind, both print projects and it repeats none of theirs (the same
 * title again on the next page); another table also when it is bound right after one of its kind
 * under the same title, prints none of its rows again (each 科目 under its unit) and no total
 * where the first printed one (`continuesRun`). A unit's own copy repeats the department's
 * projects or 科目, or prints its own total: it is none. A page's rows are read as the rest of
 * the run's (a line table's first lines in the block of lines its pages leave open: see
 * `inOpenBlocks`), marked or not. @internal
 */
export function continuations(tables: readonly BoundTable[]): ReadonlyMap<number, number> {
  const out = new Map<number, number>();
  /**
   * The run of tables the last table of each kind belongs to: head, last index, its tables,
   * projects, and what its pages state (made when a table without a mark follows it: most
   * disclosures bind each kind once).
   */
  const runs = new Map<
    string,
    {
      head: number;
      last: number;
      members: number[];
      projects: Set<string>;
      /** The row of the last project its pages print. */
      lastProject: Row | undefined;
      paged: PagedRun | undefined;
      /** The blocks of lines open at the end of its pages (made as `paged` is). */
      open: OpenBlocks | undefined;
    }
  >();
  /** A run's pages read together: its rows (see `joinPages`) and the blocks they leave open. */
  const pagesOf = (kind: TableKind, members: readonly number[]) =>
    joinPages(
      kind,
      members.map((m) => (tables[m] as BoundTable).rows),
    );
  tables.forEach((t, i) => {
    if (t.kind === undefined) return;
    const kind = t.kind;
    const targets = kind.targets !== undefined;
    const run = runs.get(kind.id);
    // A page opening with the cells of the project the run ended on printed again goes on with
    // it (see `reprintedProject`): that name is no repeat.
    const goesOn =
      run !== undefined && t.rows[0] !== undefined
        ? reprintedProject(kind, run.lastProject, t.rows[0], 0) !== undefined
        : false;
    const names = targets ? projectNames(goesOn ? t.rows.slice(1) : t.rows) : new Set<string>();
    const marked = hasContinuation(t.title ?? "");
    const adjacent = !marked && run !== undefined && run.last === i - 1;
    // Read as the rest of the run: its first lines in the blocks its pages leave open.
    const joins = run !== undefined && (marked || adjacent);
    if (joins) run.open ??= pagesOf(kind, run.members).open;
    const read =
      joins && run.open !== undefined
        ? inOpenBlocks(kind, run.open, t.rows)
        : { rows: t.rows, open: undefined };
    let next = false;
    if (adjacent) {
      const head = tables[run.head] as BoundTable;
      run.paged ??= pagedRun(head.title, pagesOf(kind, run.members).rows, (r) =>
        printedStatement(r, kind, head.unit ?? kind.defaultUnit),
      );
      const paged = run.paged;
      next = targets
        ? (goesOn || names.size > 0) &&
          (run.projects.size > 0
            ? ![...names].some((n) => run.projects.has(n))
            : // A first page printing its unit's row and no project yet: same title, next page.
              paged.title !== "" && plainTitle(t.title) === paged.title)
        : continuesRun(paged, t.title, read.rows);
    }
    if (run !== undefined && (marked || next)) {
      out.set(i, run.head);
      run.last = i;
      run.members.push(i);
      run.open = read.open;
      // A marked page (or a page of targets) joins what the run's pages state too.
      if (run.paged !== undefined && (marked || targets)) extendRun(run.paged, read.rows);
      for (const n of names) run.projects.add(n);
      run.lastProject = lastProject(t.rows) ?? run.lastProject;
    } else
      runs.set(kind.id, {
        head: i,
        last: i,
        members: [i],
        projects: names,
        lastProject: lastProject(t.rows),
        paged: undefined,
        open: undefined,
      });
  });
  return out;
}

/** The row of the last project a page prints. */
function lastProject(rows: readonly Row[]): Row | undefined {
  for (let i = rows.length - 1; i >= 0; i--) if (rows[i]?.key.kind === "project") return rows[i];
  return undefined;
}

const projectNames = (rows: readonly Row[]): Set<string> =>
  new Set(rows.flatMap((r) => (r.key.kind === "project" ? [normalizeName(r.key.name)] : [])));

/**
 * The tables set aside, by index, each with the index of the table of its kind read instead (see
 * {@link readTables}), and the continuations ({@link continuations}). A table of targets that
 * states no figure or continues the one before is read, never set aside; another continuation
 * is the rest of its head, set aside with it or read with it. @internal
 */
export function tablesSetAside(
  tables: readonly BoundTable[],
  meta: DisclosureMeta | undefined,
): {
  /** `undefined`: none of its kind is read (each a unit's own: see {@link readTables}). */
  readonly aside: ReadonlyMap<number, number | undefined>;
  readonly continued: ReadonlyMap<number, number>;
} {
  const continued = continuations(tables);
  const read = readTables(
    tables,
    (t) => t.kind?.id,
    (t) => t.rows,
    meta,
    (t) => t.title,
    (t, i) => continued.has(i) || targetsWithoutFigures(t.kind, t.rows),
    (indexes) => {
      const found = sumOfTheOthers(
        indexes.map((i) => {
          const t = tables[i] as BoundTable;
          return { kind: t.kind, unit: t.unit, rows: t.rows };
        }),
      );
      return found === undefined ? undefined : indexes[found];
    },
  );
  const aside = new Map<number, number | undefined>();
  tables.forEach((t, i) => {
    const head = continued.get(i);
    if (head !== undefined) {
      if (t.kind?.targets === undefined && aside.has(head)) aside.set(i, aside.get(head));
      return;
    }
    if (t.kind === undefined || !read.has(t.kind.id)) return;
    const first = read.get(t.kind.id);
    if (first !== i && !targetsWithoutFigures(t.kind, t.rows)) aside.set(i, first);
  });
  return { aside, continued };
}
