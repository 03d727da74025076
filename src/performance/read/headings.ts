import { type Amount, addAmounts, amountsEqual, parseAmount, type Unit } from "../../amount";
import { normalizeName } from "../../codes";
import { parseMoney } from "../target/money-text";
import type { Draft, Reader } from "./reader";
import type { TargetReadProblem } from "./types";

/**
 * Whether a project row's draft may be a unit's heading rather than a project: it printed a name
 * and at most money (no code, type, goal, indicator or task).
 */
function bare(d: Draft): boolean {
  if (d.indicators.length > 0 || d.tasks.length > 0 || d.form !== undefined) return false;
  for (const [k, v] of Object.entries(d.fields)) if (k !== "name" && v !== undefined) return false;
  return d.fields.name !== "";
}

/** A draft's 资金总额, `null` when it prints none, `undefined` when it is not an amount. */
function totalOf(d: Draft, unit: Unit): Amount | null | undefined {
  const raw = (d.money.total ?? "").trim();
  const printed = Object.values(d.money).some((v) => (v ?? "").trim() !== "");
  if (raw === "") return printed ? undefined : null;
  const parsed = parseMoney(raw, unit);
  return parsed.ok ? parsed.value : undefined;
}

/** A running sum of the projects after a row: its amount and count, `undefined` once unknown. */
type Running = { sum: Amount | undefined; count: number };

const add = (r: Running, a: Amount | null | undefined): Running => ({
  sum:
    r.sum === undefined || a === undefined ? undefined : a === null ? r.sum : addAmounts(r.sum, a),
  count: r.count + 1,
});

const matches = (total: Amount, r: Running): boolean =>
  r.count > 0 && r.sum !== undefined && amountsEqual(total, r.sum);

/**
 * The drafts of `reader.projects` that head the projects after them rather than being projects:
 * the rows a table one indicator a row (or one project a row) prints for a unit of a multi-unit
 * department, its name with no indicator (`XX中心`, or `XX中心 | 120.00`). A bare row (a name,
 * at most money: {@link bare}) is a heading when
 *
 * - its name is one of the document's units (`unitNames`, normalised);
 * - it prints no money and the row after it is a project or another heading (it heads them);
 * - its 资金总额 equals exactly the money of the projects after it up to the next heading, or to the
 *   end (a department's row above its units' rows and projects).
 *
 * Decided only where some project of the reading prints indicators (a table of money only
 * prints every project bare). One backward pass: linear in the projects. @internal
 */
export function unitHeadings(
  reader: Reader,
  listed: ReadonlySet<Draft>,
  unitNames: readonly string[],
): ReadonlySet<number> {
  const headings = new Set<number>();
  const drafts = reader.projects;
  if (!drafts.some((d) => d.indicators.length > 0)) return headings;
  const unit = reader.unit ?? "万元";
  const zero = parseAmount("0", unit);
  const empty: Running = { sum: zero.ok && zero.value !== null ? zero.value : undefined, count: 0 };
  const names = new Set(unitNames.map(normalizeName));
  let section = empty;
  let rest = empty;
  /** Whether the draft after the one looked at is a project or a heading. */
  let headsSomething = false;
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i] as Draft;
    const total = listed.has(d) && bare(d) ? totalOf(d, unit) : undefined;
    const heading =
      listed.has(d) &&
      bare(d) &&
      headsSomething &&
      (names.has(normalizeName(d.fields.name)) ||
        total === null ||
        (total !== undefined && (matches(total, section) || matches(total, rest))));
    if (heading) {
      headings.add(i);
      section = empty;
    } else {
      const own = totalOf(d, unit);
      section = add(section, own);
      rest = add(rest, own);
    }
    headsSomething = true;
  }
  return headings;
}

/** A target path's project index re-numbered without the headings (`undefined`: a heading's). */
function renumber(index: number, kept: readonly number[]): number | undefined {
  const n = kept[index];
  return n === undefined || n < 0 ? undefined : n;
}

/**
 * Drops the headings from the reader's projects (the cells each project cites go with it: a
 * heading's own cells are not projects' and are not cited), re-keying the problems' paths to the
 * projects kept. @internal
 */
export function dropHeadings(reader: Reader, headings: ReadonlySet<number>): void {
  if (headings.size === 0) return;
  const kept: number[] = [];
  let n = 0;
  for (let i = 0; i < reader.projects.length; i++) kept.push(headings.has(i) ? -1 : n++);
  const projects = reader.projects.filter((_, i) => !headings.has(i));
  reader.projects.length = 0;
  reader.projects.push(...projects);
  const problems = reader.problems.map((p): TargetReadProblem | undefined => {
    if (!("path" in p) || p.path === undefined || p.path[0] !== "projects") return p;
    const index = renumber(Number(p.path[1]), kept);
    if (index === undefined) return p.code === "unread-cell" ? withoutPath(p) : undefined;
    return { ...p, path: ["projects", index, ...p.path.slice(2)] } as TargetReadProblem;
  });
  reader.problems.length = 0;
  for (const p of problems) if (p !== undefined) reader.problems.push(p);
}

function withoutPath(p: TargetReadProblem & { code: "unread-cell" }): TargetReadProblem {
  const { path: _, ...rest } = p;
  return rest;
}
