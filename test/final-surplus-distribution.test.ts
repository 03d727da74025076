/**
 * The 收入支出决算总表's 结余分配 broken down as the form prints it (`其中：交纳所得税`, `提取职工福利基金`,
 * `转入非财政拨款结余`, `其他`, and the older `缴纳所得税` / `提取专用结余` / `转入事业基金`): the lines are
 * read as parts of 结余分配 under its heading (were unknown labels: a reader warning on a correct
 * table), and where the form prints every part with its 其他 they must add up to it. A wrong
 * figure is still found.
 */
import { describe, expect, it } from "vitest";
import { final2024, finalProfile } from "../src/final";
import { renderFinding } from "../src/rules";
import { putuoFinanceFinal2024Fixture as FIN } from "./fixtures/putuo-finance-final-2024";
import type { DisclosureFixture } from "./fixtures/types";
import { added, varyTables } from "./support/final-variants";

/** The fixture with 结余分配 of `whole` and these lines under it (年末结转和结余 less `whole`). */
const distributed = (
  whole: string,
  lines: readonly (readonly [string, string])[],
  carryforward: string,
): DisclosureFixture =>
  varyTables(
    FIN,
    (t) => t.title === "收入支出决算总表",
    (t) => ({
      ...t,
      rows: t.rows.flatMap((r) =>
        r[2] === "结余分配"
          ? [[r[0] ?? "", r[1] ?? "", "结余分配", whole], ...lines.map(([l, v]) => ["", "", l, v])]
          : r[2] === "年末结转和结余"
            ? [[r[0] ?? "", r[1] ?? "", "年末结转和结余", carryforward]]
            : [r],
      ),
    }),
  );

// 2,995.39 = 2,940.05 + 3.00 + 52.34
const FORM = [
  ["其中：交纳所得税", "1.00"],
  ["提取职工福利基金", "0.50"],
  ["转入非财政拨款结余", "1.50"],
] as const;

describe("结余分配 and its parts", () => {
  it.each([
    ["the form's three parts", FORM],
    ["with 其他", [...FORM.slice(0, 2), ["转入非财政拨款结余", "1.00"], ["其他", "0.50"]]],
    [
      "older wordings, numbered",
      [
        ["其中：1.缴纳所得税", "1.00"],
        ["2.提取专用结余", "0.50"],
        ["3.转入事业基金", "1.50"],
      ],
    ],
    [
      "blank parts",
      [
        ["其中：交纳所得税", ""],
        ["提取职工福利基金", ""],
        ["转入非财政拨款结余", "3.00"],
      ],
    ],
  ] as const)("%s: nothing added, every line read", (_, lines) => {
    const r = added(FIN, distributed("3.00", lines, "52.34"));
    expect(r.added).toEqual([]);
    const gaps = r.varied.report.coverage.tables.find((t) => t.table === "summary")?.gaps ?? [];
    expect(gaps).toEqual([]);
  });

  it("finds parts with their 其他 that do not add up to 结余分配", () => {
    const r = added(
      FIN,
      distributed(
        "3.00",
        [...FORM.slice(0, 2), ["转入非财政拨款结余", "1.00"], ["其他", "0.60"]],
        "52.34",
      ),
    );
    expect(r.added).toEqual([
      "error totals summary line:spending.surplusDistribution spending.amount: 3.00 vs 3.10",
    ]);
    const f = r.varied.report.findings.find((x) => x.ruleId === "totals");
    expect(f && renderFinding(f, finalProfile.rules, "zh-CN", final2024)).toContain(
      "结余分配 = 交纳所得税 + 提取职工福利基金 + 转入非财政拨款结余 + 其他",
    );
  });

  it("still finds a 结余分配 that breaks the balance", () => {
    const r = added(FIN, distributed("3.10", FORM, "52.34"));
    expect(
      r.added.some((f) => f.includes("spending.surplusDistribution") || f.includes("total")),
    ).toBe(true);
  });
});
