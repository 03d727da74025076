import { describe, expect, it } from "vitest";
import { henan2024, shanghai, type TableKind } from "../templates";
import { matchHeaders } from "./headers";

function kindOf(template: { tables: readonly TableKind[] }, id: string): TableKind {
  const kind = template.tables.find((t) => t.id === id);
  if (kind === undefined) throw new Error(`no kind ${id}`);
  return kind;
}

const income = kindOf(henan2024, "income");
const keys = (headers: readonly string[], kind = income) =>
  matchHeaders(headers, kind).columns.map((c) => c.key);

describe("matchHeaders: a header that could be several columns is never guessed", () => {
  it("leaves a bare 一般公共预算 unread between the 本年收入 and 上年结转结余 groups", () => {
    const headers = [
      "部门（单位）名称",
      "本年收入/合计",
      "本年收入/事业收入",
      "一般公共预算",
      "上年结转结余/合计",
      "上年结转结余/政府性基金",
    ];
    const { columns, problems } = matchHeaders(headers, income);
    expect(columns[3]?.key).toBe("extra:一般公共预算");
    expect(problems).toContainEqual({
      code: "ambiguous-header",
      severity: "warning",
      path: { header: 3, text: "一般公共预算" },
      key: "extra:一般公共预算",
      candidates: ["gpb", "carryover.gpb"],
    });
  });

  it("also with a one-level wording of the fund (一般公共预算拨款收入, 一般公共预算资金)", () => {
    for (const bare of ["一般公共预算拨款收入", "一般公共预算资金", "（一）一般公共预算"])
      expect(keys(["单位名称", "本年收入/事业收入", bare, "上年结转结余/合计"])[2], bare).toBe(
        `extra:${bare}`,
      );
  });

  it("places it within the group its neighbours print it in", () => {
    expect(
      keys([
        "单位名称",
        "本年收入/合计",
        "本年收入/事业收入",
        "上年结转结余/合计",
        "一般公共预算",
        "上年结转结余/单位资金",
      ])[4],
    ).toBe("carryover.gpb");
    expect(
      keys([
        "单位名称",
        "本年收入/合计",
        "一般公共预算拨款",
        "本年收入/事业收入",
        "上年结转结余/合计",
        "上年结转结余/一般公共预算",
      ])[2],
    ).toBe("gpb");
  });

  it("places it where the table's other headers took every other column it could be", () => {
    const headers = [
      "单位名称",
      "本年收入/合计",
      "小计",
      "其中：财政拨款",
      "上年结转结余/合计",
      "上年结转结余/政府性基金",
      "一般公共预算",
    ];
    // 小计 is no 本年收入/合计 (taken) and no carry-over column: 一般公共预算's 小计.
    expect(keys(headers).slice(2)).toEqual([
      "gpb",
      "gpb.grant",
      "carryover",
      "carryover.govFund",
      "carryover.gpb",
    ]);
  });

  it("keeps a header equal to a one-level variant where no group could hold it", () => {
    // No 本年收入 / 上年结转结余 group printed: the one-level wordings are this year's income.
    expect(keys(["单位名称", "合计", "一般公共预算拨款收入", "事业收入", "上年结转结余"])).toEqual([
      "name",
      "total",
      "gpb",
      "business",
      "carryover",
    ]);
    // 合计 beside 基本支出 / 项目支出 groups is the row's total: no group heads it in any variant.
    const expenditure = kindOf(henan2024, "expenditure");
    expect(
      keys(["单位（科目名称）", "合计", "基本支出/合计", "项目支出/其他运转类"], expenditure)[1],
    ).toBe("total");
  });

  it("reads a two-sided table's short headers by side as before", () => {
    const summary = kindOf(shanghai, "summary");
    const { problems } = matchHeaders(
      ["收入/项目", "收入/预算数", "支出/项目", "支出/预算数"],
      summary,
    );
    expect(problems.filter((p) => p.code === "ambiguous-header")).toEqual([]);
  });
});
