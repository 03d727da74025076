import { type Amount, addAmounts, amountsEqual, isZero, parseAmount } from "../amount";
import { isNoValue } from "../amount/parse";
import { normalizeName } from "../codes";
import { endsAsOrganisation } from "../codes/org-endings";
import type { TableKind } from "../templates";
import { apartCells } from "./told-apart";
import type { Row } from "./types";

/** A project row's place in a table: its unit (none for the department) and normalised name. */
const placeOf = (unit: string | undefined, name: string): string => `${unit ?? ""}\u0000${name}`;

/**
 * What may tell a project row from another of its name under one unit, in the order asked: its
 * printed code (`单位编码（项目编码）`), its `项目单位` (two units' projects of one name, in a table
 * printing no unit's row), the text of columns the kind does not have (`功能科目编码`: one project
 * printed on a row per 科目; see `apartCells`), the unit's heading it is printed under (a row
 * naming an organisation and printing at most money, `某县第一中学 | 40.00`, the caller naming no
 * units: see {@link headingName}), the fund columns it prints a figure in (one project printed on a
 * row per fund, `一般公共预算` and `政府性基金预算`, or this year's money and last year's 结转: told
 * apart only where the two rows' funds have none in common).
 */
const TELLS = ["code", "unit", "columns", "heading", "funds"] as const;
type Tell = (typeof TELLS)[number];
/** What tells the projects of a place apart, and whether the kind's 项目单位 is read. */
interface Told {
  readonly by: Tell;
  readonly units: boolean;
  /** The keys of the kind's columns that tell rows apart (`ColumnSpec.tells`). */
  readonly keys: readonly string[];
  /** The kind's columns of a fund's money (an amount column with a `fund` coordinate). */
  readonly funds: readonly FundColumn[];
  /** The unit's heading each project row of the table is printed under (`""`: none). */
  readonly headings: ReadonlyMap<Row, string>;
}

/** The keys of a kind's text columns that tell two rows of one project apart (`tells`). */
const tellingKeys = (kind: TableKind | undefined): readonly string[] =>
  kind?.columns.filter((c) => c.tells === true).map((c) => c.key) ?? [];

/** A column of one fund's money: its cell key and its header as the kind words it. */
interface FundColumn {
  readonly key: string;
  readonly header: string;
}

/** The kind's columns of a fund's money (`本年拨款/一般公共预算`, `财政拨款结转结余/…`). */
const fundColumns = (kind: TableKind | undefined): readonly FundColumn[] =>
  kind?.columns.flatMap((c) =>
    c.role === "amount" && c.coords?.fund !== undefined
      ? [{ key: c.key, header: c.headers[0] ?? c.key }]
      : [],
  ) ?? [];

/** Between the fund columns of a row's `funds` tell. */
const FUND_SEPARATOR = "，";

/** The fund columns a row prints a figure other than zero in, joined (`""`: none). */
function fundsOf(row: Row, funds: readonly FundColumn[]): string {
  let out = "";
  for (const f of funds) {
    const v = row.cells[f.key];
    if (typeof v !== "string" || isNoValue(v)) continue;
    const read = parseAmount(v);
    if (!read.ok || read.value === null || isZero(read.value)) continue;
    out += out === "" ? f.header : `${FUND_SEPARATOR}${f.header}`;
  }
  return out;
}

/** Whether two rows' texts of a tell tell them apart: differ; for funds, share no fund. */
function apart(tell: Tell, a: string, b: string): boolean {
  if (a === b) return false;
  if (tell !== "funds") return true;
  const left = new Set(a.split(FUND_SEPARATOR));
  return !b.split(FUND_SEPARATOR).some((f) => left.has(f));
}

/** The key of the 项目单位 column of a table of projects. */
const UNIT = "unit";

/**
 * Whether a kind's `unit` column is a project's unit (`项目单位`), not an indicator's (`计量单位`):
 * only then does its text tell two projects of one name apart. @internal
 */
export function projectUnitColumn(kind: TableKind | undefined): boolean {
  return (
    kind?.columns.some((c) => c.key === UNIT && c.headers.some((h) => h.endsWith("项目单位"))) ===
    true
  );
}

