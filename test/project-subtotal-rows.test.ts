/**
 * A 项目支出表 whose projects are grouped (by unit, or by 项目类型) and each group closed by its
 * subtotal row: `小计`, `某单位小计`, `某中心（本级）合计`, `其他运转类小计`. Such a row is no
 * project: read as one it was counted beside the projects it sums (the department's and the
 * units' project spending twice over: `rollup` errors), and asked for 绩效目标 (`targets.coverage`).
 * A unit's 小计 is read as its unit's row (checked against the unit's projects); a 类型's
 * subtotal is a group heading (layout where the groups add up to the total). The Henan fixture,
 * as one unit and as two (test/support/two-units.ts).
 */
import { describe, expect, it } from "vitest";
import { henan2024Fixture } from "./fixtures/henan-2024";
import type { DisclosureFixture } from "./fixtures/types";
import { henanAlarms } from "./support/henan-alarms";
import { SECOND_UNIT, twoUnits } from "./support/two-units";

const OWN = "中国共产党洛阳市涧西区委员会办公室（本级）";
const PROJECTS = "2024年项目支出预算表";

type Rows = string[][];
/** The fixture with its project table's rows made by `f` (given its rows after the two totals). */
function projects(fx: DisclosureFixture, f: (top: Rows, rest: Rows) => Rows): DisclosureFixture {
  return {
    ...fx,
    tables: fx.tables.map((t) => {
      if (t.title !== PROJECTS) return t;
      const rows = t.rows.map((r) => [...r]);
      return { ...t, rows: f(rows.slice(0, 2), rows.slice(2)) };
    }),
  };
}

const line = (type: string, name: string, amount: string) => [
  type,
  name,
  "",
  amount,
  amount,
  "",
  "",
  "",
  "",
  "",
  "",
  "",
];

/** Rows of the two units' table: each unit's heading row, its projects (units' rows kept apart). */
const groups = (rest: Rows) => {
  const second = rest.findIndex((r) => r[0] === "116002");
  return { first: rest.slice(0, second), second: rest.slice(second) };
};
const two = twoUnits(henan2024Fixture, OWN);

/** Each unit's group closed by `label(unit name)`. */
const closedBy = (label: (name: string) => string) =>
  projects(two, (top, rest) => {
    const { first, second } = groups(rest);
    return [
      ...top,
      ...first,
      line("", label(OWN), "127.00"),
      ...second,
      line("", label(SECOND_UNIT), "160.00"),
    ];
  });

describe("a 项目支出表's groups closed by subtotal rows", () => {
  it.each([
    ["小计", () => "小计"],
    ["小 计 (spaced)", () => "小  计"],
    ["the unit's name 小计", (n: string) => `${n}小计`],
    ["the unit's name 合计", (n: string) => `${n}合计`],
    ["（小计）", () => "（小计）"],
  ])("units' groups closed by %s: no alarm", (_, label) => {
    expect(henanAlarms(closedBy(label))).toEqual([]);
  });

  it("units headed by their names alone (no code, no figure), each closed by 小计: no alarm", () => {
    const fx = projects(two, (top, rest) => {
      const { first, second } = groups(rest);
      const [, ...ownProjects] = first;
      const [, ...otherProjects] = second;
      return [
        ...top,
        line("", OWN, ""),
        ...ownProjects,
        line("", "小计", "127.00"),
        line("", SECOND_UNIT, ""),
        ...otherProjects,
        line("", "小计", "160.00"),
      ];
    });
    expect(henanAlarms(fx)).toEqual([]);
  });

  it("projects grouped by 类型, each group closed by its 小计: no alarm", () => {
    const fx = projects(henan2024Fixture, (top, rest) => [
      ...top,
      ...rest.filter((r) => r[0] === "其他运转类"),
      line("", "其他运转类小计", "53.50"),
      ...rest.filter((r) => r[0] === "特定目标类"),
      line("", "特定目标类小计", "233.50"),
    ]);
    expect(henanAlarms(fx)).toEqual([]);
  });

  it("a unit's 小计 disagreeing with its projects is still caught", () => {
    const fx = projects(two, (top, rest) => {
      const { first, second } = groups(rest);
      return [...top, ...first, line("", "小计", "137.00"), ...second, line("", "小计", "160.00")];
    });
    const found = henanAlarms(fx);
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((a) => a.includes("org:116001"))).toBe(true);
  });

  it("a wrong project figure under 小计 rows is still caught", () => {
    const fx = projects(
      closedBy(() => "小计"),
      (top, rest) =>
        [...top, ...rest].map((r) =>
          r[1] === "2024年机关运行经费" ? [...r.slice(0, 3), "59.00", "59.00", ...r.slice(5)] : r,
        ),
    );
    expect(henanAlarms(fx).some((a) => a.startsWith("rollup"))).toBe(true);
  });

  it("a wrong project figure under 类型 subtotals is still caught", () => {
    const fx = projects(henan2024Fixture, (top, rest) => [
      ...top,
      ...rest.filter((r) => r[0] === "其他运转类"),
      line("", "其他运转类小计", "53.50"),
      ...rest
        .filter((r) => r[0] === "特定目标类")
        .map((r) =>
          r[1] === "2024年通联值班费" ? [...r.slice(0, 3), "11.00", "11.00", ...r.slice(5)] : r,
        ),
      line("", "特定目标类小计", "233.50"),
    ]);
    expect(henanAlarms(fx).some((a) => a.startsWith("rollup"))).toBe(true);
  });
});
