/**
 * The helpers the targets rules share: which statement of a figure is the disclosure's own, which
 * of a project row's figures is its total, when a project printed twice is one, and how a target
 * finds its table project. Small contexts built from plain tables.
 */
import { describe, expect, it } from "vitest";
import type { Disclosure, Row, Table } from "../../disclosure";
import { henan2024 } from "../../templates";
import { buildContext } from "../context";
import { isDerived } from "../derive";
import { henan2024Profile } from "../profiles";
import type { RuleContext } from "../types";
import { indexProjects, matchProject, tableProjects } from "./targets-projects";
import { disclosureFact } from "./targets-shared";

const ctxOf = (...tables: Table[]): RuleContext => {
  const d: Disclosure = {
    meta: {
      year: 2024,
      documentKind: "部门",
      template: "henan2024",
      department: { name: "某局" },
      units: [],
    },
    tables,
    texts: [],
  };
  return buildContext(d, henan2024, undefined, henan2024Profile.definitions);
};
const NO_KINDS: ReadonlySet<string> = new Set();
const project = (name: string, cells: Record<string, string>, code?: string): Row => ({
  key: code === undefined ? { kind: "project", name } : { kind: "project", name, code },
  cells,
});
const projects = (...rows: Row[]): Table => ({ kind: "projects", unit: "万元", rows });
const expenditure = (total: string): Table => ({
  kind: "expenditure",
  unit: "万元",
  rows: [
    { key: { kind: "total" }, cells: { total } },
    { key: { kind: "functional", code: "2010101" }, cells: { total: "2.00" } },
    { key: { kind: "functional", code: "2010102" }, cells: { total: "1.00" } },
  ],
});

describe("disclosureFact", () => {
  const total = (ctx: RuleContext) => disclosureFact(ctx, "spending", {}, NO_KINDS);

  it("is the printed figure where one is printed", () => {
    const f = total(ctxOf(expenditure("3.00")));
    expect(f !== undefined && !isDerived(f)).toBe(true);
    expect(f?.value?.value).toBe("3.00");
  });

  it("is the derived sum, not the printed blank, where the total is left blank", () => {
    const f = total(ctxOf(expenditure("")));
    expect(f !== undefined && isDerived(f)).toBe(true);
    expect(f?.value?.value).toBe("3.00");
  });

  it("is the figure of the table first in the template where two print it, in either order", () => {
    const summary: Table = {
      kind: "summary",
      unit: "万元",
      rows: [{ key: { kind: "line", line: "spending" }, cells: { "spending.amount": "3.10" } }],
    };
    for (const tables of [
      [expenditure("3.00"), summary],
      [summary, expenditure("3.00")],
    ]) {
      const f = total(ctxOf(...tables));
      expect(f !== undefined && !isDerived(f) ? [f.source.table, f.value?.value] : f).toEqual([
        "summary",
        "3.10",
      ]);
    }
  });

  it("leaves out the statements of the targets tables", () => {
    const ctx = ctxOf(expenditure("3.00"));
    expect(disclosureFact(ctx, "spending", {}, new Set(["expenditure"]))).toBeUndefined();
  });
});

describe("tableProjects", () => {
  it("takes a project's total, not a fund's column, whatever order the cells come in", () => {
    const [p] = tableProjects(
      ctxOf(projects(project("办公楼维修", { gpb: "3.00", unitFunds: "2.00", total: "5.00" }))),
      NO_KINDS,
    );
    expect(p?.fact.value?.value).toBe("5.00");
    expect(p?.fact.source.column).toBe("total");
  });

  it("skips a project row that prints no total", () => {
    expect(tableProjects(ctxOf(projects(project("甲", { gpb: "3.00" }))), NO_KINDS)).toEqual([]);
  });

  it("lists a project printed again with the same name, code and amount once, and keeps one that differs in any", () => {
    const names = (...rows: Row[]) =>
      tableProjects(ctxOf(projects(...rows)), NO_KINDS).map(
        (p) => `${p.name}|${p.code ?? ""}|${p.fact.value?.value}`,
      );
    expect(
      names(project("甲", { total: "5.00" }, "X1"), project("甲", { total: "5.00" }, "X1")),
    ).toEqual(["甲|X1|5.00"]);
    expect(
      names(project("甲", { total: "5.00" }, "X1"), project("甲", { total: "6.00" }, "X1")),
    ).toEqual(["甲|X1|5.00", "甲|X1|6.00"]);
    expect(
      names(project("甲", { total: "5.00" }, "X1"), project("甲", { total: "5.00" }, "X2")),
    ).toEqual(["甲|X1|5.00", "甲|X2|5.00"]);
    expect(names(project("甲", { total: "5.00" }), project("乙", { total: "5.00" }))).toEqual([
      "甲||5.00",
      "乙||5.00",
    ]);
  });

  it("keeps the code it was printed with, and none where none was printed", () => {
    const [a, b] = tableProjects(
      ctxOf(projects(project("甲", { total: "1.00" }, "X1"), project("乙", { total: "2.00" }))),
      NO_KINDS,
    );
    expect(a?.code).toBe("X1");
    expect(b !== undefined && "code" in b).toBe(false);
  });

  it("reads no table the targets are printed in", () => {
    const ctx = ctxOf(projects(project("甲", { total: "1.00" })));
    expect(tableProjects(ctx, new Set(["projects"]))).toEqual([]);
  });
});

describe("matchProject", () => {
  const ctx = ctxOf(
    projects(
      project("办公楼维修", { total: "5.00" }, "P01"),
      project("设备购置", { total: "2.00" }, "P02"),
    ),
  );
  const index = indexProjects(tableProjects(ctx, NO_KINDS));

  it("finds a project by code first, the code trimmed", () => {
    expect(matchProject(index, { name: "设备购置", code: " P01 " })?.name).toBe("办公楼维修");
  });

  it("falls back to the name where the target prints no code, or a blank one", () => {
    expect(matchProject(index, { name: "设备购置" })?.code).toBe("P02");
    expect(matchProject(index, { name: "设备购置", code: "  " })?.code).toBe("P02");
    expect(matchProject(index, { name: "设备购置", code: "P99" })?.code).toBe("P02");
  });

  it("finds none for a name or code two projects share", () => {
    const shared = indexProjects(
      tableProjects(
        ctxOf(
          projects(
            project("机关运行经费", { total: "1.00" }),
            project("机关运行经费", { total: "2.00" }),
          ),
        ),
        NO_KINDS,
      ),
    );
    expect(matchProject(shared, { name: "机关运行经费" })).toBeUndefined();
    expect([...shared.sharedNames]).toEqual(["机关运行经费"]);
  });
});
