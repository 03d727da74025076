import { describe, expect, it } from "vitest";
import { amount } from "../amount";
import { catalog2024 } from "../catalog/2024";
import { type Disclosure, disclosureBuilder, tableBuilder } from "../disclosure";
import { checkDisclosure } from "../rules/check";
import { henan2024Profile } from "../rules/profiles";
import type { Profile } from "../rules/types";
import { henan2024 } from "../templates";
import { henan2024Narrative } from "./henan2024";
import { type NarrativeInputs, renderNarrative } from "./render";
import { NARRATIVE_RULES } from "./rules";

const h = (kind: string) => tableBuilder(henan2024, kind);

/** A small consistent unit: 1,200.00 spent, 900.00 basic (800 personnel + 100 public), 300.00 projects. */
function unit(sanGongTotal = "12.50"): Disclosure {
  const built = disclosureBuilder(henan2024, {
    year: 2024,
    documentKind: "单位",
    department: { name: "某县某局" },
    units: [{ name: "某县某局", unitType: "行政" }],
  })
    .table(
      h("summary")
        .line("revenue.gpb", { "income.amount": "1,200.00" })
        .line("revenue.total", { "income.amount": "1,200.00" })
        .line("spending.total", { "spending.amount": "1,200.00" })
        .build().value,
    )
    .table(
      h("income")
        .total({ total: "1,200.00", revenue: "1,200.00", gpb: "1,200.00", business: "" })
        .build().value,
    )
    .table(
      h("expenditure").total({ total: "1,200.00", basic: "900.00", project: "300.00" }).build()
        .value,
    )
    .table(
      h("gpbExpenditure").total({ total: "1,200.00", basic: "900.00", project: "300.00" }).build()
        .value,
    )
    .table(
      h("gpbBasic").total({ total: "900.00", personnel: "800.00", public: "100.00" }).build().value,
    )
    .table(
      h("sanGong")
        .single({
          total: sanGongTotal,
          abroad: "",
          vehicles: "10.00",
          "vehicles.purchase": "",
          "vehicles.operation": "10.00",
          reception: "2.50",
        })
        .build().value,
    )
    .table(h("operatingCost").total({ total: "80.00" }).build().value)
    .table(h("projects").project("信息化建设", { total: "300.00" }).build().value)
    .build();
  return built.value;
}

const inputs: NarrativeInputs = {
  template: henan2024Narrative,
  tables: henan2024,
  name: "某局",
  prior: {
    "spending.total": amount("1,300.00"),
    gpb: amount("1,300.00"),
    sanGong: amount("12.50"),
    "sanGong.abroad": amount("0"),
    "sanGong.reception": amount("2.50"),
    "sanGong.vehicles.purchase": amount("0"),
    "sanGong.vehicles.operation": amount("10.00"),
    operatingCost: amount("80.00"),
  },
  reasons: { "spending.total": "项目减少。", gpb: "项目减少。" },
  procurement: {
    total: amount("50.00"),
    byCategory: { 货物: amount("20.00"), 服务: amount("30.00") },
  },
  assets: { asOf: "2023年末", vehicles: 1, vehicleCategories: [["一般公务用车", 1]] },
};

/**
 * The text is checked by the narrative rules alone: the table rules never read it, and what they
 * say of the unit is checked once below (a whole check costs twice as much, on every mutant of
 * src/narrative these tests cover).
 */
const narrativeOnly: Profile = { ...henan2024Profile, rules: [...NARRATIVE_RULES] };
const check = (d: Disclosure, body: string, profile: Profile = narrativeOnly) =>
  checkDisclosure(
    { ...d, texts: [{ title: "情况说明", body }] },
    { profile, template: henan2024, catalog: catalog2024 },
  );
const serious = (r: ReturnType<typeof check>) =>
  r.findings
    .filter((f) => f.severity !== "info")
    .map((f) => `${f.ruleId} ${JSON.stringify(f.params)}`);

describe("renderNarrative (Henan 2024 template)", () => {
  const d = unit();
  const text = renderNarrative(d, inputs);

  it("writes decreases as 减少 / 下降, 持平 as 保持一致, and the sources, shares and procurement it is given", () => {
    expect(text).toContain(
      "收入总计1,200.00万元，支出总计1,200.00万元，与2023年预算相比，收支总计各减少100.00万元，下降7.69%。主要原因：项目减少。",
    );
    expect(text).toContain("收入合计1,200.00万元，其中：一般公共预算拨款收入1,200.00万元。");
    expect(text).toContain("其中：基本支出900.00万元，占75.00%；项目支出300.00万元，占25.00%。");
    expect(text).toContain(
      "其中：人员经费支出800.00万元，占88.89%；公用经费支出100.00万元，占11.11%。",
    );
    expect(text).toContain("2024年“三公”经费支出预算数与2023年保持一致。");
    expect(text).toContain(
      "政府采购预算50.00万元，其中：政府采购货物预算20.00万元、政府采购服务预算30.00万元。",
    );
    expect(text).toContain("共1个项目");
    expect(text).toContain("2023年末，某局共有车辆1辆，其中：一般公务用车1辆。");
  });

  it("writes a unit the table rules find consistent (so a finding below is the text's)", () => {
    expect(serious(check(d, "", henan2024Profile))).toEqual([]);
  });

  it("reads back through extractClaims and passes every narrative rule, nothing unplaced", () => {
    const r = check(d, text);
    expect(r.findings.filter((f) => f.ruleId.startsWith("narrative."))).toEqual(r.findings);
    expect(serious(r)).toEqual([]);
  });

  it("catches a changed cell: the text it wrote no longer agrees with the tables", () => {
    const changed = unit("12.60");
    const r = check(changed, text);
    const claim = r.findings.filter((f) => f.ruleId === "narrative.amount");
    expect(claim.map((f) => [f.params.expected, f.params.actual])).toEqual([["12.60", "12.50"]]);
  });

  it("writes without last year's figures, leaving out the changes", () => {
    const bare = renderNarrative(d, { template: henan2024Narrative, tables: henan2024 });
    expect(bare).toContain("某县某局2024年收入总计1,200.00万元，支出总计1,200.00万元。");
    expect(bare).not.toContain("相比");
    expect(bare).toContain("某县某局2024年无政府采购预算安排。");
    expect(serious(check(d, bare))).toEqual([]);
  });
});
