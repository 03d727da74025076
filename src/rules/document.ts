import {
  documentKindRule,
  documentNameRule,
  documentRequiredRule,
  documentYearRule,
} from "./builtin/document";
import type { Profile, Rule } from "./types";

/**
 * The rules about the document as a whole, in report order: every part its template requires of
 * a 部门 or 单位 document is printed (`document.required`), titles and headings name its year
 * (`document.year`), the department's name is the same everywhere (`document.name`), and a 部门
 * document does not speak as a 单位 one nor the reverse (`document.kind`). They read the tables'
 * titles, the text sections' titles and headings, a table of contents (a text section titled
 * `目录`) and the meta; `withDocument(profile)` adds them.
 *
 * @example
 * ```ts
 * import { DOCUMENT_RULES } from "yusuan/check";
 * DOCUMENT_RULES.map((r) => r.id); // ["document.required", "document.year", "document.name", "document.kind"]
 * ```
 */
export const DOCUMENT_RULES: readonly Rule[] = [
  documentRequiredRule,
  documentYearRule,
  documentNameRule,
  documentKindRule,
];

/**
 * A profile that also runs the rules about the document as a whole ({@link DOCUMENT_RULES}) after
 * its own: for a whole published document (a partial one, a few tables, would be told that the
 * rest is missing). Pass its rules to `renderFinding` too.
 *
 * @example
 * ```ts
 * import { checkDisclosure, henan2024Profile, withDocument } from "yusuan/check";
 * import { henan2024 } from "yusuan/templates";
 * const meta = { year: 2024, documentKind: "部门", template: "henan2024", department: { name: "某局" }, units: [] } as const;
 * const report = checkDisclosure(
 *   { meta, tables: [], texts: [{ title: "名词解释", body: "……" }] },
 *   { profile: withDocument(henan2024Profile), template: henan2024 },
 * );
 * report.findings.filter((f) => f.ruleId === "document.required").length; // 17
 * ```
 */
export function withDocument(profile: Profile): Profile {
  return { ...profile, rules: [...profile.rules, ...DOCUMENT_RULES] };
}
