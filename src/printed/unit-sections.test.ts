/**
 * Unit rows of a table by 科目 printed without a code in the code columns: the code before the
 * name (`[301001]某区第一中学`, budget systems' print), the name alone (a unit the caller names,
 * or one it does not: the rows under it are kept unplaced, never read as the department's).
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../catalog/2024";
import { rowKeyId } from "../disclosure";
import { henan2024, nationalMinimum } from "../templates";
import { type ReadOptions, readPrintedTable } from "./read";
import type { PrintedTable } from "./types";

const HEADERS = [
  "科目编码/类",
  "科目编码/款",
  "科目编码/项",
  "科目名称",
  "合计",
  "基本支出",
  "项目支出",
];

/** A department's 支出总表: its own 2050101 row, then each unit's, headed by `heading`. */
const table = (heading: (code: string, name: string) => string[]): PrintedTable => ({
  title: "2024年部门支出总表",
  unit: "万元",
  headers: HEADERS,
  rows: [
    ["", "", "", "合计", "30.00", "30.00", ""],
    ["205", "01", "01", "行政运行", "30.00", "30.00", ""],
    [...heading("301001", "某区教育局本级"), "10.00", "10.00", ""],
    ["205", "01", "01", "行政运行", "10.00", "10.00", ""],
    [...heading("301002", "某区第一中学"), "20.00", "20.00", ""],
    ["205", "01", "01", "行政运行", "20.00", "20.00", ""],
  ],
});

const read = (t: PrintedTable, options: Partial<ReadOptions> = {}) =>
  readPrintedTable(t, { template: nationalMinimum, catalog: catalog2024.functional, ...options });
const keys = (t: PrintedTable, options: Partial<ReadOptions> = {}) =>
  read(t, options).table?.rows.map((r) => rowKeyId(r.key));

const UNIT_KEYS = [
  "total",
  "functional:2050101",
  "org:301001",
  "functional:2050101",
  "org:301002",
  "functional:2050101",
];

describe("a unit's code printed before its name, the code columns blank", () => {
  it.each([
    ["[301001]某区教育局本级", (c: string, n: string) => `[${c}]${n}`],
    ["【301001】某区教育局本级", (c: string, n: string) => `【${c}】${n}`],
    ["（301001）某区教育局本级", (c: string, n: string) => `（${c}）${n}`],
    ["301001 某区教育局本级", (c: string, n: string) => `${c} ${n}`],
    ["301001-某区教育局本级", (c: string, n: string) => `${c}-${n}`],
    ["301001某区教育局本级", (c: string, n: string) => `${c}${n}`],
    [
      "３０１００１　某区教育局本级 (full width)",
      (c: string, n: string) =>
        `${c.replace(/[0-9]/gu, (d) => String.fromCodePoint(0xff10 + Number(d)))}\u3000${n}`,
    ],
  ])("%s is the unit's row", (_, print) => {
    const t = table((code, name) => ["", "", "", print(code, name)]);
    expect(keys(t)).toEqual(UNIT_KEYS);
    expect(read(t).problems.filter((p) => p.severity !== "info")).toEqual([]);
  });

  it("a year, a 类 or a 项 code before a name is none: 2024年… is a project, 201 一般公共服务支出 no unit", () => {
    const projects: PrintedTable = {
      title: "2024年项目支出预算表",
      unit: "万元",
      headers: ["项目名称", "合计"],
      rows: [
        ["合计", "5.00"],
        ["2024年机关运行保障经费", "5.00"],
      ],
    };
    const r = readPrintedTable(projects, { template: henan2024 });
    expect(r.table?.rows.map((row) => row.key.kind)).toEqual(["total", "project"]);
    for (const label of [
      "201 一般公共服务支出",
      "2010301 行政运行",
      "20103 政府办公厅（室）及相关机构事务",
    ]) {
      const t = table(() => ["", "", "", label]);
      expect(
        read(t).table?.rows.some((row) => row.key.kind === "org"),
        label,
      ).toBe(false);
    }
  });
});

