import type { LoweredRow, LoweredTable } from "../disclosure";
import type { Fact, Nature } from "../facts";
import { BASIC_NATURE_BY_ECON_CLASS } from "../facts/basic-classes";

/**
 * The economic 类 printers class under either nature of basic spending: 399 其他支出 (its 款 with
 * it), under 人员经费 by some, under 公用经费 by others. @internal
 */
export const EITHER_WAY_CLASSES: readonly string[] = ["399"];

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
 * either way (399 其他支出, {@link EITHER_WAY_CLASSES}) in the other nature's section than the
 * canonical one is stated as its section's nature, as the document classes it (its section's
 * subtotal counts it). Sections are told only where every other economic row in each lies in its
 * own nature's section (a footer printed below both blocks of the side-by-side layout is no
 * section line); a table with nature columns is left to `classed-rows.ts`. Linear. @internal
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
  let moves = false;
  for (let i = 0; i < rows.length; i++) {
    const econ = rows[i]?.coords?.econ;
    if (econ === undefined) continue;
    const own = BASIC_NATURE_BY_ECON_CLASS[econ.slice(0, 3)];
    const section = sectionOf(i);
    if (own === undefined || section === undefined || own === section) continue;
    // a row out of its nature's section: no sections, unless a class printed either way
    if (!EITHER_WAY_CLASSES.includes(econ.slice(0, 3))) return lt;
    moves = true;
  }
  if (!moves) return lt;
  return {
    ...lt,
    rows: rows.map((r, i): LoweredRow => {
      const econ = r.coords?.econ;
      const section = sectionOf(i);
      if (econ === undefined || section === undefined) return r;
      if (!EITHER_WAY_CLASSES.includes(econ.slice(0, 3))) return r;
      if (BASIC_NATURE_BY_ECON_CLASS[econ.slice(0, 3)] === section) return r;
      const facts = r.facts.map(
        (f): Fact =>
          f.coords.nature === "basic" ? { ...f, coords: { ...f.coords, nature: section } } : f,
      );
      return { ...r, facts };
    }),
  };
}
