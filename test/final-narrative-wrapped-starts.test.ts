/**
 * A 决算 情况说明 as pdftotext gives it, its lines broken where the page put them and not where a
 * page's width ends: a line the page began with a mark that cannot open a paragraph (`，占99.79%`,
 * an indented `。主要用于：` after an item's `…（项）`, `、工程采购金额…`), or with the rest of a figure
 * cut on a short line (`100.0` / `0%`, `1 万` / `元`, `0.` / `3万元`). Such a line goes on with the
 * paragraph before it, whatever its indent and the width of the line before (was: a paragraph of
 * its own, and 五(三)'s item and 四's total lost with it). Real paragraph starts stay apart: a
 * heading (`一、`, `（一）`) or a numbered item (`1、`) after a short line opens its paragraph.
 */
import { describe, expect, it } from "vitest";
import { readFinalNarrative } from "../src/final";
import type { DisclosureFixture } from "./fixtures/types";
import { FINANCE, finalReport, SOCIAL } from "./support/final-narrative";
import { wrapped } from "./support/wrap";

/** The reading without the paragraphs' own text (a paragraph joined from lines loses spaces). */
const reading = (text: string): unknown =>
  JSON.parse(
    JSON.stringify(readFinalNarrative(text, 2024), (k, v: unknown) =>
      k === "text" ? undefined : v,
    ),
  );

/**
 * `text` with a line broken `shift` characters into each `needle` (the rest on a line of its own,
 * the line before it short), then wrapped every `chars` characters, each line the cut opens
 * indented as a paragraph's first where `indented`.
 */
function brokenAt(
  text: string,
  chars: number,
  indented: boolean,
  cuts: readonly (readonly [string, number])[],
): string {
  let cut = text;
  for (const [needle, shift] of cuts) {
    const at = cut.indexOf(needle);
    if (at < 0) throw new Error(`no paragraph holds ${needle}`);
    cut = `${cut.slice(0, at + shift)}\n${cut.slice(at + shift)}`;
  }
  return wrapped(cut, chars, indented);
}

/** Where each fixture's lines are cut, as pdftotext has cut them (the rest on a short line). */
const CUTS: Record<string, readonly (readonly [string, number])[]> = {
  finance: [
    ["，占99.79%", 0],
    ["。主要用于：局本部", 0],
    ["。主要用于：局财政业务", 0],
    ["0.3万元", 2],
    ["，占11.11%", 0],
    ["、服务采购金额", 0],
    ["。 决算数小于预算数的主要原因：预算按周全保障测算", 0],
    ["1560.05 万元", 8],
    ["0.00万元，完成预算的0%；公务用车", 2],
    ["100.00%。与", 5],
  ],
  social: [
    ["100.00%。主要原因", 5],
    ["。主要用于：行政单位人员支出", 0],
    ["，占 100.00%", 0],
    ["307.82 万元，主要用于", 7],
    ["万元，其中：财政拨款收入", 1],
    ["，占34.30%", 0],
  ],
};

const FIXTURES: readonly (readonly [string, DisclosureFixture])[] = [
  ["finance", FINANCE],
  ["social", SOCIAL],
];

describe.each(FIXTURES)("the %s 决算's lines begun by what opens no paragraph", (name, fixture) => {
  const text = fixture.narrative;
  it.each([
    [29, true],
    [37, true],
    [44, true],
  ] as const)(
    "%i characters a line (indented: %s): the reading of the unbroken text",
    (chars, ind) => {
      const broken = brokenAt(text, chars, ind, CUTS[name] ?? []);
      expect(reading(broken)).toEqual(reading(text));
    },
  );
});

describe("the finance 决算's known errors, its lines so broken", () => {
  it("are found as in the unbroken text: 四's 0.3, 七's rates of a zero budget, 十一's 采购 sum", () => {
    const broken = brokenAt(FINANCE.narrative, 29, true, CUTS.finance ?? []);
    const found = finalReport(FINANCE, broken)
      .findings.filter((f) => f.ruleId.startsWith("final.narrative.") && f.severity !== "info")
      .map((f) => `${f.ruleId} ${String(f.params.kind)} ${f.actual ?? ""}`);
    expect(found).toContain("final.narrative.amount amount 0.3");
    expect(found.filter((f) => f === "final.narrative.rate zeroBudget ")).toHaveLength(2);
    expect(found).toContain("final.narrative.procurement sum 251.25");
    expect(found).toContain("final.narrative.budgetItems sum 2993.92");
  });
});

describe("real paragraph starts after a short line stay apart", () => {
  it.each([
    ["二、收入决算情况说明", "一、收入支出决算总体情况说明"],
    ["（二）一般公共预算财政拨款支出决算结构情况", "（一）一般公共预算财政拨款支出决算总体情况"],
    ["2、一般公共服务支出（类）", "1、一般公共服务支出（类）"],
  ])("%s", (start) => {
    // the line before it ends short and with no sentence's end
    const text = FINANCE.narrative.replace(`\n${start}`, `……\n${start}`);
    const lines = text.split("\n");
    expect(lines.some((l) => l.startsWith(start))).toBe(true);
    const r = readFinalNarrative(text, 2024);
    const before = readFinalNarrative(FINANCE.narrative, 2024);
    expect(r.items.length).toBe(before.items.length);
    expect(r.total?.value).toBe(before.total?.value);
  });
});