describe("a unit printed by its name alone", () => {
  const byName = table((_, name) => ["", "", "", name]);

  it("is the unit the caller names (ReadOptions.units), by its name", () => {
    const units = [
      { code: "301001", name: "某区教育局本级" },
      { code: "301002", name: "某区第一中学" },
    ];
    expect(keys(byName, { units })).toEqual(UNIT_KEYS);
  });

  it("a 3-digit code before the name of the unit the caller gave it (the department's `301 某区教育局`)", () => {
    const t: PrintedTable = {
      ...byName,
      rows: [["", "", "", "301 某区教育局", "30.00", "30.00", ""], ...byName.rows.slice(1)],
    };
    const units = [
      { code: "301", name: "某区教育局" },
      { code: "301001", name: "某区教育局本级" },
      { code: "301002", name: "某区第一中学" },
    ];
    expect(keys(t, { units })?.slice(0, 3)).toEqual([
      "org:301",
      "functional:2050101",
      "org:301001",
    ]);
    expect(keys(t, { units: units.slice(1) })?.[0]).toBe("unplaced:301 某区教育局");
  });

  it("named by no one, its block's figures adding up to the total with the others': the unit's row, keyed by its name", () => {
    const r = read(byName);
    expect(r.table?.rows.map((row) => rowKeyId(row.key))).toEqual([
      "total",
      "functional:2050101",
      "org:某区教育局本级",
      "functional:2050101",
      "org:某区第一中学",
      "functional:2050101",
    ]);
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
  });

  it("named by no one, the blocks not adding up to the total: heading and rows unplaced (under the heading), never the department's duplicates", () => {
    const t: PrintedTable = {
      ...byName,
      rows: byName.rows.map((row, i) =>
        i === 4 ? ["", "", "", "某区第一中学", "21.00", "21.00", ""] : row,
      ),
    };
    const r = read(t);
    expect(r.table?.rows.map((row) => rowKeyId(row.key))).toEqual([
      "total",
      "functional:2050101",
      "unplaced:某区教育局本级",
      "unplaced:行政运行",
      "unplaced:某区第一中学",
      "unplaced:行政运行",
    ]);
    expect(r.problems.filter((p) => p.code === "duplicate-row")).toEqual([]);
    expect(
      r.problems.flatMap((p) => (p.code === "unplaced-row" ? [[p.path.row, p.under]] : [])),
    ).toEqual([
      [2, undefined],
      [3, 2],
      [4, undefined],
      [5, 4],
    ]);
  });

  it("a name two units share names neither; a 科目 printed without its code or a 小计 heads no unit", () => {
    const units = [
      { code: "301001", name: "某区教育局本级" },
      { code: "301009", name: "某区教育局本级" },
    ];
    expect(keys(byName, { units })?.[2]).toBe("unplaced:某区教育局本级");
    for (const label of ["一般行政管理事务", "小计"]) {
      const t = table((code, name) =>
        code === "301001" ? ["", "", "", label] : [code, "", "", name],
      );
      const r = read(t);
      // No unit's row: the label is not read as a unit's heading…
      expect(r.table?.rows.map((row) => rowKeyId(row.key)).slice(2, 4), label).toEqual([
        `unplaced:${label}`,
        "unplaced:行政运行",
      ]);
      // …but the 2050101 under it, repeating the department's above with another figure, is
      // told apart by it: kept unplaced (coverage), never the department's 2050101 twice.
      expect(r.problems.filter((p) => p.code === "duplicate-row")).toEqual([]);
      expect(
        r.problems.flatMap((p) => (p.code === "unplaced-row" ? [[p.path.row, p.under]] : [])),
      ).toEqual([
        [2, undefined],
        [3, 2],
      ]);
    }
  });
});

