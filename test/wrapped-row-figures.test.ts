/**
 * A row whose figures the extractor printed on the next, unlabelled line (pdftotext wraps a long
 * row: `（一）一般公共服务支出` with its 合计 on its own line and its 一般公共预算 figures on the line
 * below, no label). The reader leaves that line unplaced; it holds exactly the figures missing from
 * the row above, so a sum across that row's columns (合计 = 一般公共预算 + 政府性基金 + 国有资本经营)
 * is incomplete (coverage), never `funds` differ. A wrong figure on a row printed whole is still
 * caught.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import type { PrintedTable } from "../src/printed/types";
import { checkDisclosure, type Finding, henan2024Profile } from "../src/rules";
import { henan2024 } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { fixtureDisclosure } from "./support/disclosures";

const TITLE = "财政拨款收支预算表";
const ROW = "（一）一般公共服务支出";

/** The Henan tables with `ROW`'s cells under `cols` moved to a blank line below it. */
function wrapped(cols: readonly number[], edit?: (rows: string[][]) => void): PrintedTable[] {
  const tables = structuredClone(henan2024Fixture.tables) as PrintedTable[];
  const t = tables.find((x) => x.title.includes(TITLE)) as PrintedTable;
  const rows = t.rows.map((r) => [...r]);
  const i = rows.findIndex((r) => r[2] === ROW);
  const row = rows[i] as string[];
  const below = row.map(() => "");
  for (const c of cols) {
    below[c] = row[c] ?? "";
    row[c] = "";
  }
  rows.splice(i + 1, 0, below);
  edit?.(rows);
  (t as unknown as { rows: string[][] }).rows = rows;
  return tables;
}

function findings(tables: PrintedTable[]): Finding[] {
  const { disclosure } = fixtureDisclosure({ ...henan2024Fixture, tables }, henan2024);
  return checkDisclosure(disclosure, {
    profile: henan2024Profile,
    template: henan2024,
    catalog: catalog2024,
  }).findings.filter((f) => f.severity !== "info");
}

const at = (fs: readonly Finding[]) =>
  fs.map((f) => `${f.severity} ${f.ruleId} ${f.path?.table}/${f.path?.row}/${f.path?.column}`);

describe("a row's figures wrapped onto the next, unlabelled line", () => {
  const base = at(findings(henan2024Fixture.tables as PrintedTable[]));

  it.each([
    ["its parts (一般公共预算 小计 and 其中：财政拨款)", [4, 5]],
    ["its 合计", [3]],
    ["its 一般公共预算 小计 alone", [4]],
  ])("%s below it: no new funds finding", (_, cols) => {
    // (The blank 类 cell's own comparison, `rollup` against the 支出表's sum of its 款, is
    // test/wrapped-row-blanks.test.ts's.)
    const funds = (fs: readonly string[]) => fs.filter((f) => f.includes(" funds "));
    expect(funds(at(findings(wrapped(cols))))).toEqual(funds(base));
  });

  it("its 合计 below it: no new finding at all", () => {
    expect(at(findings(wrapped([3])))).toEqual(base);
  });

  it("a wrong 合计 on a row printed whole is still caught", () => {
    const wrong = wrapped([4, 5], (rows) => {
      const r = rows.find((x) => x[2] === "一、本年支出") as string[];
      r[3] = "969.16";
    });
    expect(at(findings(wrong))).toContain("error funds fiscalSummary/line:spending/spending.total");
  });
});
