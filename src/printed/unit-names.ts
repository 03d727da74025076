import type { Template } from "../templates";
import { labelKey } from "../templates/wording";

/**
 * Labels printed on a row of their own with no code that name no unit: a part of the row above
 * (`其中：` and a word of the budget's own vocabulary, `其中：上年结转`, `其中：基本支出`: a header
 * level or a line label of any table kind of the template), or a classification (`按功能分类`).
 * Such a row heads no unit's rows. A bare word of the vocabulary (`一般公共预算`, `基本支出`) may
 * head a block of a table printed in blocks by fund or nature, its 科目 codes printed again in the
 * next block: it is read as any heading the reader cannot place (its rows kept aside as coverage),
 * and `其中：` before a name (`其中：某局本级`) may head a unit's block.
 */

/** The label keys of every header level and line label of a template's kinds, made once each. */
const VOCABULARY = new WeakMap<Template, ReadonlySet<string>>();

function vocabulary(template: Template): ReadonlySet<string> {
  let words = VOCABULARY.get(template);
  if (words === undefined) {
    const out = new Set<string>();
    for (const kind of template.tables) {
      for (const c of kind.columns)
        for (const h of c.headers) for (const level of h.split("/")) out.add(labelKey(level));
      for (const l of kind.lines ?? []) for (const label of l.labels) out.add(labelKey(label));
    }
    out.delete("");
    words = out;
    VOCABULARY.set(template, words);
  }
  return words;
}

/** An of-which mark opening a label (`其中：`, `其中:`, `其中`). */
const OF_WHICH = /^其中/u;

/**
 * Whether a label with no code names no unit (see the module's note): an of-which part, a word
 * of the template's vocabulary, or a classification (`…分类`). @internal
 */
export function namesNoUnit(label: string, template: Template | undefined): boolean {
  const key = labelKey(label);
  if (key.endsWith("分类") || key.endsWith("分类科目")) return true;
  const text = label.normalize("NFKC").trim();
  if (!OF_WHICH.test(text)) return false;
  // `其中：` and a word of the vocabulary (a part of the row above); `其中：某局本级` may name a unit
  const rest = labelKey(text.replace(OF_WHICH, "").replace(/^[:：\s]+/u, ""));
  return rest === "" || (template !== undefined && vocabulary(template).has(rest));
}

/**
 * Whether a label key is a word of the template's own vocabulary (a header level or a line label
 * of one of its kinds: `一般公共预算`, `基本支出`), which names no unit. @internal
 */
export function inVocabulary(key: string, template: Template | undefined): boolean {
  return template !== undefined && vocabulary(template).has(key);
}
