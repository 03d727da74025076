import { describe, expect, it } from "vitest";
import { functional2024 } from "../catalog/2024";
import { henan2024 } from "../templates";
import { endsAsTotal } from "./cells";
import { readPrintedTable } from "./read";
import { unitCodedExpenditure } from "./test-support";
import type { PrintedTable } from "./types";

const read = (t: PrintedTable) =>
  readPrintedTable(t, { template: henan2024, catalog: functional2024 });

/** A 一般公共预算支出表 by code segments, name, 合计 | 基本支出 | 项目支出. */
const gpb = (rows: readonly (readonly string[])[]): PrintedTable => ({
  title: "2024年一般公共预算支出预算表",
  unit: "万元",
  headers: [
    "科目编码/类",
    "科目编码/款",
    "科目编码/项",
    "科目名称",
    "合计",
    "基本支出",
    "项目支出",
  ],
  rows,
});

const rowsOf = (t: PrintedTable) =>
  read(t).table?.rows.map((r) => [r.key, r.name, r.cells.total ?? ""]) ?? [];

const wrapped = (t: PrintedTable) => read(t).problems.filter((p) => p.code === "wrapped-row");

describe("a name wrapped onto the next printed row", () => {
  it("joins the rest of a 科目's name printed alone below its row", () => {
    const t = gpb([
      ["208", "05", "05", "机关事业单位基本养老保", "52.59", "52.59", ""],
      ["", "", "", "险缴费支出", "", "", ""],
      ["210", "11", "01", "行政单位医疗", "47.28", "47.28", ""],
    ]);
    expect(rowsOf(t)).toEqual([
      [{ kind: "functional", code: "2080505" }, "机关事业单位基本养老保险缴费支出", "52.59"],
      [{ kind: "functional", code: "2101101" }, "行政单位医疗", "47.28"],
    ]);
    expect(wrapped(t)).toEqual([
      { code: "wrapped-row", severity: "info", path: { row: 1 }, into: 0 },
    ]);
    expect(read(t).folded).toEqual([1]);
  });

  it("joins figures printed level with the name's last line (the code row printed none)", () => {
    const t = gpb([
      ["208", "05", "05", "机关事业单位基本养老保", "", "", ""],
      ["", "", "", "险缴费支出", "52.59", "52.59", ""],
    ]);
    expect(rowsOf(t)).toEqual([
      [{ kind: "functional", code: "2080505" }, "机关事业单位基本养老保险缴费支出", "52.59"],
    ]);
  });

  it("joins figures printed on a line of their own under a code row that printed none", () => {
    const t = gpb([
      ["208", "05", "05", "机关事业单位基本养老保险缴费支出", "", "", ""],
      ["", "", "", "", "52.59", "52.59", ""],
    ]);
    expect(rowsOf(t)).toEqual([
      [{ kind: "functional", code: "2080505" }, "机关事业单位基本养老保险缴费支出", "52.59"],
    ]);
  });

  it("joins a name printed on three lines, its figures on any of them", () => {
    for (const at of [0, 1, 2]) {
      const rows = [
        ["208", "05", "05", "机关事业单位基本", "", "", ""],
        ["", "", "", "养老保险缴费", "", "", ""],
        ["", "", "", "支出", "", "", ""],
      ];
      rows[at] = [...(rows[at] as string[]).slice(0, 4), "52.59", "52.59", ""];
      const t = gpb([...rows, ["210", "11", "01", "行政单位医疗", "47.28", "47.28", ""]]);
      expect(rowsOf(t), `${at}`).toEqual([
        [{ kind: "functional", code: "2080505" }, "机关事业单位基本养老保险缴费支出", "52.59"],
        [{ kind: "functional", code: "2101101" }, "行政单位医疗", "47.28"],
      ]);
      expect(wrapped(t), `${at}`).toEqual([
        { code: "wrapped-row", severity: "info", path: { row: 1 }, into: 0 },
        { code: "wrapped-row", severity: "info", path: { row: 2 }, into: 0 },
      ]);
      expect(read(t).folded, `${at}`).toEqual([1, 2]);
    }
  });

  it("joins a project's name printed on three lines under its figures", () => {
    const t: PrintedTable = {
      title: "2024年项目支出预算表",
      unit: "万元",
      headers: ["项目名称", "合计", "本年拨款/一般公共预算"],
      rows: [
        ["2024年洛阳市涧西区机要", "12.00", "12.00"],
        ["密码保障工作专项", "", ""],
        ["经费", "", ""],
        ["2024年通联值班费", "5.00", "5.00"],
      ],
    };
    expect(read(t).table?.rows.map((x) => x.key)).toEqual([
      { kind: "project", name: "2024年洛阳市涧西区机要密码保障工作专项经费" },
      { kind: "project", name: "2024年通联值班费" },
    ]);
  });

  it("joins a unit's name wrapped under its row", () => {
    const t = unitCodedExpenditure([
      ["", "", "", "116", "中国共产党洛阳市涧西区", "77.00"],
      ["", "", "", "", "委员会办公室", ""],
      ["201", "31", "02", "", "一般行政管理事务", "77.00"],
    ]);
    const r = read(t);
    expect(r.table?.rows.map((x) => [x.key, x.name])).toEqual([
      [{ kind: "org", code: "116" }, "中国共产党洛阳市涧西区委员会办公室"],
      [{ kind: "functional", code: "2013102" }, "一般行政管理事务"],
    ]);
  });

  it("joins a project's name wrapped under its row of figures", () => {
    const t: PrintedTable = {
      title: "2024年项目支出预算表",
      unit: "万元",
      headers: ["项目名称", "合计", "本年拨款/一般公共预算"],
      rows: [
        ["2024年机要密码工作", "12.00", "12.00"],
        ["经费", "", ""],
        ["2024年通联值班费", "5.00", "5.00"],
      ],
    };
    expect(read(t).table?.rows.map((x) => x.key)).toEqual([
      { kind: "project", name: "2024年机要密码工作经费" },
      { kind: "project", name: "2024年通联值班费" },
    ]);
  });
});

