/** A statement of none (`无…`) owned by a part of the document's units is no finding against the whole. */
import { describe, expect, it } from "vitest";
import { tableBuilder } from "../../disclosure";
import { findings } from "../../rules/test-support";
import { henan2024 } from "../../templates";
import { checker, disclosure } from "./test-support";

const check = checker("narrative.amount", "narrative.consistent");
const sanGong = tableBuilder(henan2024, "sanGong")
  .single({
    total: "6.50",
    abroad: "",
    vehicles: "4.00",
    "vehicles.operation": "4.00",
    reception: "2.50",
  })
  .build().value;

describe("a part's none against the whole's 三公 of 6.50万元", () => {
  it.each([
    "2024年本部门机关本级无“三公”经费预算，所属单位“三公”经费预算6.50万元。",
    "2024年局机关无“三公”经费支出，下属单位“三公”经费支出6.50万元。",
    "2024年本部门本级无“三公”经费，所属单位“三公”经费6.50万元。",
  ])("no finding: %s", (text) => {
    const r = check(disclosure([sanGong], text));
    expect([...findings(r, "narrative.amount"), ...findings(r, "narrative.consistent")]).toEqual(
      [],
    );
  });

  it("the whole's own none is still an error", () => {
    const r = check(disclosure([sanGong], "2024年本部门无“三公”经费预算。"));
    expect(findings(r, "narrative.amount").map((f) => f.severity)).toEqual(["error"]);
  });
});
