/**
 * Money written as a JSON number outside the tables' cells: a 绩效目标's money lines
 * (`targets.projects[*].money`, `targets.department.budget`, `targets.department.tasks[*].money`)
 * and a ledger entry's `amount`. Read as the digits written, exactly as a cell is (never through a
 * binary float); an exponent is a `number-exponent` issue with its path. Numbers elsewhere keep
 * their meaning (`year`, `scale.decimals`) or stay wrong (an indicator's value, a project's name).
 */
import { describe, expect, it } from "vitest";
import { disclosureJsonSchema, ledgerJsonSchema } from "../../scripts/json-schema";
import { HENAN_LEDGER_ENTRIES, HENAN_LEDGER_META } from "../../test/support/henan-ledger";
import { ledgerEntries, ledgerOf } from "../ledger";
import { parseLedgerJson, stringifyLedger } from "./ledger";
import { formatSchemaIssue } from "./messages";
import { parseDisclosureJson } from "./parse";

/** Marks a value to be written as a JSON number: `"\u0000969.06\u0000"` in the text → `969.06`. */
const MARK = "\u0000";
const n = (digits: string) => `${MARK}${digits}${MARK}`;
const write = (doc: unknown, indent?: number): string =>
  JSON.stringify(doc, null, indent).replace(/"\\u0000([^"\\]*)\\u0000"/g, "$1");

const DIGITS = [
  "969.06",
  "1200.50",
  "-3",
  "0",
  "0.00",
  "0.1",
  "9007199254740993",
  "123456789012345678901234567890.12",
];

const meta = {
  year: 2024,
  documentKind: "单位",
  template: "henan2024",
  department: { name: "某单位" },
  units: [],
};
const withTargets = (targets: unknown) => ({
  format: "yusuan.disclosure",
  version: 1,
  meta,
  tables: [],
  texts: [],
  targets,
});
const targetsOf = (money: unknown, budget: unknown = { total: "1.00" }, task: unknown = {}) => ({
  unit: "万元",
  projects: [
    {
      name: "2024年通联值班费",
      money,
      indicators: [{ level1: "产出指标", name: "每天值班次数", value: "≥2次／天" }],
    },
  ],
  department: {
    tasks: [{ name: "会务保障", content: "做好会务。", money: task }],
    budget,
    indicators: [],
  },
});

const targetsRead = (text: string) => {
  const r = parseDisclosureJson(text);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value.targets;
};

describe("parseDisclosureJson: 绩效目标 money written as a JSON number", () => {
  it("a project's money line holds exactly the digits written", () => {
    for (const d of DIGITS)
      for (const indent of [undefined, 2])
        expect(
          targetsRead(write(withTargets(targetsOf({ total: n(d), government: "5.00" })), indent))
            ?.projects[0]?.money,
        ).toEqual({ total: d, government: "5.00" });
  });

  it("the department's budget and a task's money too, beside string lines", () => {
    const t = targetsRead(
      write(
        withTargets(
          targetsOf(
            { total: "10.00" },
            { total: n("969.06"), basic: n("682.06"), project: "287.00" },
            { total: n("12.50") },
          ),
        ),
      ),
    );
    expect(t?.department?.budget).toEqual({ total: "969.06", basic: "682.06", project: "287.00" });
    expect(t?.department?.tasks[0]?.money).toEqual({ total: "12.50" });
  });

  it("reads the same as the document written with strings (hand reader and zod alike)", () => {
    const strings = withTargets(targetsOf({ total: "1200.50" }, { total: "969.06" }));
    const numbers = withTargets(targetsOf({ total: n("1200.50") }, { total: n("969.06") }));
    expect(parseDisclosureJson(write(numbers))).toEqual(parseDisclosureJson(write(strings)));
  });

  it("refuses an exponent with its path, in both locales", () => {
    const r = parseDisclosureJson(write(withTargets(targetsOf({ total: n("1.2e3") }))));
    expect(r.ok ? [] : r.error).toEqual([
      {
        code: "number-exponent",
        path: ["targets", "projects", 0, "money", "total"],
        input: "1.2e3",
      },
    ]);
    const issue = r.ok ? undefined : r.error[0];
    expect(issue && formatSchemaIssue(issue, "en")).toBe(
      "targets.projects[0].money.total: the number 1.2e3 has an exponent: write the figure as printed",
    );
    const budget = parseDisclosureJson(
      write(withTargets(targetsOf({ total: "1" }, { basic: n("5E2") }))),
    );
    expect(budget.ok ? [] : budget.error.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["number-exponent", "targets.department.budget.basic"],
    ]);
  });

  it("keeps numbers elsewhere in targets wrong: an indicator's value, a project's name, an unknown money line", () => {
    const doc = withTargets({
      ...targetsOf({ total: "1.00", lottery: n("2.00") }),
      projects: [
        {
          name: n("7"),
          money: { total: "1.00" },
          indicators: [{ level1: "产出指标", name: "次数", value: n("100") }],
        },
      ],
    });
    const r = parseDisclosureJson(write(doc));
    expect(r.ok ? [] : r.error.map((i) => `${i.code} ${i.path.join(".")}`).sort()).toEqual([
      "invalid-type targets.projects.0.indicators.0.value",
      "invalid-type targets.projects.0.name",
    ]);
  });
});

