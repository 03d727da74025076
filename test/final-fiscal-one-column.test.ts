/**
 * The 财政拨款收入支出决算总表 with its spending side printed as one 决算数 column (`支出/项目 |
 * 支出/决算数`, as the 收入支出决算总表 prints it) and the 年末财政拨款结转和结余 split by fund as lines
 * under it (一、一般公共预算财政拨款 …), beside the 年初 ones. Was: 支出/决算数 unknown, the spending
 * fund lines read as 类 201 / 202 / 203 by their ordinals (false code.name warnings, duplicate
 * rows). Now read: no new discrepancy (the known ones of the fixtures are found through the
 * 一般公共预算表 instead of the fund column the layout lacks), and a wrong fund balance is found.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import { final2024 } from "../src/final";
import { readPrintedTable } from "../src/printed";
import type { PrintedTable } from "../src/printed/types";
import { CASES, checkFixture, mapTables, projection } from "./metamorphic/support";

const FINALS = CASES.filter((c) => c.final);
type Case = (typeof FINALS)[number];
const FISCAL = "财政拨款收入支出决算总表";
const FUNDS = [
  "一、一般公共预算财政拨款",
  "二、政府性基金预算财政拨款",
  "三、国有资本经营预算财政拨款",
];

/** The spending side as `项目 | 决算数` (the 合计 column), the 年末 balance split into lines. */
function oneColumn(t: PrintedTable, gpbForward?: string): PrintedTable {
  const rows = t.rows.map((r) => [r[0] ?? "", r[1] ?? "", r[2] ?? "", r[3] ?? ""]);
  const at = rows.findIndex((r) => r[2] === "年末财政拨款结转和结余");
  const printed = t.rows[at] ?? [];
  FUNDS.forEach((f, i) => {
    const r = rows[at + 1 + i];
    if (r === undefined) return;
    r[2] = f;
    r[3] = i === 0 && gpbForward !== undefined ? gpbForward : (printed[4 + i] ?? "");
  });
  return { ...t, headers: ["收入/项目", "收入/决算数", "支出/项目", "支出/决算数"], rows };
}

const variant = (c: Case, gpbForward?: string) =>
  mapTables(c.fixture, (t) => (t.title === FISCAL ? oneColumn(t, gpbForward) : t));
/**
 * A serious finding's discrepancy (expected | actual), whichever rule and cell tells it; a finding
 * without amounts is itself.
 */
const discrepancy = (l: string) => {
  const pair = l.split(" | ").slice(-2).join(" | ");
  return pair === " | " ? l : pair;
};

describe.each(FINALS.map((c) => [c.name, c] as const))("%s: 财政拨款总表 one column", (_, c) => {
  const base = projection(checkFixture(c), { serious: true });

  it("is read: every header and line placed, the 年末 fund lines as balances", () => {
    const t = variant(c).tables.find((x) => x.title === FISCAL) as PrintedTable;
    const r = readPrintedTable(t, { template: final2024, catalog: catalog2024.functional });
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
    const lines = r.table?.rows.flatMap((x) => (x.key.kind === "line" ? [x.key.line] : []));
    expect(lines).toEqual(
      expect.arrayContaining(["carryforward.gpb", "carryforward.govFund", "carryforward.soe"]),
    );
  });

  it("no new discrepancy", () => {
    const after = projection(checkFixture(c, variant(c)), { serious: true });
    const known = new Set(base.map(discrepancy));
    expect(after.filter((l) => !base.includes(l) && !known.has(discrepancy(l)))).toEqual([]);
  });
});

describe("a wrong fund balance in that layout", () => {
  const c = FINALS.find((x) => x.name.startsWith("普陀区财政局")) as Case;
  it("is found (年末 一般公共预算财政拨款 21.73, the 总计 and the 年末 line 21.63)", () => {
    const before = projection(checkFixture(c, variant(c)), { serious: true });
    const after = projection(checkFixture(c, variant(c, "21.73")), { serious: true });
    expect(after.filter((l) => !before.includes(l)).length).toBeGreaterThan(0);
  });
});