describe("a table of projects printing a 项目编码 before the project's name", () => {
  const projects = (names: readonly string[]): PrintedTable => ({
    title: "2024年项目支出预算表",
    unit: "万元",
    headers: ["项目名称", "合计", "一般公共预算"],
    rows: [
      ["合计", "30.00", "30.00"],
      ...names.map((n, i) => [n, `${10 * (i + 1)}.00`, `${10 * (i + 1)}.00`]),
    ],
  });
  const readProjects = (t: PrintedTable, options: Partial<ReadOptions> = {}) =>
    readPrintedTable(t, { template: henan2024, ...options }).table?.rows.map((r) =>
      rowKeyId(r.key),
    );

  it.each([
    ["41030524000001 某项目", "41030524000002 另一项目"],
    ["410305240001-某项目", "410305240002-另一项目"],
  ])("%s: the rows are projects, not units", (a, b) => {
    const keys = readProjects(projects([a, b]));
    expect(keys?.[0]).toBe("total");
    expect(keys?.slice(1).every((k) => k.startsWith("project:"))).toBe(true);
  });

  it("a unit the caller named with its code still heads its projects", () => {
    const units = [{ code: "301001", name: "某区第一中学" }];
    const keys = readProjects(projects(["[301001]某区第一中学", "某项目"]), { units });
    expect(keys?.slice(1, 3)).toEqual(["org:301001", "project:某项目"]);
  });
});