/**
 * The normalised name of a row read as a project that heads a unit's projects: it names an
 * organisation (`某县第一中学`, `某区疾病预防控制中心`, `某市测绘地理信息研究所`: see
 * `endsAsOrganisation`), prints no code and at most money (no indicator, type or text); `""`
 * for any other row. @internal
 */
export function headingName(row: Row): string {
  const key = row.key;
  if (key.kind !== "project" || (key.code?.trim() ?? "") !== "") return "";
  const name = normalizeName(key.name);
  if (name === "" || !endsAsOrganisation(name)) return "";
  for (const v of Object.values(row.cells)) {
    if (typeof v !== "string" || isNoValue(v)) continue;
    const read = parseAmount(v);
    if (!read.ok || read.value === null) return "";
  }
  return name;
}

/**
 * The rows of a table that head a unit's projects, each with its name: a {@link headingName} row
 * whose every printed figure is the sum of the same column over the project rows under it (up to
 * the next such row, a unit's row or the total). A project that merely ends like an organisation
 * (`培训中心 | 20.00`) heads nothing: its figure is not its next rows' sum, so a name printed twice
 * after two of them is still a duplicate. One pass. @internal
 */
export function provenHeadings(rows: readonly Row[]): ReadonlyMap<Row, string> {
  const proven = new Map<Row, string>();
  let head: Row | undefined;
  let name = "";
  let sums = new Map<string, Amount>();
  let summable = true;
  const close = () => {
    if (head !== undefined && summable && sumsMatch(head, sums)) proven.set(head, name);
    head = undefined;
  };
  for (const row of rows) {
    const key = row.key;
    if (key.kind === "total" || key.kind === "org") {
      close();
      continue;
    }
    if (key.kind !== "project") continue;
    const heads = headingName(row);
    if (heads !== "") {
      close();
      head = row;
      name = heads;
      sums = new Map();
      summable = true;
      continue;
    }
    if (head === undefined || !summable) continue;
    for (const [column, v] of Object.entries(row.cells)) {
      if (typeof v !== "string" || isNoValue(v)) continue;
      const read = parseAmount(v);
      if (!read.ok || read.value === null) continue;
      const before = sums.get(column);
      if (before === undefined) sums.set(column, read.value);
      else if (before.unit !== read.value.unit) summable = false;
      else sums.set(column, addAmounts(before, read.value));
    }
  }
  close();
  return proven;
}

/** Whether every figure a heading row prints is the sum of its column over the rows under it. */
function sumsMatch(head: Row, sums: ReadonlyMap<string, Amount>): boolean {
  for (const [column, v] of Object.entries(head.cells)) {
    if (typeof v !== "string" || isNoValue(v)) continue;
    const read = parseAmount(v);
    if (!read.ok || read.value === null) return false;
    const sum = sums.get(column);
    if (sum === undefined ? !isZero(read.value) : !amountsEqual(sum, read.value)) return false;
  }
  return true;
}

/**
 * A project row's text for a tell (`""`: it prints none; `units`: the kind's 项目单位 is read;
 * `heading`: the unit's heading above it, see {@link namesTold}).
 */
function tellOf(
  row: Row,
  tell: Tell,
  of: {
    readonly units: boolean;
    readonly keys: readonly string[];
    readonly funds: readonly FundColumn[];
  },
  heading = "",
): string {
  const { units, keys } = of;
  const key = row.key;
  if (key.kind !== "project") return "";
  switch (tell) {
    case "funds":
      return fundsOf(row, of.funds);
    case "heading":
      return heading;
    case "code":
      return key.code?.trim() ?? "";
    case "unit": {
      const unit = units ? row.cells[UNIT] : undefined;
      return typeof unit === "string" ? normalizeName(unit) : "";
    }
    case "columns": {
      // The texts in the columns' order (`2050203，初中教育`).
      const apart = [...apartCells(row.cells).values()];
      for (const key of keys) {
        const text = row.cells[key];
        if (typeof text === "string" && text.trim() !== "") apart.push(normalizeName(text));
      }
      return apart.join("，");
    }
  }
}

