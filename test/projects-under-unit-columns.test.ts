/**
 * Tables whose rows are projects (or 采购品目) listed under a unit printed in columns of its own
 * (`单位编码 | 单位名称 | 项目名称 | 采购品目 | 合计 …`): the unit code is the row's unit, the
 * project its identity, so one unit's several projects are no unit's row printed twice. A table
 * by unit only (`单位编码 | 单位名称 | 合计`) still reads each row as its unit's, and a wrong figure
 * is still found.
 */
import { describe, expect, it } from "vitest";
import {
  NOT_SHANGHAI,
  readAndCheckTwoUnits,
  seriousAt as serious,
  THREE_TEMPLATES as TEMPLATES,
  printedTable as table,
  withCell,
} from "../src/printed/test-support";
import type { PrintedTable } from "../src/printed/types";
import type { Profile } from "../src/rules";
import type { Template } from "../src/templates";

/** The one table read and checked as {@link readAndCheckTwoUnits} does. */
function check(template: Template, profile: Profile, printed: PrintedTable) {
  const { read, report } = readAndCheckTwoUnits(template, profile, [printed]);
  return { read: read[0] as (typeof read)[number], report };
}

/** Projects by category under their unit's code and name, 万元 (a unit with two projects). */
const BY_CATEGORY = table(
  "2024年政府采购预算表",
  "万元",
  ["单位编码", "单位名称", "采购项目", "合计", "货物", "工程", "服务"],
  [
    ["", "合计", "", "15.00", "13.00", "", "2.00"],
    ["116001", "某局机关", "办公设备购置", "5.00", "5.00", "", ""],
    ["116001", "某局机关", "物业管理", "2.00", "", "", "2.00"],
    ["116002", "某局信息中心", "办公设备购置", "8.00", "8.00", "", ""],
  ],
);

/** The rows' kinds of a table whose units' rows head their projects (two, then one). */
const UNITS_HEADING_PROJECTS = ["total", "org", "project", "project", "org", "project"];

/** {@link BY_CATEGORY}'s headers, its 采购项目 printed 项目名称. */
const PROJECT_NAME_HEADERS = ["单位编码", "单位名称", "项目名称", "合计", "货物", "工程", "服务"];

const CORRECT: readonly (readonly [string, PrintedTable])[] = [
  [
    "单位编码 | 单位名称 | 项目名称 | 采购品目: a project bought in two 品目",
    table(
      "2024年政府采购预算明细表",
      "元",
      ["单位编码", "单位名称", "项目名称", "采购品目", "合计"],
      [
        ["", "合计", "", "", "150000"],
        ["116001", "某局机关", "办公设备购置", "台式计算机", "50000"],
        ["116001", "某局机关", "办公设备购置", "打印机", "20000"],
        ["116002", "某局信息中心", "办公设备购置", "服务器", "80000"],
      ],
    ),
  ],
  [
    "单位编码 | 项目名称 | 采购品目 (no 单位名称): two projects of one unit",
    table(
      "2024年政府采购预算明细表",
      "元",
      ["单位编码", "项目名称", "采购品目", "合计", "货物", "工程", "服务"],
      [
        ["", "合计", "", "150000", "130000", "", "20000"],
        ["116001", "办公设备购置", "台式计算机", "50000", "50000", "", ""],
        ["116001", "物业管理", "物业服务", "20000", "", "", "20000"],
        ["116002", "办公设备购置", "服务器", "80000", "80000", "", ""],
      ],
    ),
  ],
  ["单位编码 | 单位名称 | 采购项目 by category", BY_CATEGORY],
  [
    "单位编码 | 项目名称: one project's name in two units",
    table(
      "2024年政府采购预算表",
      "万元",
      ["单位编码", "项目名称", "合计", "货物", "工程", "服务"],
      [
        ["", "合计", "13.00", "13.00", "", ""],
        ["116001", "办公设备购置", "5.00", "5.00", "", ""],
        ["116002", "办公设备购置", "8.00", "8.00", "", ""],
      ],
    ),
  ],
];

