import { describe, expect, it } from "vitest";
import { catalog2024 } from "../../catalog/2024";
import { type DisclosureMeta, type Table, tableBuilder } from "../../disclosure";
import { henan2024 } from "../../templates";
import { checkDisclosure } from "../check";
import { henan2024Profile, nationalProfile, RULES } from "../profiles";
import { renderFinding } from "../render";
import { findings, one, only, outcome } from "../test-support";

/**
 * The catalog rules when the document is of another year than the catalog (the only built-in one
 * is 2024): codes are added, retired and renamed every year, so a code or name the 2024 catalog
 * does not confirm in a 2025 (or 2023) document is unverified coverage at info, never an error;
 * in a 2024 document it stays an error or warning.
 */

const IDS = ["code.known", "code.name", "econ.mapping"] as const;

const meta = (year: number): DisclosureMeta => ({
  year,
  documentKind: "单位",
  template: "henan2024",
  department: { name: "某单位" },
  units: [{ name: "某单位", unitType: "行政" }],
});

const check = (year: number, tables: Table[], profile = only(henan2024Profile, ...IDS)) =>
  checkDisclosure(
    { meta: meta(year), tables, texts: [] },
    { profile, template: henan2024, catalog: catalog2024 },
  );

const economic = (rows: [string, string | undefined, string, string?][]): Table =>
  rows
    .reduce(
      (b, [econ, gov, name, total]) => b.economic(econ, gov, name, { total: total ?? "1.00" }),
      tableBuilder(henan2024, "gpbBasic"),
    )
    .build().value;

const functional = (code: string, name: string): Table =>
  tableBuilder(henan2024, "expenditure").functional(code, name, { total: "1.00" }).build().value;

const sanGong = (reception: string): Table =>
  tableBuilder(henan2024, "sanGong")
    .single({
      total: reception,
      abroad: "",
      vehicles: "",
      "vehicles.purchase": "",
      "vehicles.operation": "",
      reception,
    })
    .build().value;

const en = (r: ReturnType<typeof check>, id: string) =>
  renderFinding(one(r, id), RULES, "en", henan2024);
const zh = (r: ReturnType<typeof check>, id: string) =>
  renderFinding(one(r, id), RULES, "zh-CN", henan2024);

describe("code.known with a catalog of another year", () => {
  // 30241, 50298 and 类 235 are in no 2024 catalog: stand-ins for codes a later year adds.
  it.each([
    [2025, "departmental", "30241", economic([["30241", undefined, "数据资源服务费"]])],
    [2025, "government", "50298", economic([["30201", "50298", "办公费"]])],
    [2023, "functional", "235", functional("235", "超长期特别国债安排的支出")],
  ])(
    "a %i document: %s code %s, unknown to the 2024 catalog, is unverified at info",
    (year, system, code, table) => {
      const r = check(year, [table]);
      const f = one(r, "code.known");
      expect([f.severity, f.outcome]).toEqual(["info", "insufficient-data"]);
      expect(f.params).toMatchObject({
        code,
        system,
        coverage: "otherYear",
        catalogYear: 2024,
        documentYear: year,
      });
      expect(outcome(r, "code.known")).toBe("insufficient-data");
      expect(en(r, "code.known")).toContain(
        `is not in the 2024 catalog, and the document is of ${year}`,
      );
      expect(en(r, "code.known")).toContain("not verified");
      expect(zh(r, "code.known")).toContain(`不在 2024 年目录中；本文件为 ${year} 年`);
      expect(zh(r, "code.known")).toContain("未能核实");
    },
  );

  it("still reports the same unknown code in a 2024 document as an error", () => {
    const f = one(check(2024, [economic([["30241", undefined, "数据资源服务费"]])]), "code.known");
    expect(f.severity).toBe("error");
    expect(f.params.coverage).toBe("complete");
  });

  it("passes the codes the 2024 catalog does know in a 2025 document", () => {
    const r = check(2025, [economic([["30201", "50201", "办公费"]])]);
    expect(findings(r, "code.known")).toEqual([]);
    expect(outcome(r, "code.known")).toBe("pass");
  });
});