/** A kind's 项目单位 and telling columns, found once per kind's column list (a template's data). */
interface KindTells {
  readonly units: boolean;
  readonly keys: readonly string[];
  readonly funds: readonly FundColumn[];
}
const KIND_TELLS = new WeakMap<readonly TableKind["columns"][number][], KindTells>();
const NO_KIND: KindTells = { units: false, keys: [], funds: [] };
function tellsOfKind(kind: TableKind | undefined): KindTells {
  if (kind === undefined) return NO_KIND;
  let known = KIND_TELLS.get(kind.columns);
  if (known === undefined) {
    known = { units: projectUnitColumn(kind), keys: tellingKeys(kind), funds: fundColumns(kind) };
    KIND_TELLS.set(kind.columns, known);
  }
  return known;
}

/**
 * The projects of a table that one unit prints twice (or more) under one name, told apart by
 * something else they print (see {@link TELLS}: a code, a 项目单位, a column the kind does not
 * have, the unit's heading above it): two projects, or two parts of one, never one statement
 * printed twice. By place (unit and name), what tells them apart: the first tell two of its rows
 * print differently. `undefined` when there are none (most tables: no name repeats). One pass
 * over the rows, the units followed as lowering follows them (a unit's row, then its rows; the
 * total row ends it), and the headings (a unit's heading, then the projects under it up to the
 * next heading, unit's row or total; a heading itself is under none). @internal
 */
export function namesTold(
  rows: readonly Row[],
  departmentCode: string | undefined,
  kind: TableKind | undefined,
): ReadonlyMap<string, Told> | undefined {
  const tells = tellsOfKind(kind);
  let unit: string | undefined;
  let heading = "";
  const headings = new Map<Row, string>();
  const proven = provenHeadings(rows);
  // By place: each tell's first text printed, and the tells two rows print differently.
  let first: Map<string, Partial<Record<Tell, string>>> | undefined;
  let told: Map<string, Set<Tell>> | undefined;
  for (const row of rows) {
    const key = row.key;
    if (key.kind === "total") {
      unit = undefined;
      heading = "";
    } else if (key.kind === "org") {
      unit = key.code === departmentCode ? undefined : key.code;
      heading = "";
    } else if (key.kind === "project") {
      const heads = proven.get(row) ?? "";
      // a heading is under none; the rows after it are under it
      const under = heads === "" ? heading : "";
      if (heads !== "") heading = heads;
      if (under !== "") headings.set(row, under);
      const place = placeOf(unit, normalizeName(key.name));
      first ??= new Map();
      let seen = first.get(place);
      if (seen === undefined) {
        seen = {};
        first.set(place, seen);
      }
      for (const tell of TELLS) {
        const text = tellOf(row, tell, tells, under);
        if (text === "") continue;
        const before = seen[tell];
        if (before === undefined) seen[tell] = text;
        else if (apart(tell, before, text)) {
          told ??= new Map();
          const found = told.get(place);
          if (found === undefined) told.set(place, new Set([tell]));
          else found.add(tell);
        }
      }
    }
  }
  if (told === undefined) return undefined;
  const out = new Map<string, Told>();
  for (const [place, found] of told) {
    const by = TELLS.find((t) => found.has(t));
    if (by !== undefined) out.set(place, { by, ...tells, headings });
  }
  return out;
}

/**
 * A project row's `project` coordinate: its normalised name, with what tells it apart in
 * brackets where its unit prints another project of that name told apart so
 * ({@link namesTold}: `校园安全保障经费（实验小学）`, `某项目（410305…）`), so that two projects,
 * or two parts of one, are not taken for one figure printed twice. A row printing nothing of
 * that tell keeps its name alone. @internal
 */
export function projectCoordinate(
  name: string,
  row: Row,
  unit: string | undefined,
  told: ReadonlyMap<string, Told> | undefined,
): string {
  const normalised = normalizeName(name);
  const place = told?.get(placeOf(unit, normalised));
  if (place === undefined) return normalised;
  const text = tellOf(row, place.by, place, place.headings.get(row));
  return text === "" ? normalised : `${normalised}（${text}）`;
}
