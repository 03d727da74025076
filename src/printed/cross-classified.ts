import { rowKeyId } from "../disclosure";
import { apartCells, apartColumn, apartText, isClassCode } from "../disclosure/told-apart";
import type { ReadProblem } from "./problems";
import type { BuiltRow } from "./wrapped-rows";

/**
 * A table whose rows are by a second dimension the kind does not read: another classification
 * (a 基本支出 table printing each economic 科目 under each functional one: `功能分类科目编码 | … |
 * 经济分类科目编码 | …`), or a unit or a fund named beside each 科目 in a column the kind does not
 * have (`单位名称 | 经济分类科目编码 | …` in a kind holding no units): the same code under the same
 * unit prints different text in such a column (see `apartCells`). Its rows keyed by a code would
 * state one fact twice with different figures (false duplicates and `same-fact` errors), so they
 * are kept unplaced (coverage) with one `cross-classified` problem naming that column (`by:
 * "text"` where it prints no classification's codes), and so are its lines printing text in that
 * column (a unit's `人员经费` subtotal beside the unit's name: stated once a unit); totals, units
 * and lines printing none there stay. Any other table is given back as it is. One pass. @internal
 */
export function crossClassified(
  built: readonly BuiltRow[],
  problems: ReadProblem[],
): readonly BuiltRow[] {
  const first = new Map<string, BuiltRow>();
  let unit = "";
  let at: BuiltRow | undefined;
  let column = "";
  for (const b of built) {
    const { key } = b;
    if (key.kind === "org" || key.kind === "total") unit = rowKeyId(key);
    if (key.kind !== "functional" && key.kind !== "economic") continue;
    const text = apartText(b.cells);
    if (text === "") continue;
    const id = `${unit}\u0000${rowKeyId(key)}`;
    const before = first.get(id);
    if (before === undefined) first.set(id, b);
    else if (apartText(before.cells) !== text) {
      at = b;
      column = apartColumn(apartCells(before.cells), apartCells(b.cells)) ?? "";
      break;
    }
  }
  if (at === undefined) return built;
  const coded = built.filter((b) => b.key.kind === "functional" || b.key.kind === "economic");
  const codes = coded.every((b) => {
    const v = b.cells[column];
    return v === undefined || v.trim() === "" || isClassCode(v.trim());
  });
  problems.push({
    code: "cross-classified",
    severity: "warning",
    path: { row: at.source },
    column: column.slice("extra:".length),
    rows: coded.length,
    ...(codes ? {} : { by: "text" as const }),
  });
  // A line printing text there (a unit's `人员经费` subtotal beside its name) is told apart so too.
  const apart = (b: BuiltRow) =>
    b.key.kind === "functional" ||
    b.key.kind === "economic" ||
    (b.key.kind === "line" && (b.cells[column] ?? "").trim() !== "");
  return built.map((b) =>
    apart(b) ? { ...b, key: { kind: "unplaced", label: b.name?.trim() ?? "" } } : b,
  );
}
