/**
 * A table printing last year's figures beside this year's (`2023年预算数 | 2024年预算数`,
 * `上年预算数 | 本年预算数`): only this year's are read, so the Henan fixture printed that way
 * gets the findings of the fixture printed with one year, and its 情况说明 (三公 6.50, 接待 2.50,
 * this year's) is not compared with last year's figures (it was: false narrative.amount errors).
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import { withNarrative } from "../src/narrative";
import type { PrintedTable } from "../src/printed";
import { checkDisclosure, henan2024Profile } from "../src/rules";
import { henan2024 } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { fixtureDisclosure } from "./support/disclosures";

const profile = withNarrative(henan2024Profile);

/** The cells read into table `kind` (extra ones left out) with the printed tables changed by `change`. */
function cellsOf(change: (t: PrintedTable) => PrintedTable, kind: string): unknown[] {
  const fixture = { ...henan2024Fixture, tables: henan2024Fixture.tables.map(change) };
  const table = fixtureDisclosure(fixture, henan2024).disclosure.tables.find(
    (t) => t.kind === kind,
  );
  return (table?.rows ?? []).map((r) =>
    Object.entries(r.cells).filter(([k]) => !k.startsWith("extra:")),
  );
}

/** The non-info findings of the fixture with its printed tables changed by `change`. */
function findingsOf(change: (t: PrintedTable) => PrintedTable): string[] {
  const fixture = { ...henan2024Fixture, tables: henan2024Fixture.tables.map(change) };
  const { disclosure } = fixtureDisclosure(fixture, henan2024);
  const r = checkDisclosure(disclosure, { profile, template: henan2024, catalog: catalog2024 });
  return r.findings
    .filter((f) => f.severity !== "info")
    .map((f) => `${f.ruleId} ${JSON.stringify(f.path)}`);
}

/**
 * `t` with each amount column printed twice, headed `headerOf(header, word)` for last year's
 * word (its figures `lastYear`) and this year's, in that order or this year's first.
 */
function twoYears(
  t: PrintedTable,
  amountColumns: readonly number[],
  words: readonly [string, string],
  headerOf: (header: string, word: string) => string,
  currentFirst = false,
): PrintedTable {
  const headers: string[] = [];
  const at: [number, boolean][] = [];
  t.headers.forEach((h, i) => {
    if (!amountColumns.includes(i)) {
      headers.push(h);
      at.push([i, false]);
      return;
    }
    const both: [string, boolean][] = [
      [headerOf(h, words[0]), true],
      [headerOf(h, words[1]), false],
    ];
    for (const [header, prior] of currentFirst ? both.reverse() : both) {
      headers.push(header);
      at.push([i, prior]);
    }
  });
  const rows = t.rows.map((r) =>
    at.map(([i, prior]) => {
      const v = r[i] ?? "";
      return prior && v !== "" ? lastYear(v) : v;
    }),
  );
  return { ...t, headers, rows };
}

const baseline = findingsOf((t) => t);
// Last year's figures, all different from this year's (a tenth more, as printed).
const lastYear = (v: string) => (Number(v.replaceAll(",", "")) * 1.1).toFixed(2);

describe("the Henan fixture with last year's figures beside this year's", () => {
  it("has no non-info finding printed with one year", () => {
    // the guard: a change below that adds a finding shows
    expect(baseline).toEqual([]);
  });

  it.each([
    [["2023年预算数", "2024年预算数"], false],
    [["上年预算数", "本年预算数"], false],
    [["2023年", "2024年"], true],
  ] as const)("三公 under %j (this year's first: %s): the findings of one year", (years, first) => {
    const sanGong = (t: PrintedTable) =>
      t.title.includes("三公")
        ? twoYears(t, [0, 1, 2, 3, 4, 5], years, (h, w) => `${w}/${h}`, first)
        : t;
    expect(findingsOf(sanGong)).toEqual(baseline);
    expect(cellsOf(sanGong, "sanGong")).toEqual(cellsOf((t) => t, "sanGong"));
  });

  it.each([
    ["上年预算数", "本年预算数"],
    ["2023年预算数", "2024年预算数"],
  ] as const)("收支总表 with 收入/%s and 收入/%s: the findings of one year", (prior, current) => {
    const summary = (t: PrintedTable) =>
      t.title === "2024年部门收支预算表"
        ? twoYears(
            { ...t, headers: ["收入/项目", "收入/预算数", "支出/项目", "支出/预算数"] },
            [1, 3],
            [prior, current],
            (h, w) => `${h.slice(0, h.indexOf("/"))}/${w}`,
          )
        : t;
    expect(findingsOf(summary)).toEqual(baseline);
    expect(cellsOf(summary, "summary")).toEqual(cellsOf((t) => t, "summary"));
  });
});
