/**
 * A project's name wrapped in a tall cell with its figures printed level with the name's last
 * line (vertically centred): the two lines are one project where they read as one name by their
 * words; a project printing no figure followed by one of a short name of its own stays two.
 */
import { describe, expect, it } from "vitest";
import { henan2024 } from "../templates";
import { cutName, genericRest } from "./name-fragments";
import { readPrintedTable } from "./read";
import { projectTable, threeLines } from "./test-support";
import type { PrintedTable } from "./types";

const read = (t: PrintedTable) => readPrintedTable(t, { template: henan2024 });

const projects = projectTable;

const keys = (t: PrintedTable) =>
  read(t).table?.rows.map((r) => [
    r.key.kind === "project" ? r.key.name : r.key.kind,
    r.cells.total,
  ]);

/** Cut names: the head, the rest printed with the figures. */
const CUTS: readonly (readonly [string, string])[] = [
  ["2024年机要密码工作", "经费"],
  ["2024年城市管理执法", "项目"],
  ["2024年老旧小区改造", "专项资金"],
  ["2024年疫情防控", "工作经费"],
  ["2024年困难群众生活", "补助资金"],
  ["2024年档案整理及", "数字化经费"],
  ["2024年干部培训（第一", "期）经费"],
  ["2024年党建", "、宣传工作经费"],
  ["2024年", "通联值班费"],
  ["机关食堂运营", "费用"],
];

describe("a project's name cut with its figures on the last line", () => {
  it("reads the two lines as one project, its figures its own", () => {
    for (const [head, rest] of CUTS) {
      const t = projects([
        ["合计", "17.00", "17.00"],
        [head, "", ""],
        [rest, "12.00", "12.00"],
        ["2024年办公楼维修", "5.00", "5.00"],
      ]);
      expect(keys(t), head).toEqual([
        ["total", "17.00"],
        [`${head}${rest}`, "12.00"],
        ["2024年办公楼维修", "5.00"],
      ]);
      expect(read(t).folded, head).toEqual([2]);
    }
  });

  it("reads every project of a table printed so, the next head never joined to the rest above", () => {
    const t = projects([
      ["2024年机要密码工作", "", ""],
      ["经费", "12.00", "12.00"],
      ["2024年通联值班", "", ""],
      ["经费", "5.00", "5.00"],
      ["机关食堂运营", "", ""],
      ["费用", "3.00", "3.00"],
    ]);
    expect(keys(t)).toEqual([
      ["2024年机要密码工作经费", "12.00"],
      ["2024年通联值班经费", "5.00"],
      ["机关食堂运营费用", "3.00"],
    ]);
  });

  it("with a 类型 and 项目单位 printed on either line", () => {
    const t: PrintedTable = {
      title: "2024年项目支出预算表",
      unit: "万元",
      headers: ["类型", "项目名称", "项目单位", "合计"],
      rows: [
        ["其他运转类", "2024年机要密码工作", "某单位", ""],
        ["", "经费", "", "12.00"],
        ["", "2024年困难群众生活", "", ""],
        ["特定目标类", "补助资金", "某单位", "5.00"],
      ],
    };
    expect(read(t).table?.rows.map((r) => [r.key, r.cells.type, r.cells.total])).toEqual([
      [{ kind: "project", name: "2024年机要密码工作经费" }, "其他运转类", "12.00"],
      [{ kind: "project", name: "2024年困难群众生活补助资金" }, "特定目标类", "5.00"],
    ]);
  });
});

describe("a project printing no figure, then a project of its own", () => {
  it("keeps a short name of its own printed with figures below a project printing none", () => {
    for (const own of ["通联值班费", "运行维护费", "专项业务费", "会议费", "信息化建设经费"]) {
      const t = projects([
        ["2024年机要密码工作经费", "", ""],
        [own, "5.00", "5.00"],
      ]);
      expect(keys(t), own).toEqual([
        ["2024年机要密码工作经费", ""],
        [own, "5.00"],
      ]);
    }
  });

  it("keeps a project named with a year under one printing its figures", () => {
    const t = projects([
      ["2024年机要密码工作经费", "12.00", "12.00"],
      ["2024年通联值班费", "", ""],
      ["2024年办公楼维修", "5.00", "5.00"],
    ]);
    expect(keys(t)).toEqual([
      ["2024年机要密码工作经费", "12.00"],
      ["2024年通联值班费", ""],
      ["2024年办公楼维修", "5.00"],
    ]);
  });

  it("keeps a rest printed with figures where the line above printed figures too", () => {
    const t = projects([
      ["2024年机要密码工作", "3.00", "3.00"],
      ["经费", "12.00", "12.00"],
    ]);
    expect(keys(t)).toEqual([
      ["2024年机要密码工作", "3.00"],
      ["经费", "12.00"],
    ]);
  });
});

