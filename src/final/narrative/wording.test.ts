import { describe, expect, it } from "vitest";
import { itemKey, listAfter } from "./lists";
import { acceptedNames, nameBeforeYear, nameVariant, placeholdersIn } from "./wording";

describe("placeholdersIn", () => {
  it("finds a pair of opposite words left for the writer, in either bracket width and order", () => {
    const words = (s: string) => placeholdersIn(s).map((p) => p.word);
    expect(words("决算数比2023年度减少0.15万元，下降（增长）27.78%")).toEqual(["下降（增长）"]);
    expect(words("比上年增加(减少)3.00万元，增长（下降）5.00%")).toEqual([
      "增加(减少)",
      "增长（下降）",
    ]);
    expect(words("决算数大于/小于预算数")).toEqual(["大于/小于"]);
  });

  it("finds a blank of X or ×, not a Latin word nor a lone X", () => {
    const words = (s: string) => placeholdersIn(s).map((p) => p.word);
    expect(words("上海市XX局2024年度收入支出总计××万元，占ＸＸ%")).toEqual(["XX", "××", "ＸＸ"]);
    expect(words("采购XXL号被装、Excel 软件和X光机一台")).toEqual([]);
  });

  it("leaves ordinary brackets alone: 维修（护）费, 因公出国（境）费, 增长（主要原因…）", () => {
    expect(
      placeholdersIn("维修（护）费、因公出国（境）费，收入增长（主要原因是人员增加）"),
    ).toEqual([]);
  });
});

describe("names of the department", () => {
  it("accepts the name with its leading regions dropped", () => {
    expect(acceptedNames("上海市普陀区财政局")).toEqual([
      "上海市普陀区财政局",
      "普陀区财政局",
      "财政局",
    ]);
  });

  it("calls a name missing a region in its middle another organisation's (region)", () => {
    expect(nameVariant("上海市规划和自然资源局", "上海市普陀区规划和自然资源局")).toBe("region");
    expect(nameVariant("上海市财政局", "上海市普陀区财政局")).toBe("region");
  });

  it("takes a lone 市 or 区 dropped for the same name said informally (no variant)", () => {
    expect(nameVariant("上海普陀区财政局", "上海市普陀区财政局")).toBeUndefined();
    expect(nameVariant("上海市普陀财政局", "上海市普陀区财政局")).toBeUndefined();
    expect(
      nameVariant("上海普陀区规划和自然资源局", "上海市普陀区规划和自然资源局"),
    ).toBeUndefined();
  });

  it("calls a name differing only in a connective a variant (connective), full-width spaces aside", () => {
    expect(nameVariant("上海市普陀区规划与自然资源局", "上海市普陀区规划和自然资源局")).toBe(
      "connective",
    );
    expect(nameVariant("上海市普陀区规划及自然资源局", "上海市普陀区规划和自然资源局")).toBe(
      "connective",
    );
  });

  it("does not judge another body's name: a sibling bureau, a unit, a shorter word", () => {
    expect(nameVariant("上海市普陀区民政局", "上海市普陀区财政局")).toBeUndefined();
    expect(nameVariant("上海市普陀区土地发展中心", "上海市普陀区规划和自然资源局")).toBeUndefined();
    expect(nameVariant("上海市普陀区", "上海市普陀区财政局")).toBeUndefined();
    expect(nameVariant("上海市普陀区财政局", "上海市普陀区财政局")).toBeUndefined();
  });
});

describe("listAfter and itemKey", () => {
  it("reads a list up to its clause's end, open when it ends with 等", () => {
    expect(listAfter("人员经费 10 万元，主要包括：基本工资、津贴补贴；公用经费", 0)).toEqual({
      items: ["基本工资", "津贴补贴"],
      open: false,
    });
    expect(listAfter("主要包括:办公费、印刷费等支出。", 0)).toEqual({
      items: ["办公费", "印刷费"],
      open: true,
    });
    expect(listAfter("公用经费 10 万元。", 0)).toBeUndefined();
  });

  it("makes a printed item and the table's name one key: brackets, 费用 / 费 / 支出, 其它", () => {
    expect(itemKey("维修(护)费")).toBe(itemKey("维修（护）费"));
    expect(itemKey("办公设备购置支出")).toBe(itemKey("办公设备购置"));
    expect(itemKey("因公出国（境）费用")).toBe(itemKey("因公出国（境）费"));
    expect(itemKey("其它交通费用")).toBe(itemKey("其他交通费用"));
    expect(itemKey("其他社会保障缴费支出")).toBe(itemKey("其他社会保障缴费"));
    expect(itemKey("医疗费")).not.toBe(itemKey("医疗费补助"));
  });
});

describe("nameBeforeYear", () => {
  it("takes the words before the first year of a heading or paragraph, after its marker", () => {
    expect(nameBeforeYear("上海市规划和自然资源局 2024 年度部门决算表")).toBe(
      "上海市规划和自然资源局",
    );
    expect(nameBeforeYear("第二部分 上海市普陀区财政局2024年度部门决算表")).toBe(
      "上海市普陀区财政局",
    );
    expect(nameBeforeYear("十、上海市普陀区财政局2024年度预算绩效管理")).toBe("上海市普陀区财政局");
  });

  it("gives the words before the year of a sentence too (nameVariant judges them), nothing before a year first or without one", () => {
    expect(nameBeforeYear("截至 2024 年 12 月 31 日，上海市普陀区财政局共有车辆")).toBe("截至");
    expect(nameBeforeYear("与 2023 年度相比，收入支出总计减少")).toBe("与");
    expect(nameBeforeYear("2024 年度“三公”经费财政拨款支出")).toBeUndefined();
    expect(nameBeforeYear("主要原因：2024 年成立")).toBeUndefined();
    expect(nameBeforeYear("上海市普陀区财政局")).toBeUndefined();
  });
});
