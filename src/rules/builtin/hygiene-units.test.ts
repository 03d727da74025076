import { describe, expect, it } from "vitest";
import { amount } from "../../amount";
import type { Fact } from "../../facts";
import { messageLabels } from "../labels";
import type { Finding, RuleContext } from "../types";
import { emptyNoteRule } from "./empty-note";
import {
  blankRule,
  cellProblemsRule,
  duplicateRowRule,
  misprintRule,
  negativeRule,
  projectCodeRule,
} from "./hygiene";

/**
 * The hygiene rules on lowered tables written out here (only what each rule reads): the template
 * marks a rule honours (allowNegative on a column or a line), which rows and cells each counts,
 * and each message word for word with raw ids as labels.
 */

const fact = (raw: string, row: string, column = "total"): Fact => ({
  concept: "spending",
  coords: {},
  value: raw === "" ? null : amount(raw),
  source: { table: "t", row, column, raw },
});
type Key = { kind: string; [k: string]: unknown };
interface FakeRow {
  key: Key;
  facts?: Fact[];
  cells?: Record<string, string>;
}
interface FakeTable {
  kind?: object;
  note?: string;
  rows?: FakeRow[];
  problems?: object[];
}
const ctxOf = (tables: FakeTable[], more: object = {}): RuleContext =>
  ({
    tables: tables.map((t) => ({
      kind: t.kind,
      table: {
        kind: "t",
        ...(t.note === undefined ? {} : { note: t.note }),
        rows: (t.rows ?? []).map((r) => ({ key: r.key, cells: r.cells ?? {} })),
      },
      rows: (t.rows ?? []).map((r, index) => ({
        row: { key: r.key },
        id: `${r.key.kind}:${String(r.key.code ?? r.key.line ?? index)}`,
        index,
        facts: r.facts ?? [],
      })),
      problems: t.problems ?? [],
    })),
    disclosure: { meta: { year: 2024 } },
    comparisons: new Map(),
    ...more,
  }) as unknown as RuleContext;
const labels = messageLabels();

describe("amount.negative", () => {
  const kind = {
    columns: [{ key: "total" }, { key: "change", allowNegative: true }],
    lines: [{ id: "diff", allowNegative: true }, { id: "revenue" }],
  };

  it("a negative in a column or on a line the template marks allowNegative is no finding", () => {
    const r = negativeRule.check(
      ctxOf([
        {
          kind,
          rows: [
            { key: { kind: "line", line: "diff" }, facts: [fact("-1.00", "line:diff")] },
            {
              key: { kind: "line", line: "revenue" },
              facts: [fact("-2.00", "line:revenue", "change")],
            },
          ],
        },
      ]),
      "warning",
    );
    expect(r).toEqual({ outcome: "pass", findings: [], checked: [] });
  });

  it("elsewhere it is, at the configured severity", () => {
    const r = negativeRule.check(
      ctxOf([
        {
          kind,
          rows: [
            { key: { kind: "line", line: "revenue" }, facts: [fact("-2.00", "line:revenue")] },
          ],
        },
      ]),
      "error",
    );
    expect(r.outcome).toBe("fail");
    expect(r.findings.map((f) => [f.severity, f.path?.row, f.path?.raw])).toEqual([
      ["error", "line:revenue", "-2.00"],
    ]);
    expect(negativeRule.message(r.findings[0] as Finding, labels)).toEqual({
      "zh-CN": "【t】“revenue”行「total」列（-2.00） 为负数。",
      en: '[t] line "revenue", column "total" (-2.00) is negative.',
    });
  });

  it("a table the template does not know allows none; a blank is no amount but counts", () => {
    const r = negativeRule.check(
      ctxOf([{ rows: [{ key: { kind: "total" }, facts: [fact("-0.01", "total")] }] }]),
      "warning",
    );
    expect(r.findings).toHaveLength(1);
    const blank = negativeRule.check(
      ctxOf([{ rows: [{ key: { kind: "total" }, facts: [fact("", "total")] }] }]),
      "warning",
    );
    expect(blank.outcome).toBe("pass");
    expect(
      negativeRule.check(ctxOf([{ rows: [{ key: { kind: "total" } }] }]), "warning").outcome,
    ).toBe("not-applicable");
  });
});

