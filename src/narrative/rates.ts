/** Rates in the narrative: shares (`占…%`) and growth rates (`增长…%`, `下降…%`) of its figures. */
import { adrift } from "./asides";
import { comparisonBase, LAST_YEAR_BASE, otherYearBase } from "./comparison-bases";
import { otherRate, rateOfRate } from "./other-rates";
import { balanced, keyOf, leave, type Named, type Reader, span } from "./reader";
import type { NumToken } from "./scan";
import { shareOf } from "./shares";
import { restatesRate, subjectNow } from "./subject";
import { unsure } from "./wholes";

/**
 * Places a rate of the text: a share after 占 (`占92.42%`, or a 分别 list's, matched when its
 * sentence ends), else a growth rate of the change it follows (`增加82.06万元，增长13.68%`: one per
 * change of a 分别 list, in order) or of the measure its clause names; a bound (`10%以上`), a
 * balance's rate or a rate of no change or measure is kept as unplaced. @internal
 */
export function pushPercent(r: Reader, t: NumToken): void {
  const { cl, sent, para, claims } = r;
  const printed = t.raw.replace(/[,，]/gu, "");
  const at = span(r, t.s, t.e);
  const resp = sent.respective;
  // `压减幅度在10%以上`, `降幅接近30%`: a bound or an approximation, not the rate.
  if (t.threshold) {
    leave(r, t, "threshold");
    return;
  }
  if (balanced(r)) {
    sent.balance = true;
    leave(r, t, "balance");
    return;
  }
  // `分别占92.42%、7.58%` / `分别增长5%、8%` (or `，` `,` `；` between): a rate that opens its clause
  // after 分别 is the kin of the one before.
  const listed = resp !== undefined && cl.start === t.s;
  if (resp !== undefined && (cl.share || (listed && resp.shares.length > 0))) {
    // `…分别为682.06万元、287.00万元，其中人员经费630.38万元，占92.42%`: after a figure of its own
    // past the list, which whole a share is of is not certain (the list's last is not it).
    if (resp.owned === true) {
      leave(r, t, "no-base");
      return;
    }
    // `…，分别占92.42%和7.58%`: matched with the sentence's last parts when it ends.
    resp.shares.push(t);
    cl.claimed = true;
    return;
  }
  // `…（含人员经费630.38万元、公用经费51.68万元，占70.38%`: a bracket not closed; of which figure
  // the rate is, is not known.
  if (adrift(r)) {
    leave(r, t, cl.share ? "no-base" : "no-relation");
    return;
  }
  // `占比提高1.2%`, `增幅比上年扩大5.3%`: the change of a share or a rate, neither.
  if (rateOfRate(r, t)) {
    leave(r, t, "no-relation");
    return;
  }
  if (cl.share) {
    cl.claimed = true;
    shareOf(r, t);
    return;
  }
  if (unsure(r)) {
    leave(r, t, "no-base");
    return;
  }
  // `…，主要原因是落实一般性支出压减10%的要求`: a rate within the reason is none of the changes'.
  if (sent.reason && cl.measure === undefined) {
    leave(r, t, "no-relation");
    return;
  }
  const word = cl.change === "up" || cl.change === "down" ? cl.change : undefined;
  const said = word ?? (listed ? resp?.direction : undefined);
  // `（2023年增长5.20%）`, `近三年年均增长8.50%`, `完成压减10%的目标`, `在职人数增长10.00%`: a rate of
  // another year, of several, a target's or of what money does not measure.
  if (said === undefined || otherRate(r, t)) {
    leave(r, t, "no-relation");
    return;
  }
  // `…减少1.00万元，下降13.33%，比2022年下降25.00%`, `比2022年减少2.50万元，下降27.78%`: a rate
  // against a year other than last year is of no figure the tables give, nor of a change the
  // text states (a change against that year is left unplaced too).
  if (word !== undefined && otherYearRate(r)) {
    leave(r, t, "other-year");
    return;
  }
  // `分别增加10万元、20万元，增长5%`: after a 分别 list of changes, as many rates as the changes, or
  // none; a rate past them (`…，增长5%、10%，合计增长8%`: the total's) is of none of them.
  if (
    resp !== undefined &&
    sent.changes.length > 0 &&
    (resp.ahead.percents !== sent.changes.length || resp.growth >= sent.changes.length)
  ) {
    leave(r, t, "no-relation");
    return;
  }
  if (resp !== undefined) resp.direction = said;
  // `增长-10.00%`: a signed rate is a fall of 10.00% (so is `下降-10.00%`, as `减少-10万元` is).
  const negative = printed.startsWith("-");
  const percent = negative ? printed.slice(1) : printed;
  const direction = negative ? "down" : said;
  cl.claimed = true;
  // `…比上年减少1.00万元，主要原因是公务接待费下降28.57%`: a rate whose clause names a measure
  // none of the sentence's changes is of is that measure's, not theirs.
  // `…增加259万元，增长36.53%，其中：一般公共预算拨款808万元，增长13.96%`: a rate right after a
  // figure, with no change since, is that figure's (a part the reader could not place: of none it
  // has), not the last change's, unless the figure is of the change's measure. (`…增加99.00万元，
  // 达到808.00万元，增长13.96%`: a figure of no part, unplaced, is the changed measure's level.)
  const after =
    resp === undefined && cl.measure === undefined && sent.changesAtLast === sent.changes.length;
  if (after && sent.lastLeft && para.ofWhich) {
    leave(r, t, "no-relation");
    return;
  }
  const last = after && sent.lastAmount !== undefined ? claims[sent.lastAmount] : undefined;
  const lastOwn: Named | undefined =
    last?.kind === "amount" &&
    sent.changes.length > 0 &&
    !sent.changes.slice(sent.lastChange).some((d) => {
      const change = claims[d];
      return change?.kind === "change" && keyOf(change.subject) === keyOf(last.subject);
    })
      ? { subjects: [last.subject], atMost: false }
      : undefined;
  const elsewhere =
    lastOwn !== undefined ||
    (resp === undefined &&
      cl.measure !== undefined &&
      !sent.changes.some((d) => {
        const change = claims[d];
        return (
          change?.kind === "change" &&
          cl.measure?.subjects.some((s) => keyOf(s) === keyOf(change.subject)) === true
        );
      }));
  if (sent.changes.length > 0 && !elsewhere) {
    // `分别增长5%和8%`: one rate a change, in order.
    // Else the rate is of the last change printed (`基本支出…增加82.06万元，增长13.68%；项目支出…
    // 增加52.16万元，增长22.21%`), of each of its measures (`收入和支出各增加…，增长…`).
    const changes =
      resp === undefined
        ? sent.changes.slice(sent.lastChange)
        : sent.changes.slice(resp.growth, ++resp.growth);
    for (const d of changes) {
      const change = claims[d];
      if (change?.kind !== "change") continue;
      const k = keyOf(change.subject);
      const current = para.current.get(k) ?? r.latest.get(k);
      claims.push({
        kind: "percent",
        relation: "growth",
        subject: change.subject,
        percent,
        direction,
        delta: d,
        ...(current === undefined ? {} : { current }),
        span: at,
      });
    }
    return;
  }
  // `基本支出和项目支出分别增长5%、8%`: which rate is whose is not guessed without the changes;
  // after a 分别 list, only a measure named in the rate's clause, not one of the list, is its own,
  // or the measure of the figure right before, named after the list (`；项目支出287.00万元，增长…`).
  const named = lastOwn ?? subjectNow(r);
  if (
    named === undefined ||
    named === "unknown-name" ||
    (resp !== undefined &&
      ((named !== cl.measure && named !== resp.after) || resp.list.includes(named)))
  ) {
    leave(r, t, "no-relation");
    return;
  }
  // `比调整后预算增长5%`: against a budget no table states.
  if (sent.againstAdjusted) {
    leave(r, t, "adjusted");
    return;
  }
  const first = claims.length;
  for (const subject of named.subjects) {
    const k = keyOf(subject);
    const previous = sent.againstExecution ? para.execution.get(k) : para.prior.get(k);
    const current = para.current.get(k);
    claims.push({
      kind: "percent",
      relation: "growth",
      subject,
      percent,
      direction,
      ...(previous === undefined ? {} : { previous }),
      ...(current === undefined ? {} : { current }),
      span: at,
    });
  }
  // a rate printed before its change (`增长16.08%（增加135.22万元）`) waits for it
  if (resp === undefined) {
    const base = rateBase(r);
    sent.rated = {
      named,
      first,
      count: claims.length - first,
      end: t.e,
      ...(base === undefined ? {} : { base }),
    };
  }
}

