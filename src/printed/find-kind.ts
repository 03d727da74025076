import { onlyContinuation } from "../disclosure/continued";
import type { TableKind } from "../templates";
import { UNREAD_TABLES } from "../templates/unread-tables";
import type { ReadProblem } from "./problems";
import type { ReadOptions } from "./read-options";
import { headerRows, rankTableKinds, rankTitled } from "./title";
import type { PrintedTable } from "./types";

/**
 * The kind of a printed table: the one `options.kind` forces, else the one its title names best
 * (a code column headed by economic 科目 ruling out kinds by function alone), else the kind a
 * page titled `续表` alone continues; with the problem when there is none (a table disclosures
 * publish that the library does not read: `unread-table`, see `UNREAD_TABLES` in `yusuan/templates`). @internal
 */
export function findKind(
  printed: PrintedTable,
  options: ReadOptions,
): { kind: TableKind | undefined; problem: ReadProblem | undefined } {
  const path = { title: printed.title };
  if (options.kind !== undefined) {
    const kind = options.template.tables.find((k) => k.id === options.kind);
    const problem: ReadProblem = {
      code: "unknown-kind",
      severity: "error",
      path,
      kind: options.kind,
    };
    return kind === undefined ? { kind, problem } : { kind, problem: undefined };
  }
  // A code column headed by its classification (`经济分类科目编码`) names the rows: a table by
  // economic 科目 is no table by function, however its title reads (`…支出决算明细表`).
  // Only the economic is taken so: a 功能分类科目 heading over economic codes is seen too.
  const economic = headerRows(printed.headers) === "economic";
  const ranked = rankTableKinds(printed.title, options.template).filter(
    (r) =>
      !economic || r.kind.rowKinds.includes("economic") || !r.kind.rowKinds.includes("functional"),
  );
  const [best, second] = ranked;
  // A page titled only `续表` names no kind: it is the kind of the table it continues.
  if (best === undefined && onlyContinuation(printed.title)) {
    const kind = options.template.tables.find((k) => k.id === options.continues);
    if (kind !== undefined) return { kind, problem: undefined };
    const problem: ReadProblem = { code: "continued-title", severity: "error", path };
    return { kind: undefined, problem };
  }
  if (best === undefined) return { kind: undefined, problem: unmatched(printed.title) };
  if (second !== undefined && second.score === best.score) {
    const candidates = ranked.filter((r) => r.score === best.score).map((r) => r.kind.id);
    return {
      kind: undefined,
      problem: { code: "ambiguous-title", severity: "error", path, candidates },
    };
  }
  return { kind: best.kind, problem: undefined };
}

/**
 * The problem of a title no kind of the template has: `unread-table` (info, a gap of the library)
 * when it names a table disclosures publish that the library knows of (equal to one of its titles,
 * or ending with one: a unit's name before it), else `unknown-title`.
 */
function unmatched(title: string): ReadProblem {
  const path = { title };
  const [known] = rankTitled(title, UNREAD_TABLES);
  if (known !== undefined && known.score >= 0.5)
    return { code: "unread-table", severity: "info", path, table: known.item.id };
  return { code: "unknown-title", severity: "error", path };
}
