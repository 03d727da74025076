import { checkName } from "../../catalog";
import type { LoweredRow } from "../../disclosure";
import {
  loweredAgree,
  loweredStatement,
  repeatConflicts,
  statedOnce,
} from "../../disclosure/residue";
import { isUnitMark, unitCloser } from "../../disclosure/row-key";
import type { TableKind } from "../../templates";
import { splitAcrossNatures } from "../classed-rows";
import { sectionClassed } from "../section-classed";
import type { Finding, Rule, RuleContext, Severity } from "../types";
import { atOf, L, outcomeOf, p, plain } from "./shared";

/** Whether a row's printed name is a former name (or alias) of its code in the catalog given. */
function formerName(ctx: RuleContext, r: LoweredRow): boolean {
  const key = r.row.key;
  const name = r.row.name;
  if (name === undefined || ctx.catalog === undefined) return false;
  const [catalog, code] =
    key.kind === "functional"
      ? [ctx.catalog.functional, key.code]
      : key.kind === "economic"
        ? [ctx.catalog.departmental, key.econ]
        : [undefined, ""];
  return (
    catalog !== undefined &&
    checkName(catalog, code, name, ctx.disclosure.meta.year).kind === "alias"
  );
}

/**
 * How much a repeated row key matters. A blank repeat is template residue (info). A repeat of
 * zeros beside figures is residue too, compared with nothing (the check leaves it out): info when
 * it prints a former name of the code (`（九）医疗卫生与计划生育支出` 0.00 beside `（十）卫生健康支出`),
 * else one warning. Two rows with figures conflict (the rule's severity), but a total stating the
 * same figures column by column (a 合计 printed at the top and again at the foot: see
 * {@link agreeingTotal}): one statement printed twice, info.
 */
function repeatSeverity(
  ctx: RuleContext,
  earlier: LoweredRow,
  r: LoweredRow,
  severity: Severity,
  kind: TableKind | undefined,
): Severity {
  const mine = loweredStatement(r);
  const theirs = loweredStatement(earlier);
  if (repeatConflicts(mine, theirs)) return agreeingTotal(earlier, r, kind) ? "info" : severity;
  if (mine === "blank" || theirs === "blank") return "info";
  const zeros = mine === "zeros" ? r : earlier;
  if (formerName(ctx, zeros)) return "info";
  return severity === "error" ? "warning" : severity;
}

/**
 * Whether two rows are a table's total printed twice with the same figures (`合计` at the top and
 * again at the foot, `总计` above and `合  计` below), or a line of a table of economic 科目 so
 * printed (`人员经费` heading its section, `人员经费合计` in the footer: see `statedOnce`): one
 * statement printed twice, which no sum of the table counts. A 科目 or project row printed twice
 * is counted twice by the sums it is in, so it stays a conflict, whatever it states.
 */
const agreeingTotal = (a: LoweredRow, b: LoweredRow, kind: TableKind | undefined): boolean =>
  statedOnce(a.row.key, kind) && statedOnce(b.row.key, kind) && loweredAgree(a, b);

/** The same row key twice in a table. @internal */
export const duplicateRowRule: Rule = {
  id: "rows.duplicate",
  severity: "error",
  domain: "hygiene",
  reads: ["row keys"],
  title: /*#__PURE__*/ L("表内行不重复", "No duplicate rows in a table"),
  message: (f, labels) => {
    const at = atOf(f, labels);
    return L(
      `${at["zh-CN"]}：该行与第 ${p(f, "first")} 行重复。`,
      `${at.en}: this row repeats row ${p(f, "first")}.`,
    );
  },
  check: (ctx, severity) => {
    const findings: Finding[] = [];
    for (const table of ctx.tables) {
      // (a one-column 基本支出表 cut into nature sections: its rows as their sections state them)
      const t = sectionClassed(table);
      const seen = new Map<string, LoweredRow>();
      // A unit's row printed again after its own rows (its 小计, closing them) repeats
      // nothing: the two are compared as one fact.
      const closes = unitCloser();
      for (const r of t.rows) {
        if (r.row.key.kind === "indicator" || r.row.key.kind === "unplaced") continue;
        const key = r.row.key;
        if (closes(key) || isUnitMark(r.row)) continue;
        // Two projects of one name are two rows where their printed codes differ, or where
        // lowering told them apart (their coordinates: by 项目单位, by a column the kind does not
        // have, `功能科目编码`).
        const code = key.kind === "project" ? (key.code?.trim() ?? "") : "";
        const id =
          key.kind === "project" ? `${r.id}\u0000${code}\u0000${r.coords?.project ?? ""}` : r.id;
        const earlier = seen.get(id);
        if (earlier === undefined) {
          seen.set(id, r);
          continue;
        }
        // (a 科目 printed once in each nature's section, its figure split: its two parts)
        const split = splitAcrossNatures(earlier, r);
        findings.push(
          plain(
            "rows.duplicate",
            split ? "info" : repeatSeverity(ctx, earlier, r, severity, t.kind),
            { table: t.table.kind, row: r.id, column: "", raw: "" },
            { first: earlier.index + 1 },
          ),
        );
      }
    }
    return { outcome: outcomeOf(findings, ctx.tables.length > 0), findings, checked: [] };
  },
};
