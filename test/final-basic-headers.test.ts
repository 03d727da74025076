/**
 * The 决算 基本支出决算表's amount column under other printers' headings. A heading the template
 * lists (本年决算数, 决算金额, 金额) reads the same; one it does not know leaves the column unread:
 * coverage, never a finding (an unread cell is no blank: the 六 list's items are not "blank").
 */
import { describe, expect, it } from "vitest";
import { CASES, checkFixture, mapTables, projection } from "./metamorphic/support";

const FINALS = CASES.filter((c) => c.final);
const renamed = (c: (typeof FINALS)[number], to: string) =>
  mapTables(c.fixture, (t) =>
    t.title.includes("基本支出决算表")
      ? { ...t, headers: t.headers.map((h) => (h === "决算数" ? to : h)) }
      : t,
  );

describe.each(FINALS.map((c) => [c.name, c] as const))(
  "%s: 基本支出决算表 amount heading",
  (_, c) => {
    it("the fixtures print it as 决算数", () => {
      expect(
        c.fixture.tables.some(
          (t) => t.title.includes("基本支出决算表") && t.headers.includes("决算数"),
        ),
      ).toBe(true);
    });

    it.each(["本年决算数", "决算金额", "金额"])("read the same under %s", (to) => {
      expect(projection(checkFixture(c, renamed(c, to)))).toEqual(projection(checkFixture(c)));
    });

    it("under a heading no template lists: no new finding above info", () => {
      const before = new Set(projection(checkFixture(c), { serious: true }));
      const added = projection(checkFixture(c, renamed(c, "实际支出数")), { serious: true }).filter(
        (l) => !before.has(l),
      );
      expect(added).toEqual([]);
    });
  },
);
