/**
 * A 决算 printed with the 三公 table empty under its note (`本年度没有财政拨款“三公”经费支出，故本表
 * 无数据`, the 社会工作部 fixture): 七 claiming an outcome of 1.00 contradicts the note and is found
 * at the amount rule's severity; 七 saying there was none, or an outcome of 0, stays clean.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import type { Disclosure } from "../src/disclosure";
import { final2024, finalProfile } from "../src/final";
import { checkDisclosure } from "../src/rules";
import { putuoSocialWorkFinal2024Fixture as sw } from "./fixtures/putuo-social-work-final-2024";
import { fixtureDisclosure } from "./support/disclosures";

const NONE = "2024 年度无“三公”经费财政拨款支出。";

/** The 社会工作部 决算 with 七's sentence replaced, checked: its final.narrative.amount findings. */
const amountFindings = (seven: string) => {
  const { disclosure } = fixtureDisclosure(
    { ...sw, narrative: sw.narrative.replace(NONE, seven) },
    final2024,
  );
  const d: Disclosure = { ...disclosure, meta: { ...disclosure.meta, stage: "决算" } };
  const report = checkDisclosure(d, {
    profile: finalProfile,
    template: final2024,
    catalog: catalog2024,
  });
  return report.findings.filter((f) => f.ruleId === "final.narrative.amount");
};

describe("社会工作部 决算: 七 against its empty 三公 table", () => {
  it("finds an outcome of 1.00 (and its 公务接待费) against the note's none", () => {
    const found = amountFindings(
      "“三公”经费财政拨款支出年初预算为0万元，支出决算为1.00万元，其中：公务接待费决算为1.00万元。",
    );
    expect(found.map((f) => [f.severity, f.params.kind, f.params.what, f.params.printed])).toEqual([
      ["warning", "emptyTable", "“三公”经费支出决算", "1.00"],
      ["warning", "emptyTable", "公务接待费", "1.00"],
    ]);
  });

  it.each([
    NONE,
    "“三公”经费财政拨款支出年初预算为0万元，支出决算为0万元，其中：公务接待费决算为0万元。",
  ])("stays clean on %s", (seven) => {
    expect(amountFindings(seven)).toEqual([]);
  });
});
