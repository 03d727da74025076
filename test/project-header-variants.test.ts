/**
 * A 项目支出表 headed as other printers head it: a 项目编码 column (the projects' own codes, no
 * 科目 code), this year's money under `本年财政拨款` (`本年财政拨款/一般公共预算`, or the group
 * printed over its first column only, as two header rows come out of some extractors), the 类型
 * as `项目类别`. Read: no unknown header, every project placed; a wrong figure still caught.
 */
import { describe, expect, it } from "vitest";
import { henan2024Fixture } from "./fixtures/henan-2024";
import type { DisclosureFixture } from "./fixtures/types";
import { henanAlarms } from "./support/henan-alarms";

const PROJECTS = "2024年项目支出预算表";

/** The fixture's project table with its headers mapped, a 项目编码 column after the name. */
function variant(
  header: (h: string, i: number) => string,
  figure: (name: string, total: string) => string = (_, t) => t,
): DisclosureFixture {
  let n = 0;
  return {
    ...henan2024Fixture,
    tables: henan2024Fixture.tables.map((t) => {
      if (t.title !== PROJECTS) return t;
      const headers = t.headers.map(header);
      return {
        ...t,
        headers: [...headers.slice(0, 2), "项目编码", ...headers.slice(2)],
        rows: t.rows.map((r) => {
          const project = r[0]?.endsWith("类") === true;
          const code = project ? `41030524000000${String(++n).padStart(7, "0")}` : "";
          const total = project ? figure(r[1] ?? "", r[3] ?? "") : (r[3] ?? "");
          return [
            ...r.slice(0, 2),
            code,
            r[2] ?? "",
            total,
            total === r[3] ? (r[4] ?? "") : total,
            ...r.slice(5),
          ];
        }),
      };
    }),
  };
}

const fundGroup = (group: string) => (h: string) =>
  h.replace("类型", "项目类别").replace("本年拨款/", `${group}/`);

describe("a 项目支出表 headed as other printers head it", () => {
  it.each(["本年财政拨款", "当年财政拨款"])(
    "项目类别, 项目编码, this year's money under %s: no alarm",
    (group) => {
      expect(henanAlarms(variant(fundGroup(group)))).toEqual([]);
    },
  );

  it("the fund group printed over its first column only: no alarm", () => {
    const fx = variant((h) =>
      h === "本年拨款/一般公共预算"
        ? "本年财政拨款/一般公共预算"
        : h.startsWith("本年拨款/")
          ? h.slice("本年拨款/".length)
          : h,
    );
    expect(henanAlarms(fx)).toEqual([]);
  });

  it("a wrong project figure is still caught", () => {
    const fx = variant(fundGroup("本年财政拨款"), (name, total) =>
      name === "2024年通联值班费" ? "11.00" : total,
    );
    expect(henanAlarms(fx)).toContain("rollup gpbExpenditure/total");
  });
});
