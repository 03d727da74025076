/**
 * A bare total header (`合计`, `收入合计`, `支出合计`) printed beside a balance column (年初结转和结余
 * in the 收入决算表; 结余分配 | 年末结转和结余 in the 支出决算表): the header alone does not say
 * whether it is the year's total (Σ the sources / parts) or the grand total (that sum plus the
 * balances); the figures do. On the 规划局's document (年初结转和结余 112.88 and 年末结转和结余 100.00
 * on 2120101 行政运行, its 21201 / 212 and the 合计 row), the balance printed before the sources
 * or after them:
 * - a 合计 that is Σ the sources on every row printing a balance is the year's total, one that
 *   is that sum plus the balance the grand total: either reads as the fixture does (was: the
 *   position decided, a year's 合计 read as 总计 beside 年初结转和结余, a grand 合计 read as 本年支出
 *   beside 年末结转和结余: 5 and 8 false errors);
 * - a 合计 that is the one on some rows and the other on others, or beside a balance column
 *   left blank on every row (the two readings agree: none tells them apart), is not guessed (`ambiguous-header` naming both readings);
 * - the sources summed are those printed: 财政拨款收入, or its funds where it is printed by fund only;
 * - a wrong figure on a row printing no balance is still found under the reading the other rows
 *   tell.
 */
import { describe, expect, it } from "vitest";
import { final2024 } from "../src/final";
import { readPrintedTable } from "../src/printed";
import type { PrintedTable } from "../src/printed/types";
import { putuoPlanningFinal2024Fixture as P } from "./fixtures/putuo-planning-final-2024";
import { added, varyTables } from "./support/final-variants";

/** The 合计 row and the 科目 above 2120101 行政运行, which hold the balances. */
const holds = (r: readonly string[]) => r[0] === "" || "2120101".startsWith(r[0] ?? "-");
const cents = (x: string) => BigInt(x.replace(/[,.]/gu, "") || "0");
const fmt = (v: bigint) => `${v / 100n}.${(v % 100n).toString().padStart(2, "0")}`;

type Place = "before" | "after";
/** How a row's total is printed: the year's, the grand total, or the grand one on 212 alone. */
type Figures = "year" | "grand" | "tie";
/** The balance 112.88 / 100.00 on the rows that hold it, or its column left blank on every row. */
type Balance = "printed" | "blank";

/**
 * The table titled `title` with its total (`from`, the third column) headed `header`, printing
 * `figures`, and the `balances` (header, cents on a row that holds it) inserted right after the
 * total (`before` the sources) or after the last column; `wrong` cents added to the 208 row's total.
 */
const vary = (
  title: string,
  from: string,
  balances: readonly (readonly [string, bigint])[],
  header: string,
  place: Place,
  options: { figures?: Figures; balance?: Balance; wrong?: bigint } = {},
) =>
  varyTables(
    P,
    (t) => t.title === title,
    (t): PrintedTable => {
      const { figures = "year", balance = "printed", wrong = 0n } = options;
      const i = t.headers.indexOf(from);
      const sum = balances.reduce((a, [, v]) => a + v, 0n);
      const grand = (r: readonly string[]) =>
        figures === "grand" || (figures === "tie" && r[0] === "212");
      const rows = t.rows.map((r) =>
        r.map((cell, j) => {
          if (j !== i) return cell;
          const more = holds(r) && balance === "printed" && grand(r) ? sum : 0n;
          return fmt(cents(cell) + more + (r[0] === "208" ? wrong : 0n));
        }),
      );
      const cells = (r: readonly string[]) =>
        balances.map(([, v]) => (balance === "printed" && holds(r) && v > 0n ? fmt(v) : ""));
      const names = balances.map(([h]) => h);
      const headers = t.headers.map((h) => (h === from ? header : h));
      const at = place === "before" ? i + 1 : headers.length;
      return {
        ...t,
        headers: [...headers.slice(0, at), ...names, ...headers.slice(at)],
        rows: rows.map((r, k) => [...r.slice(0, at), ...cells(t.rows[k] ?? r), ...r.slice(at)]),
      };
    },
  );

const income = (header: string, place: Place, options?: Parameters<typeof vary>[5]) =>
  vary("收入决算表", "本年收入合计", [["年初结转和结余", 11288n]], header, place, options);
const spending = (header: string, place: Place, options?: Parameters<typeof vary>[5]) =>
  vary(
    "支出决算表",
    "本年支出合计",
    [
      ["结余分配", 0n],
      ["年末结转和结余", 10000n],
    ],
    header,
    place,
    options,
  );

const SIDES = [
  ["收入决算表", income, ["合计", "收入合计"]],
  ["支出决算表", spending, ["合计", "支出合计"]],
] as const;
const PLACES: readonly Place[] = ["before", "after"];

