/**
 * A 单位 disclosure in the national-minimum layout (财预〔2016〕143号 forms: 收支总表, 收入总表,
 * 支出总表, 财政拨款收支总表, 一般公共预算支出表, 一般公共预算基本支出表, “三公”经费支出表, and the
 * empty 政府性基金 / 国有资本经营 tables with their notes), written as such a unit would print it, in
 * 万元, every identity holding. No fixture has this layout: it is invented from the forms, with
 * realistic figures for a small 行政 unit. Two printings: codes split into 类 / 款 / 项 columns under
 * a 科目编码 heading, or whole in one column.
 *
 * Exports: {@link nationalFixture}.
 */
import type { PrintedTable } from "../../src/printed/types";
import type { DisclosureFixture } from "../fixtures/types";
import { sumCents } from "../support/cents";

const UNIT = "某市某区某某局";

/** 项 rows: code, name, basic personnel, basic public, project. */
const ITEMS = [
  ["2010301", "行政运行", "250.00", "50.00", ""],
  ["2010302", "一般行政管理事务", "", "", "80.00"],
  ["2080505", "机关事业单位基本养老保险缴费支出", "40.00", "", ""],
  ["2101101", "行政单位医疗", "15.00", "", ""],
  ["2210201", "住房公积金", "25.00", "", ""],
] as const;

/** The 类 and 款 rows above them: code, name, personnel, public, project. */
const PARENTS = [
  ["201", "一般公共服务支出", "250.00", "50.00", "80.00"],
  ["20103", "政府办公厅（室）及相关机构事务", "250.00", "50.00", "80.00"],
  ["208", "社会保障和就业支出", "40.00", "", ""],
  ["20805", "行政事业单位养老支出", "40.00", "", ""],
  ["210", "卫生健康支出", "15.00", "", ""],
  ["21011", "行政事业单位医疗", "15.00", "", ""],
  ["221", "住房保障支出", "25.00", "", ""],
  ["22102", "住房改革支出", "25.00", "", ""],
] as const;

const ROWS = [
  PARENTS[0],
  PARENTS[1],
  ITEMS[0],
  ITEMS[1],
  PARENTS[2],
  PARENTS[3],
  ITEMS[2],
  PARENTS[4],
  PARENTS[5],
  ITEMS[3],
  PARENTS[6],
  PARENTS[7],
  ITEMS[4],
];

/** Σ of printed amounts, printed (blank when zero). */
const add = (...xs: string[]) => {
  const total = sumCents(xs);
  return total === 0n ? "" : `${total / 100n}.${String(total % 100n).padStart(2, "0")}`;
};

/** How the code of a row is printed: split into 类 / 款 / 项 cells, or whole in one cell. */
const codeCells = (code: string, split: boolean): string[] =>
  split ? [code.slice(0, 3), code.slice(3, 5), code.slice(5, 7)] : [code];

const codeHeaders = (split: boolean) =>
  split ? ["科目编码/类", "科目编码/款", "科目编码/项"] : ["科目编码"];

function expenditure(split: boolean): PrintedTable {
  const blank = codeCells("", split).map(() => "");
  return {
    title: "2024年部门支出总表",
    unit: "单位：万元",
    headers: [...codeHeaders(split), "科目名称", "合计", "基本支出", "项目支出"],
    rows: [
      [...blank, "合计", "460.00", "380.00", "80.00"],
      ...ROWS.map(([code, name, p, u, proj]) => [
        ...codeCells(code, split),
        name,
        add(p, u, proj),
        add(p, u),
        proj,
      ]),
    ],
  };
}

function gpbExpenditure(split: boolean): PrintedTable {
  const blank = codeCells("", split).map(() => "");
  return {
    title: "2024年一般公共预算支出表",
    unit: "万元",
    headers: [
      ...codeHeaders(split),
      "科目名称",
      "合计",
      "基本支出/小计",
      "基本支出/人员经费",
      "基本支出/公用经费",
      "项目支出",
    ],
    rows: [
      [...blank, "合计", "460.00", "380.00", "330.00", "50.00", "80.00"],
      ...ROWS.map(([code, name, p, u, proj]) => [
        ...codeCells(code, split),
        name,
        add(p, u, proj),
        add(p, u),
        p,
        u,
        proj,
      ]),
    ],
  };
}

/** 一般公共预算基本支出表: 部门预算支出经济分类 类 and 款. */
function gpbBasic(split: boolean): PrintedTable {
  const econ = (code: string, name: string, personnel: string, pub: string) => [
    ...(split ? [code.slice(0, 3), code.slice(3, 5)] : [code]),
    name,
    add(personnel, pub),
    personnel,
    pub,
  ];
  const blank = split ? ["", ""] : [""];
  return {
    title: "2024年一般公共预算基本支出表",
    unit: "万元",
    headers: [
      ...(split ? ["经济分类科目编码/类", "经济分类科目编码/款"] : ["经济分类科目编码"]),
      "经济分类科目名称",
      "合计",
      "人员经费",
      "公用经费",
    ],
    rows: [
      [...blank, "合计", "380.00", "330.00", "50.00"],
      econ("301", "工资福利支出", "300.00", ""),
      econ("30101", "基本工资", "120.00", ""),
      econ("30102", "津贴补贴", "80.00", ""),
      econ("30108", "机关事业单位基本养老保险缴费", "40.00", ""),
      econ("30110", "职工基本医疗保险缴费", "15.00", ""),
      econ("30113", "住房公积金", "25.00", ""),
      econ("30199", "其他工资福利支出", "20.00", ""),
      econ("302", "商品和服务支出", "", "48.00"),
      econ("30201", "办公费", "", "20.00"),
      econ("30211", "差旅费", "", "8.00"),
      econ("30217", "公务接待费", "", "3.00"),
      econ("30228", "工会经费", "", "4.00"),
      econ("30229", "福利费", "", "8.00"),
      econ("30231", "公务用车运行维护费", "", "5.00"),
      econ("303", "对个人和家庭的补助", "30.00", ""),
      econ("30302", "退休费", "30.00", ""),
      econ("310", "资本性支出", "", "2.00"),
      econ("31002", "办公设备购置", "", "2.00"),
    ],
  };
}

