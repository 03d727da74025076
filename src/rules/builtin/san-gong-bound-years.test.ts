/**
 * sanGong.bound on a document of another year than the catalog (the built-in one is 2024): a row
 * of one of the 三公 codes printed with a name the catalog knows under no code (a rename, or a row
 * misnamed: 30212 printed as 机关事业单位退休人员活动费) is neither trusted nor set aside as
 * contradicted: the item it would bound is coverage (insufficient-data, at info), never an error.
 * A row the catalog confirms still bounds its item; in a 2024 document nothing changes.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../../catalog/2024";
import { type DisclosureMeta, type Table, tableBuilder } from "../../disclosure";
import { henan2024 } from "../../templates";
import { checkDisclosure } from "../check";
import { nationalProfile, RULES } from "../profiles";
import { renderFinding } from "../render";
import { findings, only, outcome } from "../test-support";

const meta = (year: number): DisclosureMeta => ({
  year,
  documentKind: "单位",
  template: "henan2024",
  department: { name: "某单位" },
  units: [{ name: "某单位", unitType: "行政" }],
});
/** A 三公 table: 出国 `abroad`, 接待 `reception`, no vehicles. */
const sanGong = (abroad: string, reception: string): Table =>
  tableBuilder(henan2024, "sanGong")
    .single({
      total: "",
      abroad,
      vehicles: "",
      "vehicles.purchase": "",
      "vehicles.operation": "",
      reception,
    })
    .build().value;
const basic = (rows: [string, string, string][]): Table =>
  rows
    .reduce(
      (b, [econ, name, total]) => b.economic(econ, undefined, name, { total }),
      tableBuilder(henan2024, "gpbBasic"),
    )
    .build().value;
const check = (year: number, tables: Table[]) =>
  checkDisclosure(
    { meta: meta(year), tables, texts: [] },
    { profile: only(nationalProfile, "sanGong.bound"), template: henan2024, catalog: catalog2024 },
  );
const seen = (year: number, tables: Table[]) => {
  const r = check(year, tables);
  return [
    outcome(r, "sanGong.bound"),
    findings(r, "sanGong.bound").map((f) => `${f.severity} ${f.outcome} ${f.path?.column}`),
  ];
};

describe("sanGong.bound with rows the catalog of another year cannot verify", () => {
  it.each([
    // 0.00 abroad against 0.70 on 30212, printed with a name no 2024 code has
    ["30212", "机关事业单位退休人员活动费", "0.00", "0.70"],
    // 2.00 reception against 3.00 on 30217, renamed (or misnamed) as nothing the catalog knows
    ["30217", "公务招待费", "2.00", "3.00"],
  ])("a 2025 row %s %s: the item is coverage, no error", (code, name, printed, row) => {
    const item = code === "30212" ? "abroad" : "reception";
    const tables = [
      sanGong(item === "abroad" ? printed : "", item === "reception" ? printed : ""),
      basic([[code, name, row]]),
    ];
    expect(seen(2025, tables)).toEqual(["insufficient-data", [`info insufficient-data ${item}`]]);
  });

  it("says which rows could not be verified, in both languages", () => {
    const r = check(2025, [
      sanGong("0.00", ""),
      basic([["30212", "机关事业单位退休人员活动费", "0.70"]]),
    ]);
    const f = findings(r, "sanGong.bound")[0];
    if (f === undefined) throw new Error("no finding");
    expect(renderFinding(f, RULES, "zh-CN", henan2024)).toContain("名称未能按目录核实的 30212 行");
    expect(renderFinding(f, RULES, "en", henan2024)).toContain(
      "the 30212 rows, whose names the catalog could not verify",
    );
  });

  it("still bounds an item by a row the catalog confirms, beside one it cannot verify", () => {
    // abroad: 30212 unverified (coverage); reception: 30217 公务接待费 3.00 > 2.00 (an error)
    const tables = [
      sanGong("0.00", "2.00"),
      basic([
        ["30212", "机关事业单位退休人员活动费", "0.70"],
        ["30217", "公务接待费", "3.00"],
      ]),
    ];
    expect(seen(2025, tables)).toEqual([
      "fail",
      ["info insufficient-data abroad", "error fail reception"],
    ]);
  });

  it.each([
    // the catalog's own name, in 2025 and 2024: the bound holds against it
    [2025, "公务接待费", "fail"],
    [2024, "公务接待费", "fail"],
    // another code's name (30215 会议费): set aside as before, whatever the year
    [2025, "会议费", "insufficient-data"],
    // an unknown name in a 2024 document: set aside as before
    [2024, "公务招待费", "insufficient-data"],
  ])("a %i row 30217 %s: %s", (year, name, expected) => {
    const r = check(year, [sanGong("", "2.00"), basic([["30217", name, "3.00"]])]);
    expect(outcome(r, "sanGong.bound")).toBe(expected);
  });

  it("a verified row within its item passes", () => {
    expect(seen(2025, [sanGong("", "3.00"), basic([["30217", "公务接待费", "3.00"]])])).toEqual([
      "pass",
      [],
    ]);
  });
});
