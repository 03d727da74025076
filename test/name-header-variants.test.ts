/**
 * The name column of a table by unit and 科目 as other printers head it: `部门（单位）`,
 * `单位及科目名称`, `单位名称（科目）`, `部门（单位）名称` (the one name column, printing units' and
 * 科目's names alike). Read as the name column: no unknown header, no unplaced 科目 rows. The
 * Henan fixture's 收入表, 支出表, 一般公共预算支出表 and 机构运转经费表, and the Shanghai 功能分类
 * tables, their name column so headed; a wrong figure under such a header is still caught.
 */
import { describe, expect, it } from "vitest";
import { henan2024, shanghai, type Template } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { shanghaiFinance2025Fixture } from "./fixtures/shanghai-finance-2025";
import type { DisclosureFixture } from "./fixtures/types";
import { fixtureDisclosure } from "./support/disclosures";
import { henanAlarms } from "./support/henan-alarms";

/** The name headers of the Henan tables by unit and 科目 (and the 收入表's by unit). */
const NAME_HEADERS = new Set(["单位（科目名称）", "部门（单位）名称"]);
const SHANGHAI_NAME = new Set(["项目/功能分类科目名称"]);

const VARIANTS = ["部门（单位）", "单位及科目名称", "单位名称（科目）", "部门（单位）名称"];

/** The fixture, each table's name header among `from` as `to(its table's index)`. */
const renamed = (
  fx: DisclosureFixture,
  from: ReadonlySet<string>,
  to: (table: number) => string,
): DisclosureFixture => ({
  ...fx,
  tables: fx.tables.map((t, i) => ({
    ...t,
    headers: t.headers.map((h) => (from.has(h) ? to(i) : h)),
  })),
});
/** Each table its variant, shifted by `by` (two readings give each table two variants). */
const rotated = (by: number) => (table: number) => VARIANTS[(table + by) % VARIANTS.length] ?? "";

/** The reader's problems above info (the checker's run once, below: it is the slow part). */
function readAlarms(fx: DisclosureFixture, template: Template): string[] {
  const out: string[] = [];
  for (const [title, list] of fixtureDisclosure(fx, template).problems)
    for (const p of list) if (p.severity !== "info") out.push(`${title}: ${p.code}`);
  return out;
}

describe("a name column headed as another printer heads it", () => {
  it("Henan tables by unit and 科目, each headed by one of the variants: no alarm", () => {
    expect(henanAlarms(renamed(henan2024Fixture, NAME_HEADERS, rotated(0)))).toEqual([]);
  });

  it("…each by another of them: read", () => {
    expect(readAlarms(renamed(henan2024Fixture, NAME_HEADERS, rotated(2)), henan2024)).toEqual([]);
  });

  it.each([0, 1])("Shanghai tables by 科目, each headed by a variant (shift %i): read", (by) => {
    const fx = renamed(shanghaiFinance2025Fixture, SHANGHAI_NAME, rotated(by));
    expect(readAlarms(fx, shanghai)).toEqual([]);
  });

  it("a wrong 科目 figure under a 部门（单位）名称 header is still caught", () => {
    const fx = renamed(henan2024Fixture, NAME_HEADERS, () => "部门（单位）名称");
    const wrong: DisclosureFixture = {
      ...fx,
      tables: fx.tables.map((t) =>
        t.title !== "2024年部门支出预算表"
          ? t
          : {
              ...t,
              rows: t.rows.map((r) =>
                r[4] === "住房公积金" ? [...r.slice(0, 5), "54.02", ...r.slice(6)] : r,
              ),
            },
      ),
    };
    expect(henanAlarms(wrong)).toContain("nature expenditure/functional:2210201");
  });
});
