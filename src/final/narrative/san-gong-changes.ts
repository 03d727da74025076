import type { Amount } from "../../amount";
import type { SanGongItem } from "../../facts";
import { changeAt, changeIn } from "./changes";
import { BETWEEN, FIGURE_NAMES, SAN_GONG_ITEMS } from "./san-gong-names";
import { firstOf, firstOfFrom, skipWords, startsWord } from "./scan";
import type { FinalNarrative, PrintedChange } from "./types";

type SanGong = NonNullable<FinalNarrative["sanGong"]>;

/** Whether the words before a change only say what it is compared with (`与2023年度相比，`). */
function comparisonOnly(before: string): boolean {
  const b = before.trim();
  return (
    b.length <= 16 &&
    (b.startsWith("与") || b.startsWith("同")) &&
    (b.endsWith("相比，") || b.endsWith("相比,") || b.endsWith("相比"))
  );
}

/**
 * 七: the 三公 total's change against last year (`2024年度“三公”经费财政拨款支出决算数比2023年度减少
 * 0.15万元，下降27.78%`, or `与2023年度相比，减少…` after 七(一)'s sentence), on `current` (七(一)'s
 * outcome as printed): the first sentence from the one naming 三公 whose change is said of 三公 or
 * of nothing but the comparison; not when an item is named before the change (`“三公”经费中，
 * 公务接待费减少…`: the item's). Each sentence is read once. @internal
 */
export function sanGongChange(
  p: string,
  current: Amount | undefined,
  year?: number,
): PrintedChange | undefined {
  const at = p.indexOf("三公");
  if (current === undefined || at < 0) return undefined;
  for (let start = p.lastIndexOf("。", at) + 1; start < p.length; ) {
    const stop = p.indexOf("。", start);
    const end = stop < 0 ? p.length : stop + 1;
    const sentence = p.slice(start, end);
    start = end;
    const moved = firstOf(sentence, ["增加", "减少"]);
    if (moved === undefined) continue;
    const before = sentence.slice(0, moved.at);
    if (FIGURE_NAMES.some(([w]) => before.includes(w))) continue;
    if (!before.includes("三公") && !comparisonOnly(before)) continue;
    const c = changeIn(sentence, "sanGong", current, 0, year);
    if (c !== undefined) return { ...c, text: p };
  }
  return undefined;
}

/** Words that say a paragraph compares with last year (七's changes follow one). */
const COMPARING = ["比", "相比", "同比", "上年", "上一年"];

/**
 * 七: each 三公 item's change against last year printed after the comparison
 * (`…其中：…公务接待费支出决算减少 0.15 万元，下降 27.78%`), on the item's outcome as 七(一)
 * printed it (`outcomes`); an item whose outcome was not read is not. @internal
 */
export function sanGongItemChanges(
  p: string,
  outcomes: SanGong["items"],
  year?: number,
): PrintedChange[] {
  if (firstOf(p, COMPARING) === undefined) return [];
  const next = firstOfFrom(
    p,
    SAN_GONG_ITEMS.map(([w]) => w),
  );
  const hits: { at: number; end: number; item: SanGongItem }[] = [];
  for (let hit = next(0); hit !== undefined; hit = next(hit.at + hit.word.length)) {
    const word = hit.word;
    if (!startsWord(p, hit.at)) continue;
    const item = (SAN_GONG_ITEMS.find(([w]) => w === word) as readonly [string, SanGongItem])[1];
    hits.push({ at: hit.at, end: hit.at + word.length, item });
  }
  const out: PrintedChange[] = [];
  for (let k = 0; k < hits.length; k++) {
    const { end, item } = hits[k] as (typeof hits)[number];
    const current = outcomes.find((o) => o.item === item)?.outcome;
    if (current === undefined) continue;
    // the item's own words: to the next item or its sentence's end (a later sentence's change,
    // `…公务接待费决算为2.00万元。2024年度“三公”经费…比2023年度减少…`, is the total's)
    const sentenceEnd = p.indexOf("。", end);
    const ownEnd = Math.min(
      hits[k + 1]?.at ?? p.length,
      sentenceEnd < 0 ? p.length : sentenceEnd + 1,
    );
    const c =
      changeAt(p, changeStart(p, end), "sanGong", current) ??
      // further on in the item's own words (`公务接待费支出0.39万元，较上年减少…`)
      changeIn(p.slice(end, ownEnd), "sanGong", current, 0, year);
    if (c !== undefined) out.push({ ...c, item, text: p });
  }
  return out;
}

/** Where a change right after an item's name starts: after filler words and a repeated `比上年`. */
function changeStart(p: string, from: number): number {
  let j = skipWords(p, from, BETWEEN, 4);
  // `比上年减少…`, `较2023年度增加…`: the comparison said again between name and change
  if (p.startsWith("比", j) || p.startsWith("较", j) || p.startsWith("同比", j)) {
    const moved = firstOf(p.slice(j, j + 12), ["增加", "减少"]);
    const skipped = moved === undefined ? "" : p.slice(j, j + moved.at);
    if (moved !== undefined && !/[，,；;。：:]/.test(skipped)) j += moved.at;
  }
  return j;
}

/**
 * 七's changes against last year in a paragraph: the total's ({@link sanGongChange}, on `total`)
 * and each item's ({@link sanGongItemChanges}, on `outcomes`). @internal
 */
export function sanGongChanges(
  p: string,
  total: Amount | undefined,
  outcomes: SanGong["items"],
  year?: number,
): PrintedChange[] {
  const c = sanGongChange(p, total, year);
  const items = sanGongItemChanges(p, outcomes, year);
  return c === undefined ? items : [c, ...items];
}
