/**
 * Partial sums are never compared as complete ones. A roll-up over only some of a total's rows
 * (rows whose 项目类型 is blank or unknown; a 绩效目标 table listing some projects only) or a sum
 * of blanks is no figure to tell a printed total wrong: such comparisons are insufficient data.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import type { Disclosure, Row, Table } from "../src/disclosure";
import { lowerTable } from "../src/disclosure";
import { readPrintedTable } from "../src/printed";
import { checkDisclosure, henan2024Profile, RULES, renderFinding, rollUpTable } from "../src/rules";
import { henan2024 } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { fixtureDisclosure } from "./support/disclosures";

const base = fixtureDisclosure(henan2024Fixture, henan2024).disclosure;
const options = { profile: henan2024Profile, template: henan2024, catalog: catalog2024 };

/** The disclosure with one table's rows replaced. */
const withRows = (kind: string, f: (rows: readonly Row[]) => readonly Row[]): Disclosure => ({
  ...base,
  tables: base.tables.map((t): Table => (t.kind === kind ? { ...t, rows: f(t.rows) } : t)),
});

/** Findings above info of the rules that compare sums. */
const sumFindings = (d: Disclosure) =>
  checkDisclosure(d, options)
    .findings.filter(
      (f) => f.severity !== "info" && ["rollup", "nature", "same-fact"].includes(f.ruleId),
    )
    .map((f) => `${f.ruleId} ${f.path?.table}/${f.path?.row}/${f.path?.column}`);

/** The fixture with one printed table's rows replaced (by a word of its title). */
const withPrinted = (
  title: string,
  f: (rows: readonly (readonly string[])[]) => readonly (readonly string[])[],
) => ({
  ...henan2024Fixture,
  tables: henan2024Fixture.tables.map((t) =>
    t.title.includes(title) ? { ...t, rows: f(t.rows).map((r) => [...r]) } : t,
  ),
});

const blankType = (r: Row): Row => ({ ...r, cells: { ...r.cells, type: "" } });

