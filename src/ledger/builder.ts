import type { Result } from "../result";
import { ledgerOf } from "./ledger-of";
import type { Ledger } from "./store";
import type {
  CarryForward,
  LedgerEntry,
  LedgerLine,
  LedgerMeta,
  LedgerProblem,
  LedgerScale,
} from "./types";

/**
 * An immutable ledger builder: each call returns a new builder sharing the entries before it (no
 * copying, so adding n entries is linear); `build` validates and indexes them (see `ledgerOf`).
 *
 * @example
 * ```ts
 * import { ledgerBuilder, type LedgerBuilder } from "yusuan/ledger";
 * const meta = { year: 2024, documentKind: "单位", department: { name: "某局" }, units: [{ code: "1", name: "某局", unitType: "行政" }] } as const;
 * const b: LedgerBuilder = ledgerBuilder(meta, { unit: "万元", decimals: 2 });
 * b.build().ok; // true (an empty ledger)
 * ```
 */
export interface LedgerBuilder {
  /** Adds a spending line. */
  line(line: Omit<LedgerLine, "kind">): LedgerBuilder;
  /** Adds money carried forward to next year (年终结转结余). */
  carryForward(entry: Omit<CarryForward, "kind">): LedgerBuilder;
  /** Adds entries in order. */
  entries(entries: Iterable<LedgerEntry>): LedgerBuilder;
  /** The ledger, or every problem of its entries. */
  build(): Result<Ledger, readonly LedgerProblem[]>;
}

interface Node {
  readonly previous: Node | undefined;
  readonly entries: readonly LedgerEntry[];
}

function make(meta: LedgerMeta, scale: LedgerScale, tail: Node | undefined): LedgerBuilder {
  const push = (entries: readonly LedgerEntry[]) => make(meta, scale, { previous: tail, entries });
  return {
    line: (line) => push([{ ...line }]),
    carryForward: (entry) => push([{ ...entry, kind: "carryforward" }]),
    entries: (entries) => push([...entries]),
    build: () => {
      const chunks: (readonly LedgerEntry[])[] = [];
      for (let n = tail; n !== undefined; n = n.previous) chunks.push(n.entries);
      return ledgerOf(meta, scale, chunks.reverse().flat());
    },
  };
}

/**
 * Starts a ledger of `meta`'s units with amounts kept at `scale`.
 *
 * @param meta - year, 部门 / 单位, department, units (with codes)
 * @param scale - the unit and decimals of every amount (e.g. 万元 with 2 decimals)
 *
 * @example
 * ```ts
 * import { ledgerBuilder } from "yusuan/ledger";
 * const meta = { year: 2024, documentKind: "单位", department: { name: "某局" }, units: [{ code: "1", name: "某局", unitType: "行政" }] } as const;
 * const r = ledgerBuilder(meta, { unit: "万元", decimals: 2 })
 *   .line({ unit: "1", fund: "gpb.grant", functional: "2013101", econ: "30201", nature: "basic", amount: "8.02" })
 *   .carryForward({ unit: "1", fund: "gpb.grant", amount: "0.00" })
 *   .build();
 * r.ok && r.value.size; // 2
 * ```
 */
export function ledgerBuilder(meta: LedgerMeta, scale: LedgerScale): LedgerBuilder {
  return make(meta, scale, undefined);
}
