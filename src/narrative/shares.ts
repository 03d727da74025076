import { keyOf, leave, periodNow, type Reader, span } from "./reader";
import type { NumToken } from "./scan";
import type { AmountClaim, ClaimSubject } from "./types";
import { holdsSubject, impliedWhole } from "./wholes";

/**
 * A share with `part` as its part: of the measure named after 占, else of the 其中 whole, else of
 * the whole printed right before its parts (`支出合计…，基本支出…，占…`). `free` is the named whole
 * without the fund it took from its 其中 whole or section (the whole of every fund may be meant). @internal
 */
export function pushShare(
  r: Reader,
  t: NumToken,
  part: number | undefined,
  named: readonly ClaimSubject[] | undefined = r.cl.shareBase,
  free: ClaimSubject | undefined = named === r.cl.shareBase ? r.cl.shareBaseFree : undefined,
): void {
  const { para } = r;
  const base = named?.[0];
  const baseKey = base === undefined ? undefined : keyOf(base);
  const partClaim = part === undefined ? undefined : r.claims[part];
  const whole =
    partClaim?.kind !== "amount"
      ? undefined
      : baseKey !== undefined
        ? (para.current.get(baseKey) ?? r.latest.get(baseKey))
        : para.ofWhich
          ? para.shared === true
            ? undefined
            : para.head
          : impliedWhole(r, partClaim);
  // `基本支出682.06万元，占本年支出合计的70.38%` with no figure of 支出合计 in the text: the whole
  // is named (one measure: `收支` names two), its figure is the tables'.
  // `一般公共预算支出按功能分类，一般公共服务支出635.07万元，占65.53%`: the whole its lead-in
  // names, when it holds the part (its figure printed in the paragraph, else the tables').
  const lead =
    base === undefined && whole === undefined && !para.ofWhich && partClaim?.kind === "amount"
      ? leadIn(r, partClaim)
      : undefined;
  const of =
    whole !== undefined ? { whole } : base !== undefined && named?.length === 1 ? { base } : lead;
  // `涉及项目预算资金4,222.51万元，占项目支出的95.37%`: a part read as the whole itself (a part the
  // reader has no name for, at most the whole's) is of no share it can recompute.
  const itself =
    partClaim?.kind === "amount" &&
    (whole === part || (baseKey !== undefined && baseKey === keyOf(partClaim.subject)));
  if (part === undefined || partClaim?.kind !== "amount" || of === undefined || itself) {
    leave(r, t, "no-base");
    return;
  }
  // `其中：基本支出…，占本年支出合计的62.81%；项目支出…，占20.66%`: a share naming no whole, of
  // the whole an earlier share of the paragraph named without its fund, may be of every fund's too.
  const shareFree = para.shareFree;
  const also =
    free ?? (base === undefined && shareFree?.whole === whole ? shareFree?.free : undefined);
  if (free !== undefined && whole !== undefined) para.shareFree = { whole, free };
  r.claims.push({
    kind: "percent",
    relation: "share",
    subject: partClaim.subject,
    percent: t.raw.replace(/[,，]/gu, ""),
    part,
    ...of,
    ...(also === undefined ? {} : { alsoBase: also }),
    span: span(r, t.s, t.e),
  });
}

/** The whole of a lead-in clause (`…按功能分类，`) that holds `part`: its figure, or its name. */
function leadIn(
  r: Reader,
  part: AmountClaim,
): { whole: number } | { base: ClaimSubject } | undefined {
  const w = r.sent.whole;
  if (w === undefined || !holdsSubject(w, part.subject)) return undefined;
  const seen = part.period === "prior" ? r.para.prior : r.para.current;
  const i = part.basis === "execution" ? r.para.execution.get(keyOf(w)) : seen.get(keyOf(w));
  return i !== undefined ? { whole: i } : part.period === "current" ? { base: w } : undefined;
}

/**
 * A share in the clause of 占: of the measure named right before 占 when its clause names one
 * (`…基本支出682.06万元，项目支出287.00万元，基本支出占比70.38%`: 基本支出's figure, not the
 * sentence's last), placed once that figure is read when it comes after (`基本支出占70.38%，为
 * 682.06万元`); else of the sentence's last figure (after a figure left unplaced, of none). @internal
 */
export function shareOf(r: Reader, t: NumToken): void {
  const { cl, sent, para } = r;
  // `一般公共服务支出占65.53%`: the 科目 named before 占, as its figure would name it
  const named = cl.sharePath ? cl.shareOwner : cl.measure;
  const subject = named?.subjects.length === 1 ? named.subjects[0] : undefined;
  if (
    named === undefined ||
    subject === undefined ||
    (!cl.sharePath && (cl.path.length > 0 || cl.pathUnknown))
  ) {
    const last = sent.lastLeft ? undefined : sent.lastAmount;
    pushShare(r, t, otherYear(r, last) ? undefined : last);
    return;
  }
  const key = keyOf(subject);
  const prior = periodNow(r) === "prior";
  const seen = cl.execution ? para.execution : prior ? para.prior : para.current;
  const part = seen.get(key);
  if (part !== undefined) pushShare(r, t, part);
  // `基本支出占比70.38%（上年为68.00%）`: last year's share waits for no figure of this year's
  else if (sent.waiting === undefined && !prior) {
    const { shareBase: base, shareBaseFree: free } = cl;
    sent.waiting = {
      t,
      key,
      ...(base === undefined ? {} : { base }),
      ...(free === undefined ? {} : { free }),
    };
    cl.shareOwner = named;
  } else leave(r, t, "no-base");
}

/**
 * Whether the share's clause (or aside) is dated another year than the figure `part` it would be
 * of: `占70.38%（上年为68.00%）`, `（2023年为68.00%）`, `，上年占比68.00%` after this year's
 * 682.06万元 are last year's shares, of last year's part and whole (neither printed). A clause of no
 * year of its own is of its figure's year (`2023年基本支出600.00万元，占比68.00%`). @internal
 */
function otherYear(r: Reader, part: number | undefined): boolean {
  const said = r.cl.period ?? (r.sent.prior ? "prior" : undefined);
  const c = part === undefined ? undefined : r.claims[part];
  return said !== undefined && c?.kind === "amount" && c.period !== said;
}

/** The amount claim `i` was just placed: a share waiting for its measure's figure takes it. @internal */
export function waitedFor(r: Reader, i: number): void {
  const waiting = r.sent.waiting;
  const c = r.claims[i];
  if (waiting === undefined || c?.kind !== "amount" || keyOf(c.subject) !== waiting.key) return;
  delete r.sent.waiting;
  // of the whole named after 占 in the share's clause, if any
  pushShare(r, waiting.t, i, waiting.base, waiting.free);
}

/** The sentence ends: a share still waiting for its measure's figure has no part. @internal */
export function endShares(r: Reader): void {
  const waiting = r.sent.waiting;
  if (waiting === undefined) return;
  delete r.sent.waiting;
  leave(r, waiting.t, "no-base");
}
