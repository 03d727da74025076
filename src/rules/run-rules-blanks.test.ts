import { describe, expect, it } from "vitest";
import type { Disclosure } from "../disclosure";
import type { Fact } from "../facts";
import { henan2024 } from "../templates";
import { runRules } from "./check";
import { buildContext } from "./context";
import { allPrintedFacts } from "./per-check";
import { henan2024Profile } from "./profiles";
import type { Profile, Rule } from "./types";

/**
 * The cells no rule reached, where rules cite blank cells (a sum cites its blank parts): a blank
 * is never listed, reached or not, and citing one reaches no figure of another cell.
 */
const disclosure: Disclosure = {
  meta: {
    year: 2024,
    documentKind: "单位",
    template: "henan2024",
    department: { name: "x" },
    units: [],
  },
  tables: [
    {
      kind: "sanGong",
      unit: "万元",
      rows: [
        {
          key: { kind: "single" },
          cells: { total: "6.50", abroad: "", vehicles: "-", reception: "2.50" },
        },
      ],
    },
  ],
  texts: [],
};

const citing = (pick: (facts: readonly Fact[]) => Fact["source"][]): Profile => {
  const rule: Rule = {
    id: "a",
    severity: "error",
    domain: "test",
    reads: [],
    title: { "zh-CN": "a", en: "a" },
    message: () => ({ "zh-CN": "", en: "" }),
    check: (ctx) => ({ outcome: "pass", findings: [], checked: pick(allPrintedFacts(ctx)) }),
  };
  return { ...henan2024Profile, rules: [rule] };
};

describe("cells no rule reached, with blank cells cited", () => {
  const run = (profile: Profile) =>
    runRules(buildContext(disclosure, henan2024, undefined, henan2024Profile.definitions), {
      template: henan2024,
      profile,
    }).unconstrained.map((c) => c.column);

  it("a rule citing only blanks reaches no figure", () => {
    expect(run(citing((fs) => fs.filter((f) => f.value === null).map((f) => f.source)))).toEqual([
      "total",
      "reception",
    ]);
  });

  it("a rule citing blanks and one figure reaches that figure alone", () => {
    expect(
      run(
        citing((fs) =>
          fs.filter((f) => f.value === null || f.source.column === "total").map((f) => f.source),
        ),
      ),
    ).toEqual(["reception"]);
  });
});
