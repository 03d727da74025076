import { type OtherPeriod, type Row, type RowKey, rowKeyId } from "../disclosure";
import { namesTold, projectCoordinate } from "../disclosure/project-identity";
import { printedAgree, statedOnce } from "../disclosure/residue";
import { isUnitMark, unitCloser } from "../disclosure/row-key";
import type { TableKind } from "../templates";
import { statesNoFigure } from "./cells";
import type { ReadProblem } from "./problems";
import type { BuiltRow } from "./wrapped-rows";

/**
 * The rows in printed order, indicators numbered; a key seen before under the same unit (rows
 * after an `org` row belong to it) is a `duplicate-row` problem, both rows kept (at info where one
 * of them states no figure, or for the total printed twice with the same figures, or a line of a
 * table of economic 科目 (a nature's total heading its section and again in the footer: see
 * `statedOnce`): one statement printed twice); a unit's row printed again after its own rows (its 小计) is none, and so is a
 * project of one name told apart by something else it prints (its code, its 项目单位, a column
 * the kind does not have, the unit's heading row above it: see `namesTold`), as lowering tells
 * them apart.
 */
export function finish(
  built: readonly BuiltRow[],
  problems: ReadProblem[],
  kind: TableKind,
  amountUnit: string,
): Row[] {
  let indicator = 0;
  const rows = built.map((b): Row => {
    const key: RowKey =
      b.key.kind === "indicator" ? { kind: "indicator", index: indicator++ } : b.key;
    return b.name === undefined ? { key, cells: b.cells } : { key, name: b.name, cells: b.cells };
  });
  const told = namesTold(rows, undefined, kind);
  const seen = new Map<string, BuiltRow>();
  let unit = "";
  // The unit whose projects follow, as lowering follows it (a unit's row; the total ends it).
  let projectsOf: string | undefined;
  const closer = unitCloser();
  // Where the last nature section line (人员经费 / 公用经费) of a one-column 基本支出表 was read: a 类
  // printed once in each section (302 over the 30239 classed under 人员经费, and again over the rest)
  // is its two parts, not a repeat.
  let sectionAt = -1;
  const at = new Map<BuiltRow, number>();
  rows.forEach((row, i) => {
    const b = built[i] as BuiltRow;
    const { key } = row;
    const id = rowKeyId(key);
    // A unit's row printed again to close its own rows (its 小计) repeats no row: the checker
    // compares the two.
    const closes = closer(key);
    if (key.kind === "org" || key.kind === "total") unit = id;
    if (key.kind === "org") projectsOf = key.code;
    else if (key.kind === "total") projectsOf = undefined;
    const own =
      key.kind === "project" && told !== undefined
        ? `${id}\u0000${projectCoordinate(key.name, row, projectsOf, told)}`
        : id;
    const scoped = key.kind === "org" || key.kind === "total" ? id : `${unit}\u0000${own}`;
    const mark = isUnitMark(b);
    if (key.kind === "line" && (key.line === "personnel" || key.line === "public")) sectionAt = i;
    const earlier = key.kind === "unplaced" || closes || mark ? undefined : seen.get(scoped);
    if (earlier === undefined) {
      seen.set(scoped, b);
      at.set(b, i);
    } else {
      const severity =
        (key.kind === "economic" && key.econ.length === 3 && (at.get(earlier) ?? i) < sectionAt) ||
        statesNoFigure(earlier.cells) ||
        statesNoFigure(b.cells) ||
        (statedOnce(key, kind) && printedAgree(earlier, b, kind, amountUnit))
          ? "info"
          : "warning";
      const pair = [earlier.source, b.source] as const;
      problems.push({
        code: "duplicate-row",
        severity,
        path: { row: b.source },
        key: id,
        rows: pair,
      });
    }
  });
  return rows;
}

/**
 * The columns the headers placed as last year's figures or a change between years (their
 * `other-period-header` problems), by cell key; `undefined` when there are none. A later year's
 * or an undecided one's stay unknown columns: one of them may be this year's figures.
 */
export function otherPeriodColumns(
  problems: readonly ReadProblem[],
): Readonly<Record<string, OtherPeriod>> | undefined {
  let out: Record<string, OtherPeriod> | undefined;
  for (const p of problems)
    if (
      p.code === "other-period-header" &&
      (p.period === "prior" || p.period === "change" || p.period === "budget")
    ) {
      out ??= {};
      out[p.key] = p.period;
    }
  return out;
}
