/**
 * A multi-unit department's 项目支出绩效目标表 printed one indicator a row, its projects under a row
 * naming their unit (`某区养老服务指导中心`, with the unit's money or none, no indicator), and the
 * department's row above them all: those rows head the projects, they are no projects (no
 * `targets.coverage` "not in the project table", no `targets.sum` counting them twice). A wrong
 * figure under them is still caught, and a real project without indicators is still reported.
 */
import { describe, expect, it } from "vitest";
import type { Table } from "../src/disclosure";
import { disclosureTargets, readTargets } from "../src/performance";
import { type PrintedTable, readPrintedTable } from "../src/printed";
import { checkDisclosure, henan2024Profile } from "../src/rules";
import { henan2024 } from "../src/templates";

const DEPARTMENT = "某区民政局";
const ELDERLY_UNIT = "某区养老服务指导中心";
const POOR_UNIT = "某区社会救助服务中心";

const PROJECTS: PrintedTable = {
  title: "2024年项目支出预算表",
  unit: "万元",
  headers: ["项目名称", "合计", "本年拨款/一般公共预算"],
  rows: [
    ["合计", "420.00", "420.00"],
    ["社区养老服务补助", "120.00", "120.00"],
    ["城乡低保资金", "300.00", "300.00"],
  ],
};

const meta = (units: readonly string[]) =>
  ({
    year: 2024,
    documentKind: "部门",
    template: "henan2024",
    department: { name: DEPARTMENT },
    units: units.map((name, i) => ({ code: `20100${i + 1}`, name })),
  }) as const;

function check(
  rows: string[][],
  units: readonly string[] = [],
  title = "2024年项目支出绩效目标表",
) {
  const targets: PrintedTable = {
    title,
    unit: "万元",
    headers: ["项目名称", "资金总额", "一级指标", "二级指标", "三级指标", "指标值"],
    rows,
  };
  const tables: Table[] = [];
  for (const p of [PROJECTS, targets]) {
    const r = readPrintedTable(p, { template: henan2024 });
    if (r.table !== undefined) tables.push(r.table);
  }
  const disclosure = { meta: meta(units), tables, texts: [] };
  const report = checkDisclosure(disclosure, { profile: henan2024Profile, template: henan2024 });
  const findings = report.findings
    .filter((f) => f.ruleId.startsWith("targets") && f.severity !== "info")
    .map((f) => `${f.ruleId} ${f.params?.kind ?? ""} ${f.path?.row ?? ""}`.replace(/ {2}/gu, " "));
  const reading = disclosureTargets(disclosure, henan2024);
  const projects = reading.targets?.projects.map((p) => `${p.name}=${p.money.total}`);
  return { findings, projects, reading };
}

/** The table's own sums (rollup) above info, as `severity rule row`. */
function checkRollup(rows: string[][]) {
  const tables: Table[] = [];
  for (const p of [
    PROJECTS,
    {
      title: "2024年项目支出绩效目标表",
      unit: "万元",
      headers: ["项目名称", "资金总额", "一级指标", "二级指标", "三级指标", "指标值"],
      rows,
    },
  ]) {
    const r = readPrintedTable(p, { template: henan2024 });
    if (r.table !== undefined) tables.push(r.table);
  }
  return checkDisclosure(
    { meta: meta([]), tables, texts: [] },
    { profile: henan2024Profile, template: henan2024 },
  )
    .findings.filter((f) => f.ruleId === "rollup" && f.severity !== "info")
    .map((f) => `${f.severity} ${f.ruleId} ${f.path?.row ?? ""}`);
}

const elderly = (amount = "120.00") => [
  ["社区养老服务补助", amount, "产出指标", "数量指标", "补助养老机构数", "≥12家"],
  ["", "", "", "质量指标", "服务合格率", "≥98%"],
  ["", "", "满意度指标", "服务对象满意度指标", "服务对象满意度", "≥95%"],
];
const poor = () => [
  ["城乡低保资金", "300.00", "产出指标", "数量指标", "保障人数", "≥800人"],
  ["", "", "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥98%"],
];
const unitRow = (name: string, amount = "") => [name, amount, "", "", "", ""];
const BOTH = ["社区养老服务补助=120.00", "城乡低保资金=300.00"];

