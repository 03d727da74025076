import { type Amount, compareAmounts } from "../../amount";
import type { Coordinates } from "../../facts";
import {
  amountAfterWords,
  amountAt,
  comparedFrom,
  firstOfFrom,
  namedAt,
  percentAt,
  skipSpaces,
  skipSpacesBack,
  startsWord,
} from "./scan";
import { shareAt, shareFirstAt } from "./share-at";
import type { PrintedParts } from "./types";
import { ofThisYear } from "./years";

/** A part of 本年收入合计 or 本年支出合计 as printers name it, and where the tables hold it. */
interface PartName {
  readonly name: string;
  readonly coords: Coordinates;
}

/**
 * 二 and 三 of a 决算 情况说明: the whole's names and its parts' (each with its coordinates in the
 * 收入决算表 / 支出决算表). Longer names first where one contains another (`一般公共预算财政拨款收入`
 * before `财政拨款收入`): the first printed wins, and a longer name starts earlier. @internal
 */
export const SPLITS: Readonly<
  Record<
    "revenue" | "spending",
    { readonly whole: readonly string[]; readonly parts: readonly PartName[] }
  >
> = {
  revenue: {
    whole: ["本年收入合计", "本年收入决算合计", "本年收入", "收入合计", "收入决算合计"],
    parts: [
      { name: "一般公共预算财政拨款收入", coords: { fund: "gpb" } },
      { name: "政府性基金预算财政拨款收入", coords: { fund: "govFund" } },
      { name: "国有资本经营预算财政拨款收入", coords: { fund: "soe" } },
      { name: "财政拨款收入", coords: { fund: "government" } },
      { name: "上级补助收入", coords: { fund: "superior" } },
      { name: "事业收入", coords: { fund: "business" } },
      { name: "经营收入", coords: { fund: "operating" } },
      { name: "附属单位上缴收入", coords: { fund: "affiliated" } },
      { name: "其他收入", coords: { fund: "other" } },
    ],
  },
  spending: {
    whole: ["本年支出合计", "本年支出决算合计", "本年支出", "支出合计", "支出决算合计"],
    parts: [
      { name: "基本支出", coords: { nature: "basic" } },
      { name: "项目支出", coords: { nature: "project" } },
      { name: "上缴上级支出", coords: { nature: "remittance" } },
      { name: "经营支出", coords: { nature: "operations" } },
      { name: "对附属单位补助支出", coords: { nature: "affiliates" } },
    ],
  },
};

type Part = PrintedParts["parts"][number];

/**
 * A whole's names that do not say 本年 (`收入合计`, `支出决算合计`): in the 决算 form such a 合计 may
 * be the total with the carry-over. Data. @internal
 */
export const BARE_WHOLES: readonly string[] = [
  "收入合计",
  "收入决算合计",
  "支出合计",
  "支出决算合计",
];
/** Words of the carry-over (年初结转和结余, 年末结转和结余, 结余分配): a 合计 naming them holds them. */
const CARRY_WORDS: readonly string[] = ["结转", "结余"];

/**
 * Whether 二 / 三's reading `parts` (of `text`, its whole named at `at`) is of the year's money:
 * its whole names 本年 (or is read by another name), or, named by a bare 合计 ({@link BARE_WHOLES}),
 * the text states 一's 总计 (`total`) with another figure and names no carry-over: then the 合计
 * is the year's. Else which 合计 is meant is not told: left unread (coverage). @internal
 */
export function yearsWhole(
  parts: PrintedParts,
  text: string,
  at: number,
  total: Amount | undefined,
): boolean {
  if (!BARE_WHOLES.some((w) => text.startsWith(w, at))) return true;
  if (total === undefined || compareAmounts(total, parts.whole) === 0) return false;
  return !CARRY_WORDS.some((w) => text.includes(w, at));
}

/** Words between a part's name and its amount (`财政拨款收入为…`, `基本支出决算为…`). */
const FILLERS = ["决算数为", "决算为", "决算", "为", "是"];

/**
 * The whole named by its 决算 (`2024年度支出决算数为9759.38万元`), and the section that says it: read
 * only there (二 or 三) and right after the year, where nothing else is meant by it (一's
 * `2024年度收入决算数为…` may be the 总计, an item's `，支出决算为…` its own).
 */
const OUTCOME_WHOLES = {
  revenue: { section: 2, words: ["收入决算数", "收入决算"] },
  spending: { section: 3, words: ["支出决算数", "支出决算"] },
} as const;

/** The words of the year a whole named by its 决算 follows (`2024年度`, `2024年`, `本年度`). */
const YEAR_ENDS = ["年度", "年"];

/**
 * Where a paragraph states 本年收入合计 (`revenue`) or 本年支出合计 (`spending`) with its amount: the
 * whole's amount then written right after its name (`占本年支出合计的…` is a share, not this). In
 * its own section (`top`: 二 or 三) the whole may be named by its 决算. @internal
 */
export function splitKindOf(p: string, top = 0, year?: number): "revenue" | "spending" | undefined {
  for (const kind of ["revenue", "spending"] as const)
    if (wholeIn(p, kind, top, year) !== undefined) return kind;
  return undefined;
}

/**
 * The whole's amount and where its name starts: a word of its own or after the year
 * (`2024年度收入合计…`, not `基本支出合计`), not a 财政拨款 one (`财政拨款本年支出…`, 四's), not an
 * earlier year's (`与2023年度本年支出合计3003.19万元相比，…`); in its own section (`top`), named by
 * its 决算 right after this year (`2024年度支出决算数为…`).
 */