/**
 * What the rate just read is against: its clause's comparison (`比上年预算增长`, `同比增长`), else
 * that of the comparison opening the clause right before (`与2023年预算相比，收支总计各增长…`), else
 * last year's budget when its sentence compared with nothing before it (`增长16.08%`, read against
 * it); else not told (`与2022年相比，…，…增长…`: none). `at`: where the change word is (its
 * clause's, else a `持平`'s). @internal
 */
export function rateBase(r: Reader, at: number | undefined = r.cl.changeAt): string | undefined {
  const { cl, sent } = r;
  const from = cl.comparedFrom;
  if (cl.compare && from !== undefined && at !== undefined && from < at)
    return comparisonBase(r.text.text, from, at, r.year);
  if (!sent.compare) return LAST_YEAR_BASE;
  return !cl.compare && sent.open ? sent.openBase : undefined;
}

/**
 * Ties the growth rates printed right before the changes just read (`claims` from `from` on:
 * `比上年增长16.08%（增加135.22万元）`, `增长16.08%，增加135.22万元`) to them: a rate of the change's
 * measure with no figure between them, and no change nor last year's figure of its own, is that
 * change's (`delta`) when the change (its figure at `at`) prints no comparison of its own
 * (`restatesRate`). @internal
 */
export function rateBefore(r: Reader, from: number, at: number): void {
  const rated = r.sent.rated;
  if (rated === undefined) return;
  delete r.sent.rated;
  if (rated.first + rated.count !== from || !restatesRate(r, rated, at)) return;
  const { claims } = r;
  for (let k = from; k < claims.length; k++) {
    const change = claims[k];
    if (change?.kind !== "change") continue;
    for (let i = rated.first; i < from; i++) {
      const rate = claims[i];
      if (
        rate?.kind === "percent" &&
        rate.delta === undefined &&
        rate.previous === undefined &&
        keyOf(rate.subject) === keyOf(change.subject)
      )
        claims[i] = { ...rate, delta: k };
    }
  }
}

/**
 * Whether the rate just read is against a year other than last year (`otherYearBase`): its
 * comparison names one (`比2022年下降25.00%`, `与2022年相比，…，增长…`), or it names none of its own
 * and the sentence's last change was against one (`比2022年减少2.50万元，下降27.78%`: that change
 * is left unplaced, and so is its rate). No table states that year's figures.
 */
function otherYearRate(r: Reader): boolean {
  const base = rateBase(r);
  return otherYearBase(base) || (base === undefined && otherYearBase(r.sent.changeBase));
}
