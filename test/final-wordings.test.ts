/**
 * Other printers' wordings of the 决算 tables' headers and line labels, each a synonym of the
 * form's (2024 部门决算 form, shared/fixtures/shanghai-final/): read as the form's wording, so the
 * report is the fixture's and the reader places every header and label (收入合计 / 支出合计 in the
 * 总表 above the carry-over with 总计 below: 本年收入合计 / 本年支出合计). A wording that is no
 * synonym stays unread: coverage, never a finding.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import { final2024 } from "../src/final";
import { readPrintedTable } from "../src/printed";
import type { PrintedTable } from "../src/printed/types";
import { CASES, checkFixture, mapTables, projection } from "./metamorphic/support";

const FINALS = CASES.filter((c) => c.final);
type Fixture = (typeof FINALS)[number]["fixture"];

const SUMMARY = "收入支出决算总表";
const FISCAL = "财政拨款收入支出决算总表";
const SAN_GONG = "财政拨款“三公”经费支出决算表";

/** The fixture with one table (by exact title) changed. */
const inTable = (fixture: Fixture, title: string, f: (t: PrintedTable) => PrintedTable) =>
  mapTables(fixture, (t) => (t.title === title ? f(t) : t));

/** A header renamed (levels as printed: the whole path, or a level of it). */
const header = (fixture: Fixture, title: string, from: string, to: string) =>
  inTable(fixture, title, (t) => ({
    ...t,
    headers: t.headers.map((h) =>
      h
        .split("/")
        .map((l) => (l === from ? to : l))
        .join("/"),
    ),
  }));

/** A printed label renamed (in cell `cell` only, when given). */
const label = (fixture: Fixture, title: string, from: string, to: string, cell?: number) =>
  inTable(fixture, title, (t) => ({
    ...t,
    rows: t.rows.map((r) => r.map((c, i) => (c === from && (cell ?? i) === i ? to : c))),
  }));

/** The reader's problems above info, per table. */
function readerProblems(fixture: Fixture): string[] {
  return fixture.tables.flatMap((t) =>
    readPrintedTable(t, { template: final2024, catalog: catalog2024.functional })
      .problems.filter((p) => p.severity !== "info")
      .map((p) => `${t.title}: ${p.code}`),
  );
}

const HEADERS: readonly (readonly [string, string, readonly string[]])[] = [
  [SUMMARY, "决算数", ["金额", "本年决算数", "决算金额"]],
  [FISCAL, "决算数", ["金额", "决算金额"]],
  [FISCAL, "合计", ["小计"]],
  ["收入决算表", "本年收入合计", ["合计", "收入合计"]],
  ["收入决算表", "财政拨款收入", ["财政拨款收入/小计", "财政拨款收入/合计", "财政拨款"]],
  ["支出决算表", "本年支出合计", ["合计", "支出合计"]],
  ["支出决算表", "基本支出", ["基本支出/小计", "基本支出/合计"]],
  ["一般公共预算财政拨款支出决算表", "合计", ["本年支出合计", "本年支出/小计", "支出合计"]],
  ["一般公共预算财政拨款支出决算表", "基本支出", ["基本支出/小计", "基本支出/合计"]],
  ["政府性基金预算财政拨款收入支出决算表", "年初结转和结余", ["年初结转结余"]],
  ["国有资本经营预算财政拨款收入支出决算表", "年末结转和结余", ["年末结转结余"]],
  [SAN_GONG, "预算数", ["年初预算数"]],
  [SAN_GONG, "决算数", ["本年决算数"]],
  [SAN_GONG, "合计", ["“三公”经费合计"]],
  [SAN_GONG, "因公出国（境）费", ["因公出国（境）费用", "因公出国（境）经费"]],
];

const LABELS: readonly (readonly [string, string, readonly string[], number?])[] = [
  [SUMMARY, "年初结转和结余", ["年初结转结余", "上年结转和结余", "上年结转结余"]],
  [SUMMARY, "年末结转和结余", ["年末结转结余"]],
  [SUMMARY, "总计", ["收入总计"], 0],
  [SUMMARY, "总计", ["支出总计"], 2],
  [
    FISCAL,
    "年初财政拨款结转和结余",
    [
      "年初财政拨款结转结余",
      "年初结转和结余",
      "年初结转结余",
      "上年财政拨款结转和结余",
      "上年结转和结余",
    ],
  ],
  [FISCAL, "年末财政拨款结转和结余", ["年末财政拨款结转结余", "年末结转和结余", "年末结转结余"]],
  [FISCAL, "总计", ["收入总计"], 0],
  [FISCAL, "总计", ["支出总计"], 2],
];

describe.each(FINALS.map((c) => [c.name, c] as const))("%s: other wordings", (_, c) => {
  const base = projection(checkFixture(c));
  const problems = readerProblems(c.fixture);
  const same = (v: Fixture) => {
    expect(readerProblems(v)).toEqual(problems);
    expect(projection(checkFixture(c, v))).toEqual(base);
  };

  describe.each(HEADERS.map(([t, from, tos]) => [t, from, tos] as const))(
    "%s: header %s",
    (title, from, tos) => {
      it.each(tos)("as %s reads the same", (to) => {
        const v = header(c.fixture, title, from, to);
        expect(v).not.toEqual(c.fixture);
        same(v);
      });
    },
  );

  describe.each(LABELS.map(([t, from, tos, cell]) => [t, from, tos, cell] as const))(
    "%s: line %s",
    (title, from, tos, cell) => {
      it.each(tos)("as %s reads the same", (to) => {
        const v = label(c.fixture, title, from, to, cell);
        expect(v).not.toEqual(c.fixture);
        same(v);
      });
    },
  );

  it("a 行次 column on each side of the 总表 is furniture: the same report", () => {
    const numbered = (t: PrintedTable) => {
      const half = t.headers.indexOf("支出/项目");
      const n = (r: readonly string[], at: number, from: number) =>
        (r[at] ?? "").trim() === "" ? "" : String(from + t.rows.indexOf(r));
      return {
        ...t,
        headers: [
          ...t.headers.slice(0, 1),
          "收入/行次",
          ...t.headers.slice(1, half + 1),
          "支出/行次",
          ...t.headers.slice(half + 1),
        ],
        rows: t.rows.map((r) => [
          ...r.slice(0, 1),
          n(r, 0, 1),
          ...r.slice(1, half + 1),
          n(r, half, 40),
          ...r.slice(half + 1),
        ]),
      };
    };
    same(inTable(inTable(c.fixture, SUMMARY, numbered), FISCAL, numbered));
  });

  it("收入合计 / 支出合计 in the 总表 above the carry-over, 总计 below: the year's, no new finding above info", () => {
    const v = label(
      label(c.fixture, SUMMARY, "本年收入合计", "收入合计"),
      SUMMARY,
      "本年支出合计",
      "支出合计",
    );
    expect(readerProblems(v)).toEqual(readerProblems(c.fixture));
    // A difference the fixture has may be cited on another of its cells (the income table's
    // total where the 总表's 本年收入合计 is unread): the same rule, figures and difference.
    const differences = (fixture: Fixture) =>
      checkFixture(c, fixture)
        .findings.filter((f) => f.severity !== "info")
        .map((f) => `${f.ruleId} ${f.expected} ${f.actual}`);
    const before = new Set(differences(c.fixture));
    expect(differences(v).filter((l) => !before.has(l))).toEqual([]);
  });
});