describe("rows.duplicate", () => {
  const row = (code: string, raw: string): FakeRow => ({
    key: { kind: "functional", code },
    facts: [fact(raw, `functional:${code}`)],
  });

  it("a repeat of a blank row is info, naming the first row by its place (1-based)", () => {
    const r = duplicateRowRule.check(
      ctxOf([{ rows: [row("201", "1.00"), row("202", ""), row("202", "3.00")] }]),
      "error",
    );
    expect(r.findings.map((f) => [f.severity, f.params.first, f.path])).toEqual([
      ["info", 2, { table: "t", row: "functional:202", column: "", raw: "" }],
    ]);
    expect(r.outcome).toBe("pass");
    expect(duplicateRowRule.message(r.findings[0] as Finding, labels)).toEqual({
      "zh-CN": "【t】202 行：该行与第 2 行重复。",
      en: "[t] row 202: this row repeats row 2.",
    });
  });

  it("two rows with figures conflict at the configured severity; a third repeat is reported too", () => {
    const r = duplicateRowRule.check(
      ctxOf([{ rows: [row("201", "1.00"), row("201", "2.00"), row("201", "")] }]),
      "warning",
    );
    expect(r.findings.map((f) => [f.severity, f.params.first])).toEqual([
      ["warning", 1],
      ["info", 1],
    ]);
    expect(r.outcome).toBe("fail");
  });

  it("a row with a blank cell among its figures is not a blank row: two such repeats conflict", () => {
    const partly = (code: string, a: string, b: string): FakeRow => ({
      key: { kind: "functional", code },
      facts: [fact(a, `functional:${code}`), fact(b, `functional:${code}`, "basic")],
    });
    const r = duplicateRowRule.check(
      ctxOf([{ rows: [partly("201", "1.00", ""), partly("201", "", "2.00")] }]),
      "error",
    );
    expect(r.findings.map((f) => f.severity)).toEqual(["error"]);
    expect(r.outcome).toBe("fail");
  });

  it("unplaced rows may repeat their label", () => {
    const unplaced = { key: { kind: "unplaced", code: "x" }, facts: [fact("1.00", "unplaced:x")] };
    expect(
      duplicateRowRule.check(ctxOf([{ rows: [unplaced, unplaced] }]), "error").findings,
    ).toEqual([]);
  });

  it("rows of different tables never repeat each other", () => {
    expect(
      duplicateRowRule.check(
        ctxOf([{ rows: [row("201", "1.00")] }, { rows: [row("201", "1.00")] }]),
        "error",
      ).findings,
    ).toEqual([]);
  });
});

describe("table.emptyNote", () => {
  const required = { emptyNote: "required" };
  const blankRows = [{ key: { kind: "total" }, facts: [fact("", "total")] }];

  it("a note of blanks is no note", () => {
    const r = emptyNoteRule.check(
      ctxOf([{ kind: required, note: "  ", rows: blankRows }]),
      "warning",
    );
    expect(r.outcome).toBe("fail");
    expect(r.findings[0]?.path).toEqual({ table: "t", row: "", column: "", raw: "" });
    expect(emptyNoteRule.message(r.findings[0] as Finding, labels)).toEqual({
      "zh-CN": "【t】为空表，但没有说明。",
      en: "[t] is empty but carries no note.",
    });
  });

  it("a figure printed where the reader placed no fact makes the table no empty one", () => {
    // a row it could not place (`2120101-行政运行`), a column it did not know (`金额`)
    for (const cells of [{ "": "2120101-行政运行", "extra:金额": "500.00" }, { total: "0.00" }]) {
      const rows = [{ key: { kind: "unplaced", label: "x" }, cells }];
      const r = emptyNoteRule.check(ctxOf([{ kind: required, rows }]), "warning");
      expect([r.outcome, r.findings]).toEqual(["pass", []]);
    }
    // marks, words and blanks are no figure: still empty, still a finding
    const rows = [
      { key: { kind: "unplaced", label: "x" }, cells: { a: "—", b: "本部门无此项", c: "" } },
    ];
    const r = emptyNoteRule.check(ctxOf([{ kind: required, rows }]), "warning");
    expect(r.findings.map((f) => f.ruleId)).toEqual(["table.emptyNote"]);
  });

  it("an empty table with a note, or a table with a figure, passes", () => {
    expect(
      emptyNoteRule.check(
        ctxOf([{ kind: required, note: "本表无数据", rows: blankRows }]),
        "warning",
      ).outcome,
    ).toBe("pass");
    expect(
      emptyNoteRule.check(
        ctxOf([
          {
            kind: required,
            rows: [{ key: { kind: "total" }, facts: [fact("", "total"), fact("0", "total", "x")] }],
          },
        ]),
        "warning",
      ).outcome,
    ).toBe("pass");
  });

  it("a table whose kind does not require a note is not judged", () => {
    expect(
      emptyNoteRule.check(ctxOf([{ kind: { emptyNote: "optional" }, rows: blankRows }]), "warning")
        .outcome,
    ).toBe("not-applicable");
  });
});