describe("projects listed under a unit printed in columns of its own", () => {
  for (const [template, profile] of TEMPLATES) {
    it.each(CORRECT)(`${template.id}: %s gives no finding`, (_, printed) => {
      const { read, report } = check(template, profile, printed);
      expect(read.problems.filter((p) => p.severity !== "info")).toEqual([]);
      expect(serious(report.findings)).toEqual([]);
      // Each project row is a project of its unit, not the unit's row.
      const keys = read.table?.rows.map((r) => r.key.kind) ?? [];
      expect(keys).toContain("project");
      expect(keys.filter((k) => k === "project").length).toBe(printed.rows.length - 1);
    });

    it(`${template.id}: a project's wrong figure is still found`, () => {
      // BY_CATEGORY, its 采购项目 header printed 项目名称, a project's 服务 2.00 printed 3.00.
      const printed = withCell({ ...BY_CATEGORY, headers: PROJECT_NAME_HEADERS }, 2, 6, "3.00");
      const found = serious(check(template, profile, printed).report.findings);
      expect(found.length).toBeGreaterThan(0);
      expect(found.some((f) => f.startsWith("same-fact") || f.startsWith("rows.duplicate"))).toBe(
        false,
      );
    });

    it(`${template.id}: a unit's row printing its name under 项目名称 heads its projects`, () => {
      const printed = table(
        "2024年政府采购预算表",
        "万元",
        ["单位编码", "项目名称", "合计", "货物", "工程", "服务"],
        [
          ["", "合计", "15.00", "13.00", "", "2.00"],
          ["116001", "某局机关", "7.00", "5.00", "", "2.00"],
          ["116001", "办公设备购置", "5.00", "5.00", "", ""],
          ["116001", "物业管理", "2.00", "", "", "2.00"],
          ["116002", "某局信息中心", "8.00", "8.00", "", ""],
          ["116002", "办公设备购置", "8.00", "8.00", "", ""],
        ],
      );
      const { read, report } = check(template, profile, printed);
      expect(read.table?.rows.map((r) => r.key.kind)).toEqual(UNITS_HEADING_PROJECTS);
      expect(serious(report.findings)).toEqual([]);
    });

    it(`${template.id}: a table by unit only reads each row as its unit's`, () => {
      const printed = table(
        "2024年政府采购预算表",
        "万元",
        ["单位编码", "单位名称", "合计", "货物", "工程", "服务"],
        [
          ["", "合计", "15.00", "13.00", "", "2.00"],
          ["116001", "某局机关", "7.00", "5.00", "", "2.00"],
          ["116002", "某局信息中心", "8.00", "8.00", "", ""],
        ],
      );
      const { read, report } = check(template, profile, printed);
      expect(read.table?.rows.map((r) => r.key)).toEqual([
        { kind: "total" },
        { kind: "org", code: "116001" },
        { kind: "org", code: "116002" },
      ]);
      expect(serious(report.findings)).toEqual([]);
      // A unit's wrong figure in it is found.
      const wrong = withCell(printed, 1, 5, "3.00");
      expect(serious(check(template, profile, wrong).report.findings).length).toBeGreaterThan(0);
    });
  }

  describe("项目支出表 printed with its units' codes", () => {
    const PROJECTS: readonly (readonly [string, string[], string[][]])[] = [
      [
        "单位编码 | 单位名称 | 项目类型 | 项目名称",
        ["单位编码", "单位名称", "项目类型", "项目名称", "合计"],
        [
          ["", "合计", "", "", "15.00"],
          ["116001", "某局机关", "其他运转类", "信息化运维", "5.00"],
          ["116001", "某局机关", "特定目标类", "执法装备购置", "2.00"],
          ["116002", "某局信息中心", "其他运转类", "信息化运维", "8.00"],
        ],
      ],
      [
        "单位编码 | 项目名称 (no 单位名称)",
        ["单位编码", "项目名称", "合计"],
        [
          ["", "合计", "15.00"],
          ["116001", "信息化运维", "5.00"],
          ["116001", "执法装备购置", "2.00"],
          ["116002", "信息化运维", "8.00"],
        ],
      ],
    ];
    for (const [template, profile] of NOT_SHANGHAI) {
      it.each(PROJECTS)(
        `${template.id}: %s reads each project under its unit`,
        (_, headers, rows) => {
          const printed = table("2024年项目支出表", "万元", headers, rows);
          const { read, report } = check(template, profile, printed);
          expect(read.problems.filter((p) => p.severity !== "info")).toEqual([]);
          expect(read.table?.rows.map((r) => r.key.kind)).toEqual(UNITS_HEADING_PROJECTS);
          expect(serious(report.findings)).toEqual([]);
          // A wrong total is still found.
          const wrong = withCell(printed, 0, headers.length - 1, "16.00");
          expect(serious(check(template, profile, wrong).report.findings).length).toBeGreaterThan(
            0,
          );
        },
      );
    }
  });
});