function wholeIn(text: string, kind: "revenue" | "spending", top: number, year?: number) {
  const now = ofThisYear(text, year);
  const named = amountAfterWords(
    text,
    SPLITS[kind].whole,
    0,
    (k) => namedAt(text, k) && !text.startsWith("拨款", k - 2) && now(k),
  );
  const outcome = OUTCOME_WHOLES[kind];
  if (named !== undefined || top !== outcome.section) return named;
  return amountAfterWords(text, outcome.words, 0, (k) => {
    const j = skipSpacesBack(text, k);
    return YEAR_ENDS.some((w) => text.startsWith(w, j - w.length)) && now(k);
  });
}

/**
 * Where a paragraph's statement of 本年收入合计 (`revenue`) or 本年支出合计 (`spending`) names its
 * whole (see {@link splitKindOf}), or -1. @internal
 */
export const wholeAt = (p: string, kind: "revenue" | "spending", top = 0, year?: number): number =>
  wholeIn(p, kind, top, year)?.at ?? -1;

/**
 * 二 / 三: the whole (本年收入合计 / 本年支出合计) and each part printed after it with its amount
 * and share (`本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%；其他收入6.2万元，
 * 占0.21%`). A part runs from its name to the next part's name, so its share is its own; a part
 * whose amount does not follow its name is not read. Linear: each part name is searched once
 * forward. @internal
 */
export function readParts(
  text: string,
  kind: "revenue" | "spending",
  top = 0,
  year?: number,
): PrintedParts | undefined {
  const split = SPLITS[kind];
  const whole = wholeIn(text, kind, top, year);
  if (whole === undefined) return undefined;
  // a part of another year's whole is not this year's (`2025年度预算收入合计…，其中：…`)
  const now = ofThisYear(text, year);
  const names = split.parts.map((p) => p.name);
  const nextName = firstOfFrom(text, names);
  // a name starts a part only where it starts a word (`信息化建设项目支出…` is no part), and a
  // part is read once (`较2023年度其他收入3.00万元…` is last year's)
  const next = (from: number) => {
    let h = nextName(from);
    while (h !== undefined && !startsWord(text, h.at)) h = nextName(h.at + h.word.length);
    return h;
  };
  const parts: Part[] = [];
  /** Where the parts not yet given a share start. */
  let pending = 0;
  const give = (at: number, percent: string) => {
    parts[at] = { ...(parts[at] as Part), percent };
  };
  let hit = next(whole.at + 1);
  while (hit !== undefined) {
    const after = next(hit.at + hit.word.length);
    const end = after?.at ?? text.length;
    const seg = text.slice(hit.at + hit.word.length, end);
    const j = skipSpaces(seg, 0);
    const filler = FILLERS.find((f) => seg.startsWith(f, j)) ?? "";
    const printed = amountAt(seg, j + filler.length);
    // `财政拨款收入占99.79%，计2940.05万元`: the share first, then the amount
    const first = printed === undefined ? shareFirstAt(seg, j) : undefined;
    const amount = printed ?? first;
    const word = hit.word;
    // a part printed once; a comparison's base (`与其他收入3.00万元相比`) is last year's
    if (
      amount !== undefined &&
      now(hit.at) &&
      !comparedFrom(seg, amount.end) &&
      !parts.some((p) => p.name === word)
    ) {
      const part = split.parts.find((p) => p.name === word) as PartName;
      parts.push({ name: part.name, coords: part.coords, amount: amount.amount });
      if (first !== undefined) {
        give(parts.length - 1, first.percent);
        pending = parts.length;
      }
      const share = first !== undefined ? -1 : seg.indexOf("占", amount.end);
      // the share is the part's only when no other amount stands between (`基本支出2336.91万元，
      // 其中人员经费2152.26万元，占比92.10%` is 人员经费's)
      if (share >= 0 && !seg.slice(amount.end, share).includes("万")) {
        // `分别占55.10%和44.90%`: the parts without a share so far, in order, when as many
        const before = seg.slice(amount.end, share);
        if (before.includes("分别")) {
          const percents = percentList(seg, share + 1);
          if (percents.length === parts.length - pending)
            for (let k = 0; k < percents.length; k++) give(pending + k, percents[k] as string);
        } else if (!COMBINED.some((w) => before.includes(w))) {
          const percent = shareAt(seg, share + 1);
          if (percent !== undefined) give(parts.length - 1, percent);
        }
        pending = parts.length;
      }
    }
    hit = after;
  }
  return { kind, whole: whole.amount, parts, text };
}

/** Between the percentages of a list (`55.10%、44.90%`, `55.10%和44.90%`). */
const LIST_MARKS = ["、", "和", "及", "与", "，", ","];

/** A share said of several parts together (`两项合计占…`): no part's own. */
const COMBINED = ["合计", "共计", "共", "两项", "二项", "三项", "以上", "上述", "两者", "二者"];
/** Words between `分别占` and its percentages (`分别占比…`). */
const NOUNS = ["比重为", "比例为", "比重", "比例", "比", "为"];

/** The percentages listed from `i` (`分别占55.10%和44.90%`), in order. */
function percentList(seg: string, i: number): string[] {
  const out: string[] = [];
  let j = skipSpaces(seg, i);
  j += NOUNS.find((w) => seg.startsWith(w, j))?.length ?? 0;
  for (;;) {
    const p = percentAt(seg, j);
    if (p === undefined) return out;
    out.push(p.percent);
    const k = skipSpaces(seg, p.end);
    const mark = LIST_MARKS.find((m) => seg.startsWith(m, k));
    if (mark === undefined) return out;
    j = k + mark.length;
  }
}
