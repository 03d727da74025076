import { parseAmount } from "../../amount";
import type { Table } from "../../disclosure";
import type { Finding, Rule } from "../types";
import { L, outcomeOf } from "./shared";

/**
 * Whether a table prints a figure in any cell, placed or not: a row the reader could not place
 * (`2120101-行政运行`) or a column it did not know (`本年政府性基金预算支出`, `金额`) still makes the
 * table no empty one (they are the coverage's). Stops at the first figure.
 */
function printsFigure(table: Table): boolean {
  for (const row of table.rows)
    for (const text of Object.values(row.cells)) {
      const a = parseAmount(text, "元");
      if (a.ok && a.value !== null) return true;
    }
  return false;
}

/** An empty table that must carry a note (财预〔2016〕143号). @internal */
export const emptyNoteRule: Rule = {
  id: "table.emptyNote",
  severity: "warning",
  domain: "I17",
  reads: ["tables whose kind requires a note when empty"],
  title: /*#__PURE__*/ L("空表须附说明", "An empty table carries a note"),
  message: (f, labels) => {
    const table = labels.table(f.path?.table ?? "");
    return L(
      `【${table["zh-CN"]}】为空表，但没有说明。`,
      `[${table.en}] is empty but carries no note.`,
    );
  },
  check: (ctx, severity) => {
    const findings: Finding[] = [];
    let applicable = false;
    for (const t of ctx.tables) {
      if (t.kind?.emptyNote !== "required") continue;
      applicable = true;
      const empty =
        t.rows.every((r) => r.facts.every((f) => f.value === null)) && !printsFigure(t.table);
      if (!empty || (t.table.note !== undefined && t.table.note.trim() !== "")) continue;
      findings.push({
        ruleId: "table.emptyNote",
        severity,
        outcome: "fail",
        params: {},
        evidence: [],
        path: { table: t.table.kind, row: "", column: "", raw: "" },
      });
    }
    return { outcome: outcomeOf(findings, applicable), findings, checked: [] };
  },
};
