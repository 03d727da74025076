import type { TableKind } from "../templates";
import { plainText as plainHeader } from "./cells";
import { matchHeaders } from "./headers";
import type { ReadProblem } from "./problems";
import type { PrintedTable } from "./types";

/**
 * A whole 科目 code as a column of its own prints it: 3, 5 or 7 digits, the groups joined or
 * apart (`2013101`, `201 31 01`, `201-31-01`, `201.31.01`), after NFKC. Not 6 digits (a unit's
 * code), not a row number.
 */
const CODE = /^[0-9]{3}(?:[ .-]?[0-9]{2}){0,2}$/u;

/** Whether column `c` prints a code in some row and nothing but codes in any. */
function codesOnly(rows: readonly (readonly string[])[], c: number): boolean {
  let some = false;
  for (const r of rows) {
    const cell = (r[c] ?? "").normalize("NFKC").trim();
    if (cell === "") continue;
    if (!CODE.test(cell)) return false;
    some = true;
  }
  return some;
}

/**
 * The codes of a table printed in a column of their own that has no header of its own, right
 * left of the names: the text layer gave it no header (a rule read as a column, the code's header
 * cell merged into the one above), or the name's header over both (`科目名称` merged over the code
 * and the name, given twice). A column printing nothing but codes there (`2013101`, `201 31 01`),
 * when the kind has one column for whole codes of a system no other column prints, is headed as
 * that column (`code-column`, info), so its rows are placed by code, not by name alone. Anything
 * else stays as printed. One pass over the rows per candidate column; the headers are matched
 * once more only when there is one. @internal
 */
export function codeColumns(
  printed: PrintedTable,
  kind: TableKind,
  year: number | undefined,
): { readonly table: PrintedTable; readonly problems: readonly ReadProblem[] } {
  const { headers, rows } = printed;
  const unchanged = { table: printed, problems: [] };
  const candidates: number[] = [];
  for (let i = 0; i + 1 < headers.length; i++) {
    const plain = plainHeader(headers[i] ?? "");
    if ((plain === "" || plain === plainHeader(headers[i + 1] ?? "")) && codesOnly(rows, i))
      candidates.push(i);
  }
  if (candidates.length === 0) return unchanged;
  const { columns } = matchHeaders(headers, kind, { year });
  const printedSystems = new Set(
    columns.map((c) => (c.column?.role === "code" ? c.column.system : undefined)),
  );
  const whole = kind.columns.filter(
    (c) => c.role === "code" && c.segment === undefined && !printedSystems.has(c.system),
  );
  // Codes of which system is not guessed: the kind must have one such column only.
  const code = whole.length === 1 ? whole[0] : undefined;
  const header = code?.headers[0];
  if (header === undefined) return unchanged;
  const named = (i: number) => {
    const here = columns[i]?.column?.role;
    const next = columns[i + 1]?.column?.role;
    const same = plainHeader(headers[i] ?? "") === plainHeader(headers[i + 1] ?? "");
    return next === "name" || (same && here === "name");
  };
  const at = candidates.find(named);
  if (at === undefined) return unchanged;
  const text = headers[at] ?? "";
  const problem: ReadProblem = {
    code: "code-column",
    severity: "info",
    path: { header: at, text },
    column: code?.key ?? "",
  };
  return {
    table: { ...printed, headers: headers.map((h, i) => (i === at ? header : h)) },
    problems: [problem],
  };
}
