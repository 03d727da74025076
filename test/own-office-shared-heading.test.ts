/**
 * A department's 支出 tables by unit whose unit rows print no code, the department's own office
 * (本级, `116001`) named as the department is (`中国共产党洛阳市涧西区委员会办公室`), beside another
 * unit's row (`洛阳市涧西区人民武装部`): under the department's own row, a row of that name whose
 * figures are not the department's, with the other units' rows adding up to the total, is the
 * office's. Read so, its 科目 rows are its own; before, the whole block was left unplaced (a
 * warning on each row). Where its figures are the department's, or nothing adds up, whose rows
 * they are is still not guessed. The Henan fixture as two units (test/support/two-units.ts).
 */
import { describe, expect, it } from "vitest";
import { henan2024Fixture } from "./fixtures/henan-2024";
import type { DisclosureFixture } from "./fixtures/types";
import { henanAlarms } from "./support/henan-alarms";
import { DEPARTMENT, twoUnits } from "./support/two-units";

const EXPENDITURE = ["2024年部门支出预算表", "2024年一般公共预算支出预算表"];

/** The two units' 支出 tables with their unit rows' codes left out, their names as `label` gives. */
function namesOnly(
  label: (name: string) => string,
  edit = (r: readonly string[]): readonly string[] => r,
): DisclosureFixture {
  const fx = twoUnits(henan2024Fixture);
  return {
    ...fx,
    tables: fx.tables.map((t) =>
      EXPENDITURE.includes(t.title)
        ? {
            ...t,
            rows: t.rows.map((r) =>
              edit(
                /^1160\d\d$/.test(r[3] ?? "")
                  ? [...r.slice(0, 3), "", label(r[4] ?? ""), ...r.slice(5)]
                  : r,
              ),
            ),
          }
        : t,
    ),
  };
}

describe("the own office's row named as the department, beside another unit's", () => {
  it.each([
    ["its name alone", (n: string) => n],
    ["单位：its name", (n: string) => `单位：${n}`],
  ])("printed by %s: no alarm", (_, label) => {
    expect(henanAlarms(namesOnly(label))).toEqual([]);
  });

  it("a wrong figure in the office's rows is still caught", () => {
    const found = henanAlarms(
      namesOnly(
        (n) => n,
        (r) => (r[4] === "行政运行" ? [...r.slice(0, 5), "568.07", ...r.slice(6)] : r),
      ),
    );
    expect(found.some((a) => a.startsWith("rollup ") || a.startsWith("nature "))).toBe(true);
  });

  it("the office's row printing the department's figures: still not guessed", () => {
    const fx = namesOnly(
      (n) => n,
      (r) =>
        r[4] === DEPARTMENT && r[3] === ""
          ? [
              ...r.slice(0, 5),
              "969.06",
              "682.06",
              "609.28",
              "21.10",
              "49.68",
              "2.00",
              "287.00",
              "53.50",
              "233.50",
            ]
          : r,
    );
    expect(henanAlarms(fx).some((a) => a.endsWith("unplaced-row"))).toBe(true);
  });
});
