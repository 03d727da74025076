import { type Amount, sumAmounts } from "../../amount";
import { amountAt, firstOfFrom, numberAt, percentAt, skipSpaces } from "./scan";
import type { FinalNarrative } from "./types";

type ClassShare = FinalNarrative["classShares"][number];

/** The words that name 一般公共预算财政拨款支出's own figure (五(一)), longest first. */
const GPB_WORDS = [
  "一般公共预算财政拨款支出决算为",
  "一般公共预算财政拨款支出决算",
  "一般公共预算财政拨款支出为",
  "一般公共预算财政拨款支出",
];
const SHARE_WORD = "占本年支出合计的";

/**
 * 五(一): 一般公共预算财政拨款支出's figure and its share of 本年支出合计. The share is its own only
 * when no other figure is printed between them (`…2940.05万元，其中：项目支出603.14万元，占本年支出合计的20.51%`
 * is the share of 项目支出, not read). @internal
 */
export function gpbShare(p: string, from: number): { amount?: Amount; share?: string } {
  let hit: { amount: Amount; end: number } | undefined;
  for (let k = p.indexOf("一般公共预算财政拨款支出", from); k >= 0 && hit === undefined; ) {
    const word = GPB_WORDS.find((w) => p.startsWith(w, k)) as string;
    hit = amountAt(p, k + word.length);
    k = p.indexOf("一般公共预算财政拨款支出", k + 1);
  }
  if (hit === undefined) return {};
  const at = p.indexOf(SHARE_WORD, hit.end);
  const between = at < 0 ? -1 : p.indexOf("万", hit.end);
  const own = at >= 0 && (between < 0 || between > at);
  const share = own ? percentAt(p, at + SHARE_WORD.length)?.percent : undefined;
  return { amount: hit.amount, ...(share === undefined ? {} : { share }) };
}

const CLASS_MARKS = ["（类）", "(类)"];
/** Where a 类's name starts: after the last of these before its `（类）`. */
const NAME_STARTS = "：:；;，,、。";
/** Words before `占` that make the share of several 类 together (`两项合计占17.23%`). */
const COMBINED = [
  "合计",
  "共计",
  "共",
  "两项",
  "二项",
  "三项",
  "四项",
  "以上",
  "上述",
  "两者",
  "二者",
];
/** Words before `占` that give several shares at once: not read. */
const SEVERAL = ["分别"];

/**
 * 五(二): each 类 with its amount and share of the whole, after `主要用于以下方面`. A 类 runs from its
 * name to the next 类's; a share after several 类 that says they are combined (`…、住房保障支出（类）
 * 445.69万元，两项合计占17.23%`) is of their sum, named by their names joined with `、`; a 类 with
 * no share of its own and none combined is not read. Linear: each 类 is read between its marker
 * and the next. @internal
 */
export function classShares(p: string, start: number, whole: Amount): ClassShare[] {
  const out: ClassShare[] = [];
  const marks: { name: string; nameAt: number; after: number }[] = [];
  const markFrom = firstOfFrom(p, CLASS_MARKS);
  for (let hit = markFrom(start); hit !== undefined; ) {
    // back to the name's start, never past the 类 before (linear)
    const floor = marks.at(-1)?.after ?? start;
    let nameAt = hit.at;
    while (nameAt > floor && !NAME_STARTS.includes(p[nameAt - 1] ?? "")) nameAt--;
    marks.push({ name: p.slice(nameAt, hit.at).trim(), nameAt, after: hit.at + hit.word.length });
    hit = markFrom(hit.at + hit.word.length);
  }
  let pending: { name: string; amount: Amount | undefined }[] = [];
  for (let i = 0; i < marks.length; i++) {
    const m = marks[i] as (typeof marks)[number];
    const end = marks[i + 1]?.nameAt ?? p.length;
    const seg = p.slice(m.after, end);
    const amount = amountAt(seg, 0)?.amount;
    const share = seg.indexOf("占");
    const percent = share < 0 ? undefined : shareAt(seg, share + 1);
    if (percent === undefined) {
      pending.push({ name: m.name, amount });
      continue;
    }
    const before = seg.slice(0, share);
    const combined = COMBINED.some((w) => before.includes(w));
    const parts = combined ? [...pending, { name: m.name, amount }] : [{ name: m.name, amount }];
    pending = [];
    if (SEVERAL.some((w) => before.includes(w))) continue;
    const amounts = parts.map((x) => x.amount);
    const known = amounts.filter((a): a is Amount => a !== undefined);
    out.push({
      name: parts.map((x) => x.name).join("、"),
      ...(known.length === amounts.length ? { amount: sumAmounts(known) } : {}),
      percent,
      whole,
      text: trimEnd(p.slice(marks[i - parts.length + 1]?.nameAt ?? m.nameAt, end)),
    });
  }
  return out;
}

/**
 * The percentage after `占` at `i`: `占17.23%`, `占比17.23%`, `所占比重为17.23%`, `占百分之17.23`,
 * `占…的17.23%` (a short whole named), `占…的比重为17.23%`. @internal
 */
export function shareAt(seg: string, i: number): string | undefined {
  let j = i;
  for (const w of SHARE_NOUNS) if (seg.startsWith(w, j)) j += w.length;
  const of = seg.indexOf("的", j);
  if (percentOrWordsAt(seg, j) === undefined && of > j && of - j <= 20) j = of + 1;
  for (const w of SHARE_NOUNS) if (seg.startsWith(w, j)) j += w.length;
  return percentOrWordsAt(seg, j);
}

/** Words between `占` (or `…的`) and the percentage: `占比`, `所占比重为`, `比例为`. */
const SHARE_NOUNS = ["比重", "比例", "比", "为", "是"];

/** A percentage printed at `j`: `71.65%` or `百分之71.65`. */
function percentOrWordsAt(seg: string, j: number): string | undefined {
  const k = skipSpaces(seg, j);
  if (seg.startsWith("百分之", k)) return numberAt(seg, k + 3)?.digits;
  return percentAt(seg, k)?.percent;
}

/** A text without the clause marks that end it. */
function trimEnd(s: string): string {
  let e = s.length;
  while (e > 0 && NAME_STARTS.includes(s[e - 1] ?? "")) e--;
  return s.slice(0, e).trim();
}
