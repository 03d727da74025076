/**
 * A title naming two tables' subjects (`“三公”经费和机关运行经费预算表`, `…、机关运行经费和政府采购
 * 预算表`) is a combined table: none of the optional kinds of one subject (机关运行经费, 政府采购,
 * 国有资产占用, “三公”经费、会议费、培训费) takes it, so its 合计 (the 三公 total) is never read as the
 * 机关运行经费. It stays `unknown-title` (coverage) unless the template has a combined kind
 * (Shanghai's 三公和机关运行经费 table, in its 和 / 及 / 、 wordings). Where a 机关运行经费 table
 * prints both a 合计 and a 机关运行经费 column, the 机关运行经费 is its figure, and a wrong one is
 * still found.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import type { Disclosure } from "../src/disclosure";
import { withNarrative } from "../src/narrative";
import { rankTableKinds, readPrintedTable } from "../src/printed";
import type { PrintedTable } from "../src/printed/types";
import { checkDisclosure, nationalProfile, type Profile, shanghaiProfile } from "../src/rules";
import { henan2024, nationalMinimum, shanghai, type Template } from "../src/templates";

const ONE_SUBJECT = ["agencyOperating", "procurement", "assets", "sanGongMeetings"];

const COMBINED = [
  "2024年“三公”经费和机关运行经费预算表",
  "“三公”经费及机关运行经费预算表",
  "一般公共预算“三公”经费、机关运行经费预算表",
  "“三公”经费、机关运行经费和政府采购预算表",
  "机关运行经费和政府采购预算表",
  "政府采购和国有资产占用情况表",
  "“三公”经费、会议费、培训费和机关运行经费预算表",
];

const SAN_GONG = [
  "合计",
  "因公出国（境）费",
  "公务接待费",
  "公务用车购置及运行费/小计",
  "公务用车购置及运行费/公务用车购置费",
  "公务用车购置及运行费/公务用车运行费",
  "机关运行经费",
];
const ROW = ["12.00", "2.00", "3.00", "7.00", "0", "7.00", "85.50"];

function check(template: Template, profile: Profile, printed: PrintedTable, say: string) {
  const read = readPrintedTable(printed, {
    template,
    catalog: catalog2024.functional,
    year: 2024,
    units: [],
  });
  const disclosure: Disclosure = {
    meta: {
      year: 2024,
      documentKind: "部门",
      template: template.id,
      department: { name: "某局", code: "116" },
      units: [],
    },
    tables: read.table === undefined ? [] : [read.table],
    texts: [
      {
        title: "情况说明",
        body: `六、机关运行经费情况\n2024年本部门机关运行经费财政拨款预算${say}万元，主要用于办公费、水电费等。`,
      },
    ],
  };
  const report = checkDisclosure(disclosure, {
    profile: withNarrative(profile),
    template,
    catalog: catalog2024,
  });
  return {
    kind: read.table?.kind,
    errors: report.findings.filter((f) => f.severity === "error").map((f) => f.ruleId),
  };
}

describe("a title naming two subjects is no one-subject optional kind", () => {
  for (const template of [nationalMinimum, henan2024, shanghai])
    for (const title of COMBINED)
      it(`${template.id}: ${title}`, () => {
        const ids = rankTableKinds(title, template).map((r) => r.kind.id);
        expect(ids.filter((id) => ONE_SUBJECT.includes(id))).toEqual([]);
      });

  it("Shanghai reads its combined table in the 和 / 及 / 、 wordings", () => {
    for (const title of COMBINED.slice(0, 3))
      expect(rankTableKinds(title, shanghai)[0]?.kind.id, title).toBe("sanGongAndOperating");
  });

  it("the one-subject titles are still read", () => {
    expect(rankTableKinds("2024年机关运行经费预算表", nationalMinimum)[0]?.kind.id).toBe(
      "agencyOperating",
    );
    expect(rankTableKinds("部门政府采购预算表", henan2024)[0]?.kind.id).toBe("procurement");
    expect(rankTableKinds("国有资产占用情况表", shanghai)[0]?.kind.id).toBe("assets");
    expect(
      rankTableKinds("一般公共预算“三公”经费、会议费、培训费预算表", nationalMinimum)[0]?.kind.id,
    ).toBe("sanGongMeetings");
  });
});

describe("the narrative's correct 机关运行经费 beside a combined table", () => {
  const cases: readonly (readonly [Template, Profile, string])[] = [
    [nationalMinimum, nationalProfile, "2024年“三公”经费和机关运行经费预算表"],
    [nationalMinimum, nationalProfile, "一般公共预算“三公”经费、机关运行经费预算表"],
    [shanghai, shanghaiProfile, "“三公”经费及机关运行经费预算表"],
    [shanghai, shanghaiProfile, "“三公”经费、机关运行经费预算表"],
  ];
  for (const [template, profile, title] of cases)
    it(`${template.id}: ${title}`, () => {
      const printed = { title, unit: "万元", headers: SAN_GONG, rows: [ROW] };
      expect(check(template, profile, printed, "85.50").errors).toEqual([]);
    });
});

describe("a 机关运行经费预算表 printing 合计 beside 机关运行经费", () => {
  const printed = {
    title: "2024年机关运行经费预算表",
    unit: "万元",
    headers: SAN_GONG,
    rows: [ROW],
  };
  it("takes the 机关运行经费 column: the correct figure gives no error", () => {
    const r = check(nationalMinimum, nationalProfile, printed, "85.50");
    expect(r.kind).toBe("agencyOperating");
    expect(r.errors).toEqual([]);
  });
  it("still finds a wrong figure", () => {
    const r = check(nationalMinimum, nationalProfile, printed, "86.50");
    expect(r.errors).toContain("narrative.amount");
  });
  it("still finds a wrong figure in a plain one", () => {
    const plain = {
      title: "机关运行经费预算表",
      unit: "万元",
      headers: ["合计"],
      rows: [["85.50"]],
    };
    expect(check(nationalMinimum, nationalProfile, plain, "85.50").errors).toEqual([]);
    expect(check(nationalMinimum, nationalProfile, plain, "58.50").errors).toContain(
      "narrative.amount",
    );
  });
});
