/**
 * Metamorphic: table titles as other printers word them around the same name. The department's
 * or unit's name before the title, the year before it in digits or numerals (`2024年`, `2024年度`,
 * `二〇二四年`) or after it in brackets (`（2024年）`), a table number before or after it (`表3`,
 * `附表1-3：`, `表三`, `（公开08表）`), a heading number (`一、`, `（三）`), `部门预算公开表` before
 * it, spaces inside it. Each table's title is respelled independently; the check's findings and
 * outcomes must not change.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DisclosureFixture } from "../fixtures/types";
import {
  CASES,
  type Case,
  changedTitles,
  checkFixture,
  FC_OPTIONS,
  mapTables,
  pick,
  projection,
} from "./support";

const YEARS: Record<string, string> = { "2024": "二〇二四", "2025": "二〇二五" };

/** A title without its leading year (`2024年部门支出预算表` → `部门支出预算表`, and the year). */
function split(title: string): { readonly year: string | undefined; readonly name: string } {
  const m = /^([0-9]{4})年度?/u.exec(title);
  return m === null
    ? { year: undefined, name: title }
    : { year: m[1], name: title.slice(m[0].length) };
}

/** One respelling of a title: `how` picks the wording, `org` is the department's name. */
function respellTitle(title: string, how: number, org: string, year: number): string {
  const { year: printed, name } = split(title);
  const y = printed ?? String(year);
  switch (how) {
    case 1:
      return `${org}${y}年${name}`;
    case 2:
      return `${y}年度${name}`;
    case 3:
      return `${YEARS[y] ?? y}年${name}`;
    case 4:
      return `${name}（${y}年）`;
    case 5:
      return `附表1-${(name.length % 9) + 1}：${y}年${name}`;
    case 6:
      return `表三 ${y}年${name}`;
    case 7:
      return `${y}年${name}（公开08表）`;
    case 8:
      return `一、${y}年${name}`;
    case 9:
      return `${y}年部门预算公开表 ${name}`;
    case 10:
      return `${y} 年 ${name}`;
    default:
      return title;
  }
}

function respellTitles(c: Case, seed: number): DisclosureFixture {
  const org = c.fixture.meta.department.name;
  return mapTables(c.fixture, (t, ti) => ({
    ...t,
    title: respellTitle(t.title, pick(seed, 11, ti), org, c.fixture.meta.year),
  }));
}

describe("the respellings themselves", () => {
  it("word a title the ways printers do", () => {
    const t = "2024年部门支出预算表";
    expect([1, 3, 4, 5, 9].map((h) => respellTitle(t, h, "某局", 2024))).toEqual([
      "某局2024年部门支出预算表",
      "二〇二四年部门支出预算表",
      "部门支出预算表（2024年）",
      "附表1-8：2024年部门支出预算表",
      "2024年部门预算公开表 部门支出预算表",
    ]);
    expect(respellTitle("财务收支预算总表", 4, "某局", 2025)).toBe("财务收支预算总表（2025年）");
  });
});

describe.each(CASES.map((c) => [c.name, c] as const))("%s: titles respelled", (_, c) => {
  const before = projection(checkFixture(c));

  it("gives the same findings and outcomes", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        expect(projection(checkFixture(c, respellTitles(c, seed)))).toEqual(before);
      }),
      FC_OPTIONS,
    );
  });

  it("changes most titles (the property is not vacuous)", () => {
    expect(changedTitles(c.fixture, respellTitles(c, 3)) * 2).toBeGreaterThan(
      c.fixture.tables.length,
    );
  });
});
