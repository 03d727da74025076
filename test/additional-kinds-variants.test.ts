/**
 * The four optional table kinds (政府采购, 机关运行经费, “三公”经费、会议费、培训费, 国有资产占用)
 * in other printers' layouts: rows naming no unit the caller gave, economic 款 by name alone, a
 * project bought in several 品目 or by several units. A correct table gives no finding; what the
 * reader cannot place is coverage (an unplaced row), never an error; a wrong figure where the
 * table is read is still found.
 */
import { describe, expect, it } from "vitest";
import {
  byId,
  readAndCheckTwoUnits as check,
  NOT_HENAN,
  seriousAt as serious,
  THREE_TEMPLATES as TEMPLATES,
  printedTable as table,
  withCell,
} from "../src/printed/test-support";

// ---- rows a multi-row kind cannot place: never its one line ----------------------------------

/** 款 by name alone under a `机关运行经费合计` line (no 科目编码 column). */
const OPERATING_BY_NAME = table(
  "2025年机关运行经费预算表",
  "万元",
  ["经济分类科目", "金额"],
  [
    ["机关运行经费合计", "12.00"],
    ["办公费", "5.00"],
    ["水电费", "4.00"],
    ["物业管理费", "3.00"],
  ],
);

/** By unit, units the caller did not name (a 培训中心, an 档案馆). */
const OPERATING_OTHER_UNITS = table(
  "2024年机关运行经费预算表",
  "单位：万元",
  ["单位名称", "机关运行经费"],
  [
    ["合计", "15.00"],
    ["某局培训中心", "10.00"],
    ["某局档案馆", "5.00"],
  ],
);

/** 本级 and a unit, the 合计 above. */
const OPERATING_OWN_LEVEL = table(
  "2024年机关运行经费预算表",
  "万元",
  ["单位名称", "机关运行经费"],
  [
    ["合计", "15.00"],
    ["本级", "10.00"],
    ["某局信息中心", "5.00"],
  ],
);

/** Vehicles by units the caller did not name. */
const ASSETS_OTHER_UNITS = table(
  "2024年国有资产占用情况表",
  "",
  ["单位名称", "车辆（辆）/合计", "车辆（辆）/其他用车", "单价50万元以上通用设备（台，套）"],
  [
    ["合计", "3", "3", "1"],
    ["某局培训中心", "2", "2", "1"],
    ["某局档案馆", "1", "1", "0"],
  ],
);

describe.each(byId(NOT_HENAN))(
  "%s: 机关运行经费预算表 rows naming no unit or 款 code",
  (_, t, p) => {
    it.each([
      ["款 by name alone", OPERATING_BY_NAME],
      ["units not named by the caller", OPERATING_OTHER_UNITS],
      ["本级 beside a unit", OPERATING_OWN_LEVEL],
    ])("finds nothing on the table printed with %s", (_, printed) => {
      const { read, report } = check(t, p, [printed]);
      expect(read[0]?.kind).toBe("agencyOperating");
      expect(read[0]?.problems.map((x) => x.code)).not.toContain("duplicate-row");
      expect(serious(report.findings)).toEqual([]);
    });

    it("still reads a one-line table, a note below it, as its one line", () => {
      const printed = table(
        "2024年机关运行经费预算表",
        "万元",
        ["项目", "预算数"],
        [
          ["机关运行经费", "12.00"],
          ["注：机关运行经费指行政单位和参照公务员法管理的事业单位的公用经费。", ""],
        ],
      );
      const { read } = check(t, p, [printed]);
      expect(read[0]?.table?.rows.map((r) => r.key.kind)).toContain("single");
    });
  },
);

describe.each(byId(TEMPLATES))("%s: 国有资产占用情况表 by units not named", (_, t, p) => {
  it("finds nothing and reports no row twice", () => {
    const { read, report } = check(t, p, [ASSETS_OTHER_UNITS]);
    expect(read[0]?.kind).toBe("assets");
    expect(read[0]?.problems.map((x) => x.code)).not.toContain("duplicate-row");
    expect(serious(report.findings)).toEqual([]);
  });
});

/** By the units the caller named: read, and its 合计 checked against them. */
const OPERATING_BY_UNIT = table(
  "2024年机关运行经费预算表",
  "万元",
  ["单位名称", "机关运行经费"],
  [
    ["合计", "15.00"],
    ["某局机关", "10.00"],
    ["某局信息中心", "5.00"],
  ],
);

