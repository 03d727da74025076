import { describe, expect, it } from "vitest";
import {
  amount,
  codeColumn,
  concat,
  fundAmount,
  fundColumns,
  incomeLine,
  line,
  plainColumn,
  revenueLine,
  segmentColumns,
  spendingAmount,
  spendingLine,
  variant,
} from "./build";
import type { TableKind } from "./types";

describe("column constructors", () => {
  it("amount: only the parts given, in the order key, role, side, concept, coords, ofWhich, headers", () => {
    expect(amount("total", ["合计"])).toEqual({ key: "total", role: "amount", headers: ["合计"] });
    const full = amount(
      "a",
      ["h"],
      { fund: "gpb" },
      { ofWhich: "b", concept: "spending", side: "spending" },
    );
    expect(Object.keys(full)).toEqual([
      "key",
      "role",
      "side",
      "concept",
      "coords",
      "ofWhich",
      "headers",
    ]);
    expect(Object.keys(amount("a", ["h"], undefined, { concept: "revenue" }))).toEqual([
      "key",
      "role",
      "concept",
      "headers",
    ]);
  });

  it("fundAmount and spendingAmount fill in the fund, side and concept", () => {
    expect(fundAmount("soe", ["国有资本经营预算"])).toEqual({
      key: "soe",
      role: "amount",
      coords: { fund: "soe" },
      headers: ["国有资本经营预算"],
    });
    expect(
      spendingAmount("spending.gpb", ["支出/一般公共预算"], { fund: "gpb" }, "spending.total"),
    ).toEqual({
      key: "spending.gpb",
      role: "amount",
      side: "spending",
      concept: "spending",
      coords: { fund: "gpb" },
      ofWhich: "spending.total",
      headers: ["支出/一般公共预算"],
    });
  });

  it("fundColumns puts each wording after every prefix, in the prefixes' order", () => {
    expect(
      fundColumns(
        ["资金来源/", ""],
        [
          ["soe", "国有资本经营预算"],
          ["other", "其他收入"],
        ],
      ),
    ).toEqual([
      {
        key: "soe",
        role: "amount",
        coords: { fund: "soe" },
        headers: ["资金来源/国有资本经营预算", "国有资本经营预算"],
      },
      {
        key: "other",
        role: "amount",
        coords: { fund: "other" },
        headers: ["资金来源/其他收入", "其他收入"],
      },
    ]);
  });

  it("segmentColumns gives 类 / 款 (/ 项) columns numbered 0, 1 (, 2)", () => {
    expect(segmentColumns("econ", "departmental", 2, ["经济分类/", ""])).toEqual([
      {
        key: "econ.class",
        role: "code",
        system: "departmental",
        segment: 0,
        headers: ["经济分类/类", "类"],
      },
      {
        key: "econ.section",
        role: "code",
        system: "departmental",
        segment: 1,
        headers: ["经济分类/款", "款"],
      },
    ]);
    expect(segmentColumns("code", "functional", 3, [""]).map((c) => c.headers)).toEqual([
      ["类"],
      ["款"],
      ["项"],
    ]);
  });

  it("codeColumn and plainColumn leave out what is not given", () => {
    expect(codeColumn("econ", "departmental", undefined, ["科目编码"])).toEqual({
      key: "econ",
      role: "code",
      system: "departmental",
      headers: ["科目编码"],
    });
    expect(Object.keys(plainColumn("name", "income.name", ["收入/项目"], "income"))).toEqual([
      "key",
      "role",
      "side",
      "headers",
    ]);
    expect(plainColumn("text", "unit", ["项目单位"])).toEqual({
      key: "unit",
      role: "text",
      headers: ["项目单位"],
    });
  });
});

describe("line constructors", () => {
  it("line: only the parts given, in the order id, side, section, concept, coords, ofWhich, labels", () => {
    expect(line("budget.total", "revenue.total", ["部门预算总额"])).toEqual({
      id: "budget.total",
      concept: "revenue.total",
      labels: ["部门预算总额"],
    });
    const full = line(
      "x",
      "revenue",
      ["x"],
      { fund: "gpb" },
      { ofWhich: "y", section: "s", side: "income" },
    );
    expect(Object.keys(full)).toEqual([
      "id",
      "side",
      "section",
      "concept",
      "coords",
      "ofWhich",
      "labels",
    ]);
  });

  it("incomeLine, spendingLine and revenueLine set the side (and the revenue id and fund)", () => {
    expect(incomeLine("revenue.total", "revenue.total", ["收入总计"]).side).toBe("income");
    expect(spendingLine("spending.total", "spending.total", ["支出总计"])).toEqual({
      id: "spending.total",
      side: "spending",
      concept: "spending.total",
      labels: ["支出总计"],
    });
    expect(revenueLine("gpb.grant", ["其中：财政拨款"], { ofWhich: "revenue.gpb" })).toEqual({
      id: "revenue.gpb.grant",
      side: "income",
      concept: "revenue",
      coords: { fund: "gpb.grant" },
      ofWhich: "revenue.gpb",
      labels: ["其中：财政拨款"],
    });
  });
});

describe("concat and variant", () => {
  it("concat keeps the groups' order", () => {
    expect(concat([1, 2], [], [3])).toEqual([1, 2, 3]);
  });

  it("variant replaces properties in place and appends new ones", () => {
    const base: TableKind = {
      id: "a",
      name: { "zh-CN": "甲", en: "A" },
      titles: ["甲"],
      rowKinds: ["total"],
      defaultUnit: "万元",
      emptyNote: "optional",
      columns: [],
    };
    const v = variant(base, { id: "b", fixed: { fund: "soe" } });
    expect(Object.keys(v)).toEqual([
      "id",
      "name",
      "titles",
      "rowKinds",
      "defaultUnit",
      "emptyNote",
      "columns",
      "fixed",
    ]);
    expect([v.id, base.id]).toEqual(["b", "a"]);
  });
});