describe("the words of a cut name", () => {
  it("tells a rest of generic words, a rest starting as no name, a head stopping mid-word", () => {
    for (const rest of ["经费", "专项资金", "工作经费", "项目", "补助 资金", "费"])
      expect(genericRest(rest), rest).toBe(true);
    for (const rest of ["业务费", "会议费", "运行维护费", "", "经费经费经费经费经费"])
      expect(genericRest(rest), rest).toBe(false);
    expect(cutName("2024年档案整理及", "数字化")).toBe(true);
    expect(cutName("2024年培训（第一", "期）")).toBe(true);
    expect(cutName("2024年度", "某项工作")).toBe(true);
    expect(cutName("2024年某工作", "）经费")).toBe(true);
    expect(cutName("2024年某工作（一期）", "会议费")).toBe(false);
    expect(cutName("2024年某工作经费", "通联值班费")).toBe(false);
  });
});

describe("in a table of project targets", () => {
  const GROUPS = ["成本指标", "产出指标", "效益指标", "满意度指标"];
  const targets = (rows: readonly (readonly string[])[]): PrintedTable => ({
    title: "本级部门预算项目绩效目标汇总表",
    unit: "万元",
    headers: [
      "项目单位（项目名称）",
      "项目分类",
      "项目金额（万元）/资金总额",
      "项目金额（万元）/政府预算资金",
      ...GROUPS.flatMap((g) => [`绩效目标/${g}/三级指标`, `绩效目标/${g}/指标值`]),
    ],
    rows,
  });
  const indicators = [
    "运行成本",
    "按需确定",
    "保障次数",
    "≥10次",
    "工作开展",
    "有序",
    "满意度",
    "≥95%",
  ];
  const blank = indicators.map(() => "");

  it("reads the rest printed with the money as the project's, the indicators beside it as its lines", () => {
    for (const [head, rest] of CUTS) {
      const t = targets([
        [head, "", "", "", ...indicators],
        [rest, "其他运转类", "12.00", "12.00", ...indicators],
        ["2024年办公楼维修", "其他运转类", "5.00", "5.00", ...indicators],
      ]);
      const rows = read(t).table?.rows ?? [];
      const named = rows.filter((r) => r.key.kind === "project");
      expect(
        named.map((r) => [r.key.kind === "project" && r.key.name, r.cells.total, r.cells.type]),
        head,
      ).toEqual([
        [`${head}${rest}`, "12.00", "其他运转类"],
        ["2024年办公楼维修", "5.00", "其他运转类"],
      ]);
      // The rest's indicators: one indicator line of the project.
      expect(rows[1]?.key.kind, head).toBe("indicator");
      expect(rows[1]?.cells["output.name"], head).toBe("保障次数");
      // Printed alone, the rest and the money join as well.
      const u = targets([
        [head, "", "", "", ...indicators],
        [rest, "其他运转类", "12.00", "12.00", ...blank],
      ]);
      expect(
        read(u).table?.rows.map((r) => r.key),
        head,
      ).toEqual([{ kind: "project", name: `${head}${rest}` }]);
    }
  });

  it("keeps a project of its own printed with its money under a project printing none", () => {
    const t = targets([
      ["2024年机要密码工作经费", "", "", "", ...indicators],
      ["通联值班费", "其他运转类", "5.00", "5.00", ...indicators],
    ]);
    expect(
      read(t)
        .table?.rows.filter((r) => r.key.kind === "project")
        .map((r) => r.key),
    ).toEqual([
      { kind: "project", name: "2024年机要密码工作经费" },
      { kind: "project", name: "通联值班费" },
    ]);
  });
});

/** Names printed on three lines whose middle line is no fragment by its words alone. */
const THREE: readonly (readonly [string, string, string])[] = [
  ["2024年城乡居民", "基本医疗保险", "补助资金"],
  ["城乡居民基本", "医疗保险市级配套", "资金"],
  ["2024年农村公路", "养护工程", "专项资金"],
  ["2024年退役军人", "优抚对象", "补助经费"],
];

