/**
 * Tables many departments print beside their template's own, read as table kinds of their own
 * instead of `unknown-title`: the 政府采购预算表, the 机关运行经费预算表, the “三公”经费、会议费、
 * 培训费预算表 and the 国有资产占用情况表, in other printers' layouts (headers, units 元 / 万元,
 * blank rows, a department of several units). A correct table gives no finding; a wrong sum is
 * found at its cell; what is not certain (会议费, 培训费, counts of vehicles) is read and left
 * unchecked.
 */
import { describe, expect, it } from "vitest";
import { readPrintedTable } from "../src/printed";
import {
  byId,
  readAndCheckTwoUnits as check,
  NOT_HENAN,
  seriousAt as serious,
  THREE_TEMPLATES as TEMPLATES,
  printedTable as table,
  withCell,
} from "../src/printed/test-support";
import { nationalProfile, shanghaiProfile } from "../src/rules";
import { henan2024, nationalMinimum, shanghai } from "../src/templates";

// ---- 政府采购预算表 -------------------------------------------------------------------------

/** By unit code, 万元, the categories and the reserve for 中小企业. */
const PROCUREMENT_BY_UNIT = table(
  "2024年政府采购预算表",
  "万元",
  ["单位代码", "单位名称", "合计", "货物", "工程", "服务", "其中：面向中小企业预留资金"],
  [
    ["", "合计", "30.00", "10.00", "0.00", "20.00", "12.00"],
    ["116001", "某局机关", "25.00", "5.00", "0.00", "20.00", "10.00"],
    ["116002", "某局信息中心", "5.00", "5.00", "", "", "2.00"],
  ],
);

/** Another printer: by procurement project, in 元, the money under a group, by fund source. */
const PROCUREMENT_BY_PROJECT = table(
  "2024年某局政府采购预算明细表",
  "元",
  [
    "单位名称",
    "采购项目",
    "采购品目",
    "采购预算金额/合计",
    "采购预算金额/货物类",
    "采购预算金额/工程类",
    "采购预算金额/服务类",
    "资金来源/一般公共预算",
    "资金来源/政府性基金预算",
    "资金来源/单位资金",
  ],
  [
    ["合计", "", "", "300000", "100000", "0", "200000", "250000", "0", "50000"],
    ["某局机关", "办公设备购置", "台式计算机", "100000", "100000", "", "", "100000", "", ""],
    ["某局机关", "物业管理服务", "物业管理", "200000", "", "", "200000", "150000", "", "50000"],
  ],
);

/** Units by name alone (no code), a blank row between them, 工程 with a 类 suffix. */
const PROCUREMENT_BY_NAME = table(
  "2024年部门政府采购预算表",
  "万元",
  ["单位名称", "合计", "货物类", "工程类", "服务类"],
  [
    ["合计", "130.50", "10.00", "100.00", "20.50"],
    ["某局机关", "125.50", "5.00", "100.00", "20.50"],
    ["", "", "", "", ""],
    ["某局信息中心", "5.00", "5.00", "", ""],
  ],
);

describe.each(byId(TEMPLATES))("%s: 政府采购预算表", (_, t, p) => {
  it.each([
    ["by unit code", PROCUREMENT_BY_UNIT],
    ["by project, 元", PROCUREMENT_BY_PROJECT],
    ["by unit name, a blank row", PROCUREMENT_BY_NAME],
  ])("reads the table %s as the kind and finds nothing on it", (_, printed) => {
    const { read, report } = check(t, p, [printed]);
    expect(read[0]?.kind).toBe("procurement");
    expect(read[0]?.problems.map((x) => x.code)).not.toContain("unknown-title");
    expect(read[0]?.problems.filter((x) => x.code === "unplaced-row")).toEqual([]);
    expect(serious(report.findings)).toEqual([]);
  });

  it("finds a category that does not add up, at its row's 合计", () => {
    const { report } = check(t, p, [withCell(PROCUREMENT_BY_UNIT, 1, 3, "6.00")]);
    // The unit's 合计 against its categories, and the 合计 row's 货物 against the units'.
    expect(serious(report.findings)).toEqual(["totals @ org:116001/total", "rollup @ total/goods"]);
  });

  it("finds a 合计 row that is not the sum of its units", () => {
    const { report } = check(t, p, [withCell(PROCUREMENT_BY_NAME, 0, 4, "21.50")]);
    expect(serious(report.findings)).toEqual(["totals @ total/total", "rollup @ total/services"]);
  });

  it("finds a reserve for 中小企业 above the procurement total", () => {
    const { report } = check(t, p, [withCell(PROCUREMENT_BY_UNIT, 2, 6, "6.00")]);
    expect(serious(report.findings)).toEqual(["rollup @ total/sme", "ofWhich @ org:116002/sme"]);
  });
});