describe("a unit's row above its projects, one indicator a row", () => {
  it("a row per unit with the unit's money: no project, no finding", () => {
    const r = check([
      unitRow(ELDERLY_UNIT, "120.00"),
      ...elderly(),
      unitRow(POOR_UNIT, "300.00"),
      ...poor(),
    ]);
    expect(r.findings).toEqual([]);
    expect(r.projects).toEqual(BOTH);
  });

  it("the department's row above its units' rows (nested sums), money-less rows, a name of the document", () => {
    for (const rows of [
      [
        unitRow(DEPARTMENT, "420.00"),
        unitRow(ELDERLY_UNIT, "120.00"),
        ...elderly(),
        unitRow(POOR_UNIT, "300.00"),
        ...poor(),
      ],
      [
        unitRow(DEPARTMENT),
        unitRow(ELDERLY_UNIT, "120.00"),
        ...elderly(),
        unitRow(POOR_UNIT, "300.00"),
        ...poor(),
      ],
      [unitRow(`${DEPARTMENT}本级`), ...elderly(), ...poor()],
      [unitRow(DEPARTMENT, "420.00"), ...elderly(), ...poor()],
    ]) {
      const r = check(rows);
      expect(r.findings).toEqual([]);
      expect(r.projects).toEqual(BOTH);
    }
    // A row naming a unit of the document with a subtotal printed in another form (rounded).
    const named = check([unitRow(ELDERLY_UNIT, "120"), ...elderly(), ...poor()], [ELDERLY_UNIT]);
    expect(named.findings).toEqual([]);
    expect(named.projects).toEqual(BOTH);
  });

  it("under a 合计 row: the department's row restating it heads the table, summed once", () => {
    const total = ["合计", "420.00", "", "", "", ""];
    const r = check([total, unitRow(DEPARTMENT, "420.00"), ...elderly(), ...poor()]);
    expect(r.findings).toEqual([]);
    expect(r.projects).toEqual(BOTH);
    // a wrong 合计 is still found
    const wrong = check([
      ["合计", "402.00", "", "", "", ""],
      unitRow(DEPARTMENT, "420.00"),
      ...elderly(),
      ...poor(),
    ]);
    const rollup = checkRollup([
      ["合计", "402.00", "", "", "", ""],
      unitRow(DEPARTMENT, "420.00"),
      ...elderly(),
      ...poor(),
    ]);
    expect(wrong.projects).toEqual(BOTH);
    expect(rollup).toContain("error rollup total");
    expect(checkRollup([total, unitRow(DEPARTMENT, "420.00"), ...elderly(), ...poor()])).toEqual(
      [],
    );
  });

  it("the projects' cells are cited on their own rows once the headings are set aside", () => {
    const r = check([
      unitRow(ELDERLY_UNIT, "120.00"),
      ...elderly(),
      unitRow(POOR_UNIT, "300.00"),
      ...poor(),
    ]);
    expect(r.reading.source(["projects", 1, "money", "total"]).row).toBe("project:城乡低保资金");
    expect(r.reading.source(["projects", 1, "indicators", 1, "value"]).raw).toBe("≥98%");
    expect(r.reading.source(["projects", 0, "name"]).raw).toBe("社区养老服务补助");
  });

  it("a table of money only (no indicator anywhere) sets no row aside", () => {
    const tables = [
      readPrintedTable(
        {
          title: "2024年项目支出绩效目标表",
          unit: "万元",
          headers: ["项目名称", "资金总额"],
          rows: [
            ["甲项目", "10.00"],
            ["乙项目", "10.00"],
          ],
        },
        { template: henan2024 },
      ).table as Table,
    ];
    expect(readTargets(tables, henan2024).targets?.projects.map((p) => p.name)).toEqual([
      "甲项目",
      "乙项目",
    ]);
  });

  it("a wrong figure under the headings is still caught; a project without indicators is still reported", () => {
    const wrong = check(
      [
        unitRow(ELDERLY_UNIT, "120.00"),
        ...elderly("102.00"),
        unitRow(POOR_UNIT, "300.00"),
        ...poor(),
      ],
      [ELDERLY_UNIT, POOR_UNIT],
    );
    expect(wrong.findings).toContain("targets.money project:社区养老服务补助");
    expect(wrong.findings).toContain("targets.sum project:社区养老服务补助");
    // A subtotal matching no projects and naming no unit of the document is read as printed.
    const odd = check([unitRow("某区救助管理站", "50.00"), ...elderly(), ...poor()]);
    expect(odd.findings).toContain("targets.coverage unknown-project project:某区救助管理站");
    // The last row, a project of the 项目支出表 with no indicator, heads nothing.
    const bare = check([...elderly(), ["城乡低保资金", "300.00", "", "", "", ""]]);
    expect(bare.findings).toEqual(["targets.coverage no-indicators project:城乡低保资金"]);
  });
});
