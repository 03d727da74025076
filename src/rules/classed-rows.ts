import { isZero } from "../amount";
import type { LoweredRow, LoweredTable } from "../disclosure";
import type { Fact, Nature } from "../facts";
import {
  BASIC_NATURE_BY_ECON_CLASS,
  EITHER_WAY_CLASSES,
  EITHER_WAY_ITEMS,
} from "../facts/basic-classes";

/**
 * The economic 科目 printers class under either nature of basic spending, whatever their 类 gives
 * (as prefixes of the code), in a table with nature columns: the 类 outside 301 / 302 / 303 (307
 * 债务利息, 309 / 310 资本性支出, 311 / 312 对企业补助, 313: the budget forms print no nature of their
 * own for them, the 决算 forms list them under 公用经费), the 类 and 款 printers class either way in
 * every layout ({@link EITHER_WAY_CLASSES}, {@link EITHER_WAY_ITEMS}). Any other 科目 printed under
 * the other nature (30101 基本工资 under 公用经费) is a misprint, read as its 类 gives.
 */
const CLASSED_EITHER_WAY: readonly (readonly string[])[] = [
  ["307", "309", "310", "311", "312", "313"],
  EITHER_WAY_CLASSES,
  EITHER_WAY_ITEMS,
];

/**
 * Whether printers class an economic 科目 under either nature ({@link CLASSED_EITHER_WAY}); a 类
 * row (`302`) is classed as its 款 are (Shanghai prints 302 in the 人员经费 section with the 款 it
 * classes there, and again in the 公用经费 section with the rest).
 */
const eitherWay = (econ: string): boolean =>
  econ.length === 3 || CLASSED_EITHER_WAY.some((list) => list.some((p) => econ.startsWith(p)));

/** The other nature of basic spending. */
const OTHER: Readonly<Record<string, Nature>> = {
  "basic.personnel": "basic.public",
  "basic.public": "basic.personnel",
};

/**
 * Whether a printed fact states a figure (not blank, not zero) of basic spending on an economic
 * 科目 under the other nature than its 类 gives, whichever the 科目 (30101 under 公用经费, a
 * misprint, or 39999 under 人员经费, see {@link classedAgainst}): a sum counting it is no lower
 * bound of the nature it is printed under. @internal
 */
export function againstClass(f: Fact): boolean {
  const { econ, nature } = f.coords;
  if (econ === undefined || (nature !== "basic.personnel" && nature !== "basic.public"))
    return false;
  // (a blank or zero in the other nature's column states nothing of the document's classing)
  if (f.value === null || isZero(f.value)) return false;
  const own = BASIC_NATURE_BY_ECON_CLASS[econ.slice(0, 3)];
  return own !== undefined && own !== nature;
}

/**
 * Whether a printed fact states a figure of basic spending on an economic 科目 printers class
 * either way under the other nature than its 类 gives (39999 其他支出 printed under 人员经费): the
 * document classes the 科目 by its own rule. @internal
 */
export function classedAgainst(f: Fact): boolean {
  return againstClass(f) && eitherWay(f.coords.econ as string);
}

/**
 * The cells of a table's rows printing a 科目 printers class one way only under the other nature
 * (30101 基本工资 under 公用经费, its 人员经费 blank or zero): a misprint, reported on its row (its
 * 合计 against its blank 人员经费). A sum counting either cell is incomplete, so the misprint is not
 * reported again on the 类 row or the total. `undefined` where there are none (most tables).
 * @internal
 */
export function misprintedCells(lt: LoweredTable): ReadonlySet<Fact> | undefined {
  let out: Set<Fact> | undefined;
  for (const r of lt.rows) {
    const econ = r.coords?.econ;
    if (econ === undefined || eitherWay(econ) || !r.facts.some(againstClass)) continue;
    const own = BASIC_NATURE_BY_ECON_CLASS[econ.slice(0, 3)];
    for (const f of r.facts) {
      if (f.coords.econ !== econ) continue;
      const mine = f.coords.nature === own && (f.value === null || isZero(f.value));
      if (!mine && !againstClass(f)) continue;
      out ??= new Set();
      out.add(f);
    }
  }
  return out;
}

/**
 * A table's rows of economic 科目 whose whole figure the table prints under the other nature of
 * basic spending than the 科目's 类 gives (39999 其他支出 or 30239 其他交通费用 under 人员经费, the
 * 类's own column blank or zero): printers class some items by rules of their own, which the
 * library cannot know. The row's 基本支出 (合计) is then stated as that other nature's, and its
 * blank in the 类's own column is no statement (canonical coordinates make the 合计 on a 399 科目
 * the 公用经费 itself: the blank was compared with the row's own 合计, and 合计 = 人员经费 + 公用经费
 * counted the 合计 twice). A row printing a figure in both columns is left as printed, and so is a
 * 科目 printers class one way only ({@link CLASSED_EITHER_WAY}): 30101 under 公用经费 is a
 * misprint, its error on its own row. @internal
 */
