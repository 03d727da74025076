import type { LoweredRow, LoweredTable } from "../disclosure";
import type { Fact, Nature } from "../facts";
import {
  BASIC_NATURE_BY_ECON_CLASS,
  EITHER_WAY_CLASSES,
  EITHER_WAY_ITEMS,
} from "../facts/basic-classes";

/** Whether printers class a 科目 under either nature in every layout (399 and its 款, 30239 …). */
const eitherWayEverywhere = (econ: string): boolean =>
  EITHER_WAY_CLASSES.includes(econ.slice(0, 3)) || EITHER_WAY_ITEMS.some((p) => econ.startsWith(p));

/** The nature each section line of a 基本支出表 states. */
const SECTION_LINES: Readonly<Record<string, Nature>> = {
  personnel: "basic.personnel",
  public: "basic.public",
};

const lineOf = (r: LoweredRow): Nature | undefined =>
  r.row.key.kind === "line" ? SECTION_LINES[r.row.key.line] : undefined;

/**
 * A 基本支出表 printed as one list by economic 科目 with one amount (基本支出) column, cut into two
 * sections by nature under (or over) their lines `人员经费` / `公用经费`: a row of a 类 printers class
 * either way (399 其他支出, 30239 其他交通费用, the catch-all 其他… 款: `EITHER_WAY_CLASSES`,
 * `EITHER_WAY_ITEMS`), or a 类 row printed with only such 款 (302 over 30239), in the other nature's
 * section than the canonical one is stated as its section's nature, as the document classes it
 * (its section's subtotal counts it), and so is every row of its 类 in its own section. Sections
 * are told only where every other economic row in each lies in its own nature's section (a footer
 * printed below both blocks of the side-by-side layout is no section line); a table with nature
 * columns is left to `classed-rows.ts`. Linear. @internal
 */
export function sectionClassed(lt: LoweredTable): LoweredTable {
  const rows = lt.rows;
  const lines: number[] = [];
  let firstEcon = -1;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as LoweredRow;
    const nature = lineOf(r);
    // each nature's first line (a footer printing it again closes nothing)
    if (nature !== undefined && !lines.some((k) => lineOf(rows[k] as LoweredRow) === nature))
      lines.push(i);
    if (r.coords?.econ !== undefined) {
      if (firstEcon < 0) firstEcon = i;
      // a nature column of its own: the rows are classed by it
      if (r.facts.some((f) => f.coords.nature !== "basic")) return lt;
    }
  }
  if (lines.length !== 2 || firstEcon < 0) return lt;
  const heads = (lines[0] as number) < firstEcon;
  /** The section line of row `i`: the line above it (headings) or the first below it. */
  const sectionOf = (i: number): Nature | undefined => {
    const [a, b] = lines as [number, number];
    const at = heads ? (i > b ? b : i > a ? a : -1) : i < a ? a : i < b ? b : -1;
    return at < 0 ? undefined : lineOf(rows[at] as LoweredRow);
  };
  // Per section and 类, how many of its 款 rows there are, and how many printers class either way:
  // a 类 row out of its section (302 in the 人员经费 section) states the 款 printed with it there.
  const items = new Map<string, { all: number; either: number }>();
  for (let i = 0; i < rows.length; i++) {
    const econ = rows[i]?.coords?.econ;
    if (econ === undefined || econ.length === 3) continue;
    const key = `${sectionOf(i) ?? ""}|${econ.slice(0, 3)}`;
    const n = items.get(key) ?? { all: 0, either: 0 };
    n.all++;
    if (eitherWayEverywhere(econ)) n.either++;
    items.set(key, n);
  }
  const moveable = (econ: string, section: Nature) => {
    if (eitherWayEverywhere(econ)) return true;
    const n = econ.length === 3 ? items.get(`${section}|${econ}`) : undefined;
    return n !== undefined && n.all > 0 && n.all === n.either;
  };
  // The 类 some of whose rows are printed in the other nature's section: each of its rows is stated
  // as its section's nature (its rows in its own section are that nature's part of it, not all).
  const split = new Set<string>();
  for (let i = 0; i < rows.length; i++) {
    const econ = rows[i]?.coords?.econ;
    if (econ === undefined) continue;
    const own = BASIC_NATURE_BY_ECON_CLASS[econ.slice(0, 3)];
    const section = sectionOf(i);
    if (own === undefined || section === undefined || own === section) continue;
    // a row out of its nature's section: no sections, unless a 科目 printed either way
    if (!moveable(econ, section)) return lt;
    split.add(econ.slice(0, 3));
  }
  if (split.size === 0) return lt;
  return {
    ...lt,
    rows: rows.map((r, i): LoweredRow => {
      const econ = r.coords?.econ;
      const section = sectionOf(i);
      if (econ === undefined || section === undefined || !split.has(econ.slice(0, 3))) return r;
      const facts = r.facts.map(
        (f): Fact =>
          f.coords.nature === "basic" ? { ...f, coords: { ...f.coords, nature: section } } : f,
      );
      return { ...r, facts };
    }),
  };
}