// ---- 机关运行经费预算表 ---------------------------------------------------------------------

/** One line, the amount beside it (`项目 | 预算数`). */
const OPERATING_LINE = table(
  "2024年机关运行经费预算表",
  "万元",
  ["项目", "预算数"],
  [["机关运行经费", "12.00"]],
);

/** By economic 款 under their 类, in 元. */
const OPERATING_BY_CODE = table(
  "2024年某局机关运行经费表",
  "元",
  ["科目编码", "科目名称", "预算数"],
  [
    ["", "合计", "120000"],
    ["302", "商品和服务支出", "120000"],
    ["30201", "办公费", "50000"],
    ["", "", ""],
    ["30205", "水费", "70000"],
  ],
);

/** Shanghai's 三公 table, its 机关运行经费 column beside the items. */
const SHANGHAI_SAN_GONG = table(
  "2024年部门“三公”经费和机关运行经费预算表",
  "万元",
  [
    "“三公”经费预算数/合计",
    "“三公”经费预算数/因公出国(境)费",
    "“三公”经费预算数/公务接待费",
    "“三公”经费预算数/公务用车购置及运行费/小计",
    "“三公”经费预算数/公务用车购置及运行费/购置费",
    "“三公”经费预算数/公务用车购置及运行费/运行费",
    "机关运行经费预算数",
  ],
  [["6.00", "0.00", "2.00", "4.00", "0.00", "4.00", "12.00"]],
);

describe.each(byId(NOT_HENAN))("%s: 机关运行经费预算表", (_, t, p) => {
  it.each([
    ["one line", OPERATING_LINE],
    ["by economic 款, 元, a blank row", OPERATING_BY_CODE],
  ])("reads the table printed %s and finds nothing on it", (_, printed) => {
    const { read, report } = check(t, p, [printed]);
    expect(read[0]?.kind).toBe("agencyOperating");
    expect(read[0]?.problems.filter((x) => x.severity !== "info")).toEqual([]);
    expect(serious(report.findings)).toEqual([]);
  });

  it("finds a 类 that is not the sum of its 款", () => {
    const { report } = check(t, p, [withCell(OPERATING_BY_CODE, 1, 2, "110000")]);
    // The 类 against its 款, and the 合计 against the 类.
    expect(serious(report.findings)).toEqual([
      "rollup @ total/total",
      "rollup @ economic:302/total",
    ]);
  });
});

describe("shanghai: 机关运行经费 in two tables", () => {
  it("finds nothing where the 三公 table's 机关运行经费 is the table's total", () => {
    const { report } = check(shanghai, shanghaiProfile, [SHANGHAI_SAN_GONG, OPERATING_BY_CODE]);
    expect(serious(report.findings)).toEqual([]);
  });

  it("finds the two apart", () => {
    const { report } = check(shanghai, shanghaiProfile, [
      withCell(SHANGHAI_SAN_GONG, 0, 6, "13.00"),
      OPERATING_BY_CODE,
    ]);
    // The printed figures apart, and the 三公 table's against the 款 summed.
    expect(serious(report.findings)).toEqual([
      "rollup @ single/operatingCost",
      "same-fact @ total/total",
    ]);
  });

  it("reads no 机关运行经费预算表 in the Henan template, whose operatingCost is 机构运转经费", () => {
    const r = readPrintedTable(OPERATING_LINE, { template: henan2024 });
    expect(r.kind).toBeUndefined();
  });
});

// ---- “三公”经费、会议费、培训费预算表 --------------------------------------------------------

