/**
 * A project's name as one table prints it with the document's year and another without
 * (`2024年机关运行经费` / `机关运行经费` / `机关运行经费（2024年）`): the same project, its targets
 * found and their money compared. Another year's name (`2023年…`) is another project.
 */
import { describe, expect, it } from "vitest";
import type { DisclosureFixture } from "./fixtures/types";
import { CASES, type Case, checkFixture, mapTables, projection } from "./metamorphic/support";

const henan = ((c: Case | undefined): Case => {
  if (c === undefined) throw new Error("no Henan case");
  return c;
})(CASES[0]);
const TARGETS = "本级部门预算项目绩效目标汇总表";

/** The Henan fixture with each project name of its targets table (column 1) renamed. */
function renamed(f: (name: string) => string, fixture = henan.fixture): DisclosureFixture {
  return mapTables(fixture, (t) =>
    t.title !== TARGETS
      ? t
      : {
          ...t,
          rows: t.rows.map((r) => r.map((c, i) => (i === 1 && c.startsWith("2024年") ? f(c) : c))),
        },
  );
}
const serious = (fixture: DisclosureFixture) =>
  projection(checkFixture(henan, fixture), { serious: true });

describe("a project named with the document's year in one table and without it in another", () => {
  const before = serious(henan.fixture);

  it.each([
    ["without the year", (s: string) => s.slice(5)],
    ["with 2024年度", (s: string) => `2024年度${s.slice(5)}`],
    ["with （2024年） after it", (s: string) => `${s.slice(5)}（2024年）`],
    ["with (2024) after it", (s: string) => `${s.slice(5)}(2024)`],
  ])("%s: the same findings", (_, f) => {
    expect(serious(renamed(f))).toEqual(before);
  });

  it("bites: another year's name is another project (its targets and the project reported)", () => {
    const added = serious(renamed((s) => `2023年${s.slice(5)}`)).filter((l) => !before.includes(l));
    expect(added.filter((l) => l.startsWith("targets.coverage")).length).toBeGreaterThanOrEqual(2);
  });

  it("bites: a target's money that differs is still caught under the name without the year", () => {
    const moneyWrong = mapTables(henan.fixture, (t) => {
      if (t.title !== TARGETS) return t;
      const at = t.rows.findIndex((r) => r[1] === "2024年机关运行经费");
      return {
        ...t,
        rows: t.rows.map((r, i) => (i === at ? r.map((c, j) => (j === 3 ? "99.99" : c)) : r)),
      };
    });
    const added = serious(renamed((s) => s.slice(5), moneyWrong)).filter(
      (l) => !before.includes(l),
    );
    expect(added.some((l) => l.startsWith("targets.money | fail | error"))).toBe(true);
  });
});
