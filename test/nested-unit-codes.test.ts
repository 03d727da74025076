/**
 * A department whose units nest (三级单位): `116002001` printed under `116002`, whose row already
 * includes it. The nested unit sums into its parent unit (the printed unit code its code extends),
 * never beside it into the department's total, which then counted it twice (`rollup` errors on
 * every column). A wrong figure in a nested unit or its parent is still caught. The Henan
 * fixture's 部门收入预算表 printed by unit.
 */
import { describe, expect, it } from "vitest";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { henanAlarms } from "./support/henan-alarms";

const DEPT = "中国共产党洛阳市涧西区委员会办公室";
const INCOME = "2024年部门收入预算表";

/** The fixture's income table by unit: `[code, name, amount]` rows after its total (969.06). */
function byUnit(rows: readonly (readonly [string, string, string])[], told = true) {
  const fx = henan2024Fixture;
  const named = rows.filter(([code]) => code.length > 6 || (code !== "116" && code !== "116001"));
  return {
    ...fx,
    meta: {
      ...fx.meta,
      units: [
        ...fx.meta.units,
        ...(told ? named.map(([code, name]) => ({ code, name, unitKind: "事业" as const })) : []),
      ],
    },
    tables: fx.tables.map((t) => {
      if (t.title !== INCOME) return t;
      const [total, , unit] = t.rows;
      const row = (code: string, name: string, amount: string) =>
        (unit ?? []).map((v, i) => (i === 0 ? code : i === 1 ? name : v === "969.06" ? amount : v));
      return { ...t, rows: [total ?? [], ...rows.map(([c, n, a]) => row(c, n, a))] };
    }),
  };
}

const ARMED = "洛阳市涧西区人民武装部";
const NESTED: [string, string, string][] = [
  ["116", DEPT, "969.06"],
  ["116001", DEPT, "809.06"],
  ["116002", ARMED, "160.00"],
  ["116002001", "洛阳市涧西区民兵训练基地", "60.00"],
];

describe("units nested by their codes (三级单位)", () => {
  it("a unit under a unit (116002001 under 116002): no alarm", () => {
    expect(henanAlarms(byUnit(NESTED))).toEqual([]);
  });

  it("two nested units, the units not named by the caller: no alarm", () => {
    const rows: [string, string, string][] = [
      ...NESTED.slice(0, 3),
      ["116002001", "洛阳市涧西区民兵训练基地", "60.00"],
      ["116002002", "洛阳市涧西区国防教育中心", "40.00"],
    ];
    expect(henanAlarms(byUnit(rows, false))).toEqual([]);
  });

  it("three levels (116002001001 under 116002001 under 116002): no alarm", () => {
    const rows: [string, string, string][] = [
      ...NESTED,
      ["116002001001", "洛阳市涧西区民兵训练基地分部", "20.00"],
    ];
    expect(henanAlarms(byUnit(rows))).toEqual([]);
  });

  it("the department row printed last: no alarm", () => {
    const [dept, ...rest] = NESTED;
    expect(henanAlarms(byUnit([...rest, dept as [string, string, string]]))).toEqual([]);
  });

  it("nested units more than their parent's figure are still caught, on the parent", () => {
    const rows: [string, string, string][] = [
      ...NESTED.slice(0, 3),
      ["116002001", "洛阳市涧西区民兵训练基地", "60.00"],
      ["116002002", "洛阳市涧西区国防教育中心", "110.00"],
    ];
    const found = henanAlarms(byUnit(rows));
    expect(found.some((a) => a === "rollup income/org:116002")).toBe(true);
  });

  it("a wrong parent unit figure is still caught (its units' sum against the department's)", () => {
    const rows = NESTED.map(([c, n, a]): [string, string, string] =>
      c === "116002" ? [c, n, "161.00"] : [c, n, a],
    );
    expect(henanAlarms(byUnit(rows)).some((a) => a.startsWith("rollup "))).toBe(true);
  });
});
