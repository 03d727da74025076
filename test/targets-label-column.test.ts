/**
 * A 绩效目标 table printing a label column left of its indicator columns: the national 申报表's
 * `绩效指标` cell merged down over the 一级 / 二级 / 三级 / 指标值 rows, which an extractor gives as
 * a column headed `绩效指标` (or unheaded) holding `绩效指标` on its first row only, on every row,
 * or nowhere (the header alone). It labels the indicators and says nothing of them: read as a
 * blank column (a `label-column` note, info), no unknown header, no cell left unread. A column so
 * placed that prints anything else (an indicator's name) is no label and stays as printed (an
 * unknown column, its cells unread); a truly wrong value is still found.
 */
import { describe, expect, it } from "vitest";
import { validateTargets } from "../src/performance";
import { readPrintedTable } from "../src/printed";
import { henan2024, nationalMinimum, shanghai, type Template } from "../src/templates";
import { readPrintedTargets as read } from "./support/disclosures";

const LINES = [
  ["产出指标", "数量指标", "救助人次", "≥1200人次"],
  ["", "时效指标", "救助办理时限", "≤12个月"],
  ["效益指标", "社会效益指标", "困难群众就医负担", "有效减轻"],
  ["满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%"],
] as const;
const VALUES = LINES.map((l) => l[3]);
const LEVELS = ["一级指标", "二级指标", "三级指标", "指标值"];

/** The label column's header and its cell on each row. */
type Label = readonly [string, string, (row: number) => string];
const LABELS: readonly Label[] = [
  ["merged: 绩效指标 on the first row", "绩效指标", (i) => (i === 0 ? "绩效指标" : "")],
  ["repeated on every row", "绩效指标", () => "绩效指标"],
  ["the header alone", "绩效指标", () => ""],
  ["unheaded, 绩效指标 on the first row", "", (i) => (i === 0 ? "绩效指标" : "")],
  ["spaced", "绩 效 指 标", (i) => (i === 0 ? "绩　效　指　标" : "")],
  ["年度绩效指标", "年度绩效指标", (i) => (i === 0 ? "年度绩效指标" : "")],
  ["over a grouped header", "绩效指标", (i) => (i === 0 ? "绩效指标" : "")],
];

const projects = (label: Label, lines: readonly (readonly string[])[] = LINES) => ({
  title: "2025年项目支出绩效目标表",
  unit: "万元",
  headers: [
    "项目名称",
    "资金总额",
    label[1],
    ...(label[0] === "over a grouped header" ? LEVELS.map((l) => `绩效指标/${l}`) : LEVELS),
  ],
  rows: lines.map((l, i) => [
    i === 0 ? "城乡居民医疗救助" : "",
    i === 0 ? "300.00" : "",
    label[2](i),
    ...l,
  ]),
});

const values = (r: ReturnType<typeof read>) =>
  r.targets?.projects.flatMap((p) => p.indicators.map((i) => i.value));

describe("a 绩效指标 label column left of the indicator columns", () => {
  const templates: readonly (readonly [string, Template])[] = [
    ["Henan", henan2024],
    ["national", nationalMinimum],
  ];
  for (const [name, template] of templates)
    it.each(LABELS)(
      `${name}, a table of projects, %s: read whole, nothing left over`,
      (...label) => {
        const r = read([projects(label)], template);
        expect(r.left).toEqual([]);
        expect(values(r)).toEqual(VALUES);
        expect(r.targets === undefined ? ["no targets"] : validateTargets(r.targets)).toEqual([]);
      },
    );

  it("is noted as a label column (info), its printed cells kept", () => {
    const label = LABELS[0] as Label;
    const r = readPrintedTable(projects(label), { template: henan2024 });
    const noted = r.problems.filter((p) => p.code === "label-column");
    expect(noted).toEqual([
      {
        code: "label-column",
        severity: "info",
        path: { header: 2, text: "绩效指标" },
        cells: ["绩效指标", "", "", ""],
      },
    ]);
  });

  it.each(LABELS.slice(0, 5))("Shanghai's form grid, %s: read whole", (...label) => {
    const header = {
      title: "2025年项目支出绩效目标申报表",
      headers: ["项目", "内容"],
      rows: [
        ["项目名称", "城乡居民医疗救助"],
        ["年度资金总额", "300.00"],
        ["年度绩效目标", "保障困难群众基本医疗需求"],
      ],
    };
    const grid = {
      title: header.title,
      headers: [label[1], ...LEVELS],
      rows: LINES.map((l, i) => [label[2](i), ...l]),
    };
    const r = read([header, grid], shanghai);
    expect(r.left).toEqual([]);
    expect(values(r)).toEqual(VALUES);
  });

  it("a department's 整体绩效目标表 with the label column: read whole", () => {
    const table = {
      title: "2025年部门整体支出绩效目标表",
      headers: ["绩效指标", ...LEVELS],
      rows: LINES.map((l, i) => [i === 0 ? "绩效指标" : "", ...l]),
    };
    const r = read([table], henan2024);
    expect(r.left).toEqual([]);
    expect(r.targets?.department?.indicators.map((i) => i.value)).toEqual(VALUES);
  });
});

describe("bites", () => {
  it("a column so headed that prints anything else is no label: an unknown column, its cells unread", () => {
    const r = read(
      [projects(["names", "绩效指标", (i) => (i === 1 ? "救助时效" : i === 0 ? "绩效指标" : "")])],
      henan2024,
    );
    expect(r.left.some((l) => l.includes("unknown-header"))).toBe(true);
    expect(r.left.some((l) => l.includes("救助时效"))).toBe(true);
  });

  it("a label column left of no indicator columns is none", () => {
    const table = {
      title: "2025年项目支出绩效目标表",
      unit: "万元",
      headers: ["绩效指标", "项目名称", "资金总额", ...LEVELS],
      rows: LINES.map((l, i) => [
        i === 0 ? "绩效指标" : "",
        i === 0 ? "城乡居民医疗救助" : "",
        i === 0 ? "300.00" : "",
        ...l,
      ]),
    };
    const r = readPrintedTable(table, { template: henan2024 });
    expect(r.problems.some((p) => p.code === "label-column")).toBe(false);
  });

  it("a wrong value beside a label column is still found", () => {
    const wrong = LINES.map((l) =>
      l[2] === "救助对象满意度"
        ? ["满意度指标", "服务对象满意度指标", "救助对象满意度", "≥95%～90%"]
        : l,
    );
    const r = read([projects(LABELS[0] as Label, wrong)], henan2024);
    const found = r.targets === undefined ? [] : validateTargets(r.targets);
    expect(found.map((p) => p.code)).toEqual(["malformed-value"]);
  });
});
