/**
 * Counts of some of the projects in prose (`涉及两个项目`, `新增信息化建设项目3项`) are no statement
 * of how many projects there are: a count in Chinese numerals or in 项 is all of them only where a
 * total is stated (`共十一个项目`, `项目共11项`). A wrong stated total is still caught.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import { withNarrative } from "../src/narrative";
import { checkDisclosure, henan2024Profile } from "../src/rules";
import { henan2024 } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { fixtureDisclosure } from "./support/disclosures";

const base = fixtureDisclosure(henan2024Fixture, henan2024).disclosure;
const profile = withNarrative(henan2024Profile);

/** The count findings (warning or error) of the Henan example with `sentence` added to its text. */
function countFindings(sentence: string): string[] {
  const [first, ...rest] = base.texts ?? [];
  if (first === undefined) throw new Error("the fixture has a text");
  const texts = [{ ...first, body: `${first.body}\n${sentence}` }, ...rest];
  const report = checkDisclosure(
    { ...base, texts },
    { profile, template: henan2024, catalog: catalog2024 },
  );
  return report.findings
    .filter((f) => f.severity !== "info" && JSON.stringify(f.params).includes("count"))
    .map((f) => `${f.ruleId} ${JSON.stringify(f.params)}`);
}

describe("counts of some of the projects", () => {
  const before = countFindings("");
  it.each([
    "民兵训练涉及两个项目，资金160.00万元。",
    "整合为两个项目实施。",
    "围绕“十四五”规划确定的三个项目推进。",
    "本年新增两个项目。",
    "新增信息化建设项目3项。",
    "新增信息化建设项目三项。",
    "一般公共预算安排两个项目。",
  ])("%s: no count finding", (sentence) => {
    expect(countFindings(sentence)).toEqual(before);
  });

  it.each([
    "本部门2024年共十二个项目。",
    "本部门2024年项目共12项。",
    "本部门2024年项目支出合计十二个项目。",
  ])("a wrong total is still caught: %s", (sentence) => {
    expect(countFindings(sentence).length).toBeGreaterThan(before.length);
  });
});