describe("a project's name on three lines, its middle line no fragment by itself", () => {
  it("reads the three lines as one project, its figures on the second or the third line", () => {
    for (const [a, b, c] of THREE)
      for (const at of [1, 2]) {
        const t = projects([
          ["合计", "17.00", "17.00"],
          ...threeLines([a, b, c], at),
          ["2024年办公楼维修", "5.00", "5.00"],
        ]);
        expect(keys(t), `${a} ${at}`).toEqual([
          ["total", "17.00"],
          [`${a}${b}${c}`, "12.00"],
          ["2024年办公楼维修", "5.00"],
        ]);
        expect(read(t).folded, `${a} ${at}`).toEqual([2, 3]);
      }
  });

  it("in a table of project targets, the indicators on any of the lines", () => {
    const targets = (rows: readonly (readonly string[])[]): PrintedTable => ({
      title: "2024年项目绩效目标汇总表",
      unit: "万元",
      headers: ["项目名称", "项目金额/资金总额", "一级指标", "三级指标", "指标值"],
      rows,
    });
    for (const [a, b, c] of THREE)
      for (const at of [1, 2]) {
        const lines = [a, b, c].map((n, i) =>
          i === at ? [n, "12.00", "产出指标", "受益人数", "≥100人"] : [n, "", "", "", ""],
        );
        const t = targets([
          ...lines,
          ["", "", "满意度指标", "受益对象满意度", "≥90%"],
          ["2024年办公楼维修", "5.00", "产出指标", "维修面积", "≥100平方米"],
        ]);
        const rows = read(t).table?.rows ?? [];
        expect(
          rows
            .filter((r) => r.key.kind === "project")
            .map((r) => [r.key.kind === "project" && r.key.name, r.cells.total]),
          `${a} ${at}`,
        ).toEqual([
          [`${a}${b}${c}`, "12.00"],
          ["2024年办公楼维修", "5.00"],
        ]);
      }
  });

  it("bites: a head ending as a whole name, or a line below starting as one, stays its own", () => {
    const pairs: readonly (readonly [string, string])[] = [
      ["机关食堂运营费", "档案数字化"],
      ["2024年档案整理经费", "办公设备购置"],
      ["城乡居民基本", "2024年医疗保险"],
      ["某区民政局", "城乡低保"],
    ];
    for (const [head, middle] of pairs) {
      const t = projects([
        [head, "", ""],
        [middle, "", ""],
        ["经费", "3.00", "3.00"],
      ]);
      expect(keys(t), head).toEqual([
        [head, ""],
        [`${middle}经费`, "3.00"],
      ]);
    }
    // two lines only: a name of its own below a project printing none stays its own
    const t = projects([
      ["2024年城乡居民", "", ""],
      ["基本医疗保险补助资金", "12.00", "12.00"],
    ]);
    expect(keys(t)).toEqual([
      ["2024年城乡居民", ""],
      ["基本医疗保险补助资金", "12.00"],
    ]);
  });
});

/** A project printing no money whose name ends as a whole name does: the work it pays for. */
const OWN_HEADS: readonly string[] = [
  "社区网格化管理运转",
  "政务信息系统运维",
  "机关办公楼日常维修",
  "档案馆设施运行",
  "执法执勤车辆购置",
  "城区绿化设施维护",
  "老旧管网改造工程",
];

describe("a project printing no money above a name wrapped with its figures", () => {
  it("stays a project of its own when its name ends as a whole name does", () => {
    for (const head of OWN_HEADS) {
      const t = projects([
        ["合计", "12.00", "12.00"],
        [head, "", ""],
        ["城乡居民基本医疗", "12.00", "12.00"],
        ["保险补助资金", "", ""],
      ]);
      expect(keys(t), head).toEqual([
        ["total", "12.00"],
        [head, ""],
        ["城乡居民基本医疗保险补助资金", "12.00"],
      ]);
    }
  });

  it("in a table of project targets too", () => {
    const targets = (rows: readonly (readonly string[])[]): PrintedTable => ({
      title: "2024年项目绩效目标汇总表",
      unit: "万元",
      headers: ["项目名称", "项目金额/资金总额", "一级指标", "三级指标", "指标值"],
      rows,
    });
    for (const head of OWN_HEADS) {
      const t = targets([
        [head, "", "", "", ""],
        ["城乡居民基本医疗", "12.00", "产出指标", "受益人数", "≥100人"],
        ["保险补助资金", "", "", "", ""],
        ["", "", "满意度指标", "受益对象满意度", "≥90%"],
      ]);
      expect(
        read(t)
          .table?.rows.filter((r) => r.key.kind === "project")
          .map((r) => r.key.kind === "project" && r.key.name),
        head,
      ).toEqual([head, "城乡居民基本医疗保险补助资金"]);
    }
  });

  it("bites: a head stopping mid-name still heads the name below", () => {
    for (const head of ["2024年社区网格化", "社区网格化管理", "2024年政务信息"]) {
      const t = projects([
        ["合计", "12.00", "12.00"],
        [head, "", ""],
        ["城乡居民基本医疗", "12.00", "12.00"],
        ["保险补助资金", "", ""],
      ]);
      expect(keys(t), head).toEqual([
        ["total", "12.00"],
        [`${head}城乡居民基本医疗保险补助资金`, "12.00"],
      ]);
    }
  });
});
