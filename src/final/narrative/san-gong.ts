import type { SanGongItem } from "../../facts";
import { rateIn } from "./rates";
import { amountAfter, firstOfFrom } from "./scan";
import type { FinalNarrative } from "./types";

type SanGong = NonNullable<FinalNarrative["sanGong"]>;

/** The 三公 items as printers name them (the longer name first where one starts another). */
const SAN_GONG_ITEMS: readonly (readonly [string, SanGongItem])[] = [
  ["因公出国（境）费", "abroad"],
  ["因公出国(境)费", "abroad"],
  ["公务用车购置及运行维护费", "vehicles"],
  ["公务用车购置及运行费", "vehicles"],
  ["公务接待费", "reception"],
];

/**
 * Where the items after `其中` end: at the bracket that closes the one `其中` opens in
 * (`年初预算为0.95万元（其中：因公出国（境）费0万元、公务接待费0.95万元），支出决算为…`, the items'
 * names' own brackets counted), else at the end of the sentence (one that opens with an item's
 * name goes on).
 */
function itemsEnd(text: string, of: number): number {
  const open = text[of - 1];
  if (open === "（" || open === "(") {
    let depth = 1;
    for (let i = of + 2; i < text.length; i++) {
      const c = text[i];
      if (c === "（" || c === "(") depth++;
      else if (c === "）" || c === ")") depth--;
      if (depth === 0) return i;
    }
    return text.length;
  }
  // a sentence that opens with an item's name goes on with the items
  for (let stop = text.indexOf("。", of); ; stop = text.indexOf("。", stop + 1)) {
    if (stop < 0) return text.length;
    if (!SAN_GONG_ITEMS.some(([w]) => text.startsWith(w, stop + 1))) return stop;
  }
}

/** The items named between `from` and `to`, each with where its name starts and ends, in order. */
function itemsIn(
  text: string,
  from: number,
  to: number,
): { at: number; end: number; item: SanGongItem }[] {
  const next = firstOfFrom(
    text,
    SAN_GONG_ITEMS.map(([w]) => w),
  );
  const out: { at: number; end: number; item: SanGongItem }[] = [];
  for (let hit = next(from); hit !== undefined && hit.at < to; ) {
    const word = hit.word;
    const item = (SAN_GONG_ITEMS.find(([w]) => w === word) as readonly [string, SanGongItem])[1];
    out.push({ at: hit.at, end: hit.at + word.length, item });
    hit = next(hit.at + word.length);
  }
  return out;
}

/**
 * 七: the 三公 budget, outcome and rate, and each item's outcome and rate after `其中`. An item's
 * figures are those between its name and the next item's (commas, `；` or `、` between them);
 * the whole's are read outside the items (a rate after the items is the last item's). @internal
 */
export function readSanGong(text: string): SanGong {
  const of = text.indexOf("其中");
  const end = of < 0 ? of : itemsEnd(text, of);
  const outside = of < 0 ? text : text.slice(0, of) + text.slice(end);
  const budget = amountAfter(outside, "年初预算为");
  const outcome = amountAfter(outside, "支出决算为");
  const rate = rateIn(outside);
  const items: SanGong["items"][number][] = [];
  if (of >= 0) {
    const found = itemsIn(text, of + 2, end);
    for (let k = 0; k < found.length; k++) {
      const f = found[k] as (typeof found)[number];
      const part = text.slice(f.end, found[k + 1]?.at ?? end);
      const amount = amountAfter(part, "决算为");
      const r = rateIn(part);
      items.push({
        item: f.item,
        ...(amount === undefined ? {} : { outcome: amount }),
        ...(r === undefined ? {} : { rate: r }),
      });
    }
  }
  return {
    ...(budget === undefined ? {} : { budget }),
    ...(outcome === undefined ? {} : { outcome }),
    ...(rate === undefined ? {} : { rate }),
    items,
    text,
  };
}
