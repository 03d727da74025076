/**
 * A unit's share inside the department's figure, named by the unit and no measure of its own
 * (`支出预算400.00万元，其中：某县第一中学110.00万元`, `…其中某县第一中学为110.00万元`): the figure is
 * of the 其中 whole's measure, and the unit's name before it makes it that unit's (`unit-claims.ts`
 * places it on the unit's rows, or leaves it unplaced as `unit-part`). A name that stands for the
 * department itself places nothing: the figure stays without a subject.
 */
import type { Named, Reader } from "./reader";
import type { NumToken } from "./scan";
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

/**
 * What a figure led by a unit's name in a 其中 list is about: the list's whole's measure, when its
 * clause names no measure, 科目 or fund of its own and the name is not the department's. The name
 * is kept to scope the figure. @internal
 */
export function unitPart(r: Reader, t: NumToken): Named | undefined {
  const m = r.led.get(t.s);
  const { cl, para } = r;
  if (m === undefined || m.ref.kind === "department" || m.s < cl.start) return undefined;
  if (cl.measure !== undefined || cl.path.length > 0 || cl.pathUnknown || cl.fund !== undefined)
    return undefined;
  if (!para.ofWhich || para.head === undefined) return undefined;
  // a figure the unit spends on a purpose (`某县第一中学30.00万元用于教学楼维修`) is part of its
  // share, not its share
  if (PURPOSE.test(r.text.text.slice(t.e, t.e + 8))) return undefined;
  const head = r.claims[para.head];
  if (head?.kind !== "amount" || head.basis !== "budget" || head.relation !== "equals")
    return undefined;
  r.ledUsed.push(m);
  return { subjects: [head.subject], atMost: false, at: m.s, end: m.e };
}
