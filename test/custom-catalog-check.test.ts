import { describe, expect, it } from "vitest";
import { defineCatalog, defineCatalogSet } from "../src/catalog";
import { catalog2024 } from "../src/catalog/2024";
import type { Disclosure } from "../src/disclosure";
import { checkDisclosure, henan2024Profile } from "../src/rules";
import { henan2024 } from "../src/templates";
import { expenditureOnly } from "./support/disclosures";

/** A user's own functional catalog, complete down to 项 for the one branch it covers. */
const functional = defineCatalog({
  system: "functional",
  year: 2024,
  coverage: { 类: "complete", 款: "complete", 项: "complete" },
  entries: [
    { code: "201", name: "一般公共服务支出" },
    { code: "20131", name: "党委办公厅（室）及相关机构事务" },
    { code: "2013101", name: "行政运行" },
  ],
});
if (!functional.ok) throw new Error("the custom catalog is valid");
const set = defineCatalogSet({ ...catalog2024, functional: functional.value });
if (!set.ok) throw new Error("the custom set is valid");
const catalog = set.value;

const disclosure = (code: string, name: string): Disclosure =>
  expenditureOnly([
    { key: { kind: "total" }, cells: { total: "5.00" } },
    { key: { kind: "functional", code }, name, cells: { total: "5.00" } },
  ]);
const findings = (d: Disclosure, id: string) =>
  checkDisclosure(d, { profile: henan2024Profile, template: henan2024, catalog }).findings.filter(
    (f) => f.ruleId === id,
  );

describe("a user-supplied catalog in the checker", () => {
  it("accepts a code and name it lists", () => {
    expect(findings(disclosure("2013101", "行政运行"), "code.known")).toEqual([]);
    expect(findings(disclosure("2013101", "行政运行"), "code.name")).toEqual([]);
  });

  it("makes an unknown 项 an error, since it declares 项 complete (the built-in one only says unverified)", () => {
    const [f] = findings(disclosure("2013102", "一般行政管理事务"), "code.known");
    expect([f?.severity, f?.params.code, f?.params.coverage]).toEqual([
      "error",
      "2013102",
      "complete",
    ]);
    const builtin = checkDisclosure(disclosure("2013188", "某项"), {
      profile: henan2024Profile,
      template: henan2024,
      catalog: catalog2024,
    }).findings.filter((x) => x.ruleId === "code.known");
    expect(builtin.map((x) => [x.severity, x.params.coverage])).toEqual([["info", "partial"]]);
  });

  it("checks printed names against its own names", () => {
    const [f] = findings(disclosure("2013101", "机关服务"), "code.name");
    expect([f?.severity, f?.params.expected]).toEqual(["warning", "行政运行"]);
  });
});
