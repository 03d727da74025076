/**
 * The years a text names (`2024年`, `２０２４ 年`), each with whether its phrase is about another
 * year than the document's (`2023年末`, `2022年至2023年`, `上年（2023年）`). Pure string
 * functions, used by the document rules and the narrative's year rule. @internal
 */
/** An ASCII or full-width digit (`２０２４年` is a year too). */
const isDigit = (c: string): boolean => (c >= "0" && c <= "9") || (c >= "０" && c <= "９");
const digitValue = (s: string): number =>
  Number(s.replace(/[０-９]/gu, (d) => String(d.charCodeAt(0) - 0xff10)));
const isSpace = (c: string): boolean => c === " " || c === "\t" || c === "\u3000" || c === "\r";

/**
 * A year a line names (`2024年`, `2024 年`, `2024年度`). `aside`: the phrase is about another
 * year than the document's, and may name it: a comparison (`比2023年`, `与2023年相比`, `上年`), an
 * execution or final account (`2023年预算执行数`, `2023年决算`), a date or an end of period
 * (`截至2023年12月31日`, `2023年期末`, `2023年末`), a range (`2024—2026年`), or a title in 《》.
 * @internal
 */
export interface YearMention {
  readonly year: number;
  readonly start: number;
  readonly end: number;
  readonly aside: boolean;
}

/** Words just before a year that make it another year's phrase. */
const BEFORE = [
  "比",
  "较",
  "与",
  "同",
  "截至",
  "截止",
  "至",
  "到",
  "自",
  "从",
  "于",
  "上年",
  "去年",
];
/** Words right after `年` that make it another year's phrase. */
const RIGHT_AFTER = ["末", "底", "年末", "年底", "年初", "起", "以来", "以前", "度决算", "决算"];
/** Words within the clause after `年` that make it another year's phrase. */
const LATER = [
  "执行",
  "决算",
  "期末",
  "相比",
  "比较",
  "同期",
  "结转",
  "实际",
  "完成",
  "绩效",
  "评价",
  "审计",
  "整改",
  "总结",
];
const RANGE = "-—–~～至到";

/** Up to `n` non-space characters before `i`, nearest last. */
function before(s: string, i: number, n: number): string {
  let out = "";
  for (let j = i - 1; j >= 0 && out.length < n && i - j <= 2 * n; j--) {
    const c = s.charAt(j);
    if (!isSpace(c)) out = c + out;
  }
  return out;
}

/** Up to `n` non-space characters from `i`, stopping at a clause break. */
function after(s: string, i: number, n: number): string {
  let out = "";
  for (let j = i; j < s.length && out.length < n && j - i <= 2 * n; j++) {
    const c = s.charAt(j);
    if ("，,。；;：:\n".includes(c)) break;
    if (!isSpace(c)) out += c;
  }
  return out;
}

/** Every year a text names, with whether the phrase is about another year. @internal */
export function yearMentions(s: string): YearMention[] {
  const out: YearMention[] = [];
  let book = 0;
  let i = 0;
  while (i < s.length) {
    const c = s.charAt(i);
    if (c === "《") book++;
    else if (c === "》" && book > 0) book--;
    if (!isDigit(c)) {
      i++;
      continue;
    }
    let j = i;
    while (j < s.length && isDigit(s.charAt(j))) j++;
    let k = j;
    while (k < s.length && k - j < 2 && isSpace(s.charAt(k))) k++;
    if (j - i === 4 && s.charAt(k) === "年") {
      const year = digitValue(s.slice(i, j));
      const back = before(s, i, 4);
      const next = after(s, k + 1, 12);
      const rest = next.startsWith("度") ? next.slice(1) : next;
      const aside =
        book > 0 ||
        (back !== "" && RANGE.includes(back.slice(-1))) ||
        (next !== "" && RANGE.includes(next.charAt(0))) ||
        /^[0-9]{1,2}月/u.test(next) ||
        BEFORE.some((w) => back.endsWith(w) || (w.length > 1 && back.includes(w))) ||
        RIGHT_AFTER.some((w) => next.startsWith(w) || rest.startsWith(w)) ||
        LATER.some((w) => next.includes(w));
      out.push({ year, start: i, end: k + 1, aside });
    }
    i = j;
  }
  return out;
}
