/**
 * Metamorphic: the text of a 绩效目标表 too long for its cell, wrapped onto the printed rows below,
 * as a PDF's text layer and table extractors give a tall cell (each line a row, the rest of the
 * text alone in its column):
 *
 * 1. a project's name (项目名称) wrapped onto a row of its own, or onto the project's next printed
 *    line when that line prints a further indicator (the name's cell is taller than one line);
 * 2. an indicator's 三级指标 or its 指标值 (one of the two, the other blank), with the rest of its
 *    指标值说明, wrapped onto a row of its own below;
 * 3. a department's 年度履职目标 and a task's 主要内容 (and its 任务名称) over several rows, and a
 *    project form's 年度目标 and 项目名称 continued on rows whose label cell is blank.
 *
 * Over every fixture with targets tables (the Henan fixture's tables 13 and 14: the check's
 * findings and outcomes, and the targets read from its printed sub-tables) and a Shanghai
 * 申报表: the targets read and what is left over must not change.
 *
 * Not varied: an indicator's name and value both wrapped onto the same row (a row printing both is
 * a further indicator: which of the two it is the printed rows do not say), and 一级 / 二级 cells
 * (printed once over their indicators, merged: a row printing one only is a new 二级).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../../src/catalog/2024";
import { readPrintedTable } from "../../src/printed";
import type { PrintedTable } from "../../src/printed/types";
import { henan2024, shanghai, type Template } from "../../src/templates";
import { henan2024Fixture } from "../fixtures/henan-2024";
import { readPrintedTargets } from "../support/disclosures";
import { CASES, checkFixture, FC_OPTIONS, mapTables, pick, projection } from "./support";

/** The roles of the columns a wrap moves text in: keys of the targets layout, by column index. */
type Role = "project" | "name" | "value" | "explanation" | "goal" | "task.name" | "task.content";

function rolesOf(t: PrintedTable, template: Template): (Role | undefined)[] {
  const r = readPrintedTable(t, { template, catalog: catalog2024.functional });
  const kind = template.tables.find((k) => k.id === r.table?.kind);
  const layout = kind?.targets;
  const out: (Role | undefined)[] = t.headers.map(() => undefined);
  if (layout === undefined) return out;
  const names = new Set([...(layout.groups ?? []).map((g) => g.name), layout.indicator?.name]);
  const values = new Set([...(layout.groups ?? []).map((g) => g.value), layout.indicator?.value]);
  for (const m of r.columns) {
    const k = m.key;
    if (m.column?.role === "name" && layout.form === "projects") out[m.index] = "project";
    else if (names.has(k)) out[m.index] = "name";
    else if (values.has(k)) out[m.index] = "value";
    else if (k === layout.indicator?.explanation) out[m.index] = "explanation";
    else if (layout.fields?.[k] === "goal") out[m.index] = "goal";
    else if (k === layout.tasks?.name) out[m.index] = "task.name";
    else if (k === layout.tasks?.content) out[m.index] = "task.content";
  }
  return out;
}

/**
 * The entry (an indicator's name and value, a task's name and content: two columns side by side)
 * a column is part of, by its first column.
 */
function groupOf(roles: readonly (Role | undefined)[], i: number): number {
  return roles[i] === "value" || roles[i] === "task.content" ? i - 1 : i;
}

/** The fewest characters a cell's first line prints. */
const HEAD = 4;

/**
 * `text` (five characters or more) cut at a place the seed picks: its first line (four characters
 * at least, as a cell is wide) and the rest.
 */
function cut(text: string, seed: number, ...at: number[]): [string, string] {
  const s = text.trim();
  const k = HEAD + pick(seed, s.length - HEAD, ...at);
  return [s.slice(0, k), s.slice(k)];
}

