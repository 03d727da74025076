import { describe, expect, it } from "vitest";
import type { Disclosure } from "../disclosure";
import { parseDisclosure, parseDisclosureJson } from "./parse";
import { serializeDisclosure, stringifyDisclosure } from "./serialize";

const DEPT = "中国共产党洛阳市涧西区委员会办公室";

const disclosure: Disclosure = {
  meta: {
    year: 2024,
    documentKind: "部门",
    template: "henan2024",
    department: { code: "116", name: DEPT },
    units: [{ code: "116001", name: DEPT, unitType: "行政" }],
    regionCode: "410305",
  },
  tables: [
    {
      kind: "expenditure",
      title: "2024年部门支出预算表",
      number: "03",
      unit: "万元",
      rows: [
        {
          key: { kind: "total" },
          name: "合计",
          cells: { total: "969.06", basic: "682.06", project: "287.00" },
        },
        {
          key: { kind: "functional", code: "2013101" },
          name: "行政运行",
          cells: { total: "558.07", basic: "" },
        },
      ],
    },
    {
      kind: "gpbBasic",
      unit: "万元",
      rows: [
        {
          key: { kind: "economic", econ: "30107", gov: "50501" },
          name: "绩效工资",
          cells: { total: "50.00" },
        },
      ],
    },
    {
      kind: "govFundExpenditure",
      unit: "万元",
      rows: [],
      note: "本部门无政府性基金预算拨款安排的支出。",
    },
    {
      kind: "departmentTargets",
      unit: "万元",
      rows: [
        { key: { kind: "indicator", index: 0 }, cells: { level3: "预算执行率", value: "≥90%" } },
      ],
      texts: { annualGoal: "保障机关正常运转" },
    },
  ],
  texts: [{ title: "情况说明", body: "收入总计 969.06万元" }],
};

function document(): Record<string, unknown> {
  return JSON.parse(stringifyDisclosure(disclosure)) as Record<string, unknown>;
}

function issuesOf(input: unknown) {
  const r = parseDisclosure(input);
  if (r.ok) throw new Error("expected issues");
  return r.error;
}

describe("serialize and parse", () => {
  it("a document reads back to an equal, frozen disclosure", () => {
    const r = parseDisclosureJson(stringifyDisclosure(disclosure));
    expect(r).toEqual({ ok: true, value: disclosure });
    expect(r.ok && Object.isFrozen(r.value.tables[0]?.rows[1]?.cells)).toBe(true);
  });

  it("the document has the format tag and version first, and no undefined properties", () => {
    const doc = serializeDisclosure(disclosure);
    expect(Object.keys(doc)).toEqual(["format", "version", "meta", "tables", "texts"]);
    expect(doc.format).toBe("yusuan.disclosure");
    expect(doc.version).toBe(1);
    expect(JSON.stringify(doc)).toBe(stringifyDisclosure(disclosure, 0));
    expect(Object.keys(doc.tables[1] ?? {})).toEqual(["kind", "unit", "rows"]);
  });

  it("a table's unit line naming no known unit (`unknownUnit`) reads back, checked and fast", () => {
    const first = disclosure.tables[0];
    if (first === undefined) throw new Error("no table");
    const marked: Disclosure = {
      ...disclosure,
      tables: [{ ...first, unknownUnit: "单位：千元" }, ...disclosure.tables.slice(1)],
    };
    const text = stringifyDisclosure(marked);
    expect(Object.keys(serializeDisclosure(marked).tables[0] ?? {})).toContain("unknownUnit");
    expect(parseDisclosureJson(text)).toEqual({ ok: true, value: marked });
    expect(parseDisclosure(JSON.parse(text))).toEqual({ ok: true, value: marked });
    const wrong = JSON.parse(text);
    wrong.tables[0].unknownUnit = 1000;
    expect(parseDisclosure(wrong).ok).toBe(false);
  });

  it("an empty `unknownUnit` is rejected: it would hide the table from every comparison", () => {
    const first = disclosure.tables[0];
    if (first === undefined) throw new Error("no table");
    for (const unknownUnit of ["", "单位：千元"]) {
      const text = stringifyDisclosure({
        ...disclosure,
        tables: [{ ...first, unknownUnit }, ...disclosure.tables.slice(1)],
      });
      // through the fast reader and through zod
      const fromText = parseDisclosureJson(text);
      const fromValue = parseDisclosure(JSON.parse(text));
      expect([unknownUnit, fromText.ok, fromValue.ok]).toEqual([
        unknownUnit,
        unknownUnit !== "",
        unknownUnit !== "",
      ]);
      if (!fromValue.ok) expect(fromValue.error[0]?.path).toEqual(["tables", 0, "unknownUnit"]);
    }
  });

  it("a table's columns of another period (`otherPeriods`) read back, checked and fast", () => {
    const first = disclosure.tables[0];
    if (first === undefined) throw new Error("no table");
    const otherPeriods = {
      "extra:上年预算数": "prior",
      "extra:增减额": "change",
      "extra:年初预算数/基本支出": "budget",
    } as const;
    const marked: Disclosure = {
      ...disclosure,
      tables: [{ ...first, otherPeriods }, ...disclosure.tables.slice(1)],
    };
    const text = stringifyDisclosure(marked);
    expect(serializeDisclosure(marked).tables[0]?.otherPeriods).toEqual(otherPeriods);
    expect(parseDisclosureJson(text)).toEqual({ ok: true, value: marked });
    expect(parseDisclosure(JSON.parse(text))).toEqual({ ok: true, value: marked });
    // a period other than last year's or a change, through the fast reader and through zod
    const wrong = JSON.parse(text);
    wrong.tables[0].otherPeriods["extra:增减额"] = "later";
    expect(parseDisclosureJson(JSON.stringify(wrong)).ok).toBe(false);
    const r = parseDisclosure(wrong);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error[0]?.path).toEqual(["tables", 0, "otherPeriods", "extra:增减额"]);
  });

  it("accepts a $schema property and drops it, with format and version, from the disclosure", () => {
    const r = parseDisclosure({ $schema: "./node_modules/yusuan/schema.json", ...document() });
    expect(r).toEqual({ ok: true, value: disclosure });
  });
});

