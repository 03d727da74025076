import { describe, expect, it } from "vitest";
import { tableBuilder } from "../../disclosure";
import { findings } from "../../rules/test-support";
import { henan2024 } from "../../templates";
import { checker, disclosure } from "./test-support";

const check = checker("targets.narrative");
const project = (name: string, total: string) => ({
  name,
  total,
  "output.name": "数量",
  "output.value": "≥1个",
});
/** Two projects with targets: 10.00 + 2.00 = 12.00万元. */
const targets = tableBuilder(henan2024, "projectTargets")
  .project("甲", project("甲", "10.00"))
  .project("乙", project("乙", "2.00"))
  .build().value;
const seen = (body: string) =>
  findings(check(disclosure([targets], body)), "targets.narrative").map((f) => [
    f.params.kind,
    f.params.actual,
    f.params.claim,
  ]);

describe("targets.narrative: which counts and which money are the targets'", () => {
  it("compares only this year's count of projects, not vehicles nor last year's projects", () => {
    expect(
      seen(
        "本单位共有车辆5辆。2023年对项目支出实施绩效目标管理，共3个项目。对项目支出全面实施绩效目标管理，共2个项目。",
      ),
    ).toEqual([]);
    // the document's year, not the text's latest, says which year is this one
    expect(seen("2023年对项目支出实施绩效目标管理，共3个项目。")).toEqual([]);
  });

  it("takes this year's project money of the count's sentence, not other money beside it", () => {
    expect(
      seen(
        "对项目支出全面实施绩效目标管理，共2个项目，基本支出900.00万元，上年项目支出10.00万元，涉及预算拨款12.00万元。",
      ),
    ).toEqual([]);
    // other money earlier in the count's sentence is not the projects'
    expect(
      seen(
        "基本支出900.00万元，对项目支出全面实施绩效目标管理，共2个项目，涉及项目支出12.00万元。",
      ),
    ).toEqual([]);
    // project money of the sentence before is not this count's
    expect(seen("项目支出12.50万元。对项目支出全面实施绩效目标管理，共2个项目。")).toEqual([]);
  });

  it("compares all projects only, not each kind of them, nor other things counted beside", () => {
    for (const list of [
      "其中：其他运转类项目1个，特定目标类项目1个",
      "其中重点项目1个",
      "设置绩效指标6个",
      "较上年增加1个",
    ])
      expect(
        seen(`对项目支出全面实施绩效目标管理，共2个项目，涉及预算拨款12.00万元，${list}。`),
      ).toEqual([]);
  });

  it("quotes the count's sentence trimmed", () => {
    expect(seen("本单位共有车辆2辆。 对项目支出全面实施绩效目标管理，共3个项目。")).toEqual([
      ["count", 3, "对项目支出全面实施绩效目标管理，共3个项目"],
    ]);
  });

  it("quotes at most 200 characters either side of the count in a sentence that does not end", () => {
    const before = "围绕年度重点工作任务，".repeat(25); // 250 characters without a stop
    const after = "聚焦年度目标任务推进，".repeat(25);
    const body = `${before}共3个项目，${after}。`;
    const at = body.indexOf("3个"); // the figure
    expect(seen(body)).toEqual([["count", 3, body.slice(at - 200, at + 200)]]);
  });
});
