/**
 * A table of projects closing with a row of figures and no label (no 类型, name, 项目单位 nor
 * code): its 合计 printed with the label left out of the merged cell (or dropped by the text
 * extraction), told by the sum.
 */

import type { TableKind } from "../templates";
import { accepts, sameFigures } from "./cells";
import type { ReadProblem } from "./problems";
import { amountKeys, sumsTo } from "./project-units";
import type { BuiltRow } from "./wrapped-rows";

/** Whether a row prints nothing but figures: no name, and no cell other than the amounts'. */
const figuresOnly = (b: BuiltRow, amounts: ReadonlySet<string>): boolean =>
  (b.name ?? "").trim() === "" &&
  Object.entries(b.cells).every(([k, v]) => amounts.has(k) || v.trim() === "");

/**
 * Reads the last row of a table of projects (a kind of totals and projects, no indicator) as
 * its total (`total`, its `unplaced-row` withdrawn) where it was left unplaced for printing no
 * label, prints figures only, and states the sum of the rows, proved by the sum in every amount
 * column: of its units' rows (`org`) or of its projects', and is no other figures than a total
 * printed above states (a page's sum under the 合计). Any other such row stays unplaced
 * (coverage). One pass over the rows.
 * @internal
 */
export function unlabelledTotal(
  built: BuiltRow[],
  kind: TableKind,
  problems: ReadProblem[],
): BuiltRow[] {
  const last = built[built.length - 1];
  if (
    last === undefined ||
    last.key.kind !== "unplaced" ||
    last.key.label !== "" ||
    !accepts(kind, "total") ||
    !accepts(kind, "project") ||
    accepts(kind, "indicator")
  )
    return built;
  const keys = amountKeys(kind);
  if (!figuresOnly(last, new Set(keys))) return built;
  const rows = built.slice(0, -1);
  // A total printed above stating other figures: this row sums some rows only (a page's).
  if (rows.some((b) => b.key.kind === "total" && !sameFigures(b.cells, last.cells))) return built;
  const of = (k: "org" | "project") => rows.filter((b) => b.key.kind === k);
  const units = of("org");
  if (!sumsTo(last, of("project"), keys) && !(units.length > 0 && sumsTo(last, units, keys)))
    return built;
  const at = problems.findIndex(
    (p) => p.code === "unplaced-row" && "row" in p.path && p.path.row === last.source,
  );
  if (at >= 0) problems.splice(at, 1);
  return [...rows, { ...last, key: { kind: "total" } }];
}
