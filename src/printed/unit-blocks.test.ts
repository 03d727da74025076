/**
 * The unit a block's heading names, as its key: a unit label, a list ordinal, `其中` and a
 * subtotal's word at the end set aside, so one unit printed several ways is one unit.
 */
import { describe, expect, it } from "vitest";
import { labelKey } from "../templates/wording";
import { headingUnitKey, sharedUnitNames } from "./unit-blocks";

describe("headingUnitKey", () => {
  const key = labelKey("某区某某局（本级）");
  it.each([
    "某区某某局（本级）",
    "某区某某局（本级）小计",
    "某区某某局（本级）合计",
    "某区某某局（本级）（小计）",
    "某区某某局(本级) 小 计",
    "一、某区某某局（本级）",
    "（一）某区某某局（本级）",
    "1.某区某某局（本级）",
    "其中：某区某某局（本级）",
    "单位：某区某某局（本级）",
    "单位名称：某区某某局（本级）小计",
  ])("%s", (label) => expect(headingUnitKey(label)).toBe(key));

  it("a subtotal's word alone names no unit", () => {
    for (const label of ["小计", "合计", "（小计）"]) expect(headingUnitKey(label)).toBe("");
  });
});

describe("sharedUnitNames", () => {
  it("a name given two codes is shared; one given the same unit twice, or no code, is not", () => {
    const shared = sharedUnitNames([
      { code: "301001", name: "某局本级" },
      { code: "301009", name: "某局本级" },
      { code: "301002", name: "某中心" },
      { code: "301002", name: "某中心" },
      { name: "某所" },
      { name: "某所" },
    ]);
    expect([...shared]).toEqual([labelKey("某局本级")]);
  });
});
