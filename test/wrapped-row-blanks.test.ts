/**
 * A row's figures printed on the next, unlabelled line (pdftotext wrapping a long row) leave the
 * row's cells blank where that line prints them. Such a blank is unread, never a statement that
 * the amount is none (only on the row printed just before that line: a wrapped row's figures
 * follow it): comparing it with another table's complete sum (a `rollup` of the 支出表's
 * 款) is coverage, never a finding. A wrong figure on a row printed whole is still caught, and a
 * truly blank cell in a table with no unplaced line is still compared.
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

/** The Henan tables with `ROW`'s cells under `cols` moved to a blank line below it (or cleared). */
function edited(cols: readonly number[], wrap: boolean, edit?: (rows: string[][]) => void) {
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
  if (wrap) rows.splice(i + 1, 0, below);
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

describe("a blank cell whose figure an unplaced line of its table prints", () => {
  const base = at(findings(henan2024Fixture.tables as PrintedTable[]));

  it.each([
    ["its 一般公共预算 小计 alone", [4]],
    ["its 一般公共预算 小计 and 其中：财政拨款", [4, 5]],
    ["its 合计 and 一般公共预算 小计", [3, 4]],
  ])("%s below it: no new finding at all", (_, cols) => {
    expect(at(findings(edited(cols, true)))).toEqual(base);
  });

  it("a wrong figure on a row printed whole is still caught", () => {
    const wrong = edited([4], true, (rows) => {
      const r = rows.find((x) => x[2] === "一、本年支出") as string[];
      r[3] = "969.16";
    });
    expect(at(findings(wrong))).toContain("error funds fiscalSummary/line:spending/spending.total");
  });

  it("a blank on a row the unplaced line does not follow is still compared", () => {
    const moved = edited([4], true, (rows) => {
      const i = rows.findIndex((r) => r[2] === ROW);
      const [line] = rows.splice(i + 1, 1);
      rows.splice(i + 2, 0, line as string[]);
    });
    const fs = at(findings(moved));
    expect(fs.filter((f) => !base.includes(f)).some((f) => f.includes("functional:201"))).toBe(
      true,
    );
  });

  it("a truly blank cell in a table with no unplaced line is still compared", () => {
    const fs = at(findings(edited([4], false)));
    expect(fs.filter((f) => !base.includes(f)).some((f) => f.includes("functional:201"))).toBe(
      true,
    );
  });
});
