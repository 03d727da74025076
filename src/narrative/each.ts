// `各` / `均`: a figure or a change of each of several measures the clause or sentence lists.
import { joinedBefore, plainGap } from "./nones";
import { keyOf, type Reader } from "./reader";
import { otherReading } from "./readings";
import type { NumToken } from "./scan";
import type { subjectNow } from "./subject";
import type { ClaimSubject } from "./types";

/**
 * `因公出国（境）费、公务用车购置费均为0`, `收入预算和支出预算均为969.06万元`: a figure after a list
 * of measures joined to the clause's and a plain gap with `均` is the figure of each of them.
 * @internal
 */
export function eachNamed(
  r: Reader,
  t: NumToken,
  named: ReturnType<typeof subjectNow>,
): ReturnType<typeof subjectNow> {
  const { cl } = r;
  if (named === undefined || named !== cl.measure || cl.change !== undefined || cl.compare)
    return named;
  const c = r.text.text;
  if (!plainGap(c, cl.measureEnd, t.s) || !c.slice(cl.measureEnd, t.s).includes("均")) return named;
  const list = joinedBefore(r, named, true);
  if (list.length < 2 || list.some((m) => m.atMost)) return named;
  // `收入预算和支出预算均为…`: 收入预算 may be read with 上年结转 or without, unless a measure of
  // the list says which of a total it is (`收入总计和收入预算均为…`)
  const either =
    list.some((m) => m.either === true) &&
    list.every((m) => m.either === true || m.subjects.every((s) => otherReading(s) === undefined));
  return {
    subjects: list.flatMap((m) => m.subjects),
    atMost: false,
    ...(either ? { either: true as const } : {}),
  };
}

/** How far before a change's figure its `各` / `均` is looked for (`，与2023年相比均增加`). */
const EACH_SPAN = 14;
/**
 * What follows `各` / `均` as an adverb of a change (`各增加`, `均比上年减少`, `均较…`, `均与…`,
 * `均为`, `均有所增加`): else it begins a word (`各项`, `各类`, `各单位`, `均衡`, `均匀`).
 */
const EACH_NEXT = [
  "比",
  "较",
  "与",
  "同比",
  "增",
  "减",
  "下降",
  "上升",
  "上涨",
  "持平",
  "为",
  "有所",
  "有增",
  "有减",
];
/**
 * Characters that make a word with `均` after them (`人均`, `平均`, `户均`, `日均`, `月均`, `生均`,
 * `亩均`, `次均`, `村均`, `县均`, `校均`, `年均`): a rate per head or an average, no adverb. `年` only when no date is
 * before it (`比上年均增加`, `2023年均…` are a year and the adverb).
 */
const AVERAGE = "人平户日月周季生亩次场床车件村县乡镇校班";
const DATED = "上去前本今0123456789";

/** Whether a standalone `各` / `均` stands between `from` and `to`. A bounded look. */
function eachAdverb(c: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const ch = c.charAt(i);
    if (ch !== "各" && ch !== "均") continue;
    if (!EACH_NEXT.some((w) => c.startsWith(w, i + 1))) continue;
    const prev = c.charAt(i - 1);
    if (ch === "均" && AVERAGE.includes(prev)) continue;
    if (ch === "均" && prev === "年" && !DATED.includes(c.charAt(i - 2))) continue;
    return true;
  }
  return false;
}

/**
 * `收入总计969.06万元，支出总计969.06万元，比上年各增加134.22万元`: a change of no measure of its own
 * with `各` / `均` before it is of each figure of this year its sentence listed since its last
 * change or `；` (at least two), not of the last alone. @internal
 */
export function eachChanged(r: Reader, t: NumToken): ClaimSubject[] | undefined {
  const { cl, sent } = r;
  if (cl.measure !== undefined || cl.path.length > 0 || cl.pathUnknown) return undefined;
  if (!eachAdverb(r.text.text, Math.max(cl.start, t.s - EACH_SPAN), t.s)) return undefined;
  const seen = new Set<string>();
  const subjects: ClaimSubject[] = [];
  const from = sent.flatFrom;
  // each figure is read by one `各` at most (no rescan for the next change of the clause)
  sent.flatFrom = sent.parts.length;
  for (const i of sent.parts.slice(from)) {
    const c = r.claims[i];
    if (c?.kind !== "amount" || c.period !== "current" || c.basis !== "budget") continue;
    const k = keyOf(c.subject);
    if (seen.has(k)) continue;
    seen.add(k);
    subjects.push(c.subject);
  }
  return subjects.length >= 2 ? subjects : undefined;
}