/** A printed targets table with some long cells wrapped onto the rows below. */
function wrapTable(t: PrintedTable, ti: number, template: Template, seed: number): PrintedTable {
  const roles = rolesOf(t, template);
  if (roles.every((r) => r === undefined)) return t;
  const rows: string[][] = [];
  const src = t.rows;
  // A project name's rest carried onto the next printed line (class 1, on the same row).
  let carry: { index: number; text: string } | undefined;
  src.forEach((row, ri) => {
    const head = [...row];
    if (carry !== undefined) {
      head[carry.index] = carry.text;
      carry = undefined;
    }
    const rests: string[][] = [];
    const restRow = (line: number) => {
      while (rests.length <= line) rests.push(row.map(() => ""));
      return rests[line] as string[];
    };
    const groupsCut = new Set<number>();
    roles.forEach((role, ci) => {
      const text = (row[ci] ?? "").trim();
      if (role === undefined || text.length <= HEAD || pick(seed, 2, ti, ri, ci) !== 0) return;
      if (role === "project") {
        // Only a project's row (no unit's, no total's): a project prints its 项目分类.
        if ((head[ci - 1] ?? "").length <= 6) return;
        const [a, b] = cut(text, seed, ti, ri, ci, 1);
        head[ci] = a;
        const next = src[ri + 1];
        const onNext =
          next !== undefined &&
          (next[ci - 1] ?? "") === "" &&
          (next[ci] ?? "") === "" &&
          pick(seed, 2, ti, ri, ci, 2) === 0;
        if (onNext) carry = { index: ci, text: b };
        else restRow(0)[ci] = b;
        return;
      }
      if (role !== "goal" && role !== "explanation") {
        const g = groupOf(roles, ci);
        if (groupsCut.has(g)) return;
        // Only an entry printing both its name and value (the rest alone in its column).
        if ((row[g] ?? "").trim() === "" || (row[g + 1] ?? "").trim() === "") return;
        groupsCut.add(g);
      }
      if (role === "goal" || role === "task.content") {
        // Over several rows: up to three cuts.
        let rest = text;
        let line = -1;
        const lines = 1 + pick(seed, 3, ti, ri, ci, 3);
        for (let l = 0; l < lines && rest.length > HEAD; l++) {
          const [a, b] = cut(rest, seed, ti, ri, ci, 4 + l);
          if (line < 0) head[ci] = a;
          else restRow(line)[ci] = a;
          rest = b;
          line++;
        }
        restRow(line)[ci] = rest;
        return;
      }
      const [a, b] = cut(text, seed, ti, ri, ci, 1);
      head[ci] = a;
      restRow(0)[ci] = b;
    });
    rows.push(head, ...rests);
  });
  return { ...t, rows };
}

const targetsTable = (t: PrintedTable) => t.title.includes("绩效");

const henanTable = (title: string): PrintedTable => {
  const t = henan2024Fixture.tables.find((x) => x.title === title);
  if (t === undefined) throw new Error(title);
  return t;
};

/** The Henan table 13 as its printed sub-tables (年度履职目标, 年度主要任务, 预算情况, indicators) and 14. */
function henanPrinted(): PrintedTable[] {
  const t13 = henanTable("部门（单位）整体绩效目标表");
  const d = henan2024Fixture.departmentTargets;
  if (d === undefined) throw new Error("no department targets");
  return [
    { title: t13.title, headers: ["年度履职目标"], rows: [[d.annualGoal]] },
    {
      title: t13.title,
      headers: ["年度主要任务/任务名称", "年度主要任务/主要内容"],
      rows: d.mainTasks.map((t) => [t.name, t.content]),
    },
    t13,
    henanTable("本级部门预算项目绩效目标汇总表"),
  ];
}

/** A Shanghai 申报表 (its header block, then its indicators). */
const SHANGHAI_FORM: PrintedTable[] = [
  {
    title: "2024年项目支出绩效目标申报表",
    headers: ["项目", "内容"],
    rows: [
      ["项目名称", "城乡居民医疗救助及困难群众临时救助"],
      ["主管部门", "上海市普陀区民政局"],
      ["实施单位", "上海市普陀区社会救助事务管理中心"],
      ["项目资金（万元）", ""],
      ["年度资金总额", "300.00"],
      ["其中：财政拨款", "280.00"],
      ["其他资金", "20.00"],
      ["年度绩效目标", "保障困难群众基本医疗需求，减轻困难群众就医负担，做到应救尽救、及时救助"],
    ],
  },
  {
    title: "2024年项目支出绩效目标申报表",
    headers: ["一级指标", "二级指标", "三级指标", "指标值"],
    rows: [
      ["产出指标", "数量指标", "医疗救助人次", "≥1200人次"],
      ["", "时效指标", "救助办理时限", "≤12（个工作日）"],
      ["效益指标", "社会效益指标", "困难群众就医负担", "有效减轻"],
      ["满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%"],
    ],
  },
];

