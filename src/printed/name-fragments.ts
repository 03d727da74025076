/**
 * Whether two printed lines read as one project's name cut by its cell (`2024年机要密码工作` /
 * `经费`), by the words alone: the line below is no name by itself, or the line above stops
 * mid-word. Used where the figures are printed level with the name's last line (a tall cell,
 * vertically centred), so the reader cannot tell a wrap by the figures.
 */

/**
 * The words a project's name ends with, as data, one list: `generic`, a word naming nothing by
 * itself (a line made of these alone, `经费`, `项目`, `专项资金`, `工作经费`, `补助资金`, is the
 * rest of a name; a word naming a content, `业务`, `维护`, `会议`, is not: `专项业务费` is a
 * project of its own); `whole`, a word a whole name ends with (`…经费`, `…补助资金`, `…项目`,
 * `…工程`, and the work a project pays for, `…管理运转`, `…系统运维`, `…设备购置`): a line ending
 * so names a project by itself, no head of a longer name.
 */
const NAME_WORDS: readonly {
  readonly word: string;
  readonly generic: boolean;
  readonly whole: boolean;
}[] = [
  { word: "经费", generic: true, whole: true },
  { word: "项目", generic: true, whole: true },
  { word: "资金", generic: true, whole: true },
  { word: "专项", generic: true, whole: false },
  { word: "专款", generic: true, whole: true },
  { word: "工作", generic: true, whole: false },
  { word: "补助", generic: true, whole: true },
  { word: "补贴", generic: true, whole: true },
  { word: "费用", generic: true, whole: true },
  { word: "支出", generic: true, whole: true },
  { word: "费", generic: true, whole: true },
  { word: "款", generic: true, whole: true },
  { word: "等", generic: true, whole: false },
  { word: "及", generic: true, whole: false },
  { word: "和", generic: true, whole: false },
  { word: "与", generic: true, whole: false },
  { word: "的", generic: true, whole: false },
  { word: "工程", generic: false, whole: true },
  { word: "运转", generic: false, whole: true },
  { word: "运行", generic: false, whole: true },
  { word: "运维", generic: false, whole: true },
  { word: "维护", generic: false, whole: true },
  { word: "维修", generic: false, whole: true },
  { word: "购置", generic: false, whole: true },
];

/** The generic words of {@link NAME_WORDS}, made on first use. */
let genericWords: ReadonlySet<string> | undefined;
const GENERIC_WORDS = (): ReadonlySet<string> =>
  (genericWords ??= new Set(NAME_WORDS.filter((w) => w.generic).map((w) => w.word)));

/** The longest generic word, in characters. */
const LONGEST = 2;

/** The most characters a generic rest prints (a line of generic words alone is short). */
const MAX_REST = 8;

/**
 * Whether `rest` is made of generic words alone (`专项资金`: 专项 + 资金). Greedy longest match: no
 * generic word of two characters is two of one character, so a rest splits one way only. Each
 * character is looked at a bounded number of times, so linear.
 */
export function genericRest(rest: string): boolean {
  const chars = [...rest.replace(/\s+/gu, "")];
  if (chars.length === 0 || chars.length > MAX_REST) return false;
  let i = 0;
  while (i < chars.length) {
    let step = 0;
    for (let n = Math.min(LONGEST, chars.length - i); n > 0 && step === 0; n--)
      if (GENERIC_WORDS().has(chars.slice(i, i + n).join(""))) step = n;
    if (step === 0) return false;
    i += step;
  }
  return true;
}

/**
 * A character no name starts with: a closing bracket or quote, a mark (`、`, `，`, `：`), a word
 * joining two (`及`, `和`, `与`, `的`, `等`, `之`). One character class, so linear.
 */
const NO_START = /^[）)」』》〉”’、，,。；;：:．.的等及与和之]/u;

