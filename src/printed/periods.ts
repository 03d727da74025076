import { normalizeLabel, normalizeName } from "../codes";
import { memoByString } from "../memo";
import { headerWording, THIS_YEAR, yearsTotal } from "../templates/wording";

/**
 * The period a printed header's figures are of: this year's (`current`: no mark, `本年…`, or
 * the document's year), an earlier year's (`prior`: `上年…`, `上年度…`, an earlier year), a
 * later year's (`later`), `undecided` (several years printed and the document's year not
 * known: which one is this year's is not guessed), or a `change` between years (`增减额`,
 * `比上年增减`: no year's figures at all). @internal
 */
export type HeaderPeriod = "current" | "prior" | "later" | "undecided" | "change" | "budget";

/** A leading year (`2024年`, `2024年度`), after {@link normalizeName}. */
const YEAR_MARK = /^([0-9]{4})年度?/u;

/** A leading 上年 / 上年度 (`上年预算数`, `上年度执行数`); see {@link priorMark}. */
const PRIOR_MARK = /^上年度?/u;

/**
 * The leading 上年 / 上年度 of a level (after {@link normalizeName}) that names last year's
 * figures (`上年预算数`, `上年度执行数`, `上年决算数`), or `null`: none, or one that names a fund
 * source of this year, the balance carried over from last year (`上年结转`, `上年结余`,
 * `上年度结转结余`, `上年财政拨款结转`, `上年单位资金结转结余`, `上年末结转结余`: what it
 * carries over is this year's money).
 */
function priorMark(level: string): RegExpExecArray | null {
  const p = PRIOR_MARK.exec(level);
  if (p === null) return null;
  const rest = level.slice(p[0].length);
  return rest.startsWith("末") || rest.includes("结转") || rest.includes("结余") ? null : p;
}

/** A leading 本年 / 本年度 (or 当年): this year's (`本年预算数`, `本年收入`, `当年支出合计`). */
const CURRENT_MARK = THIS_YEAR;

/**
 * The words a change between two years' figures opens with (after {@link normalizeName}):
 * `增减` (`增减额`, `增减率`, `增减变化情况`), `增长率`, `增幅` / `降幅`, `变动`, and a comparison
 * with last year (`比上年增减`, `较上年`, `与上年相比`, `同比`), or of the outcome with the budget
 * (`决算数比预算数增减`, `决算较预算`, `比预算增减`): a difference, no figure of either. No budget
 * column is headed so.
 */
const CHANGE_WORDS: readonly string[] = [
  "增减",
  "增长",
  "增幅",
  "降幅",
  "变动",
  "比上年",
  "较上年",
  "与上年",
  "同比",
  "决算数比",
  "决算比",
  "决算数较",
  "决算较",
  "比预算",
  "较预算",
];

/** Whether a text (after {@link normalizeName}) opens with one of the {@link CHANGE_WORDS}. */
const opensChange = (text: string) => CHANGE_WORDS.some((w) => text.startsWith(w));

/** Whether a printed label names a change between years (`增减额`, `比上年增减`). @internal */
export function isChangeLabel(label: string): boolean {
  return opensChange(normalizeName(label));
}

/**
 * The levels that head a budget's figures (after {@link normalizeLabel}, a period mark taken off):
 * the 年初预算 (`预算数`, `年初预算数`) or the budget as adjusted (`全年预算数`, `调整预算数`). In a
 * table of the outcome (a 决算) a column under one of them prints the budget beside the outcome,
 * never the outcome (see {@link outcomeKind}).
 */
const BUDGET_LEVELS: ReadonlySet<string> = /*#__PURE__*/ new Set(
  ["预算", "年初预算", "全年预算", "调整预算", "调整后预算", "预算安排"].flatMap((w) => [
    w,
    `${w}数`,
  ]),
);

/** Whether a table kind states the outcome (a 决算: its title names one), not a budget. @internal */
export const outcomeKind = (kind: { readonly titles: readonly string[] }): boolean =>
  kind.titles.some((t) => t.includes("决算"));