/** A project form's label / content rows with some contents continued on rows of their own. */
function wrapForm(t: PrintedTable, seed: number): PrintedTable {
  if (t.headers[0] !== "项目") return t;
  const rows: string[][] = [];
  t.rows.forEach((row, ri) => {
    const [label = "", content = ""] = row;
    const wraps = /名称|目标|单位|部门/u.test(label) && content.length > HEAD;
    if (!wraps || pick(seed, 3, ri) === 0) {
      rows.push([...row]);
      return;
    }
    const [a, b] = cut(content, seed, ri, 1);
    rows.push([label, a], ["", b]);
  });
  return { ...t, rows };
}

describe("Henan 2024: targets tables' long cells wrapped", () => {
  const c = CASES.find((x) => x.name === "Henan 2024");
  if (c === undefined) throw new Error("no Henan case");
  const before = projection(checkFixture(c));
  const wrapped = (seed: number) =>
    mapTables(c.fixture, (t, ti) => (targetsTable(t) ? wrapTable(t, ti, henan2024, seed) : t));

  it("gives the same findings and outcomes", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        expect(projection(checkFixture(c, wrapped(seed)))).toEqual(before);
      }),
      FC_OPTIONS,
    );
  });

  it("bites: a wrong figure of a project whose texts are wrapped is still caught", () => {
    // 劳务派遣人员经费's 资金总额 3.60 against its 政府预算资金 3.50 (and the projects' sum).
    const wrong = mapTables(c.fixture, (t) => ({
      ...t,
      rows: t.rows.map((r) =>
        r[1] === "2024年劳务派遣人员经费" ? r.map((x, i) => (i === 3 ? "3.60" : x)) : [...r],
      ),
    }));
    const caught = projection(checkFixture(c, wrong), { serious: true });
    const serious = projection(checkFixture(c), { serious: true });
    expect(caught.filter((l) => !serious.includes(l)).length).toBeGreaterThan(0);
    let cutName = 0;
    for (const seed of [1, 2, 3, 4]) {
      const wrapped = mapTables(wrong, (t, ti) =>
        targetsTable(t) ? wrapTable(t, ti, henan2024, seed) : t,
      );
      const names = wrapped.tables.filter(targetsTable).flatMap((t) => t.rows.map((r) => r[1]));
      if (!names.includes("2024年劳务派遣人员经费")) cutName++;
      expect(projection(checkFixture(c, wrapped), { serious: true })).toEqual(caught);
    }
    expect(cutName).toBeGreaterThan(0);
  });

  const printed = henanPrinted();
  const read = readPrintedTargets(printed, henan2024);

  it("reads the same targets from the printed sub-tables, nothing more left over", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const after = readPrintedTargets(
          printed.map((t, ti) => wrapTable(t, ti, henan2024, seed)),
          henan2024,
        );
        expect(after.left).toEqual(read.left);
        expect(after.targets).toEqual(read.targets);
      }),
      FC_OPTIONS,
    );
  });

  it("wraps cells of every targets table (the property is not vacuous)", () => {
    for (const seed of [1, 2, 3]) {
      const after = printed.map((t, ti) => wrapTable(t, ti, henan2024, seed));
      const grown = after.filter((t, i) => t.rows.length > (printed[i]?.rows.length ?? 0));
      expect(grown.length).toBeGreaterThanOrEqual(printed.length - 1);
    }
  });
});

describe("a Shanghai 申报表: long contents and indicators wrapped", () => {
  const read = readPrintedTargets(SHANGHAI_FORM, shanghai);

  it("reads the same target, nothing left over", () => {
    expect(read.left).toEqual([]);
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const after = readPrintedTargets(
          SHANGHAI_FORM.map((t, ti) => wrapTable(wrapForm(t, seed), ti, shanghai, seed)),
          shanghai,
        );
        expect(after.left).toEqual([]);
        expect(after.targets).toEqual(read.targets);
      }),
      FC_OPTIONS,
    );
  });
});
