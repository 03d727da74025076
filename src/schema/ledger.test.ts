import { describe, expect, it } from "vitest";
import { HENAN_LEDGER_ENTRIES, HENAN_LEDGER_META } from "../../test/support/henan-ledger";
import { ledgerEntries, ledgerOf } from "../ledger";
import { parseLedger, parseLedgerJson, serializeLedger, stringifyLedger } from "./ledger";

const henan = ledgerOf(HENAN_LEDGER_META, { unit: "万元", decimals: 2 }, HENAN_LEDGER_ENTRIES);
if (!henan.ok) throw new Error("the Henan ledger does not build");

describe("the ledger JSON document", () => {
  it("round-trips the Henan ledger through JSON text: same meta, scale and entries", () => {
    const text = stringifyLedger(henan.value);
    expect(JSON.parse(text)).toMatchObject({
      format: "yusuan.ledger",
      version: 1,
      scale: { unit: "万元", decimals: 2 },
    });
    const back = parseLedgerJson(text);
    if (!back.ok) throw new Error(JSON.stringify(back.error));
    expect(back.value.meta).toEqual(henan.value.meta);
    expect(ledgerEntries(back.value)).toEqual(ledgerEntries(henan.value));
    expect(serializeLedger(back.value).entries).toHaveLength(HENAN_LEDGER_ENTRIES.length);
  });

  it("reports the document's shape with paths: an unknown fund, a missing amount, an unknown key", () => {
    const doc = JSON.parse(stringifyLedger(henan.value));
    doc.entries[0].fund = "gpb";
    delete doc.entries[1].amount;
    doc.entries[2].colour = "red";
    const r = parseLedger(doc);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.error.map((i) => i.path.join("."));
    expect(paths).toContain("entries.0.fund");
    expect(paths.some((p) => p.startsWith("entries.1"))).toBe(true);
    expect(paths.some((p) => p.startsWith("entries.2"))).toBe(true);
  });

  it("then validates the entries: a unit the meta lacks is a ledger problem at its path", () => {
    const doc = JSON.parse(stringifyLedger(henan.value));
    doc.entries[3].unit = "116999";
    const r = parseLedger(doc);
    expect(r.ok ? [] : r.error).toEqual([
      { code: "unknown-unit", path: ["entries", 3, "unit"], input: "116999" },
    ]);
  });

  it("never throws on text that is not JSON or not an object", () => {
    for (const text of ["", "{", "null", "[]", '"x"', "42"])
      expect(parseLedgerJson(text).ok).toBe(false);
  });
});
