/**
 * 五(三)'s items read however the text layer prints their punctuation: half-width `,` `;` `:`
 * (a printer without full-width punctuation) or a comma followed by an ideographic space. The
 * fixtures' own texts so printed find what they find as printed (metamorphic, probe 2026-12-07):
 * before, an item's budget printed out of its place before `，支出决算为` and an item's use after
 * `主要用于:` were lost, and with them the items' sum and a 基本支出 said of a 项目支出.
 */
import { describe, expect, it } from "vitest";
import { finalAlarms as alarms, FINANCE, PLANNING, SOCIAL } from "./support/final-narrative";

const VARIANTS: readonly (readonly [string, (s: string) => string])[] = [
  ["half-width , ; :", (s) => s.replace(/，/gu, ",").replace(/；/gu, ";").replace(/：/gu, ":")],
  ["an ideographic space after each comma", (s) => s.replace(/，/gu, "，\u3000")],
  ["a space after each comma", (s) => s.replace(/，/gu, "， ")],
];

describe.each(VARIANTS)("决算 情况说明 printed with %s", (_, vary) => {
  it.each([
    ["上海市普陀区财政局", FINANCE],
    ["规划和自然资源局", PLANNING],
    ["社会工作部", SOCIAL],
  ] as const)("%s: the same findings as printed", (_, fixture) => {
    const own = alarms(fixture, fixture.narrative).sort();
    expect(own).not.toEqual([]);
    expect(alarms(fixture, vary(fixture.narrative)).sort()).toEqual(own);
  });
});
