/**
 * What the reader knows of the current clause (up to `，` or `；`) and what a figure is about:
 * the reader's per-clause state, apart from ./reader.ts. @internal
 */
import type { Fund } from "../facts";
import type { Except } from "./nones";
import type { PathSegment } from "./paths";
import type { NumToken } from "./scan";
import type { ClaimSubject, PrintedPath } from "./types";

/** What a figure is about: its subjects, whether it is a part of them, the path it was named by. @internal */
export interface Named {
  readonly subjects: readonly ClaimSubject[];
  readonly atMost: boolean;
  /** Named by a none (`…为零`, `未安排`): nothing it can have grown to. */
  readonly none?: true;
  readonly path?: PrintedPath;
  /** Where the measure word that named it starts (`非必要的公务接待费不安排`: what stands before it). */
  readonly at?: number;
  /** Where that word ends (`因公出国（境）费和公务用车购置费均未安排`: what joins it to the next). */
  readonly end?: number;
  /**
   * The project whose printed name the words are exactly (`2024年机关运行经费`), nothing deciding
   * between it and the measure: a figure equal to that project's is of either (none placed).
   */
  readonly project?: string;
  /** The word may name its figure with 上年结转 or without (`收入预算`: `Lex` `either`). */
  readonly either?: true;
}

/** What the reader knows of the current clause (up to `，、；：`). @internal */
export interface Clause {
  start: number;
  measure?: Named;
  /** The clause's fund word; `grant`: it says this year's appropriation (`…当年拨款`). */
  fund?: { fund: Fund; e: number; grant?: true };
  /**
   * `当年` right before the clause's nature of spending, of a fund its 其中 whole or section names
   * (`一般公共预算支出…，其中：…当年项目支出…`): this year's appropriation, as after `…当年拨款`
   * (`qualifiers.ts`).
   */
  thisYear?: true;
  /** Where the last measure word ended: a measure right after another only qualifies it. */
  measureEnd: number;
  change?: "up" | "down" | "flat";
  /** Where the clause's last word of a rise or fall started (`增加`, `减少`). */
  changeAt?: number;
  compare: boolean;
  /** Where the words of a comparison with last year ended (`比上年`, `较2023年`, `同比`). */
  compared?: number;
  /** Where those words start (`比`, `较`, `与`, `同比`): what the comparison is against (`comparison-bases.ts`). */
  comparedFrom?: number;
  /** A word (`预算`, `安排`, `执行数`) that makes a figure without a measure the paragraph's. */
  refer: boolean;
  share: boolean;
  /**
   * The 科目 named by its name alone right before 占 (`一般公共服务支出占65.53%，为635.07万元`): the
   * share's part, whose figure may come after it; set once the share is read.
   */
  sharePath: boolean;
  /** What the share of the clause waits for the figure of (its measure or 科目), carried after `，为`. */
  shareOwner?: Named;
  shareBase?: readonly ClaimSubject[];
  /**
   * Another whole the one named after 占 may be: itself without the fund its `shareBase` took from
   * its 其中 whole or section, or the total a `wholeOnly` word may mean (`支出总额`: 支出总计).
   */
  shareBaseFree?: ClaimSubject;
  execution: boolean;
  /** A word of the budget as adjusted in the year names the clause's figure (`调整后预算`). */
  adjusted: boolean;
  period?: "prior" | "current";
  /**
   * The year dating the clause, or its comparison, is before last year (`2022年为9.00万元`,
   * `比2022年的9.00万元…` in 2024): its figures are of a year no table states, not last year's.
   */
  earlier?: boolean;
  /** A none word and what it is of; `after`: it follows its measure (`因公出国（境）费未安排`). */
  none?: {
    s: number;
    e: number;
    /** The last fund of the none (`无政府性基金预算…`). */
    fund?: Fund;
    /**
     * The funds it is of (`无政府性基金预算和国有资本经营预算`): one array the clause owns, grown as
     * the list goes on.
     */
    funds?: Fund[];
    /** It went on past a `、` from the clause before: only what is joined to it is of it. */
    goesOn?: true;
    /** The `除…外` before the list it goes on (`exceptBefore`), read once for the list. */
    except?: Except | null;
    /** The measures it is of: one array the clause owns, grown as a list goes on. */
    measure?: ClaimSubject[];
    /** Where the measure after the none word starts (`无其他“三公”经费`). */
    at?: number;
    after?: boolean;
  };
  path: PathSegment[];
  pathUnknown: boolean;
  /** The path resolved once (`null`: not resolvable), until a level is added. */
  resolved?: PrintedPath | null;
  threshold?: NumToken;
  /**
   * The claims of the figure a later `增加至` / `减少到` of the clause moves from
   * (`由3.50万元减少至2.50万元`): the figure after the word changes it by their difference.
   */
  movedFrom?: { readonly first: number; readonly count: number };
  claimed: boolean;
  /** `结余`, `结转`, `节约`: the clause's figures after it are of a balance or a saving. */
  balance: boolean;
  /** `非财政拨款`: the clause's figures are of the complement of a fund or measure (none placed). */
  negated: boolean;
  /**
   * A bracket after the clause's measure narrows it or takes a part out (`“三公”经费（其中公务接待费）`,
   * `基本支出（不含公用经费）`): the clause's figures are of a part the reader has no name for.
   */
  narrowed?: true;
  /**
   * The paragraph's 其中 state before a `其中` / `包括` of this clause, and whether a measure was
   * named after it: a clause that only names (`包括人员经费和公用经费；`) lists no parts.
   */
  listed?: {
    /** Where the word ended (`其中`, `含`). */
    at: number;
    head?: number;
    wholes?: readonly number[];
    ofWhich: boolean;
    named: boolean;
    figured: boolean;
  };
}

/** @internal */
export const newClause = (start: number): Clause => ({
  start,
  measureEnd: -1,
  compare: false,
  refer: false,
  share: false,
  sharePath: false,
  execution: false,
  adjusted: false,
  path: [],
  pathUnknown: false,
  claimed: false,
  balance: false,
  negated: false,
});