/** A line above stopping mid-word: on a joining word or mark, or an opening bracket. */
const OPEN_END = /[（(「『《〈“‘、，,的及与和之]$/u;

/** A line above that is a year alone (`2024年`, `2024年度`): a project's name begins so. */
const YEAR_ALONE = /^(?:19|20)\d{2}年度?$/u;

/** Whether a text opens more brackets than it closes (`2024年会议（第一` / `期）经费`). */
function unclosed(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === "（" || ch === "(") depth++;
    else if ((ch === "）" || ch === ")") && depth > 0) depth--;
  }
  return depth > 0;
}

/**
 * Whether `head` and `rest`, printed on two lines, read as one name by their words: `rest` is
 * generic words alone or starts as no name does, or `head` stops mid-word (a joining word, an
 * opening bracket left open, a year alone, or a work word `rest` goes on with: `…外网运行` /
 * `维护经费`, `…设备购置` / `更新费`). @internal
 */
export function cutName(head: string, rest: string): boolean {
  const h = head.replace(/\s+/gu, "");
  const r = rest.replace(/\s+/gu, "");
  if (h === "" || r === "") return false;
  return (
    genericRest(r) ||
    NO_START.test(r) ||
    OPEN_END.test(h) ||
    YEAR_ALONE.test(h) ||
    unclosed(h) ||
    workGoesOn(h, r)
  );
}

/** Whether `head` ends on a work word (`运行`, `购置` …) that `rest` goes on with (`维护…`). */
function workGoesOn(head: string, rest: string): boolean {
  const end = NAME_WORDS.find((w) => w.whole && head.endsWith(w.word));
  return end !== undefined && !end.generic && WORK_GOES_ON.test(rest);
}

/**
 * Whether a name ends as a whole name does (see {@link NAME_WORDS}: `…经费`, `…项目`, `…运行`);
 * a line ending otherwise (`服务保障及窗口`) stops mid-name. @internal
 */
export const endsAsName = (name: string): boolean => {
  const n = name.replace(/\s+/gu, "");
  return NAME_WORDS.some((w) => w.whole && n.endsWith(w.word));
};

/**
 * The second halves of the compounds a work word (`运行`, `运转`, `购置`, `维修` …) opens: a line
 * after a head ending on one and starting so goes on from it (`运行维护`, `运转保障`, `购置更新`,
 * `维修改造`). A fixed list, so linear.
 */
const WORK_GOES_ON = /^(?:维护|保障|更新|改造|服务|管理|升级|养护|保养|修缮|维修|运维|运行)/u;

/** A line starting as a project's name does, with a year (`2024年…`): never a name's rest. */
const YEAR_START = /^(?:19|20)\d{2}\s?年/u;

/** Whether a project's printed name starts as a name of its own (`2024年通联值班费`). @internal */
export const startsName = (name: string): boolean => YEAR_START.test(name.trim());

/**
 * Whether `head`, a line printing nothing, heads a name whose next line is `middle` (a name on
 * three lines, vertically centred, its figures on the second or the third: `2024年城乡居民` /
 * `基本医疗保险` / `补助资金`): `head` ends as no whole name does (see {@link NAME_WORDS}: a
 * project printing no money above a wrapped one, `社区网格化管理运转`, is one of its own, unless
 * `middle` goes on with its work word, `运行` / `维护及…`) or `middle` starts as no name does (`及…`,
 * a bracket); never where `middle` starts as a name of its own (`2024年…`). Asked only once the
 * middle line is known to go on below. @internal
 */
export function headsName(head: string, middle: string): boolean {
  const h = head.replace(/\s+/gu, "");
  const m = middle.replace(/\s+/gu, "");
  if (h === "" || m === "" || startsName(m)) return false;
  // A middle line starting as no name does (`及…`, `（含桥梁）`) goes on from the head; so does one
  // going on with the head's work word (`…运行` / `维护及安全保障`, `…运转` / `保障及…`).
  if (NO_START.test(m) || m.startsWith("（") || m.startsWith("(")) return true;
  const end = NAME_WORDS.find((w) => w.whole && h.endsWith(w.word));
  if (end === undefined) return true;
  return !end.generic && WORK_GOES_ON.test(m);
}
