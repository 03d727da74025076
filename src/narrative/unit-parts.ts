/**
 * A unit's share inside the department's figure, named by the unit and no measure of its own
 * (`支出预算400.00万元，其中：某县第一中学110.00万元`, `…其中某县第一中学为110.00万元`): the figure is
 * of the 其中 whole's measure, and the unit's name before it makes it that unit's (`unit-claims.ts`
 * places it on the unit's rows, or leaves it unplaced as `unit-part`). A name that stands for the
 * department itself places nothing: the figure stays without a subject. A lead-in naming the whole
 * and no figure of it (`本部门2025年支出预算中，其中：…`, `2025年支出预算按单位划分，…`) is the whole of
 * the units' figures after it in its sentence, as a 其中 list's figure is.
 */
import type { Named, Reader } from "./reader";
import type { NumToken } from "./scan";
import type { ClaimSubject } from "./types";
import type { UnitMention } from "./units";

/** What may stand between a unit's name and its figure (`为`, `预算`), longest first. */
const CONNECTORS: readonly string[] = [
  "安排预算",
  "安排资金",
  "预算为",
  "预算",
  "安排",
  "为",
  "是",
  "",
];

const isDigit = (ch: string): boolean => ch >= "0" && ch <= "9";
/** What follows a figure spent on a purpose (its unit before it, if the token leaves it out). */
const PURPOSE = /^(?:万元|亿元|元)?[，,]?(?:主要|专门|专项)?用于|^(?:万元|亿元|元)?专项/u;
/** Whether a year (`2025年`) starts at `i`: a name's date, not its figure. */
const yearAt = (c: string, i: number): boolean => /^\d{4}年/u.test(c.slice(i, i + 5));

/**
 * Where the figure right after a name ending at `e` starts (after one of {@link CONNECTORS}), or
 * -1 when no figure follows it there. Bounded look ahead. @internal
 */
export function figureAfter(c: string, e: number): number {
  for (const w of CONNECTORS) {
    const at = e + w.length;
    if (c.startsWith(w, e) && isDigit(c.charAt(at)) && !yearAt(c, at)) return at;
  }
  return -1;
}

/** The units' names by where the figure right after each starts. @internal */
export function figureLed(
  c: string,
  lists: readonly (readonly UnitMention[])[],
): ReadonlyMap<number, UnitMention> {
  const led = new Map<number, UnitMention>();
  for (const list of lists)
    for (const m of list) {
      const at = figureAfter(c, m.e);
      if (at >= 0 && !led.has(at)) led.set(at, m);
    }
  return led;
}

/** What may stand between a label's measure and its colon (`所属单位支出预算情况：`). */
const LABEL_TAILS: readonly string[] = ["", "情况", "安排情况"];

/**
 * Notes the whole of the units' figures a lead-in clause with no figure names, ending at `next`
 * (`ends.ts`; `opens`: it ends as a lead-in does): the one measure right before its `中`
 * (`本部门2025年支出预算中，`), or before a `按单位划分` / `如下：`, else the sentence's last figure
 * (`…400.00万元，按单位划分：`); or a label's (`所属单位支出预算情况：`). Only this year's budget
 * as it is: a lead-in dated last year, of the execution, of a comparison, a balance, several
 * measures or a fund word the measure does not carry places no unit's figure. @internal
 */
