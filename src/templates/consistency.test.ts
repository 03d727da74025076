import { describe, expect, it } from "vitest";
import { henan2024 } from "./henan2024";
import { nationalMinimum } from "./national";
import { shanghai } from "./shanghai";
import { kindOf, lineMeaning, meaning } from "./test-support";
import type { TableKind } from "./types";

interface Mismatch {
  readonly kind: string;
  readonly what: string;
  readonly a: string;
  readonly b: string;
}

/** Amount columns sharing a header, and lines sharing an id, of two same-id kinds: meanings that differ. */
function crossMismatches(
  a: TableKind,
  b: TableKind,
): { compared: string[]; mismatches: Mismatch[] } {
  const compared: string[] = [];
  const mismatches: Mismatch[] = [];
  for (const ca of a.columns) {
    if (ca.role !== "amount") continue;
    for (const cb of b.columns) {
      if (cb.role !== "amount") continue;
      for (const h of ca.headers.filter((x) => cb.headers.includes(x))) {
        compared.push(h);
        const ma = meaning(a, ca);
        const mb = meaning(b, cb);
        if (ma !== mb) mismatches.push({ kind: a.id, what: h, a: ma, b: mb });
      }
    }
  }
  for (const la of a.lines ?? []) {
    const lb = b.lines?.find((l) => l.id === la.id);
    if (lb === undefined) continue;
    compared.push(`line:${la.id}`);
    const ma = lineMeaning(a, la);
    const mb = lineMeaning(b, lb);
    if (ma !== mb) mismatches.push({ kind: a.id, what: `line:${la.id}`, a: ma, b: mb });
  }
  return { compared, mismatches };
}

describe("same table kind id ⇒ same facts across templates", () => {
  const pairs = [
    [henan2024, shanghai],
    [henan2024, nationalMinimum],
    [shanghai, nationalMinimum],
  ] as const;
  for (const [a, b] of pairs) {
    it(`${a.id} and ${b.id}: shared headers and line ids state the same concept and coordinates`, () => {
      const mismatches: Mismatch[] = [];
      for (const ka of a.tables) {
        const kb = b.tables.find((k) => k.id === ka.id);
        if (kb !== undefined) mismatches.push(...crossMismatches(ka, kb).mismatches);
      }
      expect(mismatches).toEqual([]);
    });
  }

  it("the kinds Shanghai shares with Henan, and the headers they share, are the expected ones", () => {
    const shared = shanghai.tables
      .map((k) => k.id)
      .filter((id) => henan2024.tables.some((k) => k.id === id));
    expect(shared).toEqual([
      "summary",
      "income",
      "expenditure",
      "fiscalSummary",
      "gpbExpenditure",
      "govFundExpenditure",
      "soeExpenditure",
      "gpbBasic",
      // the table of projects' targets is Henan's, under the titles Shanghai's form does not take
      "projectTargets",
      // read where printed, in every template
      "procurement",
      "assets",
    ]);
    const compared = (id: string) =>
      crossMismatches(kindOf(henan2024, id), kindOf(shanghai, id)).compared.sort();
    expect(compared("expenditure")).toEqual(
      [
        "合计",
        "基本支出",
        "项目支出",
        "上缴上级支出",
        "事业单位经营支出",
        "经营支出",
        "对附属单位补助支出",
      ].sort(),
    );
    expect(compared("gpbBasic")).toEqual(
      ["line:personnel", "line:public", "人员经费", "公用经费", "合计"].sort(),
    );
    expect(compared("fiscalSummary")).toEqual(
      [
        "line:revenue.gpb",
        "line:revenue.govFund",
        "line:revenue.soe",
        "line:revenue.total",
        "line:spending.total",
        // the national form's lines Shanghai reads where printed (never derives)
        "line:revenue",
        "line:revenue.carryover",
        "line:revenue.carryover.gpb",
        "line:revenue.carryover.govFund",
        "line:revenue.carryover.soe",
        "line:spending",
        "line:spending.carryforward",
        ...[
          "basic",
          "basic.personnel",
          "basic.public",
          "project",
          "project.operating",
          "project.specific",
          "remittance",
          "operations",
          "affiliates",
        ].map((nature) => `line:spending.${nature}`),
      ].sort(),
    );
  });

  it("every national kind has a Henan kind of the same id, but the two Henan prints otherwise", () => {
    const henanIds = henan2024.tables.map((k) => k.id);
    // Henan's `operatingCost` is 机构运转经费 (no 机关运行经费), its 三公 table prints no 会议费.
    expect(nationalMinimum.tables.filter((k) => !henanIds.includes(k.id)).map((k) => k.id)).toEqual(
      ["agencyOperating", "sanGongMeetings"],
    );
  });

  it("reports a header that means different facts in two templates", () => {
    const a = kindOf(henan2024, "expenditure");
    const b: TableKind = {
      ...a,
      columns: [{ key: "total", role: "amount", coords: { nature: "basic" }, headers: ["合计"] }],
    };
    expect(crossMismatches(a, b).mismatches).toEqual([
      { kind: "expenditure", what: "合计", a: "spending", b: "spending|nature=basic" },
    ]);
  });
});
