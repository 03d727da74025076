import { describe, expect, it } from "vitest";
import { code } from "../codes";
import { mapping2024 } from "./2024";
import {
  defineEconomicMapping,
  type MappingRule,
  mappingAllows,
  mappingRules,
  mappingTargets,
} from "./mapping";

describe("mappingTargets (built-in 2024)", () => {
  it("maps 机关 wages to 50101", () => {
    expect(mappingTargets(mapping2024, "30101", "机关")).toEqual(["50101"]);
    expect(mappingTargets(mapping2024, code("departmental", "30103"), "机关")).toEqual(["50101"]);
  });

  it("maps 30107 绩效工资 to 50501 for 机关 too (Henan 2024 prints it in a 行政 department)", () => {
    expect(mappingTargets(mapping2024, "30107", "机关")).toContain("50501");
    expect(mappingTargets(mapping2024, "30107", "事业单位")).toContain("50501");
  });

  it("lets an exact 款 rule beat the class rule, per unit kind", () => {
    // 30101 has a 机关 rule only, so a 事业单位 falls back to the class rule 301* → 50501
    expect(mappingTargets(mapping2024, "30101", "事业单位")).toEqual(["50501"]);
    expect(mappingRules(mapping2024, "30101", "事业单位").map((r) => r.from)).toEqual(["301"]);
    expect(mappingTargets(mapping2024, "30201", "事业单位")).toEqual(["50502"]);
    expect(mappingTargets(mapping2024, "30201", "机关")).toEqual(["50201"]);
  });

  it("resolves '511xx (same 款 suffix)' per row", () => {
    expect(mappingTargets(mapping2024, "30703", "事业单位")).toEqual(["51103"]);
  });

  it("keeps the class-level target 504 for 309 in 机关 and 50602 in 事业单位", () => {
    expect(mappingTargets(mapping2024, "30901", "机关")).toEqual(["504"]);
    expect(mappingTargets(mapping2024, "30901", "事业单位")).toEqual(["50602"]);
  });

  it("allows the alternative the reference data names for 31007 only", () => {
    expect(mappingTargets(mapping2024, "31007", "机关")).toEqual(["50399", "50306"]);
    expect(mappingTargets(mapping2024, "31008", "机关")).toEqual(["50399"]);
  });

  it("is empty for an unknown or invalid code", () => {
    expect(mappingTargets(mapping2024, "30210", "机关")).toEqual([]); // not a code
    expect(mappingTargets(mapping2024, "39909", "机关")).toEqual([]); // no rule
    expect(mappingTargets(mapping2024, "50101", "机关")).toEqual([]);
    expect(mappingTargets(mapping2024, code("government", "50101"), "机关")).toEqual([]);
  });
});

describe("mappingAllows", () => {
  it("accepts listed targets and any 款 of a class target", () => {
    expect(mappingAllows(mapping2024, "30101", "机关", "50101")).toBe(true);
    expect(mappingAllows(mapping2024, "30901", "机关", "504 05")).toBe(true);
    expect(mappingAllows(mapping2024, "30901", "机关", "504")).toBe(true);
  });

  it("rejects other codes", () => {
    expect(mappingAllows(mapping2024, "30101", "机关", "50501")).toBe(false);
    expect(mappingAllows(mapping2024, "30901", "机关", "50301")).toBe(false);
    expect(mappingAllows(mapping2024, "30101", "机关", "30101")).toBe(false);
  });
});

describe("defineEconomicMapping", () => {
  const rule: MappingRule = { from: "302 01", unitKinds: ["机关"], to: ["502-01"], basis: ["S"] };

  it("normalizes printed codes", () => {
    const r = defineEconomicMapping({ year: 2024, rules: [rule] });
    expect(r.ok && r.value.rules[0]).toEqual({ ...rule, from: "30201", to: ["50201"] });
    expect(r.ok && mappingTargets(r.value, "30201", "机关")).toEqual(["50201"]);
    expect(r.ok && mappingTargets(r.value, "30201", "事业单位")).toEqual([]);
  });

  it("reports every problem", () => {
    const r = defineEconomicMapping({
      year: 0,
      rules: [
        { from: "50101", unitKinds: [], to: [], basis: [] },
        { from: "30101", unitKinds: ["机关"], to: ["30101", "5010"], basis: [] },
      ],
    });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toEqual([
      { code: "invalid-year", input: 0 },
      { code: "invalid-mapping-code", input: "50101", position: 0, field: "from" },
      { code: "empty-mapping-field", input: "50101", position: 0, field: "unitKinds" },
      { code: "empty-mapping-field", input: "50101", position: 0, field: "to" },
      { code: "invalid-mapping-code", input: "30101", position: 1, field: "to" },
      { code: "invalid-mapping-code", input: "5010", position: 1, field: "to" },
    ]);
  });

  it("rejects unit kinds outside the union (data read from JSON)", () => {
    const raw: unknown = JSON.parse(
      '{"from":"30101","unitKinds":["事业"],"to":["50101"],"basis":[]}',
    );
    const r = defineEconomicMapping({ year: 2024, rules: [raw as MappingRule] });
    expect(!r.ok && r.error).toEqual([{ code: "invalid-unit-kind", input: "事业", position: 0 }]);
  });
});