describe("roll-ups over rows whose attribute is unknown", () => {
  it("the fixture itself has no such finding", () => {
    expect(sumFindings(base)).toEqual([]);
  });

  it("a 类型 left blank on all but each group's first project: the totals still check", () => {
    let prev = "";
    const d = withRows("projects", (rows) =>
      rows.map((r) => {
        const type = r.cells.type ?? "";
        const out = type !== "" && type === prev ? blankType(r) : r;
        prev = type;
        return out;
      }),
    );
    expect(sumFindings(d)).toEqual([]);
    // The sum over every project is complete; the sums by 类型 miss the blank ones.
    const lt = lowerTable(d.tables.find((t) => t.kind === "projects") as Table, henan2024);
    const rolled = rollUpTable(lt).filter(
      (x) =>
        x.coords.project === undefined &&
        x.coords.org === undefined &&
        x.via.kind === "rollup" &&
        (x.via as { column: string }).column === "total",
    );
    const byNature = new Map(rolled.map((x) => [x.coords.nature, x]));
    expect(byNature.get("project")?.value?.value).toBe("287.00");
    expect(byNature.get("project")?.incomplete).toBeUndefined();
    expect(byNature.get("project.operating")?.incomplete).toBe(true);
    expect(byNature.get("project.specific")?.incomplete).toBe(true);
  });

  it("a 类型 printed as an unknown value (其他类) on one project: no finding", () => {
    const d = withRows("projects", (rows) =>
      rows.map((r) =>
        r.key.kind === "project" && r.cells.total === "3.50"
          ? { ...r, cells: { ...r.cells, type: "其他类" } }
          : r,
      ),
    );
    expect(sumFindings(d)).toEqual([]);
  });

  it("a partial sum already above its printed total is an error (no row negative): that side only", () => {
    // 劳务派遣 (3.50, 其他运转类) printed as 特定目标类, and 机关运行经费 (49.00) as 其他类
    const d = withRows("projects", (rows) =>
      rows.map((r) =>
        r.key.kind !== "project"
          ? r
          : r.key.name === "2024年劳务派遣人员经费"
            ? { ...r, cells: { ...r.cells, type: "特定目标类" } }
            : r.key.name === "2024年机关运行经费"
              ? { ...r, cells: { ...r.cells, type: "其他类" } }
              : r,
      ),
    );
    const found = sumFindings(d);
    // 特定目标类 sums to 237.00 without the unknown one: more than the printed 233.50
    expect(found).toContain("rollup expenditure/total/project.specific");
    expect(found).toContain("rollup gpbExpenditure/total/project.specific");
    // 其他运转类 sums to 1.00 without it, less than 53.50: missing rows may make up the rest
    expect(found.filter((f) => f.includes("project.operating"))).toEqual([]);
  });

  it("says why a sum lacking rows of unknown 类型 is not checked", () => {
    const d = withRows("projects", (rows) =>
      rows.map((r) =>
        r.key.kind === "project" && r.cells.total === "3.50"
          ? { ...r, cells: { ...r.cells, type: "其他类" } }
          : r,
      ),
    );
    const unsure = checkDisclosure(d, options).findings.filter(
      (f) => f.ruleId === "rollup" && f.outcome === "insufficient-data",
    );
    expect(unsure.length).toBeGreaterThan(0);
    for (const f of unsure) {
      expect(f.params.reason).toBe("partial");
      expect(renderFinding(f, RULES, "zh-CN", henan2024)).toContain("项目类型");
      expect(renderFinding(f, RULES, "zh-CN", henan2024)).not.toContain("未能识别的行或列");
      expect(renderFinding(f, RULES, "en", henan2024)).toContain("left out of the sum");
    }
  });

  it("a project with blank 类型 and blank amounts: no `differ` against the printed total", () => {
    const d = withRows("projects", (rows) => [
      ...rows,
      {
        key: { kind: "project", name: "2024年某专项工作经费" },
        name: "2024年某专项工作经费",
        cells: Object.fromEntries(Object.keys(rows[0]?.cells ?? {}).map((k) => [k, ""])),
      },
    ]);
    expect(sumFindings(d)).toEqual([]);
  });

  it("a complete sum of blanks against a printed figure is `differ` (a 类 whose only row is blank)", () => {
    const d = withRows("expenditure", (rows) =>
      rows.map((r) =>
        r.key.kind === "functional" && r.key.code === "2299999"
          ? { ...r, cells: Object.fromEntries(Object.keys(r.cells).map((k) => [k, ""])) }
          : r,
      ),
    );
    // The summary's 229 (160.00) is the sum of the 部门支出表's 2299999 row, printed blank.
    expect(sumFindings(d)).toContain("rollup summary/functional:229/spending.amount");
    const lt = lowerTable(
      {
        kind: "expenditure",
        unit: "万元",
        rows: [
          { key: { kind: "functional", code: "201" }, cells: { total: "635.07" } },
          { key: { kind: "functional", code: "20131" }, cells: { total: "" } },
        ],
      },
      henan2024,
    );
    const sum = rollUpTable(lt).find((x) => x.coords.functional === "201");
    expect(sum?.value).toBeNull();
    expect(sum?.incomplete).toBeUndefined();
  });

  it("a complete sum of blanks against a printed blank or 0.00 agrees", () => {
    const blank229 = (r: Row): Row =>
      r.key.kind === "functional" && r.key.code === "2299999"
        ? { ...r, cells: Object.fromEntries(Object.keys(r.cells).map((k) => [k, ""])) }
        : r;
    for (const printed of ["0.00", ""]) {
      const d = withRows("expenditure", (rows) => rows.map(blank229));
      const summary = (t: Table): Table =>
        t.kind !== "summary"
          ? t
          : {
              ...t,
              rows: t.rows.map((r) =>
                r.key.kind === "functional" && r.key.code === "229"
                  ? { ...r, cells: { ...r.cells, "spending.amount": printed } }
                  : r,
              ),
            };
      const found = sumFindings({ ...d, tables: d.tables.map(summary) });
      expect(found.filter((f) => f.includes("functional:229/"))).toEqual([]);
    }
  });
});

