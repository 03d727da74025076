import { normalizeLabel } from "../codes";
import type { TableKind, Template } from "../templates";
import { nearestKeys } from "../templates/suggest";

/** The last level of a header path (`基本支出/人员经费` → `人员经费`). */
const lastLevel = (path: string): string => path.slice(path.lastIndexOf("/") + 1);

/** Keys named by `input` as printed (a header, a label, a title), then the nearest keys. */
function suggest(
  input: string,
  candidates: readonly { readonly key: string; readonly printed: readonly string[] }[],
): readonly string[] {
  const label = normalizeLabel(input);
  const named =
    label === ""
      ? []
      : candidates.filter((c) => c.printed.some((p) => normalizeLabel(p) === label));
  const near = nearestKeys(
    input,
    candidates.map((c) => c.key),
  );
  return [...new Set([...named.map((c) => c.key), ...near])].slice(0, 3);
}

/**
 * The column keys an unknown cell key may have meant: the columns headed by it as printed
 * (`公务接待费` → `reception`), then the keys nearest in spelling (`Reception`, `recepton`).
 * @internal
 */
export function columnSuggestions(kind: TableKind, key: string): readonly string[] {
  return suggest(
    key,
    kind.columns.map((c) => ({ key: c.key, printed: c.headers.map(lastLevel) })),
  );
}

/** The table kinds an unknown kind id may have meant (`sangong` → `sanGong`, `部门支出预算表`). @internal */
export function kindSuggestions(template: Template, kind: string): readonly string[] {
  return suggest(
    kind,
    template.tables.map((t) => ({
      key: t.id,
      printed: [t.name["zh-CN"], t.name.en, ...t.titles],
    })),
  );
}

/** The lines an unknown line id may have meant (its label `一般公共预算` → `revenue.gpb`). @internal */
export function lineSuggestions(kind: TableKind, line: string): readonly string[] {
  return suggest(
    line,
    (kind.lines ?? []).map((l) => ({ key: l.id, printed: l.labels })),
  );
}
