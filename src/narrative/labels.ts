/**
 * A label's colon (`收入总计：969.06万元`, `（一）因公出国（境）费：0万元`, `行政运行（项）：558.07万元`):
 * the figure printed right after it is the label's, as if the colon were not there; so is a none
 * (`公务接待费：无`). A colon
 * opening a list (`其中：`, `具体为：`, `按功能分类：`), one before words (`“三公”经费：因公出国（境）费…`)
 * and one after the clause's own figure stay breaks.
 */
import type { Reader } from "./reader";
import type { BreakToken, Token } from "./scan";

/** The shortest 科目 name read alone before a colon (as `bareName` reads it). */
const MIN_NAME = 4;

/** Words a colon after which opens a list or a lead-in, not a label's figure. */
const OPENS = ["其中", "具体为", "具体是", "如下", "分类", "划分", "包括", "包含", "主要用于"];

/**
 * Whether the colon `t` is a label's, the token after it (`next`) its figure: a number right after
 * it, in a clause that names a measure, a 科目 (or words that may be one), a share or a change and
 * has no figure yet. @internal
 */
export function labelColon(r: Reader, t: BreakToken, next: Token | undefined): boolean {
  if (t.level !== "colon" || r.heading || next === undefined || next.s !== t.e) return false;
  // `公务接待费：无`: the label's none (`noneAfter`), as its figure would be
  if (next.k === "word")
    return next.lex.t === "none" && r.cl.measure !== undefined && !r.cl.claimed;
  if (next.k !== "num") return false;
  if (next.kind !== "amount" && next.kind !== "bare" && next.kind !== "percent") return false;
  const { cl } = r;
  if (cl.claimed || cl.listed !== undefined) return false;
  const c = r.text.text;
  if (OPENS.some((w) => c.endsWith(w, t.s))) return false;
  return (
    cl.measure !== undefined ||
    cl.path.length > 0 ||
    cl.pathUnknown ||
    // `一般公共服务支出：635.07万元`: words that may be a 科目's name, read as `bareName` reads them
    (next.kind === "amount" && t.s - r.segStart >= MIN_NAME) ||
    (next.kind === "percent" && (cl.share || cl.change !== undefined))
  );
}
