import type { Catalog } from "../catalog";
import type { RowKey } from "../disclosure";
import { labelKey } from "../templates/wording";
import { sameFigures } from "./cells";
import type { ReadProblem } from "./problems";
import type { BuiltRow } from "./wrapped-rows";

/**
 * A 类's (or 款's) block closed by a `小计` (广东 exports: no 类 row, its 款 and 项, then `小计`; or
 * the 类 row, its rows, then `教育支出小计`). The block is the run of code rows since the last row
 * of another kind; the class it closes, a level above its shallowest code (see `classOf`).
 *
 * - Where the class prints no row, the `小计` is its row: read as it, so the checker compares it with
 *   the rows it closes (a wrong 小计 is a `rollup` error) and counts it once.
 * - Where the block opens with the class's row and the `小计` prints the same figures, it repeats
 *   that row: skipped as layout (`layout-row`, `class-subtotal`).
 *
 * Left as read (unplaced, coverage) otherwise: a table by unit (its 小计 may be a unit's), a row
 * read as a heading rows are held under, a class whose codes go on outside the block, a label
 * naming another class, other figures.
 */

/** A label's subtotal words, after `labelKey` (`小计`, `教育支出小计`, `教育支出合计`, `(小计)`). */
const ENDINGS = ["(小计)", "小计", "合计"] as const;

/** What a 小计 label names before its subtotal word (`""` for `小计` alone), else `undefined`. */
function namedBefore(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const label = labelKey(name);
  const ending = ENDINGS.find((e) => label.endsWith(e));
  if (ending === undefined) return undefined;
  const before = label.slice(0, -ending.length);
  return before === "" && ending === "合计" ? undefined : before;
}

/** A code row's code and its system's row kind. */
function codeOf(key: RowKey): string | undefined {
  if (key.kind === "functional") return key.code;
  if (key.kind === "economic" && key.gov === undefined) return key.econ;
  return undefined;
}

/**
 * The class a block of codes closes, `alone` telling whether a class has no code row outside the
 * block. Where the shallowest code is a 类, that 类 heading the block alone (`205`, `20502` … →
 * `205`). Else the 类, or failing it the 款, above the shallowest code that every code opens with
 * and that is alone (`20502`, `2050202` → `205`; `2050101`, `2050102` → `205`, or `20501` where
 * 205 goes on elsewhere). Else `undefined`.
 */
function classOf(codes: readonly string[], alone: (cls: string) => boolean): string | undefined {
  let shallowest = Number.POSITIVE_INFINITY;
  for (const c of codes) shallowest = Math.min(shallowest, c.length);
  const first = codes[0];
  if (first === undefined) return undefined;
  if (shallowest <= 3) {
    const heads = codes.filter((c) => c.length === shallowest).length;
    const headed = first.length === 3 && heads === 1 && codes.every((c) => c.startsWith(first));
    return headed && alone(first) ? first : undefined;
  }
  for (const level of [3, 5]) {
    const cls = first.slice(0, level);
    if (level < shallowest && codes.every((c) => c.startsWith(cls)) && alone(cls)) return cls;
  }
  return undefined;
}

/**
 * The rows with each 类's (or 款's) closing `小计` read (see the module's note): re-keyed as the
 * class's row, or dropped where it repeats it; their `unplaced-row` problems withdrawn and an info
 * noted. Linear: one pass for the blocks, one count of the rows by class. @internal
 */
export function classSubtotals<T extends BuiltRow>(
  built: T[],
  problems: ReadProblem[],
  catalog: Catalog | undefined,
): T[] {
  if (built.some((b) => b.key.kind === "org")) return built;
  const closing = built.flatMap((b, i) =>
    b.key.kind === "unplaced" && namedBefore(b.name) !== undefined ? [i] : [],
  );
  if (closing.length === 0) return built;
  // Code rows by class prefix (3 and 5 digits), to tell a class that goes on outside its block.
  const byPrefix = new Map<string, number>();
  for (const b of built) {
    const code = codeOf(b.key);
    if (code === undefined) continue;
    for (const n of [3, 5])
      if (code.length >= n)
        byPrefix.set(code.slice(0, n), (byPrefix.get(code.slice(0, n)) ?? 0) + 1);
  }
  // Rows kept unplaced under a heading read as a unit's: that heading is no 小计 to read.
  const heads = new Set(
    problems.flatMap((p) => ("under" in p && p.under !== undefined ? [p.under] : [])),
  );
  const out = built.slice();
  const dropped = new Set<number>();
  // The printed rows read here, whose `unplaced-row` problems are withdrawn in one pass.
  const read = new Set<number>();
  for (const at of closing) {
    let start = at;
    while (start > 0 && codeOf((built[start - 1] as T).key) !== undefined) start--;
    const block = built.slice(start, at);
    const kinds = new Set(block.map((b) => b.key.kind));
    const codes = block.map((b) => codeOf(b.key) as string);
    const cls = classOf(codes, (c) => byPrefix.get(c) === block.length);
    if (cls === undefined || kinds.size !== 1) continue;
    const row = built[at] as T;
    if (heads.has(row.source)) continue;
    const head = block[0] as T;
    const headed = codes[0] === cls;
    const named = namedBefore(row.name) ?? "";
    const names = [headed ? head.name : undefined, catalog?.byCode.get(cls)?.name];
    if (named !== "" && !names.some((n) => n !== undefined && labelKey(n) === named)) continue;
    if (headed && !sameFigures(head.cells, row.cells)) continue;
    if (!headed && codes.includes(cls)) continue;
    read.add(row.source);
    const path = { row: row.source };
    if (headed) {
      dropped.add(at);
      problems.push({ code: "layout-row", severity: "info", path, what: "class-subtotal" });
      continue;
    }
    const key: RowKey =
      head.key.kind === "economic"
        ? { kind: "economic", econ: cls }
        : { kind: "functional", code: cls };
    out[at] = { ...row, key, name: undefined };
    problems.push({ code: "class-subtotal", severity: "info", path, class: cls });
  }
  if (read.size > 0) {
    const kept = problems.filter(
      (p) => !(p.code === "unplaced-row" && "row" in p.path && read.has(p.path.row)),
    );
    problems.length = 0;
    for (const p of kept) problems.push(p);
  }
  return dropped.size === 0 ? out : out.filter((_, i) => !dropped.has(i));
}