describe("rows of their own are not joined", () => {
  it("keeps a numbered heading, a part and a total below a code row", () => {
    for (const label of [
      "二、项目支出",
      "（一）其他运转类",
      "其中：基本支出",
      "①会议费",
      "⑫ 培训费",
      "含：会议费",
      "含 : 培训费",
      "合计",
      "人员经费合计",
      "小 计",
    ]) {
      const t = gpb([
        ["201", "31", "02", "一般行政管理事务", "77.00", "", "77.00"],
        ["", "", "", label, "", "", ""],
      ]);
      expect(wrapped(t), label).toEqual([]);
      expect(read(t).table?.rows[0]?.name, label).toBe("一般行政管理事务");
      const u = gpb([
        ["212", "01", "99", "其他城乡社区管理事务", "5.00", "5.00", ""],
        ["", "", "", label, "", "", ""],
      ]);
      expect(wrapped(u), label).toEqual([]);
      // With figures, under a code row printing none (its figures blank, zeros) that the
      // catalog does not list (so cannot tell whole).
      const f = gpb([
        ["212", "01", "99", "其他城乡社区管理事务", "", "", ""],
        ["", "", "", label, "3.00", "3.00", ""],
      ]);
      expect(wrapped(f), label).toEqual([]);
      expect(read(f).table?.rows[0]?.cells.total, label).toBe("");
    }
  });

  it("keeps a footer total under a code row that printed no figure (a block's 合计)", () => {
    const t = gpb([
      ["310", "99", "", "其他资本性支出", "", "", ""],
      ["", "", "", "公用经费合计", "12.00", "12.00", ""],
    ]);
    expect(wrapped(t)).toEqual([]);
  });

  it("keeps a footer named by one of the table's column headings under a code row printing none", () => {
    // A list of every 经济分类 code, zeros printed blank, then footers named like the columns.
    for (const label of ["人员经费", "公用经费", "人 员 经 费", "人员经费 "]) {
      const t: PrintedTable = {
        title: "2024年一般公共预算基本支出预算表",
        unit: "万元",
        headers: ["科目编码", "科目名称", "合计", "人员经费", "公用经费"],
        rows: [
          ["302", "商品和服务支出", "12.00", "", "12.00"],
          ["30201", "办公费", "12.00", "", "12.00"],
          ["30299", "其他商品和服务支出", "", "", ""],
          ["", label, "50.00", "50.00", ""],
        ],
      };
      const r = read(t);
      expect(wrapped(t), label).toEqual([]);
      expect(r.table?.rows[2]?.name, label).toBe("其他商品和服务支出");
      expect(r.table?.rows[2]?.cells.total, label).toBe("");
    }
    // Below a 科目 row of a table by nature, the nature's name.
    const g = gpb([
      ["201", "31", "99", "其他党委办公厅（室）及相关机构事务支出", "", "", ""],
      ["", "", "", "项目支出", "5.00", "", "5.00"],
    ]);
    expect(wrapped(g)).toEqual([]);
  });

  it("keeps a row printing a figure where the row above printed one too", () => {
    const t = gpb([
      ["201", "31", "02", "一般行政管理事务", "77.00", "", "77.00"],
      ["", "", "", "某项", "3.00", "", "3.00"],
    ]);
    expect(wrapped(t)).toEqual([]);
  });

  it("keeps a project printed under a unit's row that prints no figure", () => {
    const t: PrintedTable = {
      title: "2024年项目支出预算表",
      unit: "万元",
      headers: ["类型", "项目名称", "项目单位", "合计"],
      rows: [
        ["116001", "中国共产党洛阳市涧西区委员会办公室", "", ""],
        ["", "2024年通联值班费", "", "5.00"],
      ],
    };
    expect(read(t).table?.rows.map((x) => x.key)).toEqual([
      { kind: "org", code: "116001" },
      { kind: "project", name: "2024年通联值班费" },
    ]);
  });

  it("keeps a heading of a group of projects printing no figure (项目类别 as a row)", () => {
    for (const heading of [
      "其他运转类",
      "特定目标类",
      "专项业务类",
      "特定目标类项目",
      "其他运转类 ",
    ]) {
      const t: PrintedTable = {
        title: "2024年项目支出预算表",
        unit: "万元",
        headers: ["项目名称", "合计", "本年拨款/一般公共预算"],
        rows: [
          ["2024年机要密码工作经费", "12.00", "12.00"],
          [heading, "", ""],
          ["2024年通联值班费", "5.00", "5.00"],
        ],
      };
      expect(wrapped(t), heading).toEqual([]);
      expect(read(t).table?.rows[0]?.key, heading).toEqual({
        kind: "project",
        name: "2024年机要密码工作经费",
      });
    }
  });

  it("keeps a heading of a group of projects under a unit's row", () => {
    const t: PrintedTable = {
      title: "2024年项目支出预算表",
      unit: "万元",
      headers: ["类型", "项目名称", "项目单位", "合计"],
      rows: [
        ["116001", "中国共产党洛阳市涧西区委员会办公室", "", "17.00"],
        ["", "特定目标类", "", ""],
        ["", "2024年通联值班费", "", "5.00"],
      ],
    };
    expect(wrapped(t)).toEqual([]);
    expect(read(t).table?.rows[0]?.name).toBe("中国共产党洛阳市涧西区委员会办公室");
  });

  it("keeps a project printing no figure under one that does not either", () => {
    const t: PrintedTable = {
      title: "2024年项目支出预算表",
      unit: "万元",
      headers: ["项目名称", "合计"],
      rows: [
        ["2024年机要密码工作经费", ""],
        ["2024年通联值班费", ""],
      ],
    };
    expect(wrapped(t)).toEqual([]);
  });
});