/** The items across, 会议费 and 培训费 after them, a grand 合计 of all five first. */
const MEETINGS_ACROSS = table(
  "2024年“三公”经费、会议费、培训费预算表",
  "万元",
  [
    "合计",
    "“三公”经费/小计",
    "“三公”经费/因公出国（境）费",
    "“三公”经费/公务用车购置及运行费/小计",
    "“三公”经费/公务用车购置及运行费/公务用车购置费",
    "“三公”经费/公务用车购置及运行费/公务用车运行费",
    "“三公”经费/公务接待费",
    "会议费",
    "培训费",
  ],
  [["10.00", "6.00", "0.00", "4.00", "0.00", "4.00", "2.00", "3.00", "1.00"]],
);

/** One item a row, numbered in the label (the 2016 Nantong layout), blank for nothing. */
const MEETINGS_BY_ROW = table(
  "2024年财政拨款“三公”经费及会议费、培训费预算表",
  "万元",
  ["项目", "2024年预算数"],
  [
    ["一、“三公”经费合计", "6.00"],
    ["（一）因公出国（境）费", ""],
    ["（二）公务接待费", "2.00"],
    ["（三）公务用车购置及运行费", "4.00"],
    ["1.公务用车购置费", ""],
    ["2.公务用车运行费", "4.00"],
    ["二、会议费", "3.00"],
    ["三、培训费", "1.00"],
  ],
);

describe("nationalMinimum: “三公”经费、会议费、培训费预算表", () => {
  it.each([
    ["across", MEETINGS_ACROSS, 6],
    ["one item a row", MEETINGS_BY_ROW, 5],
  ])(
    "reads the table printed %s, 会议费 and 培训费 as text, and finds nothing",
    (_, printed, n) => {
      const { read, report } = check(nationalMinimum, nationalProfile, [printed]);
      expect(read[0]?.kind).toBe("sanGongMeetings");
      const cells = read[0]?.table?.rows[0]?.cells ?? {};
      expect(cells.meetings).toBe("3.00");
      expect(cells.training).toBe("1.00");
      expect(Object.keys(cells).length).toBeGreaterThanOrEqual(n);
      expect(serious(report.findings)).toEqual([]);
    },
  );

  it("finds a 三公 total that is not the sum of its items", () => {
    const { report } = check(nationalMinimum, nationalProfile, [
      withCell(MEETINGS_ACROSS, 0, 6, "2.50"),
    ]);
    expect(serious(report.findings)).toEqual(["sanGong.sum @ single/total"]);
  });

  it("finds the 三公 figures apart from the 三公 table's", () => {
    const sanGong = table(
      "2024年一般公共预算“三公”经费支出表",
      "万元",
      ["合计", "因公出国（境）费", "公务用车购置及运行费/小计", "公务接待费"],
      [["6.50", "0.00", "4.00", "2.50"]],
    );
    const { report } = check(nationalMinimum, nationalProfile, [sanGong, MEETINGS_ACROSS]);
    expect(serious(report.findings).filter((f) => f.startsWith("same-fact"))).not.toEqual([]);
  });
});

// ---- 国有资产占用情况表 ---------------------------------------------------------------------

const ASSETS_BY_UNIT = table(
  "2024年国有资产占用情况表",
  "",
  [
    "单位名称",
    "车辆（辆）/合计",
    "车辆（辆）/执法执勤用车",
    "车辆（辆）/其他用车",
    "单价50万元以上通用设备（台，套）",
    "单价100万元以上专用设备（台，套）",
  ],
  [
    ["合计", "3", "2", "1", "0", "1"],
    ["某局机关", "2", "2", "", "0", "0"],
    ["某局信息中心", "1", "", "1", "0", "1"],
  ],
);

describe.each(byId(TEMPLATES))("%s: 国有资产占用情况表", (_, t, p) => {
  it("reads the table, its counts as text, and checks nothing on it", () => {
    const { read, report } = check(t, p, [ASSETS_BY_UNIT]);
    expect(read[0]?.kind).toBe("assets");
    expect(read[0]?.problems.filter((x) => x.severity !== "info")).toEqual([]);
    expect(read[0]?.table?.rows[0]?.cells["vehicles.enforcement"]).toBe("2");
    // A wrong count is no money: not checked (coverage), never a warning.
    const wrong = check(t, p, [withCell(ASSETS_BY_UNIT, 0, 1, "4")]);
    expect(serious(report.findings)).toEqual([]);
    expect(serious(wrong.report.findings)).toEqual([]);
  });
});
