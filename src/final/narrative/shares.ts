import { type Amount, sumAmounts } from "../../amount";
import { amountAt, firstOfFrom, percentAt, skipSpaces, skipSpacesBack } from "./scan";
import { namedShareAt, shareFirstAt } from "./share-at";
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
/** The whole that share names. */
const SHARE_WHOLE = "本年支出合计";

/**
 * 五's figure named `财政拨款支出` alone (`2024年度财政拨款支出307.82万元，占本年支出合计的…`): the
 * 一般公共预算's in most texts, every 财政拨款's in some (政府性基金 too), so compared with either.
 */
export const BARE_HEAD = "财政拨款支出";
const BARE_WORDS = GPB_WORDS.map((w) => w.slice("一般公共预算".length));
/** What may end the words before a bare head in its clause: the department (a year: see `afterYear`). */
const BARE_AFTER = ["本部门", "本单位", "部门", "单位"];

/** Whether a year's digits end the text before `at` (`2024年度`, `2024 年`; not `上年度`). */
function afterYear(p: string, at: number): boolean {
  const word = p.endsWith("年度", at) ? 2 : p.endsWith("年", at) ? 1 : 0;
  if (word === 0) return false;
  const d = p[skipSpacesBack(p, at - word) - 1] ?? "";
  return d >= "0" && d <= "9";
}
/** The marks a clause starts after. */
const CLAUSE_STARTS = "，,。；;：:";

/**
 * Where 五's figure is named by the bare head (`BARE_HEAD`) at a place `accept` takes:
 * first in its clause or after a year or the department (not `政府性基金预算财政拨款支出`, `“三公”经费
 * 财政拨款支出`, `财政拨款基本支出`); -1 where none is. One search (linear). @internal
 */
export function bareHeadAt(p: string, accept: (at: number) => boolean = () => true): number {
  for (let k = p.indexOf(BARE_HEAD); k >= 0; k = p.indexOf(BARE_HEAD, k + BARE_HEAD.length)) {
    const before = skipSpacesBack(p, k);
    const opens =
      before === 0 ||
      CLAUSE_STARTS.includes(p[before - 1] ?? "") ||
      afterYear(p, before) ||
      BARE_AFTER.some((w) => p.endsWith(w, before));
    if (opens && accept(k)) return k;
  }
  return -1;
}

/**
 * 五(一): 一般公共预算财政拨款支出's figure and its share of 本年支出合计. The share is its own only
 * when no other figure is printed between them (`…2940.05万元，其中：项目支出603.14万元，占本年支出合计的20.51%`
 * is the share of 项目支出, not read). @internal
 */
export function gpbShare(
  p: string,
  from: number,
  bare = false,
): { amount?: Amount; share?: string } {
  let hit: { amount: Amount; end: number } | undefined;
  if (bare) {
    // the bare head at `from` alone (a later `财政拨款支出` may be another fund's)
    const word = BARE_WORDS.find((w) => p.startsWith(w, from));
    hit = word === undefined ? undefined : amountAt(p, from + word.length);
    const first =
      word === undefined || hit !== undefined ? undefined : shareFirstAt(p, from + word.length);
    if (first !== undefined && first.whole === SHARE_WHOLE)
      return { amount: first.amount, share: first.percent };
  }
  for (
    let k = bare ? -1 : p.indexOf("一般公共预算财政拨款支出", from);
    k >= 0 && hit === undefined;
  ) {
    const word = GPB_WORDS.find((w) => p.startsWith(w, k)) as string;
    hit = amountAt(p, k + word.length);
    // `一般公共预算财政拨款支出占本年支出合计的100.00%，计2940.05万元`: the share first
    const first = hit === undefined ? shareFirstAt(p, k + word.length) : undefined;
    if (first !== undefined && first.whole === SHARE_WHOLE)
      return { amount: first.amount, share: first.percent };
    k = p.indexOf("一般公共预算财政拨款支出", k + 1);
  }
  if (hit === undefined) return {};
  const at = p.indexOf(SHARE_WORD, hit.end);
  const between = at < 0 ? -1 : p.indexOf("万", hit.end);
  const own = at >= 0 && (between < 0 || between > at);
  const share = own ? percentAt(p, at + SHARE_WORD.length)?.percent : undefined;
  return { amount: hit.amount, ...(share === undefined ? {} : { share }) };
}

/**
 * The words that open 五(二)'s list of 类 after 一般公共预算财政拨款支出's figure, as printers word
 * them (`主要用于以下方面：`, `主要用于：`, `按支出功能分类：`); the list is read after the first of them.
 */
