/**
 * Realistic bench inputs: generated 支出表 of any size whose rows nest (类 → 款 → 项 under a
 * 合计 row) and add up in every column, amounts in integer 分 turned into printed strings (no
 * binary floats reach the library).
 */
import type { Disclosure, Row, Table } from "yusuan";

/** A deterministic pseudo-random sequence (mulberry32). */
export function sequence(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
}

const LEAVES = [
  "basic.salary",
  "basic.family",
  "basic.goods",
  "basic.capital",
  "project.operating",
  "project.specific",
] as const;
type Leaf = (typeof LEAVES)[number];
type Cents = Record<Leaf, number>;

const printed = (cents: number): string =>
  cents === 0 ? "" : `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;

function cellsOf(c: Cents): Record<string, string> {
  const basic = c["basic.salary"] + c["basic.family"] + c["basic.goods"] + c["basic.capital"];
  const project = c["project.operating"] + c["project.specific"];
  const out: Record<string, string> = {
    total: printed(basic + project),
    basic: printed(basic),
  };
  for (const k of LEAVES.slice(0, 4)) out[k] = printed(c[k]);
  out.project = printed(project);
  for (const k of LEAVES.slice(4)) out[k] = printed(c[k]);
  return out;
}

const zero = (): Cents => ({
  "basic.salary": 0,
  "basic.family": 0,
  "basic.goods": 0,
  "basic.capital": 0,
  "project.operating": 0,
  "project.specific": 0,
});

const addInto = (to: Cents, from: Cents) => {
  for (const k of LEAVES) to[k] += from[k];
};

/**
 * A 支出表 with `classes` 类, `kuan` 款 in each and `xiang` 项 in each 款 (at most 99 of each),
 * printed in document order with a 合计 row first: `1 + classes·(1 + kuan·(1 + xiang))` rows.
 */
export function expenditureTable(classes: number, kuan: number, xiang: number, seed = 15): Table {
  const next = sequence(seed);
  const rows: Row[] = [];
  const total = zero();
  for (let c = 0; c < classes; c++) {
    const classCode = String(201 + c);
    const classSum = zero();
    const classRows: Row[] = [];
    for (let k = 0; k < kuan; k++) {
      const kuanCode = `${classCode}${String(1 + k).padStart(2, "0")}`;
      const kuanSum = zero();
      const leafRows: Row[] = [];
      for (let x = 0; x < xiang; x++) {
        const code = `${kuanCode}${String(1 + x).padStart(2, "0")}`;
        const cents = zero();
        // Most 项 are basic or project spending, a few both; some columns stay blank.
        const kind = next(3);
        for (const leaf of LEAVES) {
          const isBasic = leaf.startsWith("basic");
          if ((kind === 0 && !isBasic) || (kind === 1 && isBasic) || next(4) === 0) continue;
          cents[leaf] = 1 + next(5_000_000);
        }
        addInto(kuanSum, cents);
        leafRows.push({
          key: { kind: "functional", code },
          name: `项${code}`,
          cells: cellsOf(cents),
        });
      }
      addInto(classSum, kuanSum);
      classRows.push(
        {
          key: { kind: "functional", code: kuanCode },
          name: `款${kuanCode}`,
          cells: cellsOf(kuanSum),
        },
        ...leafRows,
      );
    }
    addInto(total, classSum);
    rows.push(
      {
        key: { kind: "functional", code: classCode },
        name: `类${classCode}`,
        cells: cellsOf(classSum),
      },
      ...classRows,
    );
  }
  return {
    kind: "expenditure",
    unit: "万元",
    rows: [{ key: { kind: "total" }, name: "合计", cells: cellsOf(total) }, ...rows],
  };
}

/** A one-table disclosure (a 支出表) under the Henan template. */
export function expenditureDisclosure(table: Table): Disclosure {
  return {
    meta: {
      year: 2024,
      documentKind: "部门",
      template: "henan2024",
      department: { code: "901", name: "某部门" },
      units: [],
    },
    tables: [table],
    texts: [],
  };
}
