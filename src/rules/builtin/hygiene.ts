import { isNegative } from "../../amount";
import { type LoweredTable, rowKeyId } from "../../disclosure";
import { unitHeadings } from "../../disclosure/residue";
import type { Fact, SourceCell } from "../../facts";
import type { TableKind } from "../../templates";
import { visitCompared } from "../compared";
import { CellSet } from "../evidence";
import { allPrintedFacts } from "../per-check";
import type { Comparisons, Finding, Rule } from "../types";
import { atOf, L, outcomeOf, p, plain } from "./shared";

export { duplicateRowRule } from "./duplicate-rows";

const NONE: ReadonlySet<string> = /*#__PURE__*/ new Set();

/** The columns and lines (`line:<id>`) of a kind that may print a negative, found once per kind. */
const NEGATIVES = new WeakMap<
  TableKind,
  { of: TableKind["columns"]; lines: TableKind["lines"]; allowed: ReadonlySet<string> }
>();
function negativesAllowed(kind: TableKind): ReadonlySet<string> {
  const known = NEGATIVES.get(kind);
  if (known !== undefined && known.of === kind.columns && known.lines === kind.lines)
    return known.allowed;
  const allowed = new Set([
    ...kind.columns.filter((c) => c.allowNegative === true).map((c) => c.key),
    ...(kind.lines?.filter((l) => l.allowNegative === true).map((l) => `line:${l.id}`) ?? []),
  ]);
  NEGATIVES.set(kind, { of: kind.columns, lines: kind.lines, allowed });
  return allowed;
}

/**
 * Negative amounts where the template allows none (a column or line marked `allowNegative`, such
 * as a change against last year, may hold them). @internal
 */
export const negativeRule: Rule = {
  id: "amount.negative",
  severity: "warning",
  domain: "hygiene",
  reads: ["every amount", "the template's allowNegative marks"],
  title: /*#__PURE__*/ L(
    "金额不为负（模板允许处除外）",
    "No negative amounts where the template allows none",
  ),
  message: (f, labels) => {
    const at = atOf(f, labels);
    return L(`${at["zh-CN"]} 为负数。`, `${at.en} is negative.`);
  },
  check: (ctx, severity) => {
    const findings: Finding[] = [];
    let facts = 0;
    for (const t of ctx.tables) {
      const allowed = t.kind === undefined ? NONE : negativesAllowed(t.kind);
      for (let ri = 0; ri < t.rows.length; ri++) {
        const row = (t.rows[ri] as LoweredTable["rows"][number]).facts;
        for (let fi = 0; fi < row.length; fi++) {
          const f = row[fi] as Fact;
          facts++;
          if (f.value === null || !isNegative(f.value)) continue;
          if (allowed.has(f.source.column) || allowed.has(f.source.row)) continue;
          findings.push(plain("amount.negative", severity, f.source));
        }
      }
    }
    return { outcome: outcomeOf(findings, facts > 0), findings, checked: [] };
  },
};

/**
 * Printed text that is no amount (`12.3.4`, `6.5O`, `4,00`): a fault of the document. What the
 * library could not place (unknown columns, lines, tables, rows) is coverage, not a finding, and
 * so is a well-formed figure printed with a money unit it does not read (`11.00百万元`, `1100千元`,
 * `0.11亿元` in a table in 万元: the amount error `unit-not-taken`).
 * @internal
 */
export const cellProblemsRule: Rule = {
  id: "cell.unreadable",
  severity: "error",
  domain: "hygiene",
  reads: ["every amount cell"],
  title: /*#__PURE__*/ L("金额单元格均为有效金额", "Every amount cell holds an amount"),
  message: (f, labels) => {
    const at = atOf(f, labels);
    return L(`${at["zh-CN"]}：不是有效的金额。`, `${at.en}: not a valid amount.`);
  },
  check: (ctx, severity) => {
    const findings: Finding[] = [];
    let amounts = 0;
    for (const t of ctx.tables) {
      for (const r of t.rows) amounts += r.facts.length;
      for (const prob of t.problems) {
        if (prob.code !== "malformed-amount") continue;
        amounts++;
        // A well-formed figure in a unit not read (`11.00百万元`, `0.11亿元` in 万元) is coverage.
        if (prob.error.code === "unit-not-taken") continue;
        const cell: SourceCell = {
          table: prob.table,
          row: prob.row,
          column: prob.column,
          raw: prob.raw,
        };
        findings.push(plain("cell.unreadable", severity, cell, { problem: prob.error.code }));
      }
    }
    return { outcome: outcomeOf(findings, amounts > 0), findings, checked: [] };
  },
};

/**
 * A code printed without a leading zero (`301 2` for 30102): read as the code it denotes, so the
 * row keeps its place in the sums, and reported as the document's misprint. @internal
 */
export const misprintRule: Rule = {
  id: "code.misprint",
  severity: "warning",
  domain: "codes",
  reads: ["row codes"],
  title: /*#__PURE__*/ L("科目编码印刷完整", "Codes are printed in full"),
  message: (f, labels) => {
    const at = atOf(f, labels, false);
    return L(
      `${at["zh-CN"]}：编码印作“${p(f, "printed")}”，少了前导 0，按 ${p(f, "code")} 读取。`,
      `${at.en}: the code is printed "${p(f, "printed")}" without a leading zero; read as ${p(f, "code")}.`,
    );
  },
  check: (ctx, severity) => {
    const findings: Finding[] = [];
    let codes = 0;
    for (const t of ctx.tables) {
      for (const r of t.rows)
        if (r.row.key.kind === "functional" || r.row.key.kind === "economic") codes++;
      for (const prob of t.problems) {
        if (prob.code !== "misprinted-code") continue;
        const cell: SourceCell = { table: prob.table, row: prob.row, column: "", raw: prob.raw };
        findings.push(
          plain("code.misprint", severity, cell, { printed: prob.raw, code: prob.denotes }),
        );
      }
    }
    return { outcome: outcomeOf(findings, codes > 0), findings, checked: [] };
  },
};

