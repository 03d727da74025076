import type { Amount } from "../../amount";
import { readBasic } from "./basic";
import { changeIn } from "./changes";
import { classList, inFive, sharesTotal } from "./class-list";
import { addReadFigures, type ParagraphReads } from "./coverage";
import { opensExecution, opensItem, opensOther, readExecution } from "./execution-statement";
import { fundPaths } from "./fund-paths";
import { namesGovFund, readGovFund } from "./gov-fund";
import { closes, readItem } from "./items";
import { type Paragraphs, paragraphsOf } from "./paragraphs";
import { readParts, splitKindOf, wholeAt, yearsWhole } from "./parts";
import {
  partTotal,
  passedOver,
  procurementTotal,
  readProcurement,
  statesProcurement,
} from "./procurement";
import { opensSanGong, readSanGong } from "./san-gong";
import { sanGongChanges } from "./san-gong-changes";
import { readSanGongFigures } from "./san-gong-figures";
import { amountAfterWords, isSection, listNumber, sectionNumber } from "./scan";
import { bareHeadAt, classListLead, classShares, gpbShare, marksClasses } from "./shares";
import { partStatements } from "./subject";
import { readTotal, totalOf } from "./totals";
import type { BudgetItem, FinalNarrative, PrintedChange, ProcurementTotal } from "./types";
import { earlierYearOnly, notEarlier } from "./years";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Reads a 部门决算 情况说明 (one paragraph a line): the figures its standard sentences state, in
 * linear time. It never guesses: a sentence it does not recognise, or a figure printed out of
 * its place, is simply absent from the result.
 *
 * @param text - the 情况说明, one paragraph per line
 * @param year - the document's year (its `meta.year`): a figure printed under another year
 *   (`2025年度预算…`, `2023年度…`) is not read as this year's. Without it, each paragraph's latest
 *   printed year is taken for this year.
 *
 * @example
 * ```ts
 * import { readFinalNarrative } from "yusuan/final";
 * const r = readFinalNarrative(
 *   "一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%。",
 * );
 * [r.execution?.initial?.value, r.execution?.outcome?.value, r.execution?.rate]; // ["2993.92", "2940.05", { percent: "98.20", base: "initial" }]
 * ```
 */
export function readFinalNarrative(text: string, year?: number): FinalNarrative {
  return readFinalText(text, year).narrative;
}

/**
 * {@link readFinalNarrative}, with the figures read, by line, for the report's coverage. Given
 * the text sections apart, no paragraph is joined across two of them. Given the document's `year`,
 * a paragraph of an earlier year's figures only is not read. @internal
 */
