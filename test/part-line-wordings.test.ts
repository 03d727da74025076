/**
 * An `其中：` row naming the one part the line above it prints, in another wording than the
 * kind's (`一、一般公共预算` / `其中：财政拨款收入`, `其中：财政拨款资金`): that part (the kind's
 * `其中：财政拨款`), not unread, and never another line the bare words name elsewhere (the national
 * form's `财政拨款收入`, all fiscal funds). A wrong figure on it is still found on its cell.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import { rowKeyId } from "../src/disclosure";
import { readPrintedTable } from "../src/printed";
import { checkDisclosure, henan2024Profile } from "../src/rules";
import { henan2024, nationalMinimum } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import type { DisclosureFixture } from "./fixtures/types";
import { fixtureDisclosure } from "./support/disclosures";

/** Reader problems above info, findings above info, and the line rows of the two 总表. */
function outcome(fixture: DisclosureFixture) {
  const { disclosure, problems } = fixtureDisclosure(fixture, henan2024);
  const report = checkDisclosure(disclosure, {
    profile: henan2024Profile,
    template: henan2024,
    catalog: catalog2024,
  });
  return {
    reads: [...problems].flatMap(([title, ps]) =>
      ps.filter((p) => p.severity !== "info").map((p) => `${title} ${p.code}`),
    ),
    findings: report.findings
      .filter((f) => f.severity !== "info")
      .map((f) => `${f.ruleId} ${f.path?.table} ${f.path?.row} ${f.actual}`),
    lines: (kind: string) =>
      disclosure.tables.find((t) => t.kind === kind)?.rows.map((r) => rowKeyId(r.key)) ?? [],
  };
}

/** The Henan fixture with `其中：财政拨款` of the tables whose title matches relabelled. */
const relabel = (title: RegExp, to: string, figure?: string): DisclosureFixture => ({
  ...henan2024Fixture,
  tables: henan2024Fixture.tables.map((t) =>
    title.test(t.title)
      ? {
          ...t,
          rows: t.rows.map((r) =>
            r[0] === "其中：财政拨款" ? [to, figure ?? r[1] ?? "", ...r.slice(2)] : [...r],
          ),
        }
      : t,
  ),
});

const BASE = outcome(henan2024Fixture);

describe("an 其中 row naming the line above's part in other words", () => {
  it.each([
    [/部门收支预算表/, "summary", "其中：财政拨款收入"],
    [/部门收支预算表/, "summary", "其中：财政拨款资金"],
    [/财政拨款收支预算表/, "fiscalSummary", "其中：财政拨款收入"],
  ])("%s %s %s: the part, nothing new", (title, kind, label) => {
    const got = outcome(relabel(title, label));
    expect(got.reads).toEqual(BASE.reads);
    expect(got.findings).toEqual(BASE.findings);
    expect(got.lines(kind)).toContain("line:revenue.gpb.grant");
  });

  it("a wrong figure on it is found on its cell", () => {
    const got = outcome(relabel(/部门收支预算表/, "其中：财政拨款收入", "999.06"));
    expect(got.findings.filter((f) => f.includes("line:revenue.gpb.grant 999.06"))).not.toEqual([]);
  });

  it("under the national form's 一般公共预算, not its 财政拨款收入 (all fiscal funds)", () => {
    const r = readPrintedTable(
      {
        title: "2025年部门收支总表",
        unit: "万元",
        headers: ["收入/项目", "收入/预算数", "支出/项目", "支出/预算数"],
        rows: [
          ["一、一般公共预算拨款收入", "100.00", "一、城乡社区支出", "120.00"],
          ["其中：财政拨款收入", "90.00", "", ""],
          ["二、政府性基金预算拨款收入", "20.00", "", ""],
          ["本年收入合计", "120.00", "本年支出合计", "120.00"],
        ],
      },
      { template: nationalMinimum, catalog: catalog2024.functional },
    );
    expect(r.table?.rows.map((x) => rowKeyId(x.key)).slice(0, 3)).toEqual([
      "line:revenue.gpb",
      "functional:212",
      "line:revenue.gpb.grant",
    ]);
  });
});
