import { loweredStatement } from "../../disclosure/residue";
import type { SourceCell } from "../../facts";
import type { Localized } from "../../locale";
import { perCheck } from "../per-check";
import type { Finding, RuleContext, Severity } from "../types";
import { withoutOwnCode } from "./own-code";
import { L, p } from "./shared";

/** A row's printed name without its own code printed again in it ({@link withoutOwnCode}). */
const named = (name: string | undefined, code: string): string | undefined =>
  name === undefined ? undefined : withoutOwnCode(name, code);

/** A code printed as a row key: its system, printed name and cell. @internal */
export interface CodeRef {
  readonly system: "functional" | "departmental" | "government";
  readonly code: string;
  readonly name: string | undefined;
  readonly at: SourceCell;
  /**
   * Whether its row states no figure: blank, or zeros only (a 类 of the template's list the
   * department spends nothing under, its name as the template printed it, possibly a former
   * one: `（九）医疗卫生与计划生育支出 0.00` beside `（十）卫生健康支出 47.28`).
   */
  readonly blank: boolean;
}

/**
 * Every code printed as a row key, with its printed name and cell (listed once per check: the
 * code rules all read them). @internal
 */
export const codeRefs: (ctx: RuleContext) => readonly CodeRef[] =
  /*#__PURE__*/ perCheck(findCodeRefs);

function findCodeRefs(ctx: RuleContext): CodeRef[] {
  const out: CodeRef[] = [];
  for (const t of ctx.tables) {
    const kind = t.kind;
    const nameColumns = kind?.columns.filter((c) => c.role === "name") ?? [];
    const govNameCol = kind?.columns.find(
      (c) => c.role === "text" && c.system === "government",
    )?.key;
    const sided = kind?.columns.filter((c) => c.side !== undefined) ?? [];
    const nameOf = (side: string | undefined) =>
      (nameColumns.find((c) => c.side === side) ?? nameColumns[0])?.key ?? "name";
    const oneSided = nameOf(undefined);
    for (const r of t.rows) {
      const key = r.row.key;
      // A row whose code could not be read is reported by cell.unreadable, not here.
      if (r.coords === undefined) continue;
      const blank = loweredStatement(r) !== "figures";
      // In a two-sided table the row's name sits on the side of its cells.
      const side = sided.length === 0 ? undefined : sided.find((c) => c.key in r.row.cells)?.side;
      const nameCol = side === undefined ? oneSided : nameOf(side);
      const at = (column: string, printed: string | undefined, code: string): SourceCell => ({
        table: t.table.kind,
        row: r.id,
        column,
        raw: printed ?? code,
      });
      if (key.kind === "functional")
        out.push({
          system: "functional",
          code: key.code,
          name: named(r.row.name, key.code),
          at: at(nameCol, r.row.name, key.code),
          blank,
        });
      if (key.kind === "economic") {
        out.push({
          system: "departmental",
          code: key.econ,
          name: named(r.row.name, key.econ),
          at: at(nameCol, r.row.name, key.econ),
          blank,
        });
        if (key.gov !== undefined) {
          const govName = govNameCol === undefined ? undefined : r.row.cells[govNameCol];
          out.push({
            system: "government",
            code: key.gov,
            name: named(govName, key.gov),
            at: at(govNameCol ?? "gov", govName, key.gov),
            blank,
          });
        }
      }
    }
  }
  return out;
}

/** A finding about one printed code, its params the code's and `params`. @internal */
export function finding(
  id: string,
  severity: Severity,
  ref: CodeRef,
  params: Record<string, string | number>,
): Finding {
  return {
    ruleId: id,
    severity,
    outcome: "fail",
    params: {
      code: ref.code,
      system: ref.system,
      name: ref.name ?? "",
      ...params,
    },
    evidence: [],
    path: ref.at,
  };
}

/**
 * An unverified finding at info: the catalog is of `catalogYear`, the document of another year,
 * and codes and names change between years. @internal
 */
export function otherYearFinding(
  id: string,
  ref: CodeRef,
  catalogYear: number,
  ctx: RuleContext,
  params: Record<string, string | number>,
): Finding {
  return {
    ...finding(id, "info", ref, {
      ...params,
      catalogYear,
      documentYear: ctx.disclosure.meta.year,
    }),
    outcome: "insufficient-data",
  };
}

/** The closing clause of an other-year finding's message (`what` changes between years). @internal */
export const otherYearClause = (f: Finding, what: Localized): Localized =>
  L(
    `；本文件为 ${p(f, "documentYear")} 年，${what["zh-CN"]}可能已调整，未能核实。`,
    `, and the document is of ${p(f, "documentYear")} (${what.en} change between years): not verified.`,
  );
