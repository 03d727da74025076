/**
 * A 类 row of a table by 部门经济分类 printed with no code (an extractor dropped it), between the
 * 款 rows of the 类 above and those of its own (`303 99 其他对个人和家庭的补助` (blank) / `商品和服务
 * 支出 171.07` / `302 01 办公费 21.21`): the 类 row of the block it heads, as for a 功能分类 table
 * (`class-headings.ts`), not the rest of the name above with its figure on the second line (a
 * `rollup` error on 303, a `code.name` warning and a narrative warning on a correct table, found by
 * the red-team probe, 2026-12-07). The 决算 基本支出表 of the three 普陀区 fixtures and the 2025
 * 上海市财政局 基本支出表 (预算): a variant adds no reader problem and no finding above info.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import { withNarrative } from "../src/narrative";
import type { PrintedTable } from "../src/printed/types";
import { checkDisclosure, shanghaiProfile } from "../src/rules";
import { shanghai } from "../src/templates";
import { putuoFinanceFinal2024Fixture } from "./fixtures/putuo-finance-final-2024";
import { putuoPlanningFinal2024Fixture } from "./fixtures/putuo-planning-final-2024";
import { putuoSocialWorkFinal2024Fixture } from "./fixtures/putuo-social-work-final-2024";
import { shanghaiFinance2025Fixture } from "./fixtures/shanghai-finance-2025";
import type { DisclosureFixture } from "./fixtures/types";
import { fixtureDisclosure } from "./support/disclosures";
import { added, varyTables } from "./support/final-variants";

const basic = (t: PrintedTable) => /基本支出/u.test(t.title) && /经济分类|决算表/u.test(t.title);

/** The row of 类 `cls` (its code alone) printed with no code: its first cell blanked. */
const dropClass =
  (cls: string) =>
  (t: PrintedTable): PrintedTable => ({
    ...t,
    rows: t.rows.map((r) => (r[0] === cls && !/^\d/u.test(r[1] ?? "") ? ["", ...r.slice(1)] : r)),
  });

const FINALS = [
  ["普陀区财政局", putuoFinanceFinal2024Fixture],
  ["普陀区规划和自然资源局", putuoPlanningFinal2024Fixture],
  ["普陀区委社会工作部", putuoSocialWorkFinal2024Fixture],
] as const;

describe("a 类 row printed without its code between two 类 blocks is that 类's row (决算)", () => {
  it.each(
    FINALS.flatMap(([name, fx]) => ["302", "303", "310"].map((cls) => [name, cls, fx] as const)),
  )("%s, %s", (_name, cls, fixture: DisclosureFixture) => {
    const varied = varyTables(fixture, basic, dropClass(cls));
    // the variant prints the 类 row without its code
    expect(JSON.stringify(varied.tables)).not.toEqual(JSON.stringify(fixture.tables));
    expect(added(fixture, varied).added).toEqual([]);
  });
});

describe("the same in a budget's 基本支出表 (上海市财政局 2025)", () => {
  const lines = (fx: DisclosureFixture) => {
    const { disclosure, problems } = fixtureDisclosure(fx, shanghai);
    const profile = withNarrative(shanghaiProfile);
    const report = checkDisclosure(disclosure, {
      profile,
      template: shanghai,
      catalog: catalog2024,
    });
    return [
      ...[...problems].flatMap(([title, list]) =>
        list.filter((p) => p.severity !== "info").map((p) => `${title}: ${p.code}`),
      ),
      ...report.findings
        .filter((f) => f.severity !== "info")
        .map((f) => `${f.ruleId} ${f.path?.table}/${f.path?.row}/${f.path?.column}`),
    ];
  };
  const base = lines(shanghaiFinance2025Fixture);
  it.each(["302", "303", "310"])("%s", (cls) => {
    const varied = varyTables(shanghaiFinance2025Fixture, basic, dropClass(cls));
    expect(JSON.stringify(varied.tables)).not.toEqual(
      JSON.stringify(shanghaiFinance2025Fixture.tables),
    );
    expect(lines(varied)).toEqual(base);
  });
});

describe("a wrapped 款 name above a block whose 类 row is not printed stays the 款's name", () => {
  // (review, 2026-12-07: `其他商品和服务` / `支出` above 31001 with no 310 row read `支出` as 310's
  // row: a rollup error and a code.name warning on a correct table)
  const wrapped = (figureBelow: boolean) =>
    varyTables(putuoFinanceFinal2024Fixture, basic, (t) => ({
      ...t,
      rows: t.rows
        .filter((r) => !(r[0] === "310" && !/^\d/u.test(r[1] ?? "")))
        .flatMap((r) =>
          r[0] === "302" && r[1] === "99"
            ? [
                ["302", "99", "其他商品和服务", figureBelow ? "" : (r[3] ?? "")],
                ["", "", "支出", figureBelow ? (r[3] ?? "") : ""],
              ]
            : [r],
        ),
    }));
  const noClass = varyTables(putuoFinanceFinal2024Fixture, basic, (t) => ({
    ...t,
    rows: t.rows.filter((r) => !(r[0] === "310" && !/^\d/u.test(r[1] ?? ""))),
  }));
  it.each([false, true])("the figure on the line below: %s", (figureBelow) => {
    // what the variant adds beyond leaving the 310 row out (coverage: final-basic-missing-class-row)
    const base = new Set(added(putuoFinanceFinal2024Fixture, noClass).added);
    const extra = added(putuoFinanceFinal2024Fixture, wrapped(figureBelow)).added.filter(
      (f) => !base.has(f),
    );
    expect(extra.filter((f) => !f.includes("wrapped-row"))).toEqual([]);
  });
});