export function noteUnitWhole(r: Reader, next: number, opens: boolean): void {
  const { cl, sent } = r;
  const c = r.text.text;
  const m = cl.measure;
  const label =
    !opens &&
    m?.end !== undefined &&
    ":：".includes(c.charAt(next - 1)) &&
    LABEL_TAILS.includes(c.slice(m.end, next - 1));
  if (!opens && !label) return;
  if (r.heading || sent.after || sent.prior || cl.period === "prior" || cl.execution) return;
  if (cl.adjusted || cl.compare || cl.balance || cl.negated || cl.narrowed === true) return;
  if (cl.change !== undefined || cl.none !== undefined || cl.path.length > 0 || cl.pathUnknown)
    return;
  if (m === undefined) {
    // the sentence's one figure (`…400.00万元，基本支出300.00万元，按单位划分：`: of which, not said)
    const one = !sent.lastLeft && cl.fund === undefined && sent.parts.length === 1;
    const last = one ? r.claims[sent.lastAmount ?? -1] : undefined;
    if (last?.kind === "amount" && last.basis === "budget" && last.relation === "equals")
      if (last.period === "current") sent.unitWhole = last.subject;
    return;
  }
  const [whole, more] = m.subjects;
  if (whole === undefined || more !== undefined || m.atMost || m.project !== undefined) return;
  // `2025年基本支出和项目支出中，`: of several measures, each unit's figure is of none of them
  // (the clause's own are the last of `named`: looked at from the end, each of them once)
  const named = sent.named;
  let own = 0;
  for (let i = named.length - 1; i >= 0 && (named[i]?.at ?? -1) >= cl.start; i--) own++;
  if (own !== 1) return;
  if (cl.fund !== undefined && whole.coords.fund !== cl.fund.fund) return;
  // `…支出预算中，`: the measure right before its `中` (not `…安排到各高中，`)
  if (c.charAt(next - 2) === "中" && m.end !== next - 2) return;
  sent.unitWhole = whole;
}

/**
 * What a figure led by a unit's name in a 其中 list is about: the list's whole's measure, when its
 * clause names no measure, 科目 or fund of its own and the name is not the department's. The name
 * is kept to scope the figure. @internal
 */
export function unitPart(r: Reader, t: NumToken): Named | undefined {
  const m = r.led.get(t.s);
  const { cl } = r;
  if (m === undefined || m.ref.kind === "department" || m.s < cl.start) return undefined;
  if (cl.measure !== undefined || cl.path.length > 0 || cl.pathUnknown || cl.fund !== undefined)
    return undefined;
  // a figure the unit spends on a purpose (`某县第一中学30.00万元用于教学楼维修`) is part of its
  // share, not its share
  if (PURPOSE.test(r.text.text.slice(t.e, t.e + 8))) return undefined;
  // the sentence's lead-in's whole (`本部门2025年支出预算中，其中：`), else the 其中 list's figure
  const whole = r.sent.unitWhole ?? headWhole(r);
  if (whole === undefined) return undefined;
  r.ledUsed.push(m);
  return { subjects: [whole], atMost: false, at: m.s, end: m.e };
}

/** The 其中 list's whole, when it is this year's budget as it is. */
function headWhole(r: Reader): ClaimSubject | undefined {
  const { para } = r;
  if (!para.ofWhich || para.head === undefined) return undefined;
  const head = r.claims[para.head];
  return head?.kind === "amount" && head.basis === "budget" && head.relation === "equals"
    ? head.subject
    : undefined;
}

/**
 * The whole of the units' figures on the lines after a paragraph ending at `end`: its lead-in's,
 * when it ends with that lead-in's colon (`…按单位划分：`) or its 其中's (`…400.00万元，其中：`), or
 * the one its lines go on with when it ends with `；`. Not after a heading or a context line.
 * @internal
 */
export function unitsAfter(r: Reader, end: number): ClaimSubject | undefined {
  if (r.heading) return undefined;
  const c = r.text.text;
  const last = c.charAt(end - 1);
  if (last === "；" || last === ";") return r.sent.unitWhole;
  if (last !== "：" && last !== ":") return undefined;
  return r.sent.unitWhole ?? (c.startsWith("其中", end - 3) ? headWhole(r) : undefined);
}

/**
 * Ends the units' list of a lead-in (`Sentence.unitWhole`) at a figure no unit's name leads and
 * that is no change (`2025年支出预算中，基本支出300.00万元，某县第一中学80.00万元`: the school's
 * figure is of no certain whole). @internal
 */
export function endUnitWhole(r: Reader, t: NumToken): void {
  if (r.sent.unitWhole !== undefined && !r.led.has(t.s) && r.cl.change === undefined)
    if (!r.cl.compare) delete r.sent.unitWhole;
}