const summary: PrintedTable = {
  title: "2024年部门收支总表",
  unit: "万元",
  headers: ["收入/项目", "收入/预算数", "支出/项目", "支出/预算数"],
  rows: [
    ["一、一般公共预算拨款收入", "460.00", "一、一般公共服务支出", "380.00"],
    ["二、政府性基金预算拨款收入", "", "二、外交支出", ""],
    ["三、国有资本经营预算拨款收入", "", "三、国防支出", ""],
    ["四、事业收入", "", "四、公共安全支出", ""],
    ["五、事业单位经营收入", "", "五、教育支出", ""],
    ["六、其他收入", "", "六、科学技术支出", ""],
    ["", "", "七、文化旅游体育与传媒支出", ""],
    ["", "", "八、社会保障和就业支出", "40.00"],
    ["", "", "九、社会保险基金支出", ""],
    ["", "", "十、卫生健康支出", "15.00"],
    ["", "", "二十一、住房保障支出", "25.00"],
    ["本年收入合计", "460.00", "本年支出合计", "460.00"],
    ["上年结转结余", "", "年终结转结余", ""],
    ["收入总计", "460.00", "支出总计", "460.00"],
  ],
};

const income: PrintedTable = {
  title: "2024年部门收入总表",
  unit: "万元",
  headers: [
    "单位代码",
    "单位名称",
    "总计",
    "上年结转",
    "一般公共预算拨款收入",
    "政府性基金预算拨款收入",
    "国有资本经营预算拨款收入",
    "事业收入",
    "事业单位经营收入",
    "其他收入",
  ],
  rows: [
    ["", "合计", "460.00", "", "460.00", "", "", "", "", ""],
    ["001001", UNIT, "460.00", "", "460.00", "", "", "", "", ""],
  ],
};

const fiscalSummary: PrintedTable = {
  title: "2024年财政拨款收支总表",
  unit: "万元",
  headers: [
    "收入/项目",
    "收入/预算数",
    "支出/项目",
    "支出/合计",
    "支出/一般公共预算",
    "支出/政府性基金预算",
    "支出/国有资本经营预算",
  ],
  rows: [
    ["一、本年收入", "460.00", "一、本年支出", "460.00", "460.00", "", ""],
    ["（一）一般公共预算拨款", "460.00", "（一）一般公共服务支出", "380.00", "380.00", "", ""],
    ["（二）政府性基金预算拨款", "", "（八）社会保障和就业支出", "40.00", "40.00", "", ""],
    ["（三）国有资本经营预算拨款", "", "（十）卫生健康支出", "15.00", "15.00", "", ""],
    ["二、上年结转", "", "（二十一）住房保障支出", "25.00", "25.00", "", ""],
    ["", "", "二、年终结转结余", "", "", "", ""],
    ["收入总计", "460.00", "支出总计", "460.00", "460.00", "", ""],
  ],
};

const sanGong: PrintedTable = {
  title: "2024年一般公共预算“三公”经费支出表",
  unit: "万元",
  headers: [
    "合计",
    "因公出国（境）费",
    "公务用车购置及运行费/小计",
    "公务用车购置及运行费/公务用车购置费",
    "公务用车购置及运行费/公务用车运行费",
    "公务接待费",
  ],
  rows: [["10.00", "", "5.00", "", "5.00", "5.00"]],
};

const emptyTable = (title: string, split: boolean, note: string): PrintedTable => ({
  title,
  unit: "万元",
  headers: [...codeHeaders(split), "科目名称", "合计", "基本支出", "项目支出"],
  rows: [],
  note,
});

/** The national-minimum disclosure, codes split into columns or whole in one. */
export function nationalFixture(split: boolean): DisclosureFixture {
  return {
    meta: {
      year: 2024,
      kind: "单位",
      department: { name: UNIT },
      units: [{ code: "001001", name: UNIT, unitKind: "行政" }],
    },
    tables: [
      summary,
      income,
      expenditure(split),
      fiscalSummary,
      gpbExpenditure(split),
      gpbBasic(split),
      sanGong,
      emptyTable(
        "2024年政府性基金预算支出表",
        split,
        "本单位无政府性基金预算拨款安排的支出，故本表为空表。",
      ),
      emptyTable(
        "2024年国有资本经营预算支出表",
        split,
        "本单位无国有资本经营预算拨款安排的支出，故本表为空表。",
      ),
    ],
    narrative: "",
  };
}
