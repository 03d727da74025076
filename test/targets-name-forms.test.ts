/**
 * A project named otherwise in the 绩效 table than in the 项目支出表, as printers do: its code
 * printed in the name cell (`410305240000000017286 2024年机要密码工作经费`, `[4103…]…`), or `项目` /
 * `资金` after its name. The project is matched where one project only has that bare name (was:
 * two `targets.coverage` warnings for each: "no targets" and "not in the 项目支出表"); its money is
 * compared, a wrong amount still found; another name is still another project.
 */
import { describe, expect, it } from "vitest";
import { henan2024Fixture } from "./fixtures/henan-2024";
import type { DisclosureFixture } from "./fixtures/types";
import { CASES, checkFixture } from "./metamorphic/support";

const found = CASES.find((c) => c.name === "Henan 2024");
if (found === undefined) throw new Error("no Henan case");
const henan = found;
const TARGETS = "本级部门预算项目绩效目标汇总表";
const PROJECTS = "2024年项目支出预算表";
const NAME = "2024年机要密码工作经费";
const CODE = "410305240000000017286";

/** The fixture with the project's name cell in `title`'s table printed `to`, its amount `amount`. */
function renamed(title: string, to: string, amount?: string): DisclosureFixture {
  return {
    ...henan2024Fixture,
    tables: henan2024Fixture.tables.map((t) =>
      t.title !== title
        ? t
        : {
            ...t,
            rows: t.rows.map((r) => {
              const at = r.indexOf(NAME);
              if (at < 0) return r;
              return r.map((c, i) =>
                i === at ? to : amount !== undefined && c === "6.00" ? amount : c,
              );
            }),
          },
    ),
  };
}

const coverage = (f: DisclosureFixture) =>
  checkFixture(henan, f).findings.filter(
    (x) => x.ruleId === "targets.coverage" && x.severity !== "info",
  );

describe("a project's name printed otherwise in one table", () => {
  it.each([
    [TARGETS, `${CODE} ${NAME}`],
    [TARGETS, `[${CODE}]${NAME}`],
    [TARGETS, `${NAME}项目`],
    [TARGETS, `${NAME}资金`],
    [PROJECTS, `${CODE} ${NAME}`],
    [PROJECTS, `${NAME}项目`],
  ])("in %s as %s: matched, no coverage warning", (title, to) => {
    expect(coverage(renamed(title, to))).toEqual([]);
  });

  it("still finds a wrong amount of the project so named", () => {
    const report = checkFixture(henan, renamed(TARGETS, `${CODE} ${NAME}`, "7.00"));
    expect(
      report.findings.filter((x) => x.ruleId === "targets.money" && x.severity === "error"),
    ).toHaveLength(1);
  });

  it("still reports another name as another project", () => {
    expect(coverage(renamed(TARGETS, "2024年机要通信保障经费")).length).toBe(2);
  });
});