describe("cell.unreadable and code.misprint count what they read", () => {
  const malformed = {
    code: "malformed-amount",
    table: "t",
    row: "total",
    column: "total",
    raw: "12.3.4",
    error: { code: "invalid" },
  };
  const misprinted = {
    code: "misprinted-code",
    table: "t",
    row: "economic:30102",
    raw: "301 2",
    denotes: "30102",
  };
  const other = { code: "unknown-column", table: "t", row: "total", column: "x", raw: "1" };

  it("a table whose only amount is malformed is judged; other problems are no amount", () => {
    const r = cellProblemsRule.check(ctxOf([{ problems: [malformed, other] }]), "error");
    expect(r.findings.map((f) => [f.params.problem, f.path])).toEqual([
      ["invalid", { table: "t", row: "total", column: "total", raw: "12.3.4" }],
    ]);
    expect(r.outcome).toBe("fail");
    expect(cellProblemsRule.check(ctxOf([{ problems: [other] }]), "error").outcome).toBe(
      "not-applicable",
    );
    expect(
      cellProblemsRule.check(
        ctxOf([{ rows: [{ key: { kind: "total" }, facts: [fact("1.00", "total")] }] }]),
        "error",
      ).outcome,
    ).toBe("pass");
    expect(cellProblemsRule.message(r.findings[0] as Finding, labels)).toEqual({
      "zh-CN": "【t】合计行「total」列（12.3.4）：不是有效的金额。",
      en: '[t] total row, column "total" (12.3.4): not a valid amount.',
    });
  });

  it("a misprinted code is reported at its row; rows with codes make the rule applicable", () => {
    const r = misprintRule.check(
      ctxOf([
        { rows: [{ key: { kind: "economic", code: "30102" } }], problems: [misprinted, other] },
      ]),
      "warning",
    );
    expect(r.findings.map((f) => [f.severity, f.params, f.path])).toEqual([
      [
        "warning",
        { printed: "301 2", code: "30102" },
        { table: "t", row: "economic:30102", column: "", raw: "301 2" },
      ],
    ]);
    expect(misprintRule.message(r.findings[0] as Finding, labels)).toEqual({
      "zh-CN": "【t】30102 行：编码印作“301 2”，少了前导 0，按 30102 读取。",
      en: '[t] row 30102: the code is printed "301 2" without a leading zero; read as 30102.',
    });
    expect(
      misprintRule.check(
        ctxOf([{ rows: [{ key: { kind: "functional", code: "201" } }] }]),
        "warning",
      ).outcome,
    ).toBe("pass");
    expect(
      misprintRule.check(ctxOf([{ rows: [{ key: { kind: "total" } }] }]), "warning").outcome,
    ).toBe("not-applicable");
  });
});