export function readFinalText(
  text: string | readonly Paragraphs[],
  year?: number,
): {
  narrative: FinalNarrative;
  reads: ParagraphReads;
} {
  // each section's paragraphs, its wrapped lines joined (never across sections)
  const sections = typeof text === "string" ? [paragraphsOf(text.split("\n"))] : text;
  const paragraphs = sections.flatMap((section) => section.texts);
  // what was read, by paragraph (the coverage counts figures paragraph by paragraph)
  const reads: Set<string>[] = [];
  /** Paragraphs `from` to `to` were read, and these parts read from them. */
  const mark = (from: number, to: number, ...parts: unknown[]) => {
    // the parts are walked once; the paragraphs of one statement share their figures
    const read = reads[from] ?? new Set<string>();
    addReadFigures(parts, read);
    for (let k = from; k <= to; k++) {
      const had = reads[k];
      if (had === undefined) reads[k] = read;
      else if (had !== read) for (const v of read) had.add(v);
    }
  };
  const sanGongItems: FinalNarrative["sanGongItems"][number][] = [];
  const items: BudgetItem[] = [];
  const changes: PrintedChange[] = [];
  const shares: FinalNarrative["classShares"][number][] = [];
  const out: Mutable<FinalNarrative> = { classShares: shares, items, changes, sanGongItems };
  const procurementTotals: ProcurementTotal[] = [];
  /** The statement of the department's 政府采购 total first read (the names of later ones against it). */
  let ownProcurement: ProcurementTotal | undefined;
  /** The list numbered 项 go to: 五(三)'s (`items`) or 八's (the 政府性基金's), while one is open. */
  let itemsTo: BudgetItem[] | undefined;
  const fundItems: BudgetItem[] = [];
  // whose figure each statement gives: the department's own, or a part's (a unit's, 本级's)
  const partAt = partStatements();
  /** The top-level section the paragraph is in (七 is 7), 0 before any. */
  let top = 0;
  /** Whether the paragraph is in 八 (the 政府性基金's section). */
  let govFundSection = false;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] ?? "";
    const section = sectionNumber(p);
    // any section heading ends 五(三) (八's numbered 项 are the 政府性基金's, never its) and 八
    if (section !== undefined && section > 0) itemsTo = undefined;
    if (section !== undefined && section > 0) {
      top = section;
      // 八 (or the section its heading names so): 四 names the fund among the others, no 八
      govFundSection = section === 8 || namesGovFund(p);
    }
    const n = listNumber(p);
    // a numbered paragraph opening another section's statement ends 五(三) (`1.“三公”经费…`)
    if (itemsTo !== undefined && n !== undefined && opensOther(p)) itemsTo = undefined;
    if (itemsTo !== undefined && n !== undefined) {
      // an item runs on over the paragraphs that open no new item or section (a sub-point
      // `（1）基本支出…` without a 项 path is the item's own)
      let body = p;
      const first = i;
      while (i + 1 < paragraphs.length) {
        const next = paragraphs[i + 1] ?? "";
        if (opensItem(next) || isSection(next) || closes(next, 0) || opensOther(next)) break;
        body += next;
        i++;
      }
      const item = readItem(n, body, year);
      if (item !== undefined) itemsTo.push(item);
      mark(first, i, item);
      continue;
    }
    // a paragraph of last year's figures only (`2023年度收入支出总计3052.34万元。`): not this year's
    if (earlierYearOnly(p, year)) continue;
    const gpbAt = p.indexOf("一般公共预算财政拨款支出");
    // 五's figure named `财政拨款支出` alone (in 五 only): read as its, compared with either fund's
    // (first: `财政拨款支出X万元，占…。与2023年度相比，一般公共预算财政拨款支出增加…` is its)
    const bare = inFive(top) ? bareHeadAt(p, notEarlier(p, year)) : -1;
    const bareAt = bare >= 0 && (gpbAt < 0 || bare < gpbAt) ? bare : -1;
    const headAt = bareAt >= 0 ? bareAt : gpbAt;
    const named = bareAt >= 0 ? ({ named: "government" } as const) : {};
    // 五(二)'s list, where no statement before it in this chain reads the paragraph
    const listed =
      headAt >= 0 && !sharesTotal(p)
        ? classList(p, headAt, top, bareAt >= 0)?.map((s) => ({ ...s, ...named }))
        : undefined;
    const totalKind = totalOf(p);
    if (totalKind !== undefined) {
      const { total, change, sides, at } = readTotal(p, totalKind, year);
      // a part's (a unit's, 本级's) total: read, and none of the department's
      if (partAt(totalKind, p, at)) {
        mark(i, i, total, sides);
        continue;
      }
      if (total !== undefined) out[totalKind] = total.amount;
      if (sides !== undefined)
        out[totalKind === "total" ? "totalSides" : "fiscalTotalSides"] = sides;
      if (change !== undefined) changes.push(change);
      mark(i, i, total, change, sides);
    } else if (headAt >= 0 && sharesTotal(p)) {
      const { amount, share } = gpbShare(p, headAt, bareAt >= 0);
      // a part's (a unit's) figure and share: of its own 本年支出合计, none of the department's
      if (partAt("gpb", p, headAt)) {
        mark(i, i, amount, share);
        continue;
      }
      out.gpb = {
        ...(amount === undefined ? {} : { amount }),
        ...(share === undefined ? {} : { share }),
        ...named,
        text: p,
      };
      const c = changeIn(p, "gpb", amount, p.indexOf("占本年支出合计的"), year);
      if (c !== undefined) changes.push(c);
      // 五(二)'s list run into the same paragraph (`…占本年支出合计的99.87%，其中：…（类）…`)
      const lead = amount === undefined || !inFive(top) ? -1 : classListLead(p, headAt, true);
      const read = (lead < 0 ? [] : classShares(p, lead, amount as Amount)).map((s) => ({
        ...s,
        ...named,
      }));
      shares.push(...read);
      mark(i, i, out.gpb, c, read);
    } else if (listed !== undefined) {
      shares.push(...listed);
      mark(i, i, listed);
    } else if (gpbAt >= 0 && opensExecution(p, top)) {
      out.execution = readExecution(p, year);
      mark(i, i, out.execution);
      itemsTo = items;
    } else if (p.includes("财政拨款基本支出") && p.includes("人员经费")) {
      // 公用经费 printed on the next line (`…人员经费…；` then `公用经费…`) is the same statement
      const first = i;
      let q = p;
      const next = paragraphs[i + 1] ?? "";
      if (!p.includes("公用经费") && next.startsWith("公用经费")) {
        q = `${p}${next}`;
        i++;
      }
      out.basic = readBasic(q, year);
      mark(first, i, out.basic);
    } else if (
      p.includes("经费财政拨款支出年初预算为") ||
      opensSanGong(p, out.sanGong !== undefined, year)
    ) {
      out.sanGong = readSanGong(p, year);
      // 七 begins (its numbered items are not 五(三)'s, heading or not)
      top = 7;
      itemsTo = undefined;
      // a change against last year in the same paragraph (`…完成预算的13.68%。与2023年度相比，减少…`)
      const moved = sanGongChanges(p, out.sanGong.outcome, out.sanGong.items, year);
      changes.push(...moved);
      mark(i, i, out.sanGong, moved);
    } else if (p.includes("机关运行经费支出")) {
      // this year's (`与2023年度机关运行经费支出182.10万元相比，2024年度…` prints last year's first)
      const cost = amountAfterWords(p, ["机关运行经费支出"], 0, notEarlier(p, year));
      if (cost !== undefined) out.operatingCost = cost.amount;
      const c = changeIn(p, "operatingCost", cost?.amount, cost?.at ?? 0, year);
      if (c !== undefined) changes.push(c);
      mark(i, i, cost?.amount, c);
    } else if (statesProcurement(p)) {
      // the 中小企业 paragraph after it, empty lines between passed over (a page's furniture, its
      // number and running header with blank lines around them, is as many empty lines); each
      // empty line is passed over once, by the one statement before it: linear
      // (and a part's total printed between, `其中，下属单位政府采购支出总额…`, a unit's: it hides none
      // of it; a part's paragraph looks for none, so each is passed over by one statement: linear)
      const stated = procurementTotal(p, year);
      if (stated !== undefined) procurementTotals.push(stated);
      // a part's total after the department's (`其中本级…`, a unit's) replaces none of it
      const part =
        stated !== undefined && ownProcurement !== undefined && partTotal(stated, ownProcurement);
      if (part) mark(i, i, stated);
      let k = i + 1;
      const own = ownProcurement ?? stated;
      while (!part && k < paragraphs.length && passedOver(paragraphs[k] ?? "", own, year)) k++;
      const next = paragraphs[k] ?? "";
      const procurement = part ? undefined : readProcurement(p, next, year);
      if (procurement !== undefined) {
        ownProcurement ??= stated;
        out.procurement = procurement;
        mark(i, next.includes("中小企业") ? k : i, procurement);
      }
    } else if (top === 7 || p.includes("三公")) {
      const figures = readSanGongFigures(p);
      sanGongItems.push(...figures);
      // 七 goes on to the next heading (its items may be numbered without it: `1.因公出国（境）费…`)
      if (figures.length > 0) top = 7;
      // an item's change is on its outcome in this paragraph, else in 七(一)
      const moved = sanGongChanges(
        p,
        out.sanGong?.outcome,
        [...figures, ...(out.sanGong?.items ?? [])],
        year,
      );
      changes.push(...moved);
      mark(i, i, figures, moved);
    } else if (top === 5 && out.gpb?.amount !== undefined && marksClasses(p)) {
      // 五(二)'s list printed without its lead, 五(一)'s figure its whole: read where 类 with their
      // shares are printed (else coverage)
      const whole = out.gpb.named;
      const read = classShares(p, 0, out.gpb.amount).map((s) =>
        whole === undefined ? s : { ...s, named: whole },
      );
      shares.push(...read);
      if (read.length > 0) mark(i, i, read);
    } else {
      const kind = splitKindOf(p, top, year);
      if (kind === undefined) {
        // 八: 政府性基金预算财政拨款收入 / 支出 (the first paragraph of its section stating them)
        const fund =
          govFundSection && namesGovFund(p) && out.govFund === undefined
            ? readGovFund(p, year)
            : undefined;
        if (fund !== undefined) {
          out.govFund = { ...fund, items: fundItems };
          // the 项 its 支出 went to, each with its figure, in the same paragraph
          const paths = fundPaths(p);
          fundItems.push(...paths);
          mark(i, i, fund, paths);
          // its 项 follow, numbered as 五(三)'s
          itemsTo = fundItems;
        }
        continue;
      }
      // a statement wrapped over lines (`…占55.10%；` then `项目支出…`) runs to its `。`
      const first = i;
      const pieces = [p];
      while (!(paragraphs[i] ?? "").endsWith("。") && i + 1 < paragraphs.length) {
        const next = paragraphs[i + 1] ?? "";
        if (
          isSection(next) ||
          listNumber(next) !== undefined ||
          splitKindOf(next, top, year) !== undefined
        )
          break;
        pieces.push(next);
        i++;
      }
      const text = pieces.join("");
      const parts = readParts(text, kind, top, year);
      // a part's (a unit's) whole and its parts are its own, never the department's
      const at = wholeAt(text, kind, top, year);
      const own = parts !== undefined && !partAt(kind, text, at);
      // (a bare 合计 not told the year's is left unread: a gap of the coverage)
      const years = own && yearsWhole(parts, text, at, out.total);
      if (years && out[kind] === undefined) out[kind] = parts;
      mark(first, i, own && !years ? undefined : parts);
    }
  }
  if (procurementTotals.length > 0) out.procurementTotals = procurementTotals;
  return { narrative: out, reads };
}
