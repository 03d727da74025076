import { listAfter } from "./lists";
import { amountAfter } from "./scan";
import type { FinalNarrative } from "./types";
import { ofThisYear } from "./years";

/** Where `word` is first printed at or after `from` at a place `accept` takes, or -1 (linear). */
function firstAccepted(text: string, word: string, from: number, accept: (k: number) => boolean) {
  let k = text.indexOf(word, from);
  while (k >= 0 && !accept(k)) k = text.indexOf(word, k + word.length);
  return k;
}

/**
 * Reads 六's statement of 财政拨款基本支出 and its 人员经费 and 公用经费 (each with the list of what it
 * `主要包括`), the document's `year`'s, from `q` (its paragraph, the next line joined where 公用经费
 * is printed there). @internal
 */
export function readBasic(
  q: string,
  year: number | undefined,
): NonNullable<FinalNarrative["basic"]> {
  // the document's year's (`2025年度基本支出预算…，其中：人员经费…` is next year's)
  const now = ofThisYear(q, year);
  const basic = amountAfter(q, "财政拨款基本支出", 0, now);
  const personnel = amountAfter(q, "人员经费", 0, now);
  const pub = amountAfter(q, "公用经费", 0, now);
  const personnelAt = firstAccepted(q, "人员经费", 0, now);
  const publicAt = firstAccepted(q, "公用经费", Math.max(personnelAt, 0), now);
  const personnelList = personnelAt < 0 ? undefined : listAfter(q, personnelAt);
  const publicList = publicAt < 0 ? undefined : listAfter(q, publicAt);
  return {
    ...(basic === undefined ? {} : { basic }),
    ...(personnel === undefined ? {} : { personnel }),
    ...(pub === undefined ? {} : { public: pub }),
    // the 人员经费 list is the one printed before 公用经费
    ...(personnelList === undefined ||
    (publicAt >= 0 && q.indexOf("主要包括", personnelAt) > publicAt)
      ? {}
      : { personnelList }),
    ...(publicList === undefined ? {} : { publicList }),
    text: q,
  };
}
