/**
 * Line labels of 收支总表 as other printers word them, read as the lines they are, with no finding
 * on a correct table and the figures still checked:
 * - an `其中：` line worded as the line above it (`一、一般公共预算` / `其中：一般公共预算财政拨款`) is
 *   the part the kind prints under that line (`其中：财政拨款`), never a second print of it (a
 *   `rows.duplicate` error before);
 * - a row of its own (`其中：…`) is never the rest of the label above (`一、财政拨款收入` joined with
 *   `其中：政府性基金预算财政拨款` before, and the pair put on 政府性基金: a `same-fact` error);
 * - the national form's totals and carry-over lines (`本年收入合计`, `本年支出合计`, bare `总计`,
 *   `上年结转结余`, `结转下年`, `上级补助收入`, `用事业基金弥补收支差额`) in the Henan, Shanghai and
 *   决算 kinds (`unknown-line-label` warnings before).
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import { final2024, finalProfile } from "../src/final";
import type { PrintedTable } from "../src/printed";
import { checkDisclosure, henan2024Profile, shanghaiProfile } from "../src/rules";
import { henan2024, shanghai, type Template } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { putuoFinanceFinal2024Fixture } from "./fixtures/putuo-finance-final-2024";
import { shanghaiFinance2025Fixture } from "./fixtures/shanghai-finance-2025";
import type { DisclosureFixture } from "./fixtures/types";
import { fixtureDisclosure } from "./support/disclosures";

type Kind = "henan" | "shanghai" | "final";
const SETUP: Record<Kind, { fixture: DisclosureFixture; template: Template }> = {
  henan: { fixture: henan2024Fixture, template: henan2024 },
  shanghai: { fixture: shanghaiFinance2025Fixture, template: shanghai },
  final: { fixture: putuoFinanceFinal2024Fixture, template: final2024 },
};

/** Reader problems above info and every finding, as lines; the rows read, by key. */
function outcome(kind: Kind, fixture: DisclosureFixture) {
  const { template } = SETUP[kind];
  const { disclosure, problems } = fixtureDisclosure(fixture, template);
  const d =
    kind === "final"
      ? { ...disclosure, meta: { ...disclosure.meta, stage: "决算" as const } }
      : disclosure;
  const profile =
    kind === "final" ? finalProfile : kind === "henan" ? henan2024Profile : shanghaiProfile;
  const report = checkDisclosure(d, { profile, template, catalog: catalog2024 });
  const reads = [...problems].flatMap(([title, ps]) =>
    ps.filter((p) => p.severity !== "info").map((p) => `${title} ${p.code}`),
  );
  const findings = report.findings
    .filter((f) => f.severity !== "info")
    .map((f) => `${f.ruleId} ${JSON.stringify(f.path)} ${f.expected} ${f.actual}`);
  return { reads, findings, disclosure: d };
}

/** The fixture with the table whose title matches `title` changed by `change`. */
function withTable(
  kind: Kind,
  title: RegExp,
  change: (rows: string[][]) => string[][],
): DisclosureFixture {
  const { fixture } = SETUP[kind];
  let found = false;
  const tables = fixture.tables.map((t): PrintedTable => {
    if (!title.test(t.title)) return t;
    found = true;
    return { ...t, rows: change(t.rows.map((r) => [...r])) };
  });
  expect(found, `no table ${title}`).toBe(true);
  return { ...fixture, tables };
}

/** Each row's label in column `col` replaced where `map` names it. */
const relabel =
  (col: number, map: Record<string, string>) =>
  (rows: string[][]): string[][] => {
    const hits = rows.filter((r) => map[r[col] ?? ""] !== undefined).length;
    expect(hits, `labels ${Object.keys(map)}`).toBe(Object.keys(map).length);
    return rows.map((r) => r.map((v, i) => (i === col ? (map[v] ?? v) : v)));
  };

const lineRows = (d: ReturnType<typeof outcome>["disclosure"], kind: string) =>
  d.tables
    .find((t) => t.kind === kind)
    ?.rows.flatMap((r) => (r.key.kind === "line" ? [r.key.line] : []));

const BASE = {
  henan: outcome("henan", henan2024Fixture),
  shanghai: outcome("shanghai", shanghaiFinance2025Fixture),
  final: outcome("final", putuoFinanceFinal2024Fixture),
};

const SUM = /部门收支预算表/;
const FIS = /财政拨款收支预算表/;
const SH_SUM = /财务收支预算总表/;
const SH_FIS = /财政拨款收支预算总表/;
const FINAL_SUM = /^收入支出决算总表/;

