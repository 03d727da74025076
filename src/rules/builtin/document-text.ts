/**
 * Reading the words of a document as a whole (titles, headings, the table of contents, a cover,
 * labels such as `编制单位：`): its lines, the names of the organisations they print (the years
 * they name: `document-years.ts`), and the words that belong to a 部门 or to a 单位 document.
 * Every function is linear in its input. @internal
 */
import { endsAsOrganisation } from "../../codes/org-endings";
import { holdsRegion } from "../../codes/regions";
import type { TextSection } from "../../disclosure";
import { yearMentions } from "./document-years";

/** A line of a text: `[start, end)` offsets into the body and the text, trimmed. @internal */
export interface TextLine {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The non-blank lines of a body, trimmed. @internal */
export function linesOf(body: string): TextLine[] {
  const out: TextLine[] = [];
  let start = 0;
  for (let i = 0; i <= body.length; i++) {
    if (i < body.length && body.charAt(i) !== "\n") continue;
    let s = start;
    let e = i;
    while (s < e && /\s/u.test(body.charAt(s))) s++;
    while (e > s && /\s/u.test(body.charAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e, text: body.slice(s, e) });
    start = i + 1;
  }
  return out;
}

/** The text without whitespace. @internal */
export const squeeze = (s: string): string => s.replace(/\s+/gu, "");

/**
 * Whether a line is short and unpunctuated as titles are: at most 40 characters, with no
 * sentence punctuation, comma or enumeration comma (after its list marker). @internal
 */
export function isHeading(text: string): boolean {
  const s = unmarked(text);
  return s !== "" && s.length <= 40 && !/[。；;！？!?，,、：:]/u.test(s);
}

/** Titles of the section that is the table of contents (`目录`, `目 录`) and of a cover. @internal */
export const CONTENTS_TITLES: readonly string[] = ["目录"];
const COVER_TITLES: readonly string[] = ["封面"];

/** Whether a section is the table of contents. @internal */
export const isContents = (s: TextSection): boolean => CONTENTS_TITLES.includes(squeeze(s.title));

/** How titles and headings end (a wrapped line of prose seldom ends so). */
const TITLE_ENDINGS = [
  "说明",
  "情况",
  "表",
  "预算",
  "决算",
  "公开",
  "目录",
  "概况",
  "职能",
  "职责",
  "设置",
  "构成",
  "解释",
  "附件",
];

/** A label line: `编制单位：…`, `预算单位：…`, `部门名称：…`. */
const LABEL = /^(?:编制单位|预算单位|编制部门|预算部门|单位名称|部门名称)[：:]/u;

/**
 * Whether a line of a section is a title, a heading or a label (not a wrapped line of prose):
 * every line of the table of contents and of a cover; elsewhere a label, or a short unpunctuated
 * line that starts with a list or part marker, ends as titles do (说明, 情况, 表, 预算 …), or is a
 * year and a name (`2024 年中国共产党…办公室`). @internal
 */
export function isTitleLine(section: TextSection, text: string): boolean {
  const title = squeeze(section.title);
  if (CONTENTS_TITLES.includes(title) || COVER_TITLES.includes(title)) return true;
  const s = squeeze(text);
  if (LABEL.test(unmarked(text))) return true;
  if (!isHeading(text)) return false;
  if (MARKER.test(s)) return true;
  const rest = unmarked(text);
  if (TITLE_ENDINGS.some((e) => rest.endsWith(e))) return true;
  const [year] = yearMentions(rest);
  return year !== undefined && year.start === 0 && isOrgName(rest.slice(year.end));
}

/** A list or part marker at the start of a line (`一、`, `（一）`, `1.`, `第二部分`). */
const MARKER =
  /^(?:第[一二三四五六七八九十]{1,3}部分|[(（][一二三四五六七八九十0-9]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|[0-9]{1,2}[.、．](?![0-9]))/u;

/** The line without its leading marker and whitespace. @internal */
export const unmarked = (text: string): string => squeeze(text).replace(MARKER, "");

/** How a sentence may start without starting with a name. */
const NOT_A_NAME = [
  "根据",
  "按照",
  "依据",
  "依照",
  "经",
  "由",
  "为",
  "在",
  "对",
  "从",
  "自",
  "截至",
];

/**
 * A printed organisation name reduced for comparison: no whitespace, brackets half-width, a
 * bracketed `（单位）` / `（部门）` / `（本级）` dropped. @internal
 */
export function orgKey(name: string): string {
  return squeeze(name.normalize("NFKC"))
    .replace(/\((?:单位|部门|本级)\)/gu, "")
    .replace(/[“”"'‘’]/gu, "");
}

/**
 * Whether a run of text is an organisation's full name: 4 to 40 characters, no punctuation,
 * ending as organisations do (局, 委员会, 办公室, 院 …), naming a region (市, 区, 县 …), and not a
 * sentence opening (`根据区委…`). @internal
 */
export function isOrgName(text: string): boolean {
  const s = orgKey(text);
  if (s.length < 4 || s.length > 40 || /[，,。；;：:、！？!?]/u.test(s)) return false;
  if (NOT_A_NAME.some((w) => s.startsWith(w))) return false;
  return holdsRegion(s) && endsAsOrganisation(s);
}

/** Whether `a` is a subsequence of `b` (an abbreviation keeps its characters in order). */
function within(a: string, b: string): boolean {
  let j = 0;
  for (let i = 0; i < b.length && j < a.length; i++) if (b.charAt(i) === a.charAt(j)) j++;
  return j === a.length;
}

/**
 * Whether a printed name is one of `names` or an abbreviation of one (中共…区委办公室 for
 * 中国共产党…区委员会办公室; the characters in order, the same ending), or one of them with
 * more before it (a region or a table number). @internal
 */
export function sameOrg(printed: string, names: readonly string[]): boolean {
  const p = orgKey(printed);
  return names.some((name) => {
    const n = orgKey(name);
    if (p === "" || n === "") return false;
    if (within(p, n)) return n.slice(-3).includes(p.slice(-1));
    return within(n, p) && p.slice(-3).includes(n.slice(-1));
  });
}

/** Words a document title or heading may follow a name with (`2024年XX局部门预算`). */
const DOCUMENT_WORDS = [
  "部门预算情况说明",
  "单位预算编制说明",
  "部门预算编制说明",
  "部门预算公开",
  "单位预算公开",
  "部门决算",
  "单位决算",
  "部门预算",
  "单位预算",
  "预算公开",
  "预算",
];

/**
 * The organisation a line names, if it names one where names go: before the year at its start
 * (`中共…委办公室 2024年收入总计…`, `上海市财政局2025年单位预算`), after the year of a heading with
 * nothing but the name and the document's words after it (`2024 年中国共产党…办公室`), or after a
 * label (`预算单位：上海市普陀区社会福利院`). @internal
 */
export function namedOrg(text: string, heading: boolean): string | undefined {
  const s = unmarked(text);
  const label = LABEL.exec(s);
  if (label !== null) {
    const value = s.slice(label[0].length).split(/单位[：:]/u)[0] ?? "";
    return isOrgName(value) ? value : undefined;
  }
  const [first] = yearMentions(s);
  if (first === undefined) return undefined;
  const head = s.slice(0, first.start);
  if (head !== "") return isOrgName(head) ? head : undefined;
  if (!heading) return undefined;
  let tail = s.slice(first.end);
  if (tail.startsWith("度")) tail = tail.slice(1);
  const word = DOCUMENT_WORDS.find((w) => tail.endsWith(w));
  const name = word === undefined ? tail : tail.slice(0, -word.length);
  return isOrgName(name) ? name : undefined;
}

/**
 * Words that belong to the other kind of document: a 部门 document does not say 单位预算 (save
 * for its units' budgets: 所属单位预算 …) nor 编制单位：; a 单位 document does not say 部门预算
 * (save for the 部门预算经济分类 and the like) nor 编制部门：. @internal
 */
export const OTHER_KIND: Readonly<
  Record<
    "部门" | "单位",
    {
      readonly words: readonly {
        readonly word: string;
        readonly notAfter: readonly string[];
        readonly notBefore: readonly string[];
      }[];
      readonly labels: readonly string[];
      /** A table title that starts so (after its year and name) is the other kind's. */
      readonly titleStarts: readonly string[];
    }
  >
> = {
  部门: {
    words: [
      {
        word: "单位预算",
        notAfter: ["所属", "下属", "二级", "三级", "基层", "各", "及", "事业", "行政", "预算"],
        notBefore: [],
      },
    ],
    labels: ["编制单位", "预算单位"],
    titleStarts: ["预算单位"],
  },
  单位: {
    words: [
      {
        word: "部门预算",
        notAfter: ["本级", "各", "主管"],
        notBefore: ["经济分类", "支出经济分类", "管理", "改革", "单位"],
      },
    ],
    labels: ["编制部门", "预算部门"],
    titleStarts: [],
  },
};

/** The first word of the other kind of document a line prints, if any. @internal */
export function otherKindWord(text: string, kind: "部门" | "单位"): string | undefined {
  const s = squeeze(text);
  const other = OTHER_KIND[kind];
  for (const label of other.labels) {
    const i = s.indexOf(label);
    if (i >= 0 && "：:".includes(s.charAt(i + label.length) || "-")) return label;
  }
  for (const { word, notAfter, notBefore } of other.words) {
    let i = s.indexOf(word);
    while (i >= 0) {
      const head = s.slice(Math.max(0, i - 4), i);
      const tail = s.slice(i + word.length);
      if (!notAfter.some((w) => head.endsWith(w)) && !notBefore.some((w) => tail.startsWith(w)))
        return word;
      i = s.indexOf(word, i + word.length);
    }
  }
  return undefined;
}
