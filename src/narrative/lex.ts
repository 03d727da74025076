/**
 * What a word of a 情况说明 means to the reader ({@link Lex}), and the builders the word lists
 * (fund-words.ts, measure-words.ts, relation-words.ts) write their entries with. @internal
 */
import type { Fund } from "../facts";
import type { ClaimSubject } from "./types";

/**
 * What a word of the narrative means to the reader (the phrasings it understands, as data):
 * - `fund`: a fund source qualifying the measure right after it (`一般公共预算` + `支出`);
 * - `measure`: what amounts are about (`收入总计`, `基本支出`, `公务接待费` …); `afterFund` words
 *   (`收入`, `支出`) count only right after a fund word; `fundFree` measures take no fund
 *   (三公, 机构运转经费, 政府采购); `atMost`: the text's figure is a part of the subject's;
 *   `wholeOnly`: the word names only the whole of a share (`占支出总额的`), which may be its
 *   subject or the one given (`支出总额`: 本年支出合计, or 支出总计 with the carry-forward);
 *   `either`: printers count 上年结转 in the figure or not (`收入预算`, `一般公共预算收入`: 本年收入
 *   or 收入总计 alike, `收入总预算` the other way round), where the words that say which
 *   (`本年收入`, `收入总计`, `当年拨款`) do not; a fund word's `grant`: this year's appropriation
 *   (`一般公共预算当年拨款`, `本年财政拨款`), which leaves out what 上年结转 pays for; `ofProjects`:
 *   the word names its subject only as a part of 项目支出 (`运转类项目支出`: alone, the national
 *   运转类 of 公用经费 and 其他运转类 alike, a figure the reader leaves unplaced);
 * - `lastYear` (`上年`, a year token works alike): last year's figure, or the start of a comparison
 *   after 比 / 较 / 与; `earlierYear` (`上上年`, `前年`): likewise of a year before last year, whose
 *   figures no table states; `thisYear` (`本年`, `今年`, like this year's year token; not `当年`, which
 *   after a year is that year's): this year's figure; `compare` (`同比`); `up` / `down` / `flat`:
 *   the change words;
 * - `share` (`占`), `ofWhich` (`其中`), `execution` (`执行数`), `none` (`无`), `reason`
 *   (`主要原因是`), `residue` (`待补充`), `purchase` (`购置车辆`), `project` (`项目`), `level`
 *   (`（类）`), `subject` (`科目`), `refer` (`预算`, `安排`: a figure of what the paragraph is about),
 *   `purpose` (`用于`) and `compose` (`主要包括`): what the measure before is made of (its items of
 *   another measure are its categories, not those measures), `respective` (`分别`: figures in the
 *   order of the words before), `actual` (`实际`: after a comparison or last year, the execution:
 *   `比上年实际支出`; a fund or measure before it still qualifies the word after it), `balance`
 *   (`结余`, `结转`, `节约`, `节省`: the figures after it are of a balance or a saving, not of the
 *   measure), `after` (`执行完毕后`: the sentence is about what follows a budget's execution, its figures dated by no year but their
 *   clause's own), `negated` (a fund or measure word after a negating prefix: `非财政拨款` is the
 *   complement of 财政拨款, its clause's figures are of no measure the reader has) and `skip`
 *   (words that contain another word but mean something else: `占用`).
 * @internal
 */
export type Lex =
  | { readonly t: "fund"; readonly fund: Fund; readonly grant?: true }
  | {
      readonly t: "measure";
      readonly subjects: readonly ClaimSubject[];
      readonly afterFund?: boolean;
      readonly fundFree?: boolean;
      readonly atMost?: boolean;
      readonly wholeOnly?: ClaimSubject;
      readonly either?: true;
      readonly ofProjects?: true;
    }
  | { readonly t: "level"; readonly level: "类" | "款" | "项" }
  | {
      readonly t:
        | "lastYear"
        | "earlierYear"
        | "thisYear"
        | "compare"
        | "up"
        | "down"
        | "flat"
        | "share"
        | "ofWhich"
        | "execution"
        | "adjusted"
        | "actual"
        | "balance"
        | "none"
        | "reason"
        | "residue"
        | "purchase"
        | "project"
        | "subject"
        | "refer"
        | "purpose"
        | "compose"
        | "respective"
        | "after"
        | "to"
        | "negated"
        | "skip";
    };

/** A claim's subject. @internal */
export const s = (
  concept: ClaimSubject["concept"],
  coords: ClaimSubject["coords"] = {},
): ClaimSubject => ({
  concept,
  coords,
});
/** A measure word's meaning. @internal */
export const m = (
  subjects: readonly ClaimSubject[],
  flags: {
    afterFund?: boolean;
    fundFree?: boolean;
    atMost?: boolean;
    wholeOnly?: ClaimSubject;
    either?: true;
    ofProjects?: true;
  } = {},
): Lex => ({ t: "measure", subjects, ...flags });
/** Each of `list` with a meaning of no data but its kind. @internal */
export const words = (
  t: Exclude<Lex["t"], "fund" | "measure" | "level">,
  list: readonly string[],
) => list.map((w): readonly [string, Lex] => [w, { t } as Lex]);
/** Each of `list` as a name of `fund`. @internal */
export const funds = (fund: Fund, list: readonly string[]) =>
  list.map((w): readonly [string, Lex] => [w, { t: "fund", fund }]);

/** Each of `heads` followed by each of `tails`. @internal */
export const crossed = (heads: readonly string[], tails: readonly string[]): string[] =>
  heads.flatMap((h) => tails.map((t) => h + t));