describe("project.code", () => {
  const project = (code: string | undefined): FakeRow => ({
    key:
      code === undefined
        ? { kind: "project", name: "某项目" }
        : { kind: "project", name: "某项目", code },
  });
  const run = (year: number, ...codes: (string | undefined)[]) =>
    projectCodeRule.check(
      {
        ...ctxOf([{ rows: codes.map(project) }]),
        disclosure: { meta: { year } },
      } as unknown as RuleContext,
      "warning",
    );

  it("the year is the code's 7th and 8th digits, against the disclosure's last two (2005 → 05)", () => {
    expect(run(2005, "41030505000000001244X").findings).toEqual([]);
    const r = run(2005, "41030515000000001244X");
    expect(r.findings.map((f) => [f.severity, f.params])).toEqual([
      ["info", { kind: "year", code: "41030515000000001244X", codeYear: "15", year: 2005 }],
    ]);
    expect(r.outcome).toBe("pass");
    expect(projectCodeRule.message(r.findings[0] as Finding, labels)).toEqual({
      "zh-CN":
        "【t】某项目 行「code」列（41030515000000001244X）：项目编码 41030515000000001244X 的年度为 2015，与本预算年度 2005 不同。",
      en: '[t] row 某项目, column "code" (41030515000000001244X): project code 41030515000000001244X carries year 2015, not 2005.',
    });
  });

  it("a code of the wrong shape: a warning, its message naming the shape", () => {
    const r = run(2024, "4103052400000000124");
    expect(r.outcome).toBe("fail");
    expect(projectCodeRule.message(r.findings[0] as Finding, labels).en).toBe(
      '[t] row 某项目, column "code" (4103052400000000124): project code 4103052400000000124 is not 21 characters with 8 leading digits.',
    );
    expect(projectCodeRule.message(r.findings[0] as Finding, labels)["zh-CN"]).toBe(
      "【t】某项目 行「code」列（4103052400000000124）：项目编码 4103052400000000124 不是 21 位、前 8 位为数字的编码。",
    );
  });

  it("rows without a code are not judged", () => {
    expect(run(2024, undefined).outcome).toBe("not-applicable");
  });
});

describe("cell.blank", () => {
  it("a blank a comparison reached is confirmed, another is listed; no blank, not applicable", () => {
    const a = fact("", "a");
    const b = fact("", "b");
    const ctx = ctxOf([{ rows: [{ key: { kind: "total" }, facts: [a, b, fact("1.00", "c")] }] }], {
      comparisons: new Map([["x", { count: 1, mismatches: [], checked: [a] }]]),
    });
    const r = blankRule.check(ctx, "info");
    expect(r.findings.map((f) => [f.severity, f.path?.row])).toEqual([["info", "b"]]);
    expect(r.outcome).toBe("pass");
    expect(blankRule.message(r.findings[0] as Finding, labels)).toEqual({
      "zh-CN": "【t】b 行「total」列（空） 为空白：没有恒等式确认它为零，按“无数值”处理。",
      en: '[t] row b, column "total" (blank) is blank: no identity confirms it is zero, so it is read as "no value".',
    });
    expect(
      blankRule.check(
        ctxOf([{ rows: [{ key: { kind: "total" }, facts: [fact("1.00", "c")] }] }]),
        "info",
      ).outcome,
    ).toBe("not-applicable");
  });

  it("a sum citing the cell through another object with the same table, row and column confirms it", () => {
    const blank = fact("", "30101");
    const other = fact("", "30102");
    // A derived sum (e.g. a measure's basis) whose sources are new objects naming the cells.
    const sum = {
      concept: "spending",
      coords: {},
      value: amount("0.00"),
      table: "t",
      via: { kind: "rollup", column: "total" },
      parts: [],
      sources: [{ table: "t", row: "30101", column: "total", raw: "" }],
    };
    const ctx = ctxOf([{ rows: [{ key: { kind: "total" }, facts: [blank, other] }] }], {
      comparisons: new Map([["x", { count: 1, mismatches: [], checked: [sum] }]]),
    });
    expect(blankRule.check(ctx, "info").findings.map((f) => f.path?.row)).toEqual(["30102"]);
  });

  it("a cell whose row holds a `|` (a project's name) is confirmed through another object too", () => {
    // A `|` in a row id takes the look-up by whole cell id: the blank cited through another
    // object is still confirmed, the other blank is listed.
    const piped = fact("", "project:甲|乙");
    const plain = fact("", "project:丙");
    const cited = { ...piped.source };
    const ctx = ctxOf([{ rows: [{ key: { kind: "total" }, facts: [piped, plain] }] }], {
      comparisons: new Map([
        ["x", { count: 1, mismatches: [], checked: [{ ...piped, source: cited }] }],
      ]),
    });
    expect(blankRule.check(ctx, "info").findings.map((f) => f.path?.row)).toEqual(["project:丙"]);
  });
});