const CLASS_LIST_LEADS = [
  "主要用于以下方面",
  "主要用于以下几个方面",
  "主要用于",
  "按支出功能分类",
  "按功能分类",
  "分类情况如下",
  "具体情况如下",
];
/**
 * Leads that open many lists (`其中：`, `具体如下：`): a list of 类 after them is read only where
 * it reads as one (a 类 with its share), and they never end 五(一)'s statement.
 */
const WEAK_LEADS = ["其中", "具体如下"];

/** The first of `words` at or after `from` (-1 where none is printed): one search per word. */
function firstAt(p: string, words: readonly string[], from: number): number {
  let best = -1;
  for (const w of words) {
    const k = p.indexOf(w, from);
    if (k >= 0 && (best < 0 || k < best)) best = k;
  }
  return best;
}

/**
 * Where 五(二)'s list of 类 is led into after `from` (`主要用于以下方面：`, `主要用于：`,
 * `按支出功能分类：`), with `weak` leads (`其中：`) too: -1 where none is printed. @internal
 */
export function classListLead(p: string, from: number, weak: boolean): number {
  return firstAt(p, weak ? [...CLASS_LIST_LEADS, ...WEAK_LEADS] : CLASS_LIST_LEADS, from);
}

/** Whether a paragraph marks any 类 (`（类）`): a list without its lead is read only then. @internal */
export const marksClasses = (p: string): boolean => CLASS_MARKS.some((m) => p.includes(m));

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
/** The words that may stand between a 类's amount and its `占` in a plain list. */
const HOW = [...SEVERAL, ...COMBINED];

/** The words a 类's name ends with where it is printed without `（类）` (`社会保障和就业支出754.75万元`). */
const CLASS_END = "支出";

/**
 * Names ending in `支出` that are no 类 (基本支出 and 项目支出, the kinds of 支出决算表): a list of them
 * is no 五(二)'s.
 */
const NOT_CLASSES = [
  "基本支出",
  "项目支出",
  "人员支出",
  "公用支出",
  "上缴上级支出",
  "经营支出",
  "对附属单位补助支出",
];

type ClassMark = { name: string; nameAt: number; after: number };
/** Where a 类's name ends (its `（类）` or its last word) and where its figures start. */
type Place = { at: number; after: number; marked: boolean };

/**
 * The 类 named after `start`, in order: at their `（类）` marks, and where a name ends in `支出` with
 * its amount right after (`社会保障和就业支出754.75万元`, `…支出为754.75万元`), which may be a 类
 * printed without its mark. Each text is searched once (linear).
 */
function classPlaces(p: string, start: number): Place[] {
  const places: Place[] = [];
  const markFrom = firstOfFrom(p, CLASS_MARKS);
  let hit = markFrom(start);
  for (let k = p.indexOf(CLASS_END, start); k >= 0; k = p.indexOf(CLASS_END, k + 1)) {
    const after = k + CLASS_END.length;
    if (
      (amountAt(p, afterFiller(p, after)) === undefined && shareFirstAt(p, after) === undefined) ||
      NOT_CLASSES.some((w) => p.startsWith(w, after - w.length))
    )
      continue;
    for (; hit !== undefined && hit.at < k; hit = markFrom(hit.at + hit.word.length))
      places.push({ at: hit.at, after: hit.at + hit.word.length, marked: true });
    places.push({ at: after, after, marked: false });
  }
  for (; hit !== undefined; hit = markFrom(hit.at + hit.word.length))
    places.push({ at: hit.at, after: hit.at + hit.word.length, marked: true });
  return places;
}

/** The 类 at these places with their names, back to a name's start, never past the 类 before. */
function classMarks(p: string, start: number, places: readonly Place[]): ClassMark[] {
  const marks: ClassMark[] = [];
  for (const place of places) {
    const floor = marks.at(-1)?.after ?? start;
    let nameAt = place.at;
    while (nameAt > floor && !NAME_STARTS.includes(p[nameAt - 1] ?? "")) nameAt--;
    marks.push({ name: p.slice(nameAt, place.at).trim(), nameAt, after: place.after });
  }
  return marks;
}

/** The position after spaces and a `为` from `i` (`（类）为754.75万元`). */
function afterFiller(p: string, i: number): number {
  const j = skipSpaces(p, i);
  return p.startsWith("为", j) ? j + 1 : j;
}

/** Where a 类's share names its whole, that whole's name holds this (`占本部门一般公共预算财政拨款支出总额的…`). */
const GPB = "一般公共预算";
/** Marks between two 类 of a list (`…万元，占7.74%；卫生健康支出…`, `…万元、住房保障支出…`). */
const LIST_MARKS = "：:；;，,、。和及与";