describe("code.name with a catalog of another year", () => {
  // Names a later year could give 30202 印刷费 and 2013101 行政运行 (renames happen: 210
  // 医疗卫生与计划生育支出 → 卫生健康支出 in 2018).
  it.each([
    [2025, "30202", "印刷费", economic([["30202", undefined, "印刷服务费"]])],
    [2025, "2013101", "行政运行", functional("2013101", "机关运行")],
    [2023, "30202", "印刷费", economic([["30202", undefined, "印刷装订费"]])],
  ])(
    "a %i document: %s printed with another name than the 2024 catalog's %s is unverified at info",
    (year, code, expected, table) => {
      const r = check(year, [table]);
      const f = one(r, "code.name");
      expect([f.severity, f.outcome]).toEqual(["info", "insufficient-data"]);
      expect(f.params).toMatchObject({ code, kind: "otherYear", expected, catalogYear: 2024 });
      expect(outcome(r, "code.name")).toBe("insufficient-data");
      expect(en(r, "code.name")).toContain(
        `the 2024 catalog names it "${expected}", and the document is of ${year}`,
      );
      expect(zh(r, "code.name")).toContain(`2024 年目录名称为“${expected}”；本文件为 ${year} 年`);
    },
  );

  it("still warns on the same name in a 2024 document", () => {
    const f = one(check(2024, [economic([["30202", undefined, "印刷服务费"]])]), "code.name");
    expect([f.severity, f.params.kind]).toEqual(["warning", "mismatch"]);
  });
});

describe("econ.mapping with a mapping of another year", () => {
  it("notes 30217 → 50502 for a 行政 unit of a 2025 document as unverified, at info", () => {
    const r = check(2025, [economic([["30217", "50502", "公务接待费"]])]);
    const f = one(r, "econ.mapping");
    expect([f.severity, f.outcome]).toEqual(["info", "insufficient-data"]);
    expect(f.params).toMatchObject({ kind: "otherYear", allowed: "50206", catalogYear: 2024 });
    expect(outcome(r, "econ.mapping")).toBe("insufficient-data");
    expect(en(r, "econ.mapping")).toContain("the 2024 mapping allows 50206 for 机关");
    expect(zh(r, "econ.mapping")).toContain("本文件为 2025 年，对应关系可能已调整，未能核实");
  });

  it("still warns in a 2024 document", () => {
    const f = one(check(2024, [economic([["30217", "50502", "公务接待费"]])]), "econ.mapping");
    expect([f.severity, f.params.kind]).toEqual(["warning", "mismatch"]);
  });
});

describe("rows measures trust, with a catalog of another year", () => {
  // 三公 公务接待费 2.00 against a basic 30217 row of 3.00 (3.00 > 2.00: the bound fails when
  // the row is trusted; it is left out, and nothing is compared, when its name contradicts 30217).
  const tables = (name: string) => [
    sanGong("2.00"),
    economic([["30217", undefined, name, "3.00"]]),
  ];
  const bound = (year: number, name: string) =>
    outcome(check(year, tables(name), only(nationalProfile, "sanGong.bound")), "sanGong.bound");

  it("neither trusts nor sets aside a 2025 row whose name the 2024 catalog does not know (a rename, or a row misnamed): coverage", () => {
    expect(bound(2025, "公务招待费")).toBe("insufficient-data");
    expect(bound(2025, "公务接待支出")).toBe("insufficient-data");
  });

  it("trusts a 2025 row printed with its code's 2024 name", () => {
    expect(bound(2025, "公务接待费")).toBe("fail");
  });

  it("still sets aside a row printed with another code's name (30215 会议费), whatever the year", () => {
    expect(bound(2025, "会议费")).toBe("insufficient-data");
    expect(bound(2024, "会议费")).toBe("insufficient-data");
  });

  it("sets aside an unknown name in a 2024 document (the catalog of its own year)", () => {
    expect(bound(2024, "公务招待费")).toBe("insufficient-data");
  });
});
