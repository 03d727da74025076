import { describe, expect, it } from "vitest";
import { final2024 } from "../final/template";
import { henan2024, nationalMinimum, shanghai, type TableKind, type Template } from "../templates";
import { headerWording, labelKey } from "../templates/wording";
import { matchHeaders } from "./headers";
import { markedLevels } from "./periods";

/**
 * The 三公 header wordings printers use for the same columns (费 / 费用 / 经费, 运行费 / 运行维护费,
 * 购置费 / 公务用车购置费, 合计 / 小计 under the vehicles group, bracket widths) are read into the
 * template's columns in all three budget templates; before, they were kept aside as unknown
 * headers and the 三公 checks lost them.
 */

function kindOf(template: Template, id: string): TableKind {
  const kind = template.tables.find((t) => t.id === id);
  if (kind === undefined) throw new Error(`no kind ${id}`);
  return kind;
}

const KEYS = [
  "total",
  "abroad",
  "vehicles",
  "vehicles.purchase",
  "vehicles.operation",
  "reception",
];
const keysOf = (headers: readonly string[], kind: TableKind) => {
  const { columns, problems } = matchHeaders(headers, kind);
  expect(problems).toEqual([]);
  return columns.map((c) => c.key);
};

describe("headerWording", () => {
  it.each([
    ["因公出国(境)费用", "因公出国(境)费"],
    ["因公出国(境)经费", "因公出国(境)费"],
    ["公务接待费用", "公务接待费"],
    ["公务用车运行维护费", "公务用车运行费"],
    ["公务用车购置及运行维护费", "公务用车购置及运行费"],
    ["公务用车购置费及运行维护费", "公务用车购置及运行费"],
    ["公务用车购置费及运行费", "公务用车购置及运行费"],
    ["公务用车购置费用及运行维护费用", "公务用车购置及运行费"],
    ["机关运行经费", "机关运行费"],
    ["科目代码", "科目编码"],
    ["单位代码", "单位编码"],
    ["功能科目编码", "功能分类科目编码"],
    ["经济科目名称", "经济分类科目名称"],
    ["本年收入总计", "本年收入合计"],
    ["本年度支出总计", "本年支出合计"],
    ["本年收入小计", "本年收入合计"],
    ["当年收入合计", "本年收入合计"],
    ["本年度收入合计", "本年收入合计"],
    ["当年财政拨款", "本年财政拨款"],
  ])("reads %s as %s", (printed, key) => {
    expect(headerWording(printed)).toBe(key);
  });

  it("leaves 经费 inside a level, and other words, alone", () => {
    expect(headerWording("三公经费预算数")).toBe("三公经费预算数");
    expect(headerWording("维修(护)费")).toBe("维修(护)费");
    expect(headerWording("合计")).toBe("合计");
    // 总计 without a 本年 mark stays the grand total; 本年 without 总计 stays as printed
    expect(headerWording("收入总计")).toBe("收入总计");
    expect(headerWording("总计")).toBe("总计");
    expect(headerWording("本年收入")).toBe("本年收入");
    expect(headerWording("基本支出小计")).toBe("基本支出小计");
  });
});

describe.each([
  ["henan2024", henan2024, "sanGong"],
  ["national", nationalMinimum, "sanGong"],
])("the %s 三公 table", (_, template, id) => {
  const kind = kindOf(template, id);
  it.each([
    [
      "运行维护费 wordings",
      [
        "合计",
        "因公出国（境）费",
        "公务用车购置及运行维护费/小计",
        "公务用车购置及运行维护费/公务用车购置费",
        "公务用车购置及运行维护费/公务用车运行维护费",
        "公务接待费",
      ],
    ],
    [
      "short 购置费 / 运行费, 合计 under the group, 因公出国(境)费用",
      [
        "“三公”经费合计",
        "因公出国(境)费用",
        "公务用车购置及运行费/合计",
        "公务用车购置及运行费/购置费",
        "公务用车购置及运行费/运行费",
        "公务接待费",
      ],
    ],
    [
      "费及 wordings (公务用车购置费及运行维护费)",
      [
        "合计",
        "因公出国（境）费用",
        "公务用车购置费及运行维护费/小计",
        "公务用车购置费及运行维护费/公务用车购置费",
        "公务用车购置费及运行维护费/公务用车运行维护费",
        "公务接待费",
      ],
    ],
    [
      "经费 wordings",
      [
        "合计",
        "因公出国（境）经费",
        "公务用车购置及运行维护经费/小计",
        "公务用车购置及运行维护经费/购置费",
        "公务用车购置及运行维护经费/运行维护费",
        "公务接待经费",
      ],
    ],
  ])("reads the %s", (_label, headers) => {
    expect(keysOf(headers, kind)).toEqual(KEYS);
  });
});

