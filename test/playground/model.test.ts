/**
 * The playground's logic without the page (resolved through the package's exports to dist/, as the
 * page is): reading a document, choosing the profile, the aggregates and the coverage line.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Disclosure, lowerDisclosure } from "yusuan";
import { henan2024 } from "yusuan/templates";
import { ROOT } from "../../playground/bundle";
import { aggregates } from "../../playground/page/aggregates";
import { chooseSetup, runPlayground } from "../../playground/page/model";

const henanText = readFileSync(join(ROOT, "examples/henan-2024.json"), "utf8");

/** A small 三公 table as printed: 4.00 + 2.60 is not the 6.50 printed as the total. */
const sanGongOnly = (template = "henan2024"): Disclosure => ({
  meta: {
    year: 2024,
    documentKind: "单位",
    template,
    department: { name: "某单位" },
    units: [],
  },
  tables: [
    {
      kind: "sanGong",
      unit: "万元",
      rows: [
        {
          key: { kind: "single" },
          cells: {
            total: "6.50",
            abroad: "",
            vehicles: "4.00",
            "vehicles.purchase": "",
            "vehicles.operation": "4.00",
            reception: "2.60",
          },
        },
      ],
    },
  ],
  texts: [],
});

describe("runPlayground", () => {
  it("checks the Henan example under the Henan profile (its template) with no error", () => {
    const r = runPlayground(henanText, "auto");
    if (r.kind !== "report") throw new Error(`not a report: ${r.kind}`);
    expect(r.setup.id).toBe("henan2024");
    expect(r.templateMismatch).toBe(false);
    expect(r.report.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("gives the parse issues of text that is not JSON, or not a disclosure, with their paths", () => {
    const notJson = runPlayground('{"format": "yusuan.disclosure",', "auto");
    expect(notJson.kind === "issues" && notJson.issues.map((i) => [i.code, i.path])).toEqual([
      ["invalid-json", []],
    ]);
    const doc = JSON.parse(henanText) as { tables: { unit: string }[] };
    if (doc.tables[1] !== undefined) doc.tables[1].unit = "千元";
    const badUnit = runPlayground(JSON.stringify(doc), "auto");
    expect(badUnit.kind === "issues" && badUnit.issues.map((i) => i.path)).toEqual([
      ["tables", 1, "unit"],
    ]);
    const empty = runPlayground("", "auto");
    expect(empty.kind).toBe("issues");
  });

  it("notes a profile whose template the document does not name", () => {
    const r = runPlayground(henanText, "national");
    expect(r.kind === "report" && [r.setup.id, r.templateMismatch]).toEqual(["national", true]);
  });
});

describe("chooseSetup", () => {
  it("auto takes the document's template, else the national minimum; an explicit choice wins", () => {
    expect(chooseSetup("auto", sanGongOnly("shanghai")).id).toBe("shanghai");
    expect(chooseSetup("auto", sanGongOnly("beijing2025")).id).toBe("national");
    expect(chooseSetup("shanghai", sanGongOnly("henan2024")).id).toBe("shanghai");
    expect(chooseSetup("no-such-profile", sanGongOnly("henan2024")).id).toBe("henan2024");
  });
});

describe("aggregates", () => {
  it("puts each printed figure next to the one recomputed from the cells below it", () => {
    const lines = aggregates(lowerDisclosure(sanGongOnly(), henan2024));
    const line = (id: string) => lines.find((l) => l.spec.id === id);
    expect(line("sanGong")?.printed?.value.value).toBe("6.50");
    expect(line("sanGong")?.recomputed?.value.value).toBe("6.60");
    expect(line("sanGong")?.recomputed?.table).toBe("sanGong");
    expect(line("sanGong")?.agrees).toBe(false);
    // a blank printed cell is 0 of its table's unit, and marked blank
    expect(line("sanGong.abroad")?.printed).toMatchObject({ blank: true });
    expect(line("sanGong.abroad")?.printed?.value).toMatchObject({ value: "0", unit: "万元" });
    // nothing printed, nothing recomputed, no share: no guess
    expect(line("spending")?.printed).toBeUndefined();
    expect(line("spending")?.recomputed).toBeUndefined();
    expect(line("basic")?.share).toBeUndefined();
  });

  it("gives shares of the figure they belong to (Henan: 682.06 of 969.06 = 70.38%)", () => {
    const r = runPlayground(henanText, "auto");
    if (r.kind !== "report") throw new Error(r.kind);
    const basic = r.aggregates.find((l) => l.spec.id === "basic");
    expect([basic?.printed?.value.value, basic?.share]).toEqual([
      "682.06",
      { of: "spending", percent: "70.38" },
    ]);
    expect(r.aggregates.every((l) => l.agrees !== false)).toBe(true);
  });
});

describe("the coverage line", () => {
  it("is the report's coverage: the Henan example understood in full, a pasted unknown column counted", () => {
    const r = runPlayground(henanText, "auto");
    if (r.kind !== "report") throw new Error(r.kind);
    expect(r.report.coverage.notUnderstood).toBe(0);
    expect(r.report.coverage.tables).toHaveLength(14);
    const doc = JSON.parse(henanText) as {
      tables: { kind: string; rows: { cells: Record<string, string> }[] }[];
    };
    const sanGong = doc.tables.find((t) => t.kind === "sanGong");
    const first = sanGong?.rows[0];
    if (first === undefined) throw new Error("no 三公 row");
    first.cells["extra:备注"] = "见说明";
    const pasted = runPlayground(JSON.stringify(doc), "auto");
    if (pasted.kind !== "report") throw new Error(pasted.kind);
    expect(pasted.report.coverage.notUnderstood).toBe(1);
    expect(pasted.report.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});
