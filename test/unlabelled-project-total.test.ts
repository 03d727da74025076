/**
 * A 项目支出预算表 closing with a row of figures and no label (no 类型, name, 项目单位 nor code), as
 * printers leave the 合计's label out of its merged cell (or pdftotext drops it): the table's
 * total where its figures are the sum of the rows (its units', or its projects'), proved by the
 * sum; else kept unplaced (coverage), as before. Was: always `unplaced-row`, the total unread.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import { rowKeyId } from "../src/disclosure";
import { readPrintedTable } from "../src/printed/read";
import type { PrintedTable } from "../src/printed/types";
import { checkDisclosure, henan2024Profile } from "../src/rules";
import { henan2024, nationalMinimum } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { fixtureDisclosure } from "./support/disclosures";

const isProjects = (t: PrintedTable) => t.title.includes("项目支出");
const FIXTURE = henan2024Fixture.tables.find(isProjects) as PrintedTable;
/** The fixture's table, its unlabelled 合计 (first) printed last instead. */
const LAST: PrintedTable = { ...FIXTURE, rows: [...FIXTURE.rows.slice(1), FIXTURE.rows[0] ?? []] };
/** …and with no unit's row: the projects alone, then the unlabelled total. */
const PROJECTS_ONLY: PrintedTable = { ...LAST, rows: LAST.rows.slice(1) };

const read = (t: PrintedTable, template = henan2024) => {
  const r = readPrintedTable(t, { template, catalog: catalog2024.functional });
  return {
    keys: r.table?.rows.map((x) => rowKeyId(x.key)) ?? [],
    warnings: r.problems.filter((p) => p.severity !== "info").map((p) => p.code),
    total: r.table?.rows.find((x) => x.key.kind === "total")?.cells,
  };
};

const serious = (t: PrintedTable) => {
  const fixture = {
    ...henan2024Fixture,
    tables: henan2024Fixture.tables.map((x) => (isProjects(x) ? t : x)),
  };
  const { disclosure } = fixtureDisclosure(fixture, henan2024);
  return checkDisclosure(disclosure, {
    profile: henan2024Profile,
    template: henan2024,
    catalog: catalog2024,
  })
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.ruleId} ${f.path?.table} ${f.path?.row}`);
};

/** A row's figures changed: `i`'s 合计 and 一般公共预算 to `v`. */
const withFigure = (t: PrintedTable, i: number, v: string): PrintedTable => ({
  ...t,
  rows: t.rows.map((r, j) => (j === i ? r.map((c, k) => (k === 3 || k === 4 ? v : c)) : r)),
});

describe("an unlabelled last row stating the sum of the rows: the table's 合计", () => {
  it.each([
    ["Henan: under the department's row", LAST],
    ["Henan: the projects alone", PROJECTS_ONLY],
    [
      "in 元 with thousands separators",
      {
        ...PROJECTS_ONLY,
        unit: "单位：元",
        rows: PROJECTS_ONLY.rows.map((r) =>
          r.map((c, k) =>
            k >= 3 && c !== ""
              ? (Number(c) * 10000).toLocaleString("en-US", { minimumFractionDigits: 2 })
              : c,
          ),
        ),
      },
    ],
  ] as const)("%s", (_, t) => {
    const r = read(t);
    expect(r.warnings).toEqual([]);
    expect(r.keys.at(-1)).toBe("total");
    expect(r.keys.filter((k) => k === "total")).toHaveLength(1);
  });

  it("the national layout (项目名称 | 合计 | 一般公共预算): the 合计", () => {
    const t: PrintedTable = {
      title: "2024年项目支出表",
      unit: "万元",
      headers: ["项目名称", "合计", "一般公共预算"],
      rows: [
        ["机关运行经费", "49.00", "49.00"],
        ["机要设备购置", "18.50", "18.50"],
        ["", "67.50", "67.50"],
      ],
    };
    const r = read(t, nationalMinimum);
    expect(r.keys).toEqual(["project:机关运行经费", "project:机要设备购置", "total"]);
    expect(r.warnings).toEqual([]);
  });

  it("the fixture read so: the same findings as its own layout", () => {
    expect(serious(LAST)).toEqual(serious(FIXTURE));
  });
});

describe("an unlabelled last row stating other figures: unplaced (coverage)", () => {
  const end = LAST.rows.length - 1;
  it("its 合计 not the rows' sum (287.00 printed 278.00)", () => {
    const r = read(withFigure(LAST, end, "278.00"));
    expect(r.keys.at(-1)).toBe("unplaced:");
    expect(r.warnings).toContain("unplaced-row");
  });

  it("under a 合计 stating other figures, the sum of the rows above only (a page's): not it", () => {
    const first = FIXTURE.rows[0] ?? [];
    const page = LAST.rows.slice(0, 4);
    const sum = page
      .slice(1)
      .reduce((s, r) => s + Number(r[3]), 0)
      .toFixed(2);
    const rows = [first, ...page, first.map((c, k) => (k === 3 || k === 4 ? sum : c))];
    const r = read({ ...LAST, rows });
    expect(r.keys.at(-1)).toBe("unplaced:");
  });

  it("a wrong project under the department's row is still found (49.00 printed 94.00)", () => {
    const wrong = withFigure(LAST, 1, "94.00");
    const added = serious(wrong).filter((l) => !serious(FIXTURE).includes(l));
    expect(added.some((l) => l.startsWith("rollup"))).toBe(true);
  });

  it("a row printing a label or a code is not it (the rule reads no named row)", () => {
    const named = {
      ...PROJECTS_ONLY,
      rows: PROJECTS_ONLY.rows.map((r, i) =>
        i === PROJECTS_ONLY.rows.length - 1 ? ["特定目标类", ...r.slice(1)] : r,
      ),
    };
    expect(read(named).keys.at(-1)).not.toBe("total");
  });
});
