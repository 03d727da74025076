/**
 * A table printed over two pages whose second page is titled by a continuation mark alone (`续表`,
 * `续表1`, `（续表）`, `续上表`, `接上表`), read page by page with `readPrintedTable` and the kind of
 * the page before (`continues`): the page is read as that kind and the disclosure joins it to
 * the table it continues, a table of figures and a table of targets alike, with the same report
 * as the table printed whole. Without `continues` such a page is `continued-title`, never a table
 * of the first kind whose title it ends with; a wrong figure on the continuation page is found.
 */
import { describe, expect, it } from "vitest";
import type { Disclosure } from "../src/disclosure";
import { formatReadProblem, type PrintedTable, readPrintedTable } from "../src/printed";
import { checkDisclosure, henan2024Profile } from "../src/rules";
import { henan2024 } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import type { DisclosureFixture } from "./fixtures/types";
import { fixtureDisclosure } from "./support/disclosures";

const lines = (d: Disclosure) =>
  checkDisclosure(d, { profile: henan2024Profile, template: henan2024 })
    .findings.map((f) => `${f.ruleId} ${f.outcome} ${f.severity} ${JSON.stringify(f.params)}`)
    .sort();
const whole = lines(fixtureDisclosure(henan2024Fixture, henan2024).disclosure);

const TARGETS = "本级部门预算项目绩效目标汇总表";
const FIGURES = "2024年部门支出预算表";

/** The fixture with the table titled `title` printed over two pages, the second titled `mark`. */
function split(
  title: string,
  mark: string,
  at: (rows: PrintedTable["rows"]) => number,
  edit = (rows: PrintedTable["rows"]) => rows,
): DisclosureFixture {
  const tables = henan2024Fixture.tables.flatMap((t) => {
    if (t.title !== title) return [t];
    const k = at(t.rows);
    const rest = { ...t, title: mark, rows: edit(t.rows.slice(k)) };
    return [{ ...t, rows: t.rows.slice(0, k) }, rest];
  });
  return { ...henan2024Fixture, tables };
}
/** The start of the sixth project of a targets table (a page break between two projects). */
const sixthProject = (rows: PrintedTable["rows"]) => {
  const starts = rows.flatMap((r, i) => ((r[0] ?? "").length > 10 ? [i] : []));
  return starts[5] ?? 0;
};
const half = (rows: PrintedTable["rows"]) => Math.ceil(rows.length / 2);

const MARKS = ["续表", "续表1", "（续表）", "(续表2)", "续上表", "接上表", "【续】", " 续 表 "];

describe("a page titled by a continuation mark alone joins the table it continues", () => {
  it.each([...MARKS, `${TARGETS}（续）`])("a table of targets, then %s", (mark) => {
    const fixture = split(TARGETS, mark, sixthProject);
    expect(fixture.tables.filter((t) => t.title === mark)[0]?.rows.length).toBeGreaterThan(3);
    const { disclosure } = fixtureDisclosure(fixture, henan2024);
    expect(lines(disclosure)).toEqual(whole);
  });

  it.each(MARKS)("a table of figures, then %s", (mark) => {
    const { disclosure } = fixtureDisclosure(split(FIGURES, mark, half), henan2024);
    expect(lines(disclosure)).toEqual(whole);
  });

  it("without the kind before it, such a page is continued-title, and no table", () => {
    for (const title of MARKS) {
      const r = readPrintedTable(
        { title, headers: ["项目", "金额"], rows: [] },
        { template: henan2024 },
      );
      expect([title, r.table, r.problems.map((p) => p.code)]).toEqual([
        title,
        undefined,
        ["continued-title"],
      ]);
      expect(formatReadProblem(r.problems[0] as never)).toContain("续表");
    }
  });

  it("a title that names a table besides its mark is still that table", () => {
    const r = readPrintedTable(
      { title: "部门支出预算表续表1", headers: ["单位（科目名称）", "合计"], rows: [] },
      { template: henan2024, continues: "projectTargets" },
    );
    expect(r.kind).toBe("expenditure");
  });

  it("bites: a wrong figure on the continuation page is still found", () => {
    const wrong = split(FIGURES, "续表", half, (rows) =>
      rows.map((r, i) => (i === 0 ? r.map((c, j) => (j === 5 && c !== "" ? "99999.99" : c)) : r)),
    );
    const found = lines(fixtureDisclosure(wrong, henan2024).disclosure);
    const before = new Set(whole);
    expect(found.filter((l) => !before.has(l)).length).toBeGreaterThan(0);
  });
});
