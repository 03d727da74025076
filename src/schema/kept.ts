import { type SchemaIssue, valueAt } from "./issues";
import type { SchemaNote } from "./notes";

/**
 * The unknown keys among `issues` left out of `value` (what `JSON.parse` made, the library's own),
 * each a note holding its value; `rest` are the other issues. What `readDisclosureJson` and
 * `readLedgerJson` do with a property the format does not have. @internal
 */
export function keepUnknownKeys(
  value: unknown,
  issues: readonly SchemaIssue[],
): { readonly kept: SchemaNote[]; readonly rest: SchemaIssue[] } {
  const kept: SchemaNote[] = [];
  const rest: SchemaIssue[] = [];
  for (const issue of issues) {
    const holder = valueAt(value, issue.path.slice(0, -1));
    if (issue.code !== "unknown-key" || typeof holder !== "object" || holder === null) {
      rest.push(issue);
      continue;
    }
    const record = holder as Record<string, unknown>;
    kept.push({ ...issue, value: record[issue.key] });
    delete record[issue.key];
  }
  return { kept, rest };
}