describe("a unit's rows closed by a 小计", () => {
  /** Each unit a heading (`[code]name`, no figure), its rows, then `label`; the 合计 last. */
  const closed = (label: (name: string) => string, perClass = false): PrintedTable => ({
    title: "2024年部门支出总表",
    unit: "万元",
    headers: HEADERS,
    rows: [
      ["", "", "", "[301001]某区教育局本级", "", "", ""],
      ["205", "01", "01", "行政运行", "10.00", "10.00", ""],
      ...(perClass ? [["", "", "", "小计", "10.00", "10.00", ""]] : []),
      ["208", "05", "05", "机关事业单位基本养老保险缴费支出", "2.00", "2.00", ""],
      ["", "", "", label("某区教育局本级"), "12.00", "12.00", ""],
      ["", "", "", "[301002]某区第一中学", "", "", ""],
      ["205", "02", "03", "初中教育", "20.00", "20.00", ""],
      ["", "", "", label("某区第一中学"), "20.00", "20.00", ""],
      ["", "", "", "合计", "32.00", "32.00", ""],
    ],
  });

  it.each([
    ["小计", () => "小计"],
    ["小  计", () => "小  计"],
    ["the unit's name before it", (n: string) => `${n}小计`],
    ["本单位小计", () => "本单位小计"],
  ])("%s: the unit's row, no problem", (_, label) => {
    const r = read(closed(label));
    expect(r.table?.rows.map((x) => rowKeyId(x.key))).toEqual([
      "org:301001",
      "functional:2050101",
      "functional:2080505",
      "org:301001",
      "org:301002",
      "functional:2050203",
      "org:301002",
      "total",
    ]);
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
  });

  it("合计 for each unit, 总计 for the department: each 合计 the unit's row", () => {
    const t = closed(() => "合计");
    const rows = t.rows.map((r) =>
      r[3] === "合计" && r[4] === "32.00" ? ["", "", "", "总计", ...r.slice(4)] : r,
    );
    expect(keys({ ...t, rows })).toEqual([
      "org:301001",
      "functional:2050101",
      "functional:2080505",
      "org:301001",
      "org:301002",
      "functional:2050203",
      "org:301002",
      "total",
    ]);
  });

  it.each(["合计", "小计"])(
    "the department's total printed first, each unit closed by %s: the last one the unit's too",
    (label) => {
      const t = closed(() => label);
      const last = t.rows[t.rows.length - 1] as readonly string[];
      const rows = [["", "", "", "总计", ...last.slice(4)], ...t.rows.slice(0, -1)];
      const r = read({ ...t, rows });
      expect(r.table?.rows.map((x) => rowKeyId(x.key))).toEqual([
        "total",
        "org:301001",
        "functional:2050101",
        "functional:2080505",
        "org:301001",
        "org:301002",
        "functional:2050203",
        "org:301002",
      ]);
      expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
      // Labelled 合计 too.
      const same = rows.map((x, i) => (i === 0 ? ["", "", "", "合计", ...x.slice(4)] : x));
      expect(keys({ ...t, rows: same })?.at(-1)).toBe("org:301002");
    },
  );

  it("a 合计 per 类 inside a unit's rows: no unit's row, nor the table's total (unplaced)", () => {
    const t = closed(() => "小计", true);
    const rows = t.rows.map((r) =>
      r[3] === "小计"
        ? ["", "", "", "合计", ...r.slice(4)]
        : r[3] === "合计"
          ? ["", "", "", "总计", ...r.slice(4)]
          : r,
    );
    const read = keys({ ...t, rows });
    expect(read?.slice(0, 5)).toEqual([
      "org:301001",
      "functional:2050101",
      "unplaced:合计",
      "functional:2080505",
      "unplaced:合计",
    ]);
    expect(read?.at(-1)).toBe("total");
  });

  it("a section printing several (a 小计 per 类): none is guessed the unit's", () => {
    const rows = read(closed(() => "小计", true)).table?.rows.map((x) => rowKeyId(x.key));
    expect(rows?.slice(0, 6)).toEqual([
      "org:301001",
      "functional:2050101",
      "unplaced:小计",
      "functional:2080505",
      "unplaced:小计",
      "org:301002",
    ]);
    expect(rows?.[7]).toBe("org:301002");
  });

  it.each([
    ["合计 per 类, 总计 last", "合计", "总计", false],
    ["总计 first, 合计 per 类", "合计", "总计", true],
    ["小计 per 类, 合计 last", "小计", "合计", false],
  ])(
    "a table without units, %s: the repeated label totals a group (unplaced)",
    (_, group, total, first) => {
      const grand = ["", "", "", total, "12.00", "12.00", ""];
      const t: PrintedTable = {
        ...closed(() => "小计"),
        rows: [
          ...(first ? [grand] : []),
          ["205", "01", "01", "行政运行", "10.00", "10.00", ""],
          ["", "", "", group, "10.00", "10.00", ""],
          ["208", "05", "05", "机关事业单位基本养老保险缴费支出", "2.00", "2.00", ""],
          ["", "", "", group, "2.00", "2.00", ""],
          ...(first ? [] : [grand]),
        ],
      };
      const read = keys(t);
      expect(read?.filter((k) => k === "total")).toEqual(["total"]);
      // A 小计 closing a 类 that prints no row is that 类's row (see class-subtotals.ts).
      const grouped = group === "小计" ? ["functional:205", "functional:208"] : [];
      expect(read?.filter((k) => k === `unplaced:${group}`).length).toBe(2 - grouped.length);
      for (const g of grouped) expect(read).toContain(g);
    },
  );

  it("every total labelled alike (合计 per 类 and for the table): nothing decided", () => {
    const t: PrintedTable = {
      ...closed(() => "小计"),
      rows: [
        ["205", "01", "01", "行政运行", "10.00", "10.00", ""],
        ["", "", "", "合计", "10.00", "10.00", ""],
        ["", "", "", "合计", "10.00", "10.00", ""],
      ],
    };
    expect(keys(t)).toEqual(["functional:2050101", "total", "total"]);
  });

  it("a 小计 in a table without units (a 类's subtotal) is the 类's row, never a unit's", () => {
    const t: PrintedTable = {
      ...closed(() => "小计"),
      rows: [
        ["205", "01", "01", "行政运行", "10.00", "10.00", ""],
        ["", "", "", "小计", "10.00", "10.00", ""],
        ["", "", "", "合计", "10.00", "10.00", ""],
      ],
    };
    expect(keys(t)).toEqual(["functional:2050101", "functional:205", "total"]);
  });

  it("a 小计 under a unit the reader could not place: the unit's where it closes the whole table, else unplaced", () => {
    const rows = (total: string) => [
      ["", "", "", "某区某单位", "", "", ""],
      ["205", "01", "01", "行政运行", "10.00", "10.00", ""],
      ["", "", "", "小计", "10.00", "10.00", ""],
      ["", "", "", "合计", total, total, ""],
    ];
    const t = (total: string): PrintedTable => ({ ...closed(() => "小计"), rows: rows(total) });
    expect(keys(t("10.00"))).toEqual([
      "org:某区某单位",
      "functional:2050101",
      "org:某区某单位",
      "total",
    ]);
    expect(keys(t("12.00"))).toEqual([
      "unplaced:某区某单位",
      "unplaced:行政运行",
      "unplaced:小计",
      "total",
    ]);
  });
});
