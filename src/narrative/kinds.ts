/**
 * What each paragraph of a narrative is to the reader: a heading (a list marker and no figure:
 * `五、一般公共预算支出预算情况说明`), a context line (`…如下：` without figures) or text. A none word
 * ending a sentence (`（一）因公出国（境）费：无。`) states a figure, as a number does.
 */
import type { ParagraphKind } from "./reader";
import type { Steps, Token } from "./scan";
import { markerAt } from "./text";

/**
 * Per paragraph (in token order): a marker heading without figures (`五、一般公共预算支出…说明`)
 * sets the fund context of what follows; a `…如下：` line without figures sets it when it names
 * a measure. @internal
 */
export function paragraphKinds(c: string, tokens: readonly Token[], steps: Steps): ParagraphKind[] {
  const out: ParagraphKind[] = [];
  let start = 0;
  let figures = false;
  let lastLevel: string | undefined;
  // `（一）因公出国（境）费：无。`: a none word ending a sentence states a figure, as a number does
  let noneEnd = -1;
  const close = () => {
    out.push(
      figures
        ? "text"
        : markerAt(c, start)
          ? "heading"
          : lastLevel === "colon"
            ? "context"
            : "text",
    );
    figures = false;
    lastLevel = undefined;
  };
  for (const t of tokens) {
    steps.n++;
    if (t.k === "brk" && t.s === noneEnd) figures = true;
    noneEnd = t.k === "word" && t.lex.t === "none" ? t.e : -1;
    if (t.k === "brk" && t.level === "para") {
      close();
      start = t.e;
      continue;
    }
    if (t.k === "num" && (t.kind === "amount" || t.kind === "percent" || t.kind === "count"))
      figures = true;
    lastLevel = t.k === "brk" ? t.level : undefined;
  }
  close();
  return out;
}