/** A printed header path's levels for matching, and the period marks it carries. */
interface Marked {
  readonly levels: readonly string[];
  readonly year: number | undefined;
  readonly prior: boolean;
  /** A level names a change between years (`增减额`): the header states no year's figures. */
  readonly change: boolean;
  /** A level heads a budget's figures (`年初预算数`, `全年预算数/合计`): see {@link BUDGET_LEVELS}. */
  readonly budget: boolean;
}

/**
 * A header path's levels, each through `normalizeLabel` after its period mark (a leading year,
 * 上年 or 本年) is taken off (a closing 总计 / 小计 of a 本年 level, or 总计 of the level
 * right under it, read as 合计), then through `headerWording` (费用 / 经费 as 费, 运行维护 as 运行, a
 * wording listed as another's, `上年度结转结余` as `上年结转结余`);
 * empty levels vanish. Template variants go through it too, so `本年收入/预算数` and
 * `收入/本年预算数` compare equal. Remembered by path (a printer's headers and the templates'
 * variants recur across tables and documents). @internal
 */
export const markedLevels: (path: string) => Marked = /* @__PURE__ */ memoByString(readLevels);

function readLevels(path: string): Marked {
  const levels: string[] = [];
  let year: number | undefined;
  let prior = false;
  let change = false;
  let budget = false;
  // Levels since a level marked 本年: 0 on it, 1 on the level right under it (`本年收入/总计`).
  let sinceCurrent = Number.POSITIVE_INFINITY;
  for (const raw of path.split("/")) {
    let level = normalizeName(raw);
    if (opensChange(level)) change = true;
    const y = YEAR_MARK.exec(level);
    const p = y === null ? priorMark(level) : null;
    const c = y === null && p === null ? CURRENT_MARK.exec(level) : null;
    const mark = y ?? p ?? c;
    if (y !== null) year ??= Number(y[1]);
    if (p !== null) prior = true;
    if (mark !== null) level = level.slice(mark[0].length);
    // The year's own total (`本年收入总计`, `本年收入/总计`; not a part's: `本年收入/一般公共预算/
    // 小计`) closes with 合计: see yearsTotal.
    sinceCurrent = c === null ? sinceCurrent + 1 : 0;
    const label =
      sinceCurrent <= 1
        ? yearsTotal(normalizeLabel(level), sinceCurrent === 1)
        : normalizeLabel(level);
    if (BUDGET_LEVELS.has(label)) budget = true;
    if (label !== "") levels.push(headerWording(label));
  }
  return { levels, year, prior, change, budget };
}

/** Whether a printed label opens with a period mark (`2024年预算数`, `上年预算数`, `本年预算`). @internal */
export function hasPeriodMark(label: string): boolean {
  const text = normalizeName(label);
  return YEAR_MARK.test(text) || priorMark(text) !== null || CURRENT_MARK.test(text);
}

/**
 * The period of each printed header: a change between years (`增减额`) is `change`; `上年…` is
 * prior; a year is compared with the document's
 * (`year`: earlier is prior, later is later); without the document's year one year printed is
 * this year's, several are `undecided`; in a table of the outcome (`outcome`, a 决算) this year's
 * budget (`年初预算数/…`, `全年预算数/…`) is `budget`; anything else is current. @internal
 */
export function headerPeriods(
  marked: readonly Marked[],
  year: number | undefined,
  outcome = false,
): HeaderPeriod[] {
  const years = new Set<number>();
  for (const m of marked) if (m.year !== undefined) years.add(m.year);
  return marked.map((m): HeaderPeriod => {
    if (m.change) return "change";
    if (m.prior) return "prior";
    if (outcome && m.budget && (m.year ?? year) === year) return "budget";
    if (m.year === undefined) return "current";
    if (year === undefined) return years.size > 1 ? "undecided" : "current";
    return m.year === year ? "current" : m.year < year ? "prior" : "later";
  });
}

/** The year a printed table title names (`2024年部门收支预算表`, `上海市财政局2025年…`), if any. @internal */
export function titleYear(title: string): number | undefined {
  const y = /([0-9]{4})年/u.exec(normalizeName(title));
  return y === null ? undefined : Number(y[1]);
}