describe("the Shanghai 三公 and 机关运行经费 table", () => {
  const kind = kindOf(shanghai, "sanGongAndOperating");
  const group = (h: string) => `“三公”经费预算数/${h}`;
  it.each([
    [
      "full 公务用车 names under 运行维护费",
      [
        "合计",
        "因公出国(境)费",
        "公务用车购置及运行维护费/小计",
        "公务用车购置及运行维护费/公务用车购置费",
        "公务用车购置及运行维护费/公务用车运行维护费",
        "公务接待费",
      ],
      "机关运行经费预算数",
    ],
    [
      "费用 wordings, 合计 under the group, 机关运行经费 bare",
      [
        "合计",
        "因公出国（境）费用",
        "公务用车购置及运行费/合计",
        "公务用车购置及运行费/购置费",
        "公务用车购置及运行费/运行费",
        "公务接待费用",
      ],
      "机关运行经费",
    ],
  ])("reads the %s", (_label, items, operating) => {
    expect(keysOf([...items.map(group), operating], kind)).toEqual([...KEYS, "operatingCost"]);
  });
});

describe("every template's columns", () => {
  it.each([
    ["henan2024", henan2024],
    ["shanghai", shanghai],
    ["national", nationalMinimum],
    ["final2024", final2024],
  ])("%s: no two columns of a kind share a header once wordings are made one", (_, template) => {
    for (const kind of template.tables) {
      const owner = new Map<string, string>();
      for (const column of kind.columns)
        for (const header of column.headers) {
          const key = markedLevels(header).levels.join("/");
          const had = owner.get(key);
          expect(had === undefined || had === column.key, `${kind.id}: ${header}`).toBe(true);
          owner.set(key, column.key);
        }
    }
  });
});

describe("every template's lines", () => {
  it.each([
    ["henan2024", henan2024],
    ["shanghai", shanghai],
    ["national", nationalMinimum],
    ["final2024", final2024],
  ])(
    "%s: no two lines of a side and section share a label once wordings are made one",
    (_, template) => {
      for (const kind of template.tables) {
        const owner = new Map<string, string>();
        for (const line of kind.lines ?? [])
          for (const label of line.labels) {
            const key = `${line.side ?? ""}|${line.section ?? ""}|${labelKey(label)}`;
            const had = owner.get(key);
            expect(had === undefined || had === line.id, `${kind.id}: ${label}`).toBe(true);
            owner.set(key, line.id);
          }
      }
    },
  );
});

describe("code and name headers, totals and 三公 items as other printers head them", () => {
  it.each([
    [["功能科目编码", "功能科目名称", "合计", "基本支出", "项目支出"], "expenditure"],
    [
      ["支出功能分类科目/编码", "支出功能分类科目/名称", "支出合计", "基本支出", "项目支出"],
      "expenditure",
    ],
    [
      ["功能分类科目/编码", "功能分类科目/名称", "支出总计", "基本支出", "项目支出"],
      "gpbExpenditure",
    ],
    [["科目代码", "科目名称", "合计", "人员经费", "公用经费"], "gpbBasic"],
    [["经济分类科目/编码", "经济分类科目/名称", "合计", "人员经费", "公用经费"], "gpbBasic"],
    [["经济科目编码", "经济科目名称", "合计", "人员经费", "公用经费"], "gpbBasic"],
  ])("reads %j as the %s columns", (headers, id) => {
    for (const template of [nationalMinimum, henan2024]) {
      const { columns, problems } = matchHeaders(headers, kindOf(template, id));
      expect(problems.filter((p) => p.severity !== "info")).toEqual([]);
      expect(columns.map((c) => c.column?.role)).toEqual([
        "code",
        "name",
        "amount",
        "amount",
        "amount",
      ]);
    }
  });

  it("reads 收入总计 as the income table's grand total", () => {
    const headers = ["科目编码", "科目名称", "收入总计", "本年收入/小计", "上年结转结余"];
    for (const template of [nationalMinimum, henan2024])
      expect(keysOf(headers, kindOf(template, "income")).slice(2)).toEqual([
        "total",
        "revenue",
        "carryover",
      ]);
  });

  it("reads 出国（境）费 as 因公出国（境）费, and 单位编码 as 单位代码", () => {
    const headers = ["合计", "出国（境）费", "公务用车购置费", "公务用车运行维护费", "公务接待费"];
    expect(keysOf(headers, kindOf(nationalMinimum, "sanGong"))).toEqual([
      "total",
      "abroad",
      "vehicles.purchase",
      "vehicles.operation",
      "reception",
    ]);
    const org = matchHeaders(["单位编码", "单位名称", "合计"], kindOf(henan2024, "expenditure"));
    expect(org.columns[0]?.column?.role).toBe("org");
  });
});
