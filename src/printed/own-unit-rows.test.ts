/**
 * The department's own office printed as a unit's row with no code and no name of its own (`本级`,
 * `机关本级`), in a 部门预算 of several units: the caller's 本级 unit's row where the caller's units
 * tell which it is (named as the department with a longer code, or `某局本级` / `某局（本级）`),
 * else a unit's heading whose rows are kept unplaced (coverage); never a project named 本级
 * (false `rollup` errors at the total, counted beside its own projects).
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../catalog/2024";
import { rowKeyId, type Table } from "../disclosure";
import { checkDisclosure, henan2024Profile } from "../rules";
import { only } from "../rules/test-support";
import { henan2024 } from "../templates";
import { type ReadOptions, readPrintedTable } from "./read";
import type { PrintedTable } from "./types";

const HEADERS = ["类型", "项目名称", "项目单位", "合计", "本年拨款/一般公共预算"];
const row = (type: string, name: string, unit: string, amount: string) => [
  type,
  name,
  unit,
  amount,
  amount,
];

/** A 项目支出表 of 某局 (116): its office printed as `own`, then 116002 某中心. */
const projects = (own: string, office = "127.00", first = "100.00"): PrintedTable => ({
  title: "2024年项目支出预算表",
  unit: "万元",
  headers: HEADERS,
  rows: [
    row("", "合计", "", "287.00"),
    row("116", "某局", "", "287.00"),
    row("", own, "", office),
    row("特定目标类", "信息化建设", "", first),
    row("其他运转类", "机关运行经费", "", "27.00"),
    row("116002", "某中心", "", "160.00"),
    row("特定目标类", "设备购置", "某中心", "160.00"),
  ],
});

/** A 部门支出表 by unit and 科目: the office printed as `own`. */
const expenditure = (own: string): PrintedTable => ({
  title: "2024年部门支出预算表",
  unit: "万元",
  headers: ["科目编码", "单位编码", "科目名称", "合计", "基本支出", "项目支出"],
  rows: [
    ["", "", "合计", "287.00", "", "287.00"],
    ["", "", own, "127.00", "", "127.00"],
    ["2013102", "", "一般行政管理事务", "127.00", "", "127.00"],
    ["", "116002", "某中心", "160.00", "", "160.00"],
    ["2013102", "", "一般行政管理事务", "160.00", "", "160.00"],
  ],
});

type Units = NonNullable<ReadOptions["units"]>;
const DEPARTMENT = { code: "116", name: "某局" };
const CENTRE = { code: "116002", name: "某中心" };
/** Ways a caller lists the office so that it is told: the department's name, or marked 本级. */
const TOLD: readonly (readonly [string, Units])[] = [
  ["named as the department", [DEPARTMENT, { code: "116001", name: "某局" }, CENTRE]],
  ["named 某局本级", [DEPARTMENT, { code: "116001", name: "某局本级" }, CENTRE]],
  ["named 某局（本级）", [{ name: "某局" }, { code: "116001", name: "某局（本级）" }, CENTRE]],
];
const OWN_WORDS = ["本级", "机关本级", "部门本级", " 本 级 "] as const;

const read = (p: PrintedTable, units: Units): Table => {
  const r = readPrintedTable(p, {
    template: henan2024,
    catalog: catalog2024.functional,
    year: 2024,
    units,
  });
  if (r.table === undefined) throw new Error(`not read: ${p.title}`);
  return r.table;
};
const keys = (t: Table) => t.rows.map((r) => rowKeyId(r.key));

const check = (tables: readonly Table[], units: Units) =>
  checkDisclosure(
    {
      meta: {
        year: 2024,
        documentKind: "部门",
        template: "henan2024",
        department: DEPARTMENT,
        units: units.slice(1).map((u) => ({ ...u, unitType: "行政" as const })),
      },
      tables,
      texts: [],
    },
    {
      profile: only(henan2024Profile, "rollup", "same-fact", "nature", "funds"),
      template: henan2024,
      catalog: catalog2024,
    },
  );
const errors = (tables: readonly Table[], units: Units) =>
  check(tables, units)
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.ruleId} ${f.path?.table} ${f.path?.row} ${f.path?.column}`);

describe("本级 printed as a unit's row with no code", () => {
  describe.each(TOLD)("the office %s", (_, units) => {
    it.each(OWN_WORDS)("%s heads the office's projects", (own) => {
      const t = read(projects(own), units);
      expect(keys(t)).toContain("org:116001");
      expect(keys(t).some((k) => k.includes("本级"))).toBe(false);
      expect(errors([t], units)).toEqual([]);
    });

    it.each(OWN_WORDS)("%s heads the office's 科目 in a 部门支出表", (own) => {
      const t = read(expenditure(own), units);
      expect(keys(t)).toEqual([
        "total",
        "org:116001",
        "functional:2013102",
        "org:116002",
        "functional:2013102",
      ]);
    });

    it("a project's figure that is not the office's sum is still caught", () => {
      const t = read(projects("本级", "127.00", "101.00"), units);
      expect(errors([t], units)).toContain("rollup projects org:116001 total");
    });
  });

  it.each(OWN_WORDS)(
    "%s of no office the caller tells: its projects are coverage, no project",
    (own) => {
      const units: Units = [{ name: "某局" }, { name: "某局机关" }, CENTRE];
      const r = readPrintedTable(projects(own), { template: henan2024, year: 2024, units });
      const k = r.table?.rows.map((x) => rowKeyId(x.key)) ?? [];
      expect(k.filter((x) => x.startsWith("project:"))).toEqual(["project:设备购置"]);
      expect(r.problems.filter((p) => p.code === "unplaced-row").length).toBe(3);
      expect(errors(r.table ? [r.table] : [], units)).toEqual([]);
    },
  );

  it("two units marked 本级: none is told, the rows are coverage", () => {
    const units: Units = [
      DEPARTMENT,
      { code: "116001", name: "某局本级" },
      { code: "116003", name: "某所本级" },
      CENTRE,
    ];
    const t = read(projects("本级"), units);
    expect(keys(t)).not.toContain("org:116001");
    expect(keys(t).filter((x) => x.startsWith("project:"))).toEqual(["project:设备购置"]);
  });
});