describe("parseDisclosure: issues with paths", () => {
  it("a missing required property", () => {
    const { meta: _, ...rest } = document();
    expect(issuesOf(rest)).toEqual([{ code: "missing", path: ["meta"] }]);
  });

  it("a value of the wrong type, and the root itself", () => {
    const doc = document();
    expect(issuesOf({ ...doc, texts: "none" })).toEqual([
      { code: "invalid-type", path: ["texts"], input: "none", expected: "array" },
    ]);
    expect(issuesOf(null)).toEqual([
      { code: "invalid-type", path: [], input: null, expected: "object" },
    ]);
  });

  it("a value that is not one of the allowed ones: unit, format tag, version", () => {
    const doc = document();
    const tables = doc.tables as Record<string, unknown>[];
    const wrongUnit = { ...doc, tables: [{ ...tables[0], unit: "千元" }] };
    expect(issuesOf(wrongUnit)).toEqual([
      {
        code: "invalid-value",
        path: ["tables", 0, "unit"],
        input: "千元",
        expected: ["元", "万元", "亿元"],
      },
    ]);
    expect(issuesOf({ ...doc, format: "xbrl", version: 2 })).toEqual([
      { code: "invalid-value", path: ["format"], input: "xbrl", expected: ["yusuan.disclosure"] },
      { code: "invalid-value", path: ["version"], input: 2, expected: [1] },
    ]);
  });

  it("a row key with an unknown or absent kind points at the kind", () => {
    const base = document();
    const rowsWith = (key: unknown) => ({
      ...base,
      tables: [{ kind: "sanGong", unit: "万元", rows: [{ key, cells: {} }] }],
    });
    const kinds = [
      "total",
      "org",
      "functional",
      "economic",
      "project",
      "line",
      "single",
      "indicator",
      "unplaced",
    ];
    expect(issuesOf(rowsWith({ kind: "unit", code: "116" }))).toEqual([
      {
        code: "invalid-value",
        path: ["tables", 0, "rows", 0, "key", "kind"],
        input: "unit",
        expected: kinds,
      },
    ]);
    expect(issuesOf(rowsWith({ code: "116" }))).toEqual([
      { code: "missing", path: ["tables", 0, "rows", 0, "key", "kind"] },
    ]);
    expect(issuesOf(rowsWith({ kind: "functional" }))).toEqual([
      { code: "missing", path: ["tables", 0, "rows", 0, "key", "code"] },
    ]);
    expect(issuesOf(rowsWith({ kind: "indicator", index: -1 }))).toEqual([
      { code: "too-small", path: ["tables", 0, "rows", 0, "key", "index"], input: -1, minimum: 0 },
    ]);
    expect(issuesOf(rowsWith({ kind: "indicator", index: 1.5 }))).toEqual([
      {
        code: "invalid-type",
        path: ["tables", 0, "rows", 0, "key", "index"],
        input: 1.5,
        expected: "int",
      },
    ]);
  });

  it("an unknown property, one issue per key, pointing at it", () => {
    const doc = document();
    expect(issuesOf({ ...doc, tabels: [], note: "" })).toEqual([
      { code: "unknown-key", path: ["tabels"], key: "tabels", suggestions: ["tables"] },
      { code: "unknown-key", path: ["note"], key: "note", suggestions: [] },
    ]);
  });

  it("a non-string cell, and a __proto__ cell key, which is reported rather than lost", () => {
    const doc = document();
    const withCell = (cells: string) =>
      JSON.parse(
        JSON.stringify({ ...doc, tables: [] }).replace(
          '"tables":[]',
          `"tables":[{"kind":"sanGong","unit":"万元","rows":[{"key":{"kind":"single"},"cells":${cells}}]}]`,
        ),
      );
    expect(issuesOf(withCell('{"total":6.5}'))).toEqual([
      {
        code: "invalid-type",
        path: ["tables", 0, "rows", 0, "cells", "total"],
        input: 6.5,
        expected: "string",
      },
    ]);
    expect(issuesOf(withCell('{"total":"6.50","__proto__":"x"}'))).toEqual([
      {
        code: "reserved-key",
        path: ["tables", 0, "rows", 0, "cells", "__proto__"],
        key: "__proto__",
      },
    ]);
  });

  it("a JavaScript value with an undefined optional property is a wrong type, not a missing value", () => {
    const doc = document();
    expect(issuesOf({ ...doc, $schema: undefined })).toEqual([
      { code: "invalid-type", path: ["$schema"], input: undefined, expected: "string" },
    ]);
  });
});