describe("a table of some of the disclosure's rows (项目绩效目标汇总表)", () => {
  it("targets printed for the 特定目标类 projects only: no roll-up compared with 项目支出", () => {
    const d = withRows("projectTargets", (rows) =>
      rows.filter(
        (r) => r.key.kind !== "org" && (r.key.kind !== "project" || r.cells.type !== "其他运转类"),
      ),
    );
    expect(sumFindings(d)).toEqual([]);
  });

  it("targets for some projects, its 116 rows printing their sum: compared within the table only", () => {
    const printed = withPrinted("项目绩效目标汇总表", (rows) => {
      const out: (readonly string[])[] = [];
      let skip = false;
      for (const r of rows) {
        if (r[0] !== "") skip = r[2] === "其他运转类";
        if (skip) continue;
        const org = r[0] === "116" || r[0] === "116001";
        out.push(org ? r.map((c, i) => (i === 3 || i === 4 ? "233.50" : c)) : r);
      }
      return out;
    });
    expect(henan2024.tables.find((k) => k.id === "projectTargets")?.subset).toBe(true);
    expect(sumFindings(fixtureDisclosure(printed, henan2024).disclosure)).toEqual([]);
  });

  it("its own subtotals are still checked against its rows (116001 printed 280.00 of 287.00)", () => {
    const printed = withPrinted("项目绩效目标汇总表", (rows) =>
      rows.map((r) => (r[0] === "116001" ? r.map((c, i) => (i === 3 ? "280.00" : c)) : r)),
    );
    const found = sumFindings(fixtureDisclosure(printed, henan2024).disclosure);
    expect(found).toContain("rollup projectTargets/org:116/total");
    expect(found.every((f) => f.includes("projectTargets/"))).toBe(true);
  });
});

describe("reading a 类型 cell merged over its group", () => {
  it("carries the printed value down to the blank cells of the projects below", () => {
    const printed = henan2024Fixture.tables.find((t) => t.title.includes("项目支出预算表"));
    if (printed === undefined) throw new Error("no 项目支出预算表");
    let prev = "";
    const merged = {
      ...printed,
      rows: printed.rows.map((r) => {
        const type = r[0] ?? "";
        const out = type !== "" && type === prev ? ["", ...r.slice(1)] : r;
        prev = type;
        return out;
      }),
    };
    expect(merged.rows.filter((r) => r[0] === "").length).toBeGreaterThan(4);
    const types = (t: typeof printed) =>
      readPrintedTable(t, { template: henan2024 }).table?.rows.map((r) => r.cells.type);
    expect(types(merged)).toEqual(types(printed));
  });

  it("a 类型 printed on every row but one, the last project's: its sums are incomplete, no finding", () => {
    const printed = withPrinted("项目支出预算表", (rows) => {
      const moved = rows.find((r) => r[1] === "2024年劳务派遣人员经费");
      if (moved === undefined) throw new Error("no 劳务派遣");
      return [...rows.filter((r) => r !== moved), ["", ...moved.slice(1)]];
    });
    const { disclosure } = fixtureDisclosure(printed, henan2024);
    expect(sumFindings(disclosure)).toEqual([]);
  });

  it("carries 项目分类 down over the 汇总表's indicator continuation lines", () => {
    const printed = henan2024Fixture.tables.find((t) => t.title.includes("项目绩效目标汇总表"));
    if (printed === undefined) throw new Error("no 项目绩效目标汇总表");
    let prev = "";
    const merged = {
      ...printed,
      rows: printed.rows.map((r) => {
        const type = r[2] ?? "";
        if (type === "") return r;
        const out = type === prev ? [r[0] ?? "", r[1] ?? "", "", ...r.slice(3)] : r;
        prev = type;
        return out;
      }),
    };
    const types = (t: typeof printed) =>
      readPrintedTable(t, { template: henan2024, departmentCode: "116" })
        .table?.rows.filter((r) => r.key.kind === "project")
        .map((r) => r.cells.type);
    expect(types(merged)?.filter((t) => t === "").length).toBe(0);
    expect(types(merged)).toEqual(types(printed));
  });
});