/** Project codes: 21 characters, region + two-digit year; a year other than the disclosure's is info. @internal */
export const projectCodeRule: Rule = {
  id: "project.code",
  severity: "warning",
  domain: "hygiene",
  reads: ["project rows with a code"],
  title: /*#__PURE__*/ L("项目编码格式与年度", "Project code shape and year"),
  message: (f, labels) => {
    const at = atOf(f, labels);
    return p(f, "kind") === "year"
      ? L(
          `${at["zh-CN"]}：项目编码 ${p(f, "code")} 的年度为 20${p(f, "codeYear")}，与本预算年度 ${p(f, "year")} 不同。`,
          `${at.en}: project code ${p(f, "code")} carries year 20${p(f, "codeYear")}, not ${p(f, "year")}.`,
        )
      : L(
          `${at["zh-CN"]}：项目编码 ${p(f, "code")} 不是 21 位、前 8 位为数字的编码。`,
          `${at.en}: project code ${p(f, "code")} is not 21 characters with 8 leading digits.`,
        );
  },
  check: (ctx, severity) => {
    const findings: Finding[] = [];
    let n = 0;
    const yy = String(ctx.disclosure.meta.year % 100).padStart(2, "0");
    for (const t of ctx.tables) {
      for (const r of t.rows) {
        const key = r.row.key;
        if (key.kind !== "project" || key.code === undefined) continue;
        n++;
        const cell: SourceCell = {
          table: t.table.kind,
          row: rowKeyId(key),
          column: "code",
          raw: key.code,
        };
        if (!/^\d{8}.{13}$/u.test(key.code))
          findings.push(plain("project.code", severity, cell, { kind: "shape", code: key.code }));
        else if (key.code.slice(6, 8) !== yy)
          findings.push(
            plain("project.code", "info", cell, {
              kind: "year",
              code: key.code,
              codeYear: key.code.slice(6, 8),
              year: ctx.disclosure.meta.year,
            }),
          );
      }
    }
    return { outcome: outcomeOf(findings, n > 0), findings, checked: [] };
  },
};

/**
 * Blank ≠ 0 unless an identity confirms it (DOMAIN §2): a blank cell that no comparison reaches
 * stays "no value" and is listed at info, so a reader knows it was not taken as zero.
 * @internal
 */
export const blankRule: Rule = {
  id: "cell.blank",
  severity: "info",
  domain: "blank vs zero",
  reads: ["blank cells", "every comparison"],
  title: /*#__PURE__*/ L(
    "空白不等于零，除非恒等式确认",
    "Blank is not zero unless an identity confirms it",
  ),
  message: (f, labels) => {
    const at = atOf(f, labels);
    return L(
      `${at["zh-CN"]} 为空白：没有恒等式确认它为零，按“无数值”处理。`,
      `${at.en} is blank: no identity confirms it is zero, so it is read as "no value".`,
    );
  },
  check: (ctx, severity) => {
    const blanks: SourceCell[] = [];
    // The longest text printed in a blank cell: a cell with longer text (a figure) is no blank.
    let longest = 0;
    const printed = allPrintedFacts(ctx);
    // A unit's row printing nothing is its rows' heading: its blanks are no cells left blank.
    const headings = new Set<Fact>();
    for (const t of ctx.tables)
      for (const r of unitHeadings(t.rows)) for (const f of r.facts) headings.add(f);
    for (let i = 0; i < printed.length; i++) {
      const f = printed[i] as Fact;
      if (f.value === null && !headings.has(f)) {
        blanks.push(f.source);
        if (f.source.raw.length > longest) longest = f.source.raw.length;
      }
    }
    if (blanks.length === 0) return { outcome: "not-applicable", findings: [], checked: [] };
    // The blank cells no comparison reaches: a sum cites the printed cell object itself, so
    // most are found by identity; a rule may describe a cell with another object, so the rest
    // are looked up by cell id.
    const open = new Set(blanks);
    const reach = (s: SourceCell) => {
      if (s.raw.length <= longest) open.delete(s);
    };
    for (const c of ctx.comparisons.values()) {
      visitCompared(c, reach);
      if (open.size === 0) break;
    }
    const byCell = open.size === 0 ? undefined : reachedCells(ctx.comparisons.values(), open);
    const findings: Finding[] = [];
    for (const s of blanks)
      if (open.has(s) && byCell?.(s) !== true) findings.push(plain("cell.blank", severity, s));
    return { outcome: "pass", findings, checked: [] };
  },
};

/**
 * Whether some comparison reaches a cell with the same table, row and column (the same cell id)
 * as an `open` cell, answered for each open cell. Few cells stay open (most are reached as the
 * objects the facts cite): only the cells reached that are like an open one are kept.
 */
function reachedCells(
  comparisons: Iterable<Comparisons>,
  open: ReadonlySet<SourceCell>,
): (s: SourceCell) => boolean {
  const wanted = new CellSet();
  for (const s of open) wanted.add(s);
  const out = new CellSet();
  for (const c of comparisons)
    visitCompared(c, (s) => {
      if (wanted.has(s)) out.add(s);
    });
  return (s) => out.has(s);
}
