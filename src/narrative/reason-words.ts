/**
 * Words introducing (or closing, or naming) the cause of a change, however printers word it:
 * `主要是人员增加`, `系…所致`, `由于…，`, `（原因：…）`, `主要系…`, `受…影响`, `厉行节约`. A purpose
 * (`主要用于`) is none, nor a blank to fill (`请填写原因`); a bare 系 or 因 counts only at a
 * clause's start (see `words.ts`). @internal
 */
export const REASON_WORDS: readonly string[] = [
  "主要原因是",
  "主要原因为",
  "主要原因",
  "原因是",
  "原因为",
  "原因在于",
  "原因：",
  "原因:",
  // a cause announced as such (`原因分析：…`, `原因如下：…`, `究其原因，…`) or led in by the
  // circumstance it follows from (`随着人员增加，…`, `鉴于…`)
  "原因分析：",
  "原因分析:",
  "原因分析",
  "原因如下：",
  "原因如下:",
  "究其原因",
  "随着",
  "鉴于",
  "主要是由于",
  "主要是因为",
  "主要由于",
  "主要因",
  "主要是",
  "是由于",
  "是因为",
  "由于",
  "因为",
  "所致",
  // other printers' connectives: `主要系…`, `，系…`, `源于…`, `受…影响`, `…导致…`, and the causes
  // every budget names (`为落实…`, `过紧日子`, `厉行节约`); a bare 系 or 因 only at a clause's start
  "主要系",
  "原因系",
  "均系",
  "系",
  "因",
  "源于",
  "得益于",
  "影响",
  "导致",
  "为落实",
  "为贯彻",
  "过紧日子",
  "厉行节约",
];

/** The marks ending a clause, before which a bare 系 or 因 may open one and 受 is looked for. */
const CLAUSE_ENDS = "，,。；;：:\n";

/**
 * Whether a bare 系 or 因 at `at` opens a cause: at a clause's start and no word of its own
 * (`系统`, `系列`, `因此`, `因而`, `因公出国`). @internal
 */
export function bareCause(c: string, at: number): boolean {
  if (at > 0 && !CLAUSE_ENDS.includes(c.charAt(at - 1))) return false;
  const next = c.charAt(at + 1);
  // 因公 begins a 三公 item (`因公出国`, `因公临时出国`), never a cause
  return c.charAt(at) === "系" ? !"统列数".includes(next) : !"此而素公".includes(next);
}

/** How far before `影响` its `受` is looked for (`受机构改革影响`). */
const AFFECTED_SPAN = 16;

/** Whether `影响` at `at` closes a cause opened by `受` in its clause (`受…影响`), a bounded look. @internal */
export function affectedBy(c: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - AFFECTED_SPAN; i--) {
    const ch = c.charAt(i);
    if (ch === "受") return true;
    if (CLAUSE_ENDS.includes(ch)) return false;
  }
  return false;
}

/**
 * Whether a text states a cause with one of {@link REASON_WORDS} as the narrative reader takes
 * them: a bare 系 or 因 only where it opens a clause, 影响 only after 受 in its clause. One pass
 * per word (linear in the text). @internal
 */
export function statesReason(text: string): boolean {
  return REASON_WORDS.some((word) => {
    for (let k = text.indexOf(word); k >= 0; k = text.indexOf(word, k + 1)) {
      if (word.length === 1 ? bareCause(text, k) : word !== "影响" || affectedBy(text, k))
        return true;
    }
    return false;
  });
}