/**
 * 五(二): each 类 with its amount and share of the whole, after `主要用于以下方面`. A 类 runs from its
 * name to the next 类's; a share after several 类 that says they are combined (`…、住房保障支出（类）
 * 445.69万元，两项合计占17.23%`) is of their sum, named by their names joined with `、`; a 类 with
 * no share of its own and none combined is not read. A share naming its whole (`占…的7.74%`) is read
 * only of 一般公共预算财政拨款支出 (`占本年支出合计的…` is of another whole), and only where no other
 * amount stands between the 类's and it (a 项's share of its 类 after `其中`). A 类 printed without
 * its `（类）` is a name ending in `支出` with its amount right after; such names are read only where
 * the whole list is plain, each 类 its amount and share or a mark before the next
 * (`城乡社区支出3832.36万元，其中：行政运行支出1092.80万元，占28.52%` lists a 类's 项: only the
 * marked 类 are read). Linear: each 类 is read between its marker and the next. @internal
 */
export function classShares(p: string, start: number, whole: Amount): ClassShare[] {
  const places = classPlaces(p, start);
  const all = classMarks(p, start, places);
  // 类 printed without their mark are read only in a plain list; else only the marked ones
  const plain =
    places.every((x) => x.marked) || all.every((m, i) => plainEntry(p, m, all[i + 1]?.nameAt));
  const marks = plain
    ? all
    : classMarks(
        p,
        start,
        places.filter((x) => x.marked),
      );
  return sharesOf(p, marks, whole);
}

/** The shares read of the 类 at `marks` (each running to the next's name). */
function sharesOf(p: string, marks: readonly ClassMark[], whole: Amount): ClassShare[] {
  const out: ClassShare[] = [];
  let pending: { name: string; amount: Amount | undefined }[] = [];
  for (let i = 0; i < marks.length; i++) {
    const m = marks[i] as (typeof marks)[number];
    const end = marks[i + 1]?.nameAt ?? p.length;
    const seg = p.slice(m.after, end);
    const printed = amountAt(seg, afterFiller(seg, 0));
    // `一般公共服务支出（类）占71.65%，计2106.66万元`: the share first, then the amount
    const amount = printed?.amount ?? shareFirstAt(seg, 0)?.amount;
    const share = seg.indexOf("占");
    const read = share < 0 ? undefined : namedShareAt(seg, share + 1);
    const ofGpb = read !== undefined && (read.whole === "" || read.whole.includes(GPB));
    // the share is the 类's own only with no other amount between (`…754.75万元，其中：行政单位
    // 离退休54.53万元，占7.22%` is the 项's share of the 类)
    const between = printed === undefined ? "" : seg.slice(printed.end, share);
    const own = !between.includes("万") && !between.includes("元");
    const percent = ofGpb && own ? read?.percent : undefined;
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
 * Whether a 类 (`m`, running to `end`, the next 类's name) is a plain entry of a list: its amount,
 * its share (`，占7.74%`, `，两项合计占17.23%`: only words saying how between) and the mark before
 * the next 类, or its amount and that mark alone; the last may go on after its sentence's end
 * (`。以上…`). Anything else (`，其中：`, another figure) is a text the list does not read.
 */
function plainEntry(p: string, m: ClassMark, end: number | undefined): boolean {
  const seg = p.slice(m.after, end ?? p.length);
  const printed = amountAt(seg, afterFiller(seg, 0));
  // `一般公共服务支出占71.65%，计2106.66万元`: the share first, then the amount
  const first = printed === undefined ? shareFirstAt(seg, 0) : undefined;
  if (printed === undefined && first === undefined) return false;
  let j = printed?.end ?? first?.end ?? seg.length;
  const share = printed === undefined ? -1 : seg.indexOf("占", j);
  const read = share < 0 ? undefined : namedShareAt(seg, share + 1);
  if (read !== undefined) {
    let rest = "";
    for (let k = j; k < share; k++)
      if (!LIST_MARKS.includes(seg[k] ?? "") && seg[k] !== " ") rest += seg[k];
    for (let n = 0; n < 4 && rest !== ""; n++) {
      const w = HOW.find((x) => rest.startsWith(x));
      if (w === undefined) return false;
      rest = rest.slice(w.length);
    }
    if (rest !== "") return false;
    j = read.end;
  }
  const k = skipSpaces(seg, j);
  if (k >= seg.length) return true;
  if (!LIST_MARKS.includes(seg[k] ?? "")) return false;
  if (end === undefined) return "。；;".includes(seg[k] ?? "");
  return skipSpaces(seg, k + 1) >= seg.length;
}

/** A text without the clause marks that end it. */
function trimEnd(s: string): string {
  let e = s.length;
  while (e > 0 && NAME_STARTS.includes(s[e - 1] ?? "")) e--;
  return s.slice(0, e).trim();
}