export function documentClassed(lt: LoweredTable): LoweredTable {
  let changed = false;
  // The rows classed so, by unit and 科目: the nature their figure is stated under.
  const classed = new Map<string, Nature>();
  const rows = lt.rows.map((r): LoweredRow => {
    const econ = r.coords?.econ;
    const own =
      econ === undefined || !eitherWay(econ)
        ? undefined
        : BASIC_NATURE_BY_ECON_CLASS[econ.slice(0, 3)];
    if (own === undefined) return r;
    const other = OTHER[own] as Nature;
    const facts = r.facts;
    const at = (nature: Nature) =>
      facts.findIndex((f) => f.coords.econ === econ && f.coords.nature === nature);
    const whole = at("basic");
    const mine = at(own);
    const theirs = at(other);
    if (whole < 0 || mine < 0 || theirs < 0) return r;
    const m = (facts[mine] as Fact).value;
    const o = (facts[theirs] as Fact).value;
    if ((m !== null && !isZero(m)) || o === null || isZero(o)) return r;
    changed = true;
    classed.set(`${r.coords?.org ?? ""}\u0000${econ}`, other);
    const moved: Fact[] = [];
    facts.forEach((f, i) => {
      if (i === whole) moved.push({ ...f, coords: { ...f.coords, nature: other } });
      else if (i !== mine) moved.push(f);
    });
    return { ...r, facts: moved };
  });
  if (!changed) return lt;
  // The same 科目 printed again under its own nature (302 in the 公用经费 section after its part in
  // the 人员经费 section): its blank or zero in the other nature's column states nothing either
  // (that nature's figure is the other row's).
  const split = rows.map((r, i): LoweredRow => {
    const econ = r.coords?.econ;
    if (econ === undefined || r !== lt.rows[i]) return r;
    const other = classed.get(`${r.coords?.org ?? ""}\u0000${econ}`);
    if (other === undefined) return r;
    const kept = r.facts.filter(
      (f) =>
        f.coords.econ !== econ ||
        f.coords.nature !== other ||
        (f.value !== null && !isZero(f.value)),
    );
    return kept.length === r.facts.length ? r : { ...r, facts: kept };
  });
  return { ...lt, rows: split };
}

/** The one nature of basic spending a row prints figures under, the other's column blank or zero. */
function onlyNature(r: LoweredRow): Nature | undefined {
  let under: Nature | undefined;
  for (const f of r.facts) {
    const n = f.coords.nature;
    if ((n !== "basic.personnel" && n !== "basic.public") || f.value === null || isZero(f.value))
      continue;
    if (under !== undefined && under !== n) return undefined;
    under = n;
  }
  return under;
}

/**
 * Whether two rows of one economic 科目 print its figure split across the two natures of basic
 * spending, one under each (Shanghai's 302 in the 人员经费 section with the 款 it classes there,
 * and again in the 公用经费 section): one 科目's two parts, no repeat. @internal
 */
export function splitAcrossNatures(a: LoweredRow, b: LoweredRow): boolean {
  const econ = a.coords?.econ;
  if (econ === undefined || b.coords?.econ !== econ || !eitherWay(econ)) return false;
  const x = onlyNature(a);
  const y = onlyNature(b);
  return x !== undefined && y !== undefined && x !== y;
}

/** What a document's classing of 科目 under the other nature leaves open (see {@link classedClasses}). @internal */
export interface Classing {
  /**
   * Whether a statement of a 类 some table classes a 科目 of under the other nature may be the 类's
   * whole as well as its own nature's part: any statement of it (basic spending as a whole, or
   * its own nature in another table) but its own nature's in a table that classes it so.
   */
  eitherPart(f: Pick<Fact, "coords">, table: string): boolean;
}

/**
 * The 类 whose 科目 the document's tables class under the other nature (`classedAgainst`: 30239
 * 其他交通费用 under 人员经费 takes part of 302 out of 公用经费), by table; `undefined` where no
 * table does (most documents). Then 302's 公用经费 is no longer all of 302, and a 支出表 printing
 * 商品和服务支出 under 公用经费 prints the whole. @internal
 */
export function classedClasses(tables: readonly LoweredTable[]): Classing | undefined {
  let byTable: Map<string, Set<string>> | undefined;
  for (const t of tables)
    for (const r of t.rows)
      for (const f of r.facts) {
        if (!classedAgainst(f)) continue;
        byTable ??= new Map();
        const set = byTable.get(t.table.kind) ?? new Set<string>();
        set.add((f.coords.econ as string).slice(0, 3));
        byTable.set(t.table.kind, set);
      }
  if (byTable === undefined) return undefined;
  const classing = byTable;
  const classes = new Set<string>();
  for (const set of byTable.values()) for (const c of set) classes.add(c);
  return {
    eitherPart(f, table) {
      const { econ, nature } = f.coords;
      if (econ === undefined || econ.length !== 3 || !classes.has(econ)) return false;
      const own = BASIC_NATURE_BY_ECON_CLASS[econ];
      if (nature === "basic") return true;
      return nature === own && classing.get(table)?.has(econ) !== true;
    },
  };
}
