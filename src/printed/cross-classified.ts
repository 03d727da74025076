import { type CodeSystem, parseCode } from "../codes";
import { rowKeyId } from "../disclosure";
import type { ReadProblem } from "./problems";
import type { BuiltRow } from "./wrapped-rows";

/** A code as printed in a column the kind does not have: digits, spaced or joined (`201 01 01`). */
const CODE = /^[0-9][0-9 .-]*$/u;

const SYSTEMS: readonly CodeSystem[] = ["functional", "departmental", "government"];

/**
 * Whether a cell prints a 科目 code of a classification (`2010101`, `201 01 01`, `30101`): no row
 * number (`1`, `12`), which a column of its own (序号, 行次) prints on every row.
 */
function isClassCode(v: string): boolean {
  if (!CODE.test(v)) return false;
  const digits = v.replace(/[ .-]/gu, "");
  return SYSTEMS.some((s) => parseCode(s, digits).ok);
}

/** The cells of columns the kind does not have that print a 科目 code, as one text (`""`: none). */
function extraCodes(cells: Readonly<Record<string, string>>): string {
  let out = "";
  for (const k in cells) {
    const v = (cells[k] as string).trim();
    if (k.startsWith("extra:") && isClassCode(v)) out += `${k}=${v}\u0000`;
  }
  return out;
}

/**
 * A table whose rows are by two classifications (a 基本支出 table printing each economic 科目
 * under each functional one: `功能分类科目编码 | … | 经济分类科目编码 | …`) where the kind reads one:
 * the same code under the same unit prints different codes in a column the kind does not have.
 * Its rows keyed by a code would state one fact twice with different figures (false duplicates
 * and `same-fact` errors), so they are kept unplaced (coverage) with one `cross-classified`
 * problem naming that column; totals and units stay. Any other table is given back as it is.
 * One pass. @internal
 */
export function crossClassified(
  built: readonly BuiltRow[],
  problems: ReadProblem[],
): readonly BuiltRow[] {
  const first = new Map<string, string>();
  let unit = "";
  let at: BuiltRow | undefined;
  let column = "";
  for (const b of built) {
    const { key } = b;
    if (key.kind === "org" || key.kind === "total") unit = rowKeyId(key);
    if (key.kind !== "functional" && key.kind !== "economic") continue;
    const codes = extraCodes(b.cells);
    if (codes === "") continue;
    const id = `${unit}\u0000${rowKeyId(key)}`;
    const before = first.get(id);
    if (before === undefined) first.set(id, codes);
    else if (before !== codes) {
      at = b;
      column = codes.slice("extra:".length, codes.indexOf("="));
      break;
    }
  }
  if (at === undefined) return built;
  const coded = built.filter((b) => b.key.kind === "functional" || b.key.kind === "economic");
  problems.push({
    code: "cross-classified",
    severity: "warning",
    path: { row: at.source },
    column,
    rows: coded.length,
  });
  return built.map((b) =>
    b.key.kind === "functional" || b.key.kind === "economic"
      ? { ...b, key: { kind: "unplaced", label: b.name?.trim() ?? "" } }
      : b,
  );
}
