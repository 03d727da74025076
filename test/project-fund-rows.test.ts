/**
 * One project printed on a row per fund in one unit (its 一般公共预算 and 政府性基金预算 money on two
 * rows, or this year's appropriation and last year's 结转 on two rows): two parts of a project,
 * told apart by the fund columns each prints, never one statement printed twice (`same-fact`,
 * `rows.duplicate`, `duplicate-row`). Two rows printing the same fund columns stay one project
 * printed twice: identical, or with a different figure, still caught.
 */
import { describe, expect, it } from "vitest";
import { henan2024Fixture } from "./fixtures/henan-2024";
import type { DisclosureFixture } from "./fixtures/types";
import { henanAlarms } from "./support/henan-alarms";

const PROJECTS = "2024年项目支出预算表";
const SPLIT = "2024年人武部专项经费";

/** The fixture, the project split into `rows(its row)`, the total and unit rows by `total(the row)`. */
function split(
  rows: (r: readonly string[]) => string[][],
  total: (r: readonly string[]) => string[] = (r) => [...r],
): DisclosureFixture {
  return {
    ...henan2024Fixture,
    tables: henan2024Fixture.tables.map((t) =>
      t.title !== PROJECTS
        ? t
        : {
            ...t,
            rows: t.rows.flatMap((r, i) => (i <= 1 ? [total(r)] : r[1] === SPLIT ? rows(r) : [r])),
          },
    ),
  };
}
/** A row of the project: its 合计 and its figures by column index (4 …, blank elsewhere). */
const part = (r: readonly string[], total: string, figures: Record<number, string>) =>
  r.map((c, i) => (i < 3 ? c : i === 3 ? total : (figures[i] ?? "")));

const DUPLICATES = /^(same-fact|rows\.duplicate) projects\/project:|: duplicate-row$/u;
const duplicates = (fx: DisclosureFixture) => henanAlarms(fx).filter((a) => DUPLICATES.test(a));

describe("one project printed on a row per fund", () => {
  it("its 一般公共预算 and 政府性基金预算 money on two rows: no duplicate", () => {
    const fx = split(
      (r) => [part(r, "100.00", { 4: "100.00" }), part(r, "25.00", { 5: "25.00" })],
      (r) => part(r, "287.00", { 4: "262.00", 5: "25.00" }),
    );
    expect(duplicates(fx)).toEqual([]);
  });

  it("this year's appropriation and last year's 结转 on two rows: no alarm", () => {
    const fx = split(
      (r) => [part(r, "100.00", { 4: "100.00" }), part(r, "25.00", { 7: "25.00" })],
      (r) => part(r, "287.00", { 4: "262.00", 7: "25.00" }),
    );
    expect(henanAlarms(fx)).toEqual([]);
  });

  it("the same row printed twice is still a duplicate", () => {
    const fx = split((r) => [[...r], [...r]]);
    expect(henanAlarms(fx)).toContain("rows.duplicate projects/project:2024年人武部专项经费");
  });

  it("two rows of one fund with different figures still disagree", () => {
    const fx = split((r) => [[...r], part(r, "120.00", { 4: "120.00" })]);
    expect(duplicates(fx).length).toBeGreaterThan(0);
  });
});