/** The reader's problems above info on the table titled `title`. */
const problemsOf = (f: typeof P, title: string) =>
  f.tables
    .filter((t) => t.title === title)
    .flatMap((t) =>
      readPrintedTable(t, { template: final2024, year: 2024 }).problems.filter(
        (p) => p.severity !== "info",
      ),
    );

describe.each(SIDES)("%s: a bare total beside a balance", (title, v, headers) => {
  describe.each(headers)("headed %s", (header) => {
    it.each(PLACES)(
      "the year's figures, the balance %s the sources: the fixture's report",
      (at) => {
        const varied = v(header, at);
        expect(varied).not.toEqual(P);
        expect(added(P, varied).added).toEqual([]);
      },
    );

    it.each(PLACES)(
      "the grand total's figures, the balance %s the sources: the fixture's report",
      (at) => {
        const varied = v(header, at, { figures: "grand" });
        expect(added(P, varied).added).toEqual([]);
      },
    );

    it.each(PLACES)("the year's on some rows, the grand total's on 212 (%s): not guessed", (at) => {
      const varied = v(header, at, { figures: "tie" });
      const problems = problemsOf(varied, title);
      expect(problems.map((p) => p.code)).toEqual(["ambiguous-header"]);
      const [p] = problems;
      if (p?.code !== "ambiguous-header") throw new Error("no ambiguous-header");
      expect(p.path.text).toBe(header);
      expect(p.candidates.length).toBe(2);
      // Nothing is found against the document: the column is left unread, a gap of the reading.
      expect(added(P, varied).added.filter((x) => x.startsWith("error"))).toEqual([]);
    });
  });

  it("beside a balance printing no figure on any row: no row tells, not guessed", () => {
    const varied = v(headers[0], "after", { balance: "blank" });
    expect(problemsOf(varied, title).map((p) => p.code)).toEqual(["ambiguous-header"]);
    // The blank balance differs from the 总表's (found as it is with the total headed 本年…合计);
    // the unread total adds nothing.
    const errors = (f: typeof P) => added(P, f).added.filter((x) => x.startsWith("error"));
    const headed = v(title === "收入决算表" ? "本年收入合计" : "本年支出合计", "after", {
      balance: "blank",
    });
    expect(errors(headed).length).toBeGreaterThan(0);
    expect(errors(varied).filter((x) => !errors(headed).includes(x))).toEqual([]);
  });
});

describe("收入决算表 printing 财政拨款收入 by fund only (no 小计): its funds are the source", () => {
  const byFund = (f: typeof P) =>
    varyTables(
      f,
      (t) => t.title === "收入决算表",
      (t) => ({
        ...t,
        headers: t.headers.map((h) =>
          h === "财政拨款收入" ? "财政拨款收入/一般公共预算财政拨款" : h,
        ),
      }),
    );
  it.each(["year", "grand"] as const)("合计 of the %s figures: the fixture's report", (figures) => {
    const varied = byFund(income("合计", "before", { figures }));
    expect(problemsOf(varied, "收入决算表")).toEqual([]);
    expect(added(P, varied).added).toEqual([]);
  });
});

describe("a wrong figure is still found under the reading the figures choose", () => {
  // 208 社会保障和就业支出 754.75 printed 754.85: no balance on that row, so the other rows choose.
  it.each(PLACES)(
    "收入决算表 合计 of the year's figures (balance %s): 208's sources ≠ its 合计",
    (at) => {
      const found = added(P, income("合计", at, { wrong: 10n })).added;
      expect(found.some((x) => x.startsWith("error funds income functional:208 revenue"))).toBe(
        true,
      );
    },
  );

  it.each(PLACES)(
    "收入决算表 合计 of the grand total's figures (balance %s): 208's 总计 ≠ its parts",
    (at) => {
      const found = added(P, income("合计", at, { figures: "grand", wrong: 10n })).added;
      expect(found.some((x) => x.includes("income functional:208 revenue.total"))).toBe(true);
    },
  );

  it.each(PLACES)(
    "支出决算表 合计 of the grand total's figures (balance %s): 208's total ≠ its parts",
    (at) => {
      const found = added(P, spending("合计", at, { figures: "grand", wrong: 10n })).added;
      expect(found.some((x) => x.startsWith("error") && x.includes("functional:208"))).toBe(true);
    },
  );

  it.each(PLACES)(
    "支出决算表 合计 of the year's figures (balance %s): 208's total ≠ its parts",
    (at) => {
      const found = added(P, spending("合计", at, { wrong: 10n })).added;
      expect(found.some((x) => x.startsWith("error") && x.includes("functional:208"))).toBe(true);
    },
  );
});
