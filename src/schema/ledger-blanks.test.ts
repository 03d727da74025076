/**
 * A ledger another tool exported (a spreadsheet's rows) carries "none" as a blank amount: `null`,
 * `""`, a dash or a slash (`"—"`, `"-"`, `"--"`, `"／"`). `parseLedgerJson` refuses such an entry
 * as a blank (`malformed-amount`, reason `blank`), never as "not an amount"; `readLedgerJson` reads
 * the document leaving such an entry out of the ledger (a blank is no figure, and not 0: DOMAIN §2)
 * with a `blank-amount` note at its path that keeps the entry. The rule of what is blank is
 * `parseAmount`'s "no value", the one the disclosure's cells are read by.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAmount } from "../amount/parse";
import { ledgerEntries } from "../ledger";
import { formatLedgerProblem } from "../ledger/messages";
import { parseLedger, parseLedgerJson } from "./ledger";
import { formatSchemaNote } from "./messages";
import { readLedgerJson } from "./read-ledger";

const META = {
  year: 2024,
  documentKind: "单位",
  department: { name: "某局" },
  units: [{ code: "1", name: "某局", unitType: "行政" }],
};
const entry = (amount: unknown, over: Record<string, unknown> = {}) => ({
  unit: "1",
  fund: "gpb.grant",
  functional: "2013101",
  econ: "30201",
  nature: "basic",
  amount,
  ...over,
});
const docOf = (entries: readonly unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: "yusuan.ledger",
    version: 1,
    meta: META,
    scale: { unit: "万元", decimals: 2 },
    entries,
    ...extra,
  });

const BLANKS: readonly (string | null)[] = [null, "", "  ", "—", "-", "--", "——", "－", "/", "／"];

describe("parseLedgerJson: a blank amount is refused as a blank", () => {
  for (const blank of BLANKS)
    it(`${JSON.stringify(blank)}: malformed-amount, reason blank, at its path`, () => {
      const r = parseLedgerJson(docOf([entry("8.02"), entry(blank)]));
      expect(r.ok ? [] : r.error).toEqual([
        {
          code: "malformed-amount",
          path: ["entries", 1, "amount"],
          input: blank ?? "",
          reason: "blank",
        },
      ]);
    });

  it("parseLedger reads a JavaScript null amount the same way (the caller's value unchanged)", () => {
    const doc = JSON.parse(docOf([entry(null)]));
    const r = parseLedger(doc);
    expect(r.ok ? [] : r.error).toEqual([
      { code: "malformed-amount", path: ["entries", 0, "amount"], input: "", reason: "blank" },
    ]);
    expect(doc.entries[0].amount).toBeNull();
  });

  it("says so in both languages, and where to read such a ledger", () => {
    const p = {
      code: "malformed-amount",
      path: ["entries", 1, "amount"],
      input: "—",
      reason: "blank",
    } as const;
    expect(formatLedgerProblem(p, "en")).toBe(
      "entry 2, amount: — is blank (no figure; readLedgerJson leaves such an entry out, with a note)",
    );
    expect(formatLedgerProblem(p)).toBe(
      "第 2 条明细的 amount：— 为空白（未填金额；readLedgerJson 可略去此类明细并给出提示）",
    );
  });

  it("a wrong figure is still not an amount, and 0 is a figure", () => {
    const r = parseLedgerJson(docOf([entry("12.3.4"), entry("无"), entry("0"), entry("0.00")]));
    expect(r.ok ? [] : r.error.map((i) => [i.path[1], "reason" in i ? i.reason : i.code])).toEqual([
      [0, "not-an-amount"],
      [1, "not-an-amount"],
    ]);
  });
});

describe("readLedgerJson: a blank amount is no entry of the ledger, and a note keeps it", () => {
  it("leaves each blank entry out, with a blank-amount note holding the entry as given", () => {
    const entries = [
      entry("8.02"),
      ...BLANKS.map((b, i) => entry(b, { econ: `302${String(i + 10)}` })),
      entry("1.00", { econ: "30216" }),
    ];
    const r = readLedgerJson(docOf(entries));
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(ledgerEntries(r.value.ledger).map((e) => e.amount)).toEqual(["8.02", "1.00"]);
    expect(r.value.notes).toEqual(
      BLANKS.map((b, i) => ({
        code: "blank-amount",
        path: ["entries", i + 1, "amount"],
        input: b,
        entry: entry(b ?? "", { econ: `302${String(i + 10)}` }),
      })),
    );
  });

  it("renders the note in both languages", () => {
    const r = readLedgerJson(docOf([entry("—")]));
    const note = r.ok ? r.value.notes[0] : undefined;
    if (note === undefined) throw new Error("no note");
    expect(formatSchemaNote(note, "en")).toBe(
      'entries[0].amount: a blank amount ("—"): the entry states no figure and is left out of the ledger (not read as 0)',
    );
    expect(formatSchemaNote(note)).toBe(
      'entries[0].amount：金额为空白（"—"），该明细未填金额，未计入明细账（不按 0 计）',
    );
    const none = readLedgerJson(docOf([entry(null)]));
    const nul = none.ok ? none.value.notes[0] : undefined;
    if (nul === undefined) throw new Error("no note");
    expect(formatSchemaNote(nul, "en")).toBe(
      "entries[0].amount: a blank amount (null): the entry states no figure and is left out of the ledger (not read as 0)",
    );
  });

  it("a blank entry is still validated: its wrong code is a problem at its own path", () => {
    const r = readLedgerJson(
      docOf([entry("—", { econ: "999" }), entry("1.00"), entry("x", { unit: "2" })]),
    );
    expect(r.ok ? [] : r.error).toEqual([
      { code: "malformed-code", path: ["entries", 0, "econ"], input: "999", expected: "款" },
      { code: "unknown-unit", path: ["entries", 2, "unit"], input: "2" },
      {
        code: "malformed-amount",
        path: ["entries", 2, "amount"],
        input: "x",
        reason: "not-an-amount",
      },
    ]);
  });

  it("a project named by a blank entry and a figured one with another unit is still a conflict", () => {
    const project = (amount: string, unit: string) =>
      entry(amount, {
        unit,
        functional: "2013102",
        econ: "30227",
        nature: "project.specific",
        project: { name: "信息化建设" },
      });
    const meta = { ...META, units: [...META.units, { code: "2", name: "中心", unitType: "事业" }] };
    const text = JSON.stringify({
      ...JSON.parse(docOf([project("—", "1"), project("5.00", "2")])),
      meta,
    });
    const r = readLedgerJson(text);
    expect(r.ok ? [] : r.error.map((i) => [i.code, i.path])).toEqual([
      ["project", ["entries", 1, "project"]],
    ]);
  });

  it("reads a document without blanks as parseLedgerJson does; codes written as numbers noted", () => {
    const text = docOf([entry("8.02", { functional: 2013101 })]);
    const r = readLedgerJson(text);
    const p = parseLedgerJson(text);
    if (!r.ok || !p.ok) throw new Error("not read");
    expect(ledgerEntries(r.value.ledger)).toEqual(ledgerEntries(p.value));
    expect(r.value.notes).toEqual([
      { code: "number-code", path: ["entries", 0, "functional"], input: "2013101" },
    ]);
  });

  it("a ledger of blanks alone is an empty ledger, every entry noted", () => {
    const r = readLedgerJson(docOf([entry("—"), entry(null)]));
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect([r.value.ledger.size, r.value.notes.length]).toEqual([0, 2]);
  });

  it("keeps a property the format does not have in an unknown-key note, or refuses it", () => {
    const text = docOf([entry("8.02", { 备注: "办公费" }), entry("—", { row: 7 })], {
      source: "x.xlsx",
    });
    const r = readLedgerJson(text);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.ledger.size).toBe(1);
    expect(r.value.notes.map((n) => [n.code, n.path])).toEqual([
      ["unknown-key", ["entries", 0, "备注"]],
      ["unknown-key", ["entries", 1, "row"]],
      ["unknown-key", ["source"]],
      ["blank-amount", ["entries", 1, "amount"]],
    ]);
    expect(r.value.notes[0]).toMatchObject({ value: "办公费" });
    const strict = readLedgerJson(text, { unknownKeys: "refuse" });
    expect(strict.ok ? [] : strict.error.map((i) => [i.code, i.path])).toEqual([
      ["unknown-key", ["entries", 0, "备注"]],
      ["unknown-key", ["entries", 1, "row"]],
      ["unknown-key", ["source"]],
    ]);
    // parseLedgerJson refuses them as readLedgerJson with unknownKeys "refuse" does
    const p = parseLedgerJson(text);
    expect(p.ok ? [] : p.error.map((i) => i.code)).toEqual([
      "unknown-key",
      "unknown-key",
      "unknown-key",
    ]);
  });

  it("what is blank is parseAmount's no-value, the rule a disclosure's cells are read by", () => {
    const marks = fc.constantFrom(
      "",
      " ",
      "　",
      "-",
      "—",
      "－",
      "–",
      "/",
      "／",
      "0",
      "1",
      ".",
      "x",
      "无",
    );
    fc.assert(
      fc.property(
        fc.array(marks, { maxLength: 4 }).map((a) => a.join("")),
        (amount) => {
          const parsed = parseAmount(amount);
          const blank = parsed.ok && parsed.value === null;
          const r = readLedgerJson(docOf([entry(amount)]));
          const noted = r.ok && r.value.notes.some((n) => n.code === "blank-amount");
          const strict = parseLedgerJson(docOf([entry(amount)]));
          const refused =
            !strict.ok && strict.error.some((i) => "reason" in i && i.reason === "blank");
          expect([noted, refused]).toEqual([blank, blank]);
        },
      ),
    );
  });
});
