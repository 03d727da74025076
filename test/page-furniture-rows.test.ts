/**
 * A page's furniture that a PDF's text layer leaves among a long table's rows, where a page
 * broke inside the table: the page's number at its foot in the other styles printers use
 * (`- 3 -`, `— 3 —`, `第3页/共60页`, `3/60`) and the running header naming the document
 * (`中国共产党洛阳市涧西区委员会办公室2024年部门预算`, `…2024年度部门决算`). Printed in the name
 * column or centred over the figures, it is layout, not data: the report is the one of the table
 * printed without it, with no reader problem above info (an unplaced row would cost the table's
 * sums, a malformed code a false warning); a wrong figure on the next page is still caught. A
 * lone `-3` (a figure) or `3` (a page's number, or a code cut off its row) is no such furniture.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import type { Disclosure } from "../src/disclosure";
import { readPrintedTable } from "../src/printed";
import { checkDisclosure, henan2024Profile, shanghaiProfile } from "../src/rules";
import { henan2024, shanghai, type Template } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { shanghaiWelfare2024Fixture } from "./fixtures/shanghai-welfare-2024";
import type { DisclosureFixture } from "./fixtures/types";
import { fixtureDisclosure } from "./support/disclosures";

const CASES = [
  {
    name: "Henan 2024",
    fixture: henan2024Fixture,
    template: henan2024,
    profile: henan2024Profile,
    headers: ["中国共产党洛阳市涧西区委员会办公室2024年部门预算", "2024年部门预算公开"],
  },
  {
    name: "普陀区社会福利院 2024",
    fixture: shanghaiWelfare2024Fixture,
    template: shanghai,
    profile: shanghaiProfile,
    headers: ["上海市普陀区社会福利院2024年单位预算公开", "2024年度单位预算"],
  },
] as const;

type Case = (typeof CASES)[number];

const report = (c: Case, d: Disclosure) =>
  checkDisclosure(d, { profile: c.profile, template: c.template, catalog: catalog2024 })
    .findings.map(
      (f) =>
        `${f.ruleId} ${f.outcome} ${f.severity} ${f.path?.row ?? ""} ${f.path?.column ?? ""} ${f.expected ?? ""} ${f.actual ?? ""}`,
    )
    .sort();

/** Reader problems above info, without where they are (rows move). */
const serious = (fixture: DisclosureFixture, template: Template) =>
  [...fixtureDisclosure(fixture, template).problems.entries()]
    .flatMap(([title, ps]) =>
      ps.filter((p) => p.severity !== "info").map((p) => `${title} ${p.code}`),
    )
    .sort();

/** Every table with `mark` printed in column `at(width)` after every third row (the n-th break on page n). */
function paged(
  fixture: DisclosureFixture,
  mark: (page: number) => string,
  at: (w: number) => number,
) {
  return {
    ...fixture,
    tables: fixture.tables.map((t) => ({
      ...t,
      rows: t.rows.flatMap((row, i) => {
        if (i === 0 || i % 3 !== 0) return [row];
        const line = t.headers.map(() => "");
        line[Math.min(at(t.headers.length), t.headers.length - 1)] = mark(i / 3 + 1);
        return [line, row];
      }),
    })),
  };
}

const PAGE_NUMBERS: readonly (readonly [string, (n: number) => string])[] = [
  ["- n -", (n) => `- ${n} -`],
  ["— n —", (n) => `— ${n} —`],
  ["－n－", (n) => `－${n}－`],
  ["第n页/共60页", (n) => `第${n}页/共60页`],
  ["第 n 页 ／ 共 60 页", (n) => `第 ${n} 页 ／ 共 60 页`],
  ["n/60", (n) => `${n}/60`],
  ["n / 60", (n) => `${n} / 60`],
];

