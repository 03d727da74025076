/**
 * A count in 个 right after 项目 is of all the projects only where 项目 follows nothing narrower:
 * the clause's start, the document's or a unit's own name (`本部门`, `XX局`), `部门` / `预算` /
 * a year, a total word (`共有`, `共安排`, `合计`) or the words that say which projects carry
 * targets (`实行绩效目标管理的项目`, `编报绩效目标的项目`, `绩效目标管理项目`, `涉及项目`). A word the
 * library does not know before 项目 (`信息化建设项目3个`, `基本建设项目三个`, `专项项目二个`,
 * `公共服务项目3个`) names a kind of project: that count is unplaced from the whole, not compared
 * with the targets table's count (was: read as the count of all the projects, a false
 * `targets.narrative` error). A wrong count of all the projects is still an error.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import { withNarrative } from "../src/narrative";
import { read } from "../src/narrative/test-support";
import { checkDisclosure, henan2024Profile } from "../src/rules";
import { henan2024 } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { fixtureDisclosure } from "./support/disclosures";

const counts = (text: string) => read(text).claims.filter((c) => c.startsWith("count"));

describe("a count right after 项目: all of them, or a kind", () => {
  it.each([
    ["2024年新增信息化建设项目3个。", "count projects 2024年新增信息化建设项目 3个 current"],
    ["2024年安排信息化建设项目3个。", "count projects 2024年安排信息化建设项目 3个 current"],
    ["2024年安排基本建设项目三个。", "count projects 2024年安排基本建设项目 3个 current"],
    ["本部门公共服务项目3个。", "count projects 本部门公共服务项目 3个 current"],
    ["2024年专项项目二个。", "count projects 2024年专项项目 2个 current"],
    ["2024年共安排信息化项目3个。", "count projects 2024年共安排信息化项目 3个 current"],
  ])("a kind the library does not know: %s", (text, claim) => {
    expect(counts(text)).toEqual([claim]);
  });

  it.each([
    ["2024年本部门实行绩效目标管理的项目11个。", 11],
    ["2024年编制绩效目标的项目11个。", 11],
    ["本部门2024年纳入绩效目标管理的项目共11个。", 11],
    ["纳入绩效目标管理的项目12个。", 12],
    ["2024年绩效目标管理项目11个。", 11],
    ["绩效目标覆盖率100%，涉及项目11个。", 11],
    ["2024年共有项目11个。", 11],
    ["2024年共安排项目2个。", 2],
    ["本部门项目12个。", 12],
    ["2024年部门预算项目共15个。", 15],
    ["2024年度项目4个。", 4],
    ["中共洛阳市涧西区委办公室2024年项目11个。", 11],
    ["实行绩效目标管理的项目二十一个。", 21],
    ["2024年全年项目12个。", 12],
  ])("all of them: %s", (text, n) => {
    expect(counts(text)).toEqual([`count projects - ${n}个 current`]);
  });
});

const { disclosure } = fixtureDisclosure(henan2024Fixture, henan2024);
const profile = withNarrative(henan2024Profile);
/** The Henan fixture's tables (11 projects) with this 情况说明: its findings above info, by rule. */
const alarms = (body: string) =>
  checkDisclosure(
    { ...disclosure, texts: [{ title: "情况说明", body }] },
    { profile, template: henan2024, catalog: catalog2024 },
  )
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.ruleId} ${JSON.stringify(f.params)}`);

describe("checked against the Henan fixture's 11 projects", () => {
  it.each(["2024年新增信息化建设项目3个。", "2024年安排基本建设项目三个。", "其中专项项目二个。"])(
    "a kind's count is no alarm: %s",
    (body) => {
      expect(alarms(body)).toEqual([]);
    },
  );

  it.each(["2024年本部门实行绩效目标管理的项目12个。", "2024年共有项目十二个。"])(
    "a wrong count of all of them is still caught: %s",
    (body) => {
      const found = alarms(body);
      expect(
        found.some((a) => a.startsWith("targets.narrative")),
        found.join("\n"),
      ).toBe(true);
    },
  );
});