describe.each(byId(NOT_HENAN))("%s: a 机关运行经费 table by unit", (_, t, p) => {
  it("finds nothing where it adds up, and a 合计 apart from its units", () => {
    expect(serious(check(t, p, [OPERATING_BY_UNIT]).report.findings)).toEqual([]);
    const { report } = check(t, p, [withCell(OPERATING_BY_UNIT, 2, 1, "4.00")]);
    expect(serious(report.findings)).toContain("rollup @ total/total");
  });
});

// ---- a procurement project printed on a row per 品目 or per unit ------------------------------

/** One project, a row per 品目 (the national 政府采购预算明细表's layout), in 元. */
const PROCUREMENT_BY_ITEM = table(
  "2024年政府采购预算明细表",
  "元",
  ["序号", "项目名称", "采购品目", "采购方式", "数量", "合计", "货物", "工程", "服务"],
  [
    ["", "合计", "", "", "", "150000", "150000", "", ""],
    ["1", "办公设备购置", "台式计算机", "协议供货", "10", "50000", "50000", "", ""],
    ["2", "办公设备购置", "打印机", "协议供货", "5", "20000", "20000", "", ""],
    ["3", "办公设备购置", "复印机", "协议供货", "4", "80000", "80000", "", ""],
  ],
);

/** One project name bought by two units, the unit in a column of its own. */
const PROCUREMENT_TWO_UNITS = table(
  "2024年政府采购预算表",
  "万元",
  ["单位名称", "采购项目", "合计", "货物", "工程", "服务"],
  [
    ["合计", "", "30.00", "10.00", "0.00", "20.00"],
    ["某局机关", "办公设备购置", "5.00", "5.00", "", ""],
    ["某局信息中心", "办公设备购置", "5.00", "5.00", "", ""],
    ["某局机关", "物业管理", "20.00", "", "", "20.00"],
  ],
);

describe.each(byId(TEMPLATES))("%s: 政府采购预算表, one project on several rows", (_, t, p) => {
  it.each([
    ["a row per 品目", PROCUREMENT_BY_ITEM],
    ["by two units", PROCUREMENT_TWO_UNITS],
  ])("finds nothing on the table printed %s", (_, printed) => {
    const { read, report } = check(t, p, [printed]);
    expect(read[0]?.kind).toBe("procurement");
    expect(read[0]?.problems.map((x) => x.code)).not.toContain("duplicate-row");
    expect(serious(report.findings)).toEqual([]);
  });

  it("still finds a 品目 row whose categories do not add up, and the 合计 apart", () => {
    const { report } = check(t, p, [withCell(PROCUREMENT_BY_ITEM, 2, 6, "30000")]);
    const found = serious(report.findings);
    expect(found.some((f) => f.startsWith("totals @ project:"))).toBe(true);
    expect(found).toContain("rollup @ total/goods");
  });

  it("still finds a row printed twice with the same 品目", () => {
    const twice = { ...PROCUREMENT_BY_ITEM, rows: [...PROCUREMENT_BY_ITEM.rows] };
    twice.rows[3] = ["3", "办公设备购置", "打印机", "协议供货", "5", "80000", "80000", "", ""];
    const { report } = check(t, p, [twice]);
    expect(serious(report.findings).length).toBeGreaterThan(0);
  });
});

// ---- the reserve for 中小企业 over two header lines, with its 小微企业 part ----------------------

/** `面向中小企业预留资金` a group over its 小计 and the part reserved for 小微企业. */
const PROCUREMENT_SME_GROUP = table(
  "2025年政府采购预算表",
  "万元",
  ["单位名称", "合计", "面向中小企业预留资金/小计", "面向中小企业预留资金/其中：面向小微企业预留"],
  [
    ["合计", "30.00", "12.00", "8.00"],
    ["某局机关", "25.00", "10.00", "6.00"],
    ["某局信息中心", "5.00", "2.00", "2.00"],
  ],
);

describe.each(byId(TEMPLATES))("%s: 政府采购预算表, 中小企业 over 小计 and 小微企业", (_, t, p) => {
  it("reads the reserve and its 小微 part without a header problem, and finds nothing", () => {
    const { read, report } = check(t, p, [PROCUREMENT_SME_GROUP]);
    expect(read[0]?.problems.filter((x) => x.severity !== "info")).toEqual([]);
    expect(read[0]?.table?.rows[1]?.cells.sme).toBe("10.00");
    expect(serious(report.findings)).toEqual([]);
  });

  it("still finds a reserve above its unit's procurement", () => {
    const { report } = check(t, p, [withCell(PROCUREMENT_SME_GROUP, 2, 2, "6.00")]);
    expect(serious(report.findings)).toContain("ofWhich @ org:116002/sme");
  });
});
