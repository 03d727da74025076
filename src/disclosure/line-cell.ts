import type { Coordinates, Fact, Fund, Nature } from "../facts";
import { NATURE_PARENT } from "../facts/natures";

/** Whether `nature` is `within` or one of its parts (人员经费 within 基本支出). */
function natureWithin(nature: Nature, within: Nature): boolean {
  for (let n: Nature | undefined = nature; n !== undefined; n = NATURE_PARENT[n])
    if (n === within) return true;
  return false;
}

/** The five sources of 单位资金 (`unitFunds`). */
const UNIT_FUNDS: ReadonlySet<string> = new Set([
  "business",
  "operating",
  "superior",
  "affiliated",
  "other",
]);

/**
 * The fund a fund is a part of: 财政拨款 (`government`) for the three funds, `unitFunds` for its
 * five sources, the fund before the dot for a part named after it (`gpb.grant`, `carryover.gpb`).
 */
function fundParent(fund: string): string | undefined {
  if (fund === "gpb" || fund === "govFund" || fund === "soe") return "government";
  if (UNIT_FUNDS.has(fund)) return "unitFunds";
  const dot = fund.lastIndexOf(".");
  return dot > 0 ? fund.slice(0, dot) : undefined;
}

/** Whether `fund` is `within` or one of its parts (一般公共预算 within 财政拨款). */
function fundWithin(fund: Fund | null, within: Fund | null): boolean {
  for (let f: string | undefined = fund ?? undefined; f !== undefined; f = fundParent(f))
    if (f === within) return true;
  return false;
}

/**
 * The coordinates of a line's cell under a column: the table's fixed ones, the column's, then the
 * line's; where the line and the column both name a spending nature, the narrower of the two (a
 * 基本支出 line's cell under 人员经费 states 人员经费; a 人员经费合计 line's cell under 合计 states
 * 人员经费). `undefined` where the two natures share no part (a 人员经费合计 line's cell under
 * 公用经费): the cell states nothing of the line, and is no second print of the line's figure.
 * So too where the line and the column name two funds neither of which is part of the other (a
 * 财政拨款总表's 年末 line of 一般公共预算 under the 政府性基金 column); where one is, the line's stands.
 * @internal
 */
export function lineCellCoordinates(
  fixed: Coordinates | undefined,
  column: Coordinates | undefined,
  line: Coordinates | undefined,
): Coordinates | undefined {
  const coords = Object.assign({}, fixed, column, line) as Coordinates;
  const f = column?.fund;
  const g = line?.fund;
  if (f != null && g != null && !fundWithin(f, g) && !fundWithin(g, f)) return undefined;
  const a = column?.nature;
  const b = line?.nature;
  if (a === undefined || b === undefined || a === b) return coords;
  if (natureWithin(a, b)) return { ...coords, nature: a };
  if (natureWithin(b, a)) return coords;
  return undefined;
}

/**
 * A line's facts less each blank cell stating the same fact as a figure the line prints in another
 * column: a `人员经费` subtotal printed under 合计 alone, its 人员经费 cell left blank (or under
 * 人员经费 alone, 合计 blank), states its figure once; the blank is no second print of "none" to
 * compare it with. A dash printed there is compared as printed; a row printing no such pair is
 * given back as it is. @internal
 */
export function printedOnce(facts: Fact[]): Fact[] {
  const printed = new Set(facts.filter((f) => f.value !== null).map(keyOf));
  return facts.filter(
    (f) => f.value !== null || f.source.raw.trim() !== "" || !printed.has(keyOf(f)),
  );
}

/**
 * The facts a line's row states: none where the line may be printed as its section's heading
 * (`LineSpec.heading`) and the row prints no cell (every one blank: a heading, or the rest of a
 * 科目's name wrapped onto a row of its own); else {@link printedOnce}'s. @internal
 */
export function lineFacts(facts: Fact[], heading: boolean): Fact[] {
  if (heading && facts.every((f) => f.source.raw.trim() === "")) return [];
  return printedOnce(facts);
}

/** A fact's concept and coordinates as one text (its few dimensions in name order). */
function keyOf(f: Fact): string {
  const c = f.coords as Readonly<Record<string, string | null | undefined>>;
  let key: string = f.concept;
  for (const d of Object.keys(c).sort()) if (c[d] !== undefined) key += `|${d}=${c[d]}`;
  return key;
}