describe("a line label wrapped in a table of lines", () => {
  const summary = (rows: readonly (readonly string[])[]): PrintedTable => ({
    title: "2024年部门收支预算表",
    unit: "万元",
    headers: ["收入/项目", "收入/金额", "支出/项目", "支出/金额"],
    rows,
  });

  it("reads a label whose parts are no label, joined, as its line; each side on its own", () => {
    const t = summary([
      ["一、一般公共预算", "969.06", "一、一般公共服务", "635.07"],
      ["四、财政专", "", "十三、交通运输", "5.00"],
      ["户管理资金收入", "", "支出", ""],
      ["五、事业收入", "", "九、", "2.71"],
      ["", "", "卫生健康支出", ""],
    ]);
    const r = read(t);
    expect(r.table?.rows.map((x) => [x.key, x.name])).toEqual([
      [{ kind: "line", line: "revenue.gpb" }, "一、一般公共预算"],
      [{ kind: "functional", code: "201" }, "一、一般公共服务"],
      [{ kind: "line", line: "revenue.specialAccount" }, "四、财政专户管理资金收入"],
      [{ kind: "functional", code: "214" }, "十三、交通运输支出"],
      [{ kind: "line", line: "revenue.business" }, "五、事业收入"],
      [{ kind: "functional", code: "210" }, "九、卫生健康支出"],
    ]);
    expect(r.table?.rows[5]?.cells["spending.amount"]).toBe("2.71");
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
  });

  it("reads a label's figures printed level with its second line", () => {
    const t = summary([
      ["一、一般公共预算", "969.06", "一、一般公共服务", "635.07"],
      ["二、政府性基金预算拨", "", "八、社会保障和就", ""],
      ["款收入", "12.00", "业支出", "52.59"],
    ]);
    const r = read(t);
    expect(r.table?.rows.map((x) => [x.key, x.name])).toEqual([
      [{ kind: "line", line: "revenue.gpb" }, "一、一般公共预算"],
      [{ kind: "functional", code: "201" }, "一、一般公共服务"],
      [{ kind: "line", line: "revenue.govFund" }, "二、政府性基金预算拨款收入"],
      [{ kind: "functional", code: "208" }, "八、社会保障和就业支出"],
    ]);
    expect(r.table?.rows[2]?.cells["income.amount"]).toBe("12.00");
    expect(r.table?.rows[3]?.cells["spending.amount"]).toBe("52.59");
  });

  it("keeps two labels of their own on two rows", () => {
    const t = summary([
      ["二、政府性基金预算拨款收入", "", "一、一般公共服务", "635.07"],
      ["三、国有资本经营预算拨款收入", "", "", ""],
    ]);
    expect(read(t).table?.rows.map((x) => x.key)).toEqual([
      { kind: "line", line: "revenue.govFund" },
      { kind: "functional", code: "201" },
      { kind: "line", line: "revenue.soe" },
    ]);
  });
});

describe("endsAsTotal", () => {
  it("reads a total's or subtotal's ending, with spaces, a colon or a short note in brackets", () => {
    for (const t of [
      "合计",
      "人员经费合计",
      "小 计",
      "合计：",
      "合计（第2栏）",
      "支出总计",
      "共计(含结转)",
    ])
      expect(endsAsTotal(t), t).toBe(true);
    for (const t of ["合计数金额以外", "行政运行", "合计项目", "计"])
      expect(endsAsTotal(t), t).toBe(false);
  });
});