describe("an 其中 line worded as the line above it is the part printed under it", () => {
  it.each([
    ["henan", SUM, { "其中：财政拨款": "其中：一般公共预算财政拨款" }, "summary"],
    ["henan", SUM, { "其中：财政拨款": "其中：一般公共预算拨款" }, "summary"],
    ["henan", SUM, { "其中：财政拨款": "其中:一般公共预算资金" }, "summary"],
    ["henan", SUM, { "其中：财政拨款": "其　中：一般公共预算财政拨款" }, "summary"],
    ["henan", FIS, { "其中：财政拨款": "其中：一般公共预算财政拨款" }, "fiscalSummary"],
  ] as const)("%s %s %j", (kind, title, map, tableKind) => {
    const got = outcome(kind, withTable(kind, title, relabel(0, map)));
    expect(got.reads).toEqual(BASE[kind].reads);
    expect(got.findings).toEqual(BASE[kind].findings);
    expect(lineRows(got.disclosure, tableKind)).toContain("revenue.gpb.grant");
  });

  it("still finds a wrong figure on it", () => {
    const rows = (r: string[][]) =>
      relabel(0, { "其中：财政拨款": "其中：一般公共预算财政拨款" })(r).map((row) =>
        row[0] === "其中：一般公共预算财政拨款" ? [row[0], "999.06", ...row.slice(2)] : row,
      );
    const got = outcome("henan", withTable("henan", SUM, rows));
    expect(got.findings.some((f) => f.includes("revenue.gpb.grant") && f.includes("999.06"))).toBe(
      true,
    );
  });
});

describe("the national form's lines are read, with no finding on a correct table", () => {
  it.each([
    ["henan", FIS, 0, { "一、本年收入": "本年收入合计" }],
    ["henan", FIS, 0, { "一、本年收入": "一、本年收入合计" }],
    ["henan", FIS, 2, { "一、本年支出": "本年支出合计" }],
    ["henan", SUM, 0, { "收 入 总 计": "总计" }],
    ["henan", SUM, 2, { "支 出 总 计": "总计" }],
    ["final", FINAL_SUM, 0, { "使用非财政拨款结余（含专用结余）": "用事业基金弥补收支差额" }],
  ] as const)("%s %s column %i %j", (kind, title, col, map) => {
    const got = outcome(kind, withTable(kind, title, relabel(col, map)));
    expect(got.reads).toEqual(BASE[kind].reads);
    expect(got.findings).toEqual(BASE[kind].findings);
  });

  it("Shanghai 财务收支预算总表 with 本年收入合计, 上年结转结余, 结转下年 and more sources", () => {
    const fixture = withTable("shanghai", SH_SUM, (rows) => {
      const total = rows.at(-1) ?? [];
      const width = total.length;
      const blank = (label: string, right = "") => [
        label,
        "",
        right,
        ...Array.from({ length: width - 3 }, () => ""),
      ];
      return [
        ...rows.slice(0, -1),
        blank("上级补助收入"),
        blank("附属单位上缴收入"),
        ["本年收入合计", total[1] ?? "", "本年支出合计", ...total.slice(3)],
        blank("用事业基金弥补收支差额"),
        blank("上年结转结余", "结转下年"),
        total,
      ];
    });
    const got = outcome("shanghai", fixture);
    expect(got.reads).toEqual(BASE.shanghai.reads);
    expect(got.findings).toEqual(BASE.shanghai.findings);
    expect(lineRows(got.disclosure, "summary")).toEqual(
      expect.arrayContaining(["revenue", "spending", "revenue.carryover", "revenue.superior"]),
    );
  });

  it("Shanghai 财政拨款收支预算总表 with 上年结转 and 本年收入合计", () => {
    const fixture = withTable("shanghai", SH_FIS, (rows) => {
      const total = rows.at(-1) ?? [];
      const blanks = Array.from({ length: total.length - 2 }, () => "");
      return [
        ...rows.slice(0, -1),
        ["本年收入合计", total[1] ?? "", "本年支出合计", ...total.slice(3)],
        ["二、上年结转", "", ...blanks],
        ["", "", "年终结转结余", ...blanks.slice(1)],
        total,
      ];
    });
    const got = outcome("shanghai", fixture);
    expect(got.reads).toEqual(BASE.shanghai.reads);
    expect(got.findings).toEqual(BASE.shanghai.findings);
  });
});

describe("the older 决算 form: 一、财政拨款收入 then 其中：政府性基金预算财政拨款", () => {
  const older = (gpb: string) =>
    withTable("final", FINAL_SUM, (rows) => {
      const first = rows[0] ?? [];
      expect(first[0]).toBe("一、一般公共预算财政拨款收入");
      const out = rows.map((r) => [...r]);
      out[0] = ["一、财政拨款收入", gpb, ...first.slice(2)];
      const second = out[1] ?? [];
      out[1] = ["其中：政府性基金预算财政拨款", "", ...second.slice(2)];
      return out;
    });

  it("reads the two rows as two rows: no same-fact error on 政府性基金", () => {
    const got = outcome("final", older("2,940.05"));
    // 财政拨款收入 is the older form's line of all fiscal funds, its 其中 row a part: never joined
    expect(got.reads).toEqual(BASE.final.reads);
    expect(got.findings.filter((f) => f.includes("govFund"))).toEqual([]);
    expect(lineRows(got.disclosure, "summary")?.slice(0, 2)).toEqual([
      "revenue.government",
      "revenue.govFund",
    ]);
  });
});
