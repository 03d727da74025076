/**
 * Rows told apart only by a heading the reader did not place: a table printed in blocks, each
 * under a heading row it could not read as a unit's, a total or a line (`[105001]某局机关`,
 * `一、机关本级`, `单位：某中心`, in a kind that holds no units: a 一般公共预算基本支出表 printed by
 * unit), each block printing its own 301, 30101…. Read as the table's, one code would be stated
 * twice with different figures (false `rows.duplicate`, `same-fact` and `rollup` errors).
 */
import { type RowKey, rowKeyId } from "../disclosure";
import type { TableKind } from "../templates";
import { accepts } from "./cells";
import type { ReadProblem } from "./problems";
import type { BuiltRow } from "./wrapped-rows";

/** The row kinds a block under a heading prints (a 科目 or a project), the ones told apart. */
const BLOCK_KINDS: ReadonlySet<RowKey["kind"]> = /*#__PURE__*/ new Set([
  "functional",
  "economic",
  "project",
]);

/**
 * Reads the blocks of a table under headings the reader did not place (see the file's note): a
 * heading is a row left unplaced (not itself kept under another heading) above code or project
 * rows, up to the next heading, unit, total or the table's end. Where a key under one unit (or
 * the department) is printed under two headings, or under a heading and above every heading,
 * whose figures each block states is not guessed: every code, project or line row under a heading
 * (a block's own `人员经费` subtotal over its 301 rows) is kept unplaced (`unplaced-row`, `under`
 * its heading's printed row: coverage); the rows above every heading stay as read. A table of
 * lines, or where no key repeats so, is given back as it is (a heading over rows of their own,
 * `人员经费` over 301, `公用经费` over 302, tells nothing apart). Two passes. @internal
 */
export function headedRepeats(
  built: readonly BuiltRow[],
  kind: TableKind,
  problems: ReadProblem[],
  printed: readonly (readonly string[])[],
): readonly BuiltRow[] {
  // A table of lines side by side (a 收支总表) is read by its labels, not in blocks.
  if (kind.lines !== undefined && kind.lines.length > 0 && !accepts(kind, "economic")) return built;
  if (!built.some((b) => b.key.kind === "unplaced")) return built;
  // Rows already kept under a heading (a unit's the unit sections read) head nothing.
  const kept = new Set<number>();
  for (const p of problems)
    if (p.code === "unplaced-row" && p.under !== undefined) kept.add(p.path.row);
  // The heading each row is under (its printed row; -1 none), and the first heading of each key.
  const headingOf: number[] = [];
  const first = new Map<string, number>();
  let apart = false;
  let unit = "";
  let heading = -1;
  for (const b of built) {
    const { key } = b;
    if (key.kind === "org" || key.kind === "total") {
      unit = rowKeyId(key);
      heading = -1;
    } else if (key.kind === "unplaced") {
      if (!kept.has(b.source)) heading = b.source;
    }
    // A block's lines (`人员经费` over its 301 rows) are its own too, but tell nothing apart.
    headingOf.push(BLOCK_KINDS.has(key.kind) || key.kind === "line" ? heading : -1);
    if (!BLOCK_KINDS.has(key.kind) || apart) continue;
    const id = `${unit}\u0000${rowKeyId(key)}`;
    const before = first.get(id);
    if (before === undefined) first.set(id, heading);
    else if (before !== heading) apart = true;
  }
  if (!apart) return built;
  return built.map((b, i) => {
    const under = headingOf[i] as number;
    if (under < 0) return b;
    problems.push({
      code: "unplaced-row",
      severity: "warning",
      path: { row: b.source },
      cells: printed[b.source] ?? [],
      under,
    });
    return { ...b, key: { kind: "unplaced", label: b.name?.trim() ?? "" } };
  });
}