const henan = ledgerOf(HENAN_LEDGER_META, { unit: "万元", decimals: 2 }, HENAN_LEDGER_ENTRIES);
if (!henan.ok) throw new Error("the Henan ledger does not build");
const ledgerDoc = () =>
  JSON.parse(stringifyLedger(henan.value)) as { entries: { amount: string }[] };

describe("parseLedgerJson: an amount written as a JSON number", () => {
  it("holds exactly the digits written: the ledger equals the one written with strings", () => {
    const doc = ledgerDoc();
    for (const e of doc.entries) e.amount = n(e.amount);
    for (const indent of [undefined, 2]) {
      const r = parseLedgerJson(write(doc, indent));
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      expect(ledgerEntries(r.value)).toEqual(ledgerEntries(henan.value));
    }
  });

  it("never through a binary float: 0.1 + 0.2 stay 0.1 and 0.2", () => {
    const doc = ledgerDoc();
    const [a, b] = doc.entries;
    if (a === undefined || b === undefined) throw new Error("two entries");
    a.amount = n("0.10");
    b.amount = n("0.20");
    const r = parseLedgerJson(write(doc));
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(
      ledgerEntries(r.value)
        .slice(0, 2)
        .map((e) => e.amount),
    ).toEqual(["0.10", "0.20"]);
  });

  it("refuses an exponent with its path; a wrong amount written as a number is still a ledger problem at its path", () => {
    const doc = ledgerDoc();
    (doc.entries[3] as { amount: string }).amount = n("1e2");
    const r = parseLedgerJson(write(doc));
    expect(r.ok ? [] : r.error).toEqual([
      { code: "number-exponent", path: ["entries", 3, "amount"], input: "1e2" },
    ]);
    const finer = ledgerDoc();
    (finer.entries[2] as { amount: string }).amount = n("1.005");
    const f = parseLedgerJson(write(finer));
    expect(f.ok ? [] : f.error.map((i) => [i.code, i.path.join(".")])).toEqual([
      [expect.any(String), "entries.2.amount"],
    ]);
  });

  it("keeps the meta's and the scale's numbers numbers; a code is read as its digits, a number in a text field is still wrong", () => {
    const doc = ledgerDoc() as unknown as { entries: { econ: string; nature: string }[] };
    const econ = (doc.entries[0] as { econ: string }).econ;
    (doc.entries[0] as { econ: string }).econ = n(econ);
    const read = parseLedgerJson(write(doc));
    expect(read.ok && ledgerEntries(read.value)[0]).toMatchObject({ econ });
    (doc.entries[0] as { nature: string }).nature = n("1");
    const r = parseLedgerJson(write(doc));
    expect(r.ok ? [] : r.error.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["invalid-value", "entries.0.nature"],
    ]);
  });
});

describe("schema.json and ledger.schema.json", () => {
  const both = { anyOf: [{ type: "string" }, { type: "number" }] };
  const orBlank = { anyOf: [{ type: "string" }, { type: "number" }, { type: "null" }] };
  it("let a money line of the targets be a string, a number or null (a blank); an indicator's value stays a string", () => {
    const project = {
      items: { properties: { money: { properties: { total: orBlank, grant: orBlank } } } },
    };
    expect(disclosureJsonSchema().properties).toMatchObject({
      targets: {
        properties: {
          projects: project,
          department: {
            properties: {
              budget: { properties: { total: orBlank, basic: orBlank } },
              tasks: { items: { properties: { money: { properties: { total: orBlank } } } } },
            },
          },
        },
      },
    });
    expect(disclosureJsonSchema().properties).toMatchObject({
      targets: {
        properties: {
          projects: {
            items: {
              properties: {
                indicators: { items: { properties: { value: { type: "string" } } } },
              },
            },
          },
        },
      },
    });
  });

  it("let a ledger entry's amount be a string or a number, its codes string or digits, in both kinds of entry", () => {
    const entries = (ledgerJsonSchema().properties as { entries: { items: { anyOf: unknown[] } } })
      .entries.items.anyOf;
    expect(entries).toHaveLength(2);
    const code = { anyOf: [{ type: "string" }, { type: "integer", minimum: 0 }] };
    for (const kind of entries)
      expect(kind).toMatchObject({ properties: { amount: both, unit: code } });
    // an optional field may be null (absent), a required one not: a carry-forward's kind
    expect(entries[0]).toMatchObject({
      properties: { gov: { anyOf: [...code.anyOf, { type: "null" }] } },
    });
    expect(entries[1]).toMatchObject({ properties: { kind: { const: "carryforward" } } });
  });
});
