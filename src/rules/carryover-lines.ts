import { isZero } from "../amount";
import type { LoweredTable } from "../disclosure";
import type { SourceCell } from "../facts";

/** The sources a 资金来源 breakdown names (a department target's 预算情况). */
export type FundSource = "government" | "specialAccount" | "unitFunds";

const ALL: readonly FundSource[] = ["government", "specialAccount", "unitFunds"];

/** A carry-over fact's fund without its `carryover.` prefix; `undefined` when it names none. */
function fundOf(fund: string | undefined): string | undefined {
  if (fund === undefined || fund === "carryover") return undefined;
  return fund.startsWith("carryover.") ? fund.slice(10) : fund;
}

/**
 * The source a fund (or a 资金来源 line of that name: `gpb`, `soe`) belongs to: the three
 * budgets' funds are 政府预算资金. @internal
 */
export function sourceOf(fund: string): FundSource {
  if (fund === "specialAccount") return "specialAccount";
  if (
    fund === "government" ||
    fund === "soe" ||
    fund.startsWith("gpb") ||
    fund.startsWith("govFund")
  )
    return "government";
  return "unitFunds";
}

/** Whether the tables break carry-over down to a source (its cells printed, blank or not). */
function brokenDown(source: FundSource, printed: ReadonlySet<string>): boolean {
  if (source !== "government") return printed.has(source);
  return printed.has("government") || ["gpb", "govFund", "soe"].every((f) => printed.has(f));
}

/**
 * The sources whose 上年结转 the tables print (a figure other than zero). Carry-over printed
 * without its fund (the 收支总表's 上年结转结余 line) may be of any source the tables do not
 * break it down to (a 收入表's 上年结转结余 columns by fund, blank where none). @internal
 */
export function carriedOver(tables: readonly LoweredTable[]): ReadonlySet<FundSource> {
  const out = new Set<FundSource>();
  const printed = new Set<string>();
  let unplaced = false;
  for (const t of tables)
    for (const r of t.rows)
      for (const f of r.facts) {
        const fund = f.coords.fund;
        if (
          f.concept !== "revenue.carryover" &&
          (fund === undefined || (fund !== "carryover" && !fund.startsWith("carryover.")))
        )
          continue;
        const own = fundOf(fund);
        const some = f.value !== null && !isZero(f.value);
        if (own === undefined) unplaced ||= some;
        else {
          printed.add(own);
          if (some) out.add(sourceOf(own));
        }
      }
  if (unplaced) for (const s of ALL) if (!brokenDown(s, printed)) out.add(s);
  return out;
}

/**
 * The cells of lines that may or may not hold their fund's 上年结转 (`LineSpec.mayHoldCarryover`:
 * a department target's 资金来源, which break down 部门预算总额 = 收入总计), where the tables print
 * carry-over of that fund: what they state cannot be told, so they are compared with nothing.
 * @internal
 */
export function uncertainCells(tables: readonly LoweredTable[]): ReadonlySet<SourceCell> {
  const out = new Set<SourceCell>();
  // Most disclosures print no such line: the tables' carry-over is read only when one does.
  if (!tables.some((t) => t.kind?.lines?.some((l) => l.mayHoldCarryover === true))) return out;
  const carried = carriedOver(tables);
  if (carried.size === 0) return out;
  for (const t of tables) {
    const lines = t.kind?.lines?.filter((l) => l.mayHoldCarryover === true) ?? [];
    if (lines.length === 0) continue;
    for (const r of t.rows) {
      const key = r.row.key;
      if (key.kind !== "line") continue;
      const fund = lines.find((l) => l.id === key.line)?.coords?.fund;
      const source = fund === undefined ? undefined : sourceOf(fund);
      if (source !== undefined && carried.has(source)) for (const f of r.facts) out.add(f.source);
    }
  }
  return out;
}