describe("parseDisclosureJson", () => {
  it("text that is not JSON is one invalid-json issue at the root", () => {
    const r = parseDisclosureJson('{"format": "yusuan.disclosure",');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toHaveLength(1);
    expect(r.error[0]).toMatchObject({
      code: "invalid-json",
      path: [],
      input: '{"format": "yusuan.disclosure",',
    });
  });
});

describe("performance targets in the document", () => {
  const targets = {
    unit: "万元",
    projects: [
      {
        name: "2024年通联值班费",
        code: "410305240000000017294",
        money: { total: "10.00", government: "10.00", specialAccount: "" },
        indicators: [
          { level1: "产出指标", level2: "数量指标", name: "每天值班次数", value: "≥2次／天" },
        ],
      },
    ],
    department: {
      tasks: [{ name: "会务保障", content: "做好重要会议活动的组织协调工作。" }],
      budget: { total: "969.06", basic: "682.06", project: "287.00" },
      indicators: [
        { level1: "满意度", name: "", value: "≥90%", explanation: "" },
        // Every optional text of an indicator: 评（扣）分标准, 中期指标值, 分值.
        {
          level1: "产出指标",
          name: "公文办理",
          value: "按时办结",
          standard: "逾期一件扣1分",
          midTermValue: "按时办结",
          weight: "30",
        },
      ],
    },
  };

  it("are optional, read as given and written back the same", () => {
    const r = parseDisclosure({ ...document(), targets });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.targets).toEqual(targets);
    expect(serializeDisclosure(r.value).targets).toEqual(targets);
    const without = parseDisclosure(document());
    expect(without.ok && "targets" in without.value).toBe(false);
  });

  it("reject unknown properties and money lines, with their paths", () => {
    const bad = {
      ...targets,
      projects: [
        { ...targets.projects[0], colour: "red", money: { total: "1.00", lottery: "2.00" } },
      ],
    };
    expect(
      issuesOf({ ...document(), targets: bad }).map((i) => `${i.code} ${i.path.join(".")}`),
    ).toEqual([
      "unknown-key targets.projects.0.money.lottery",
      "unknown-key targets.projects.0.colour",
    ]);
    expect(
      issuesOf({ ...document(), targets: { ...targets, unit: "千元" } }).map((i) =>
        i.path.join("."),
      ),
    ).toEqual(["targets.unit"]);
  });
});
