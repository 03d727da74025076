import type { Amount } from "../amount";
import { makeAmount } from "../amount/make";
import type { Fact } from "../facts";
import type { LeafFacts } from "../measures";
import { print } from "./format";
import { CARRY_FORWARD, FUND_IDS, type Ledger, NATURE_IDS } from "./store";
import type { LedgerEntry, LedgerFund, LedgerNature } from "./types";

/** An integer count of the ledger's scale as an amount in its unit. */
function amountOf(ledger: Ledger, n: number): Amount {
  const p = { decimals: ledger.scale.decimals, pad: "" };
  return makeAmount(print(n, p), ledger.scale.unit, ledger.scale.decimals);
}

/**
 * The ledger's spending as disjoint leaf facts, one per classification (unit, fund, function,
 * economic and government codes, nature, project, period), each the exact sum of its lines: the
 * input `measure` sums exactly. Carry-forwards are not spending and are left out.
 *
 * @example
 * ```ts
 * import { ledgerFacts, ledgerOf } from "yusuan/ledger";
 * import { henan2024Measures, measure } from "yusuan/measures";
 * const meta = { year: 2024, documentKind: "单位", department: { name: "某局" }, units: [{ code: "1", name: "某局", unitType: "行政" }] } as const;
 * const r = ledgerOf(meta, { unit: "万元", decimals: 2 }, [
 *   { unit: "1", fund: "gpb.grant", functional: "2013101", econ: "30217", nature: "basic", amount: "1.50" },
 *   { unit: "1", fund: "gpb.grant", functional: "2013101", econ: "30217", nature: "basic", amount: "0.50" },
 * ]);
 * if (r.ok) measure(ledgerFacts(r.value), henan2024Measures.sanGong).value?.value; // "2.00"
 * ```
 */
export function ledgerFacts(ledger: Ledger): LeafFacts {
  const { store } = ledger;
  const t = store.tuples;
  const sums = new Float64Array(t.size);
  for (let i = 0; i < store.tupleOf.length; i++) {
    const k = store.tupleOf[i] as number;
    sums[k] = (sums[k] as number) + (store.amounts[i] as number);
  }
  const leaves: Fact[] = [];
  for (let k = 0; k < t.size; k++) {
    if (t.kind[k] === CARRY_FORWARD) continue;
    const unit = ledger.meta.units[t.unit[k] as number];
    const gov = store.gov[t.gov[k] as number] ?? "";
    const project = store.projects[t.project[k] as number];
    const value = amountOf(ledger, sums[k] as number);
    leaves.push({
      concept: "spending",
      coords: {
        ...(unit?.code === undefined ? {} : { org: unit.code }),
        fund: FUND_IDS[t.fund[k] as number] as LedgerFund,
        functional: store.functional[t.functional[k] as number] ?? "",
        econ: store.econ[t.econ[k] as number] ?? "",
        ...(gov === "" ? {} : { gov }),
        ...(NATURE_IDS[t.nature[k] as number] === undefined
          ? {}
          : { nature: NATURE_IDS[t.nature[k] as number] as LedgerNature }),
        ...(project === undefined || t.project[k] === 0 ? {} : { project: project.name }),
        ...(t.period[k] === 1 ? { period: "prior" as const } : {}),
      },
      value,
      source: { table: "ledger", row: String(k), column: "amount", raw: value.value },
    });
  }
  return { leaves, units: ledger.meta.units };
}

/**
 * The ledger's entries, in order, as the ledger keeps them: codes normalised (`2013101`),
 * 基本支出 split into 人员 / 公用 by code, amounts at the ledger's decimals. Building a ledger from
 * them gives the same ledger.
 *
 * @example
 * ```ts
 * import { ledgerEntries, ledgerOf } from "yusuan/ledger";
 * const meta = { year: 2024, documentKind: "单位", department: { name: "某局" }, units: [{ code: "1", name: "某局", unitType: "行政" }] } as const;
 * const r = ledgerOf(meta, { unit: "万元", decimals: 2 }, [
 *   { unit: "1", fund: "gpb.grant", functional: "201 31 01", econ: "30201", nature: "basic", amount: "8.2" },
 * ]);
 * if (r.ok) ledgerEntries(r.value); // [{ unit: "1", fund: "gpb.grant", functional: "2013101", econ: "30201", nature: "basic.public", amount: "8.20" }]
 * ```
 */
export function ledgerEntries(ledger: Ledger): LedgerEntry[] {
  const { store } = ledger;
  const t = store.tuples;
  const exact = { decimals: ledger.scale.decimals, pad: "" };
  const out: LedgerEntry[] = [];
  for (let i = 0; i < store.tupleOf.length; i++) {
    const k = store.tupleOf[i] as number;
    const unit = ledger.meta.units[t.unit[k] as number]?.code ?? "";
    const fund = FUND_IDS[t.fund[k] as number] as LedgerFund;
    const amount = print(store.amounts[i] as number, exact);
    const period = t.period[k] === 1 ? { period: "prior" as const } : {};
    if (t.kind[k] === CARRY_FORWARD) {
      out.push({ kind: "carryforward", unit, fund, ...period, amount });
      continue;
    }
    const gov = store.gov[t.gov[k] as number] ?? "";
    const project = t.project[k] === 0 ? undefined : store.projects[t.project[k] as number];
    out.push({
      unit,
      fund,
      functional: store.functional[t.functional[k] as number] ?? "",
      econ: store.econ[t.econ[k] as number] ?? "",
      ...(gov === "" ? {} : { gov }),
      nature: NATURE_IDS[t.nature[k] as number] as LedgerNature,
      ...(project === undefined
        ? {}
        : {
            project:
              project.code === undefined
                ? { name: project.name }
                : { name: project.name, code: project.code },
          }),
      ...period,
      amount,
    });
  }
  return out;
}