describe.each(CASES.map((c) => [c.name, c] as const))(
  "%s: a page's furniture among the rows",
  (_, c) => {
    const base = report(c, fixtureDisclosure(c.fixture, c.template).disclosure);
    const baseProblems = serious(c.fixture, c.template);

    it.each(PAGE_NUMBERS)(
      "the page's number %s in the first column or centred: the same report",
      (_n, mark) => {
        for (const at of [() => 0, (w: number) => Math.floor(w / 2), (w: number) => w - 1]) {
          const fixture = paged(c.fixture, mark, at);
          expect(report(c, fixtureDisclosure(fixture, c.template).disclosure)).toEqual(base);
          expect(serious(fixture, c.template)).toEqual(baseProblems);
        }
      },
    );

    it("the running header cut over two columns (the name, then the document): the same report", () => {
      const [name = "", year = ""] = (c.headers[0] ?? "").split(/(?=2024年)/u);
      const fixture = {
        ...c.fixture,
        tables: c.fixture.tables.map((t) => ({
          ...t,
          rows: t.rows.flatMap((row, i) =>
            i > 0 && i % 4 === 0
              ? [t.headers.map((_h, j) => (j === 0 ? name : j === 1 ? year : "")), row]
              : [row],
          ),
        })),
      };
      expect(name.length).toBeGreaterThan(4);
      expect(report(c, fixtureDisclosure(fixture, c.template).disclosure)).toEqual(base);
      expect(serious(fixture, c.template)).toEqual(baseProblems);
    });

    it("the running header naming the document: the same report", () => {
      for (const header of c.headers) {
        const fixture = paged(
          c.fixture,
          () => header,
          () => 0,
        );
        expect(report(c, fixtureDisclosure(fixture, c.template).disclosure)).toEqual(base);
        expect(serious(fixture, c.template)).toEqual(baseProblems);
      }
    });
  },
);

describe("what is no page's furniture", () => {
  const headers = ["科目编码", "科目名称", "合计"];
  const read = (cells: string[]) =>
    readPrintedTable(
      {
        title: "2024年部门支出预算表",
        unit: "万元",
        headers,
        rows: [["", "合计", "10.00"], cells, ["2013101", "行政运行", "10.00"]],
      },
      { template: henan2024, catalog: catalog2024.functional },
    ).problems.flatMap((p) =>
      p.code === "layout-row" && (p.what === "page" || p.what === "running-header") ? [p.what] : [],
    );

  it("reads `- 3 -` and a document's running header as layout, noted", () => {
    expect(read(["", "- 3 -", ""])).toEqual(["page"]);
    expect(read(["", "", "第3页/共60页"])).toEqual(["page"]);
    expect(read(["", "某局2024年部门预算", ""])).toEqual(["running-header"]);
    expect(read(["", "2024年度部门决算公开", ""])).toEqual(["running-header"]);
    expect(read(["中国共产党某县委员会办公室", "2024年部门预算", ""])).toEqual(["running-header"]);
  });

  it("leaves a row reading `…2024年部门预算` that opens with neither the year nor a department (a target's value)", () => {
    for (const cells of [
      ["", "按规定时间公开2024年部门预算", ""],
      ["及时公开", "按规定时间公开2024年部门预算", ""],
      ["信息公开管理", "预决算公开", "按时公开2024年度部门决算"],
    ])
      expect(read(cells), cells.join("|")).toEqual([]);
  });

  it("leaves a lone figure, a bare number and a year's budget as rows of the table", () => {
    for (const cells of [
      ["", "", "-3"],
      ["3", "", ""],
      ["", "2024年预算", ""],
      ["", "2024年部门预算编制经费", "3.00"],
    ])
      expect(read(cells), cells.join("|")).toEqual([]);
  });
});

describe("a targets row whose last cell names the year's 部门预算", () => {
  it("Henan 整体绩效目标表: the row is read, none of it layout", () => {
    const t = henan2024Fixture.tables.find((x) => x.title.includes("整体绩效目标"));
    if (t === undefined) throw new Error("no 整体绩效目标表");
    const row = [
      "运行管理指标",
      "信息公开管理",
      "预决算公开",
      "及时公开",
      "按规定时间公开2024年部门预算",
    ];
    const r = readPrintedTable(
      { ...t, rows: [...t.rows, row] },
      { template: henan2024, catalog: catalog2024.functional, year: 2024 },
    );
    expect(r.problems.filter((p) => p.code === "layout-row")).toEqual([]);
    expect(r.table?.rows).toHaveLength(t.rows.length + 1);
  });
});

describe("a wrong figure after a page's furniture is still caught", () => {
  it("Henan: a 三公 figure changed after `- 3 -` rows gives errors", () => {
    const fixture = paged(
      henan2024Fixture,
      (n) => `- ${n} -`,
      () => 0,
    );
    const wrong = {
      ...fixture,
      tables: fixture.tables.map((t) =>
        t.title.includes("支出预算表") && t.title.startsWith("2024年部门支出")
          ? {
              ...t,
              rows: t.rows.map((r) =>
                r[0] === "2013101" || r.join("").includes("行政运行")
                  ? r.map((x) => (x === "49.68" ? "49.69" : x))
                  : r,
              ),
            }
          : t,
      ),
    };
    const before = report(CASES[0], fixtureDisclosure(fixture, henan2024).disclosure);
    const after = report(CASES[0], fixtureDisclosure(wrong, henan2024).disclosure);
    expect(after.filter((f) => f.includes(" error ")).length).toBeGreaterThan(
      before.filter((f) => f.includes(" error ")).length,
    );
  });
});
