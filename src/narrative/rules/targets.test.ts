import { describe, expect, it } from "vitest";
import { tableBuilder } from "../../disclosure";
import { findings, outcome } from "../../rules/test-support";
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
const run = (body: string) => check(disclosure([targets], body));
const seen = (body: string) =>
  findings(run(body), "targets.narrative").map((f) => [
    f.params.kind,
    f.params.expected,
    f.params.actual,
    f.params.claim,
    f.path?.column,
  ]);

describe("targets.narrative: the text's projects with targets against the targets table", () => {
  it("passes the count and the money the targets give", () => {
    const r = run("对项目支出全面实施绩效目标管理，共2个项目，涉及预算拨款12.00万元。");
    expect(outcome(r, "targets.narrative")).toBe("pass");
  });

  it("reports a wrong count with both counts and the sentence, at the count's offset", () => {
    const body = "本单位共有车辆2辆。对项目支出全面实施绩效目标管理，共3个项目。";
    expect(seen(body)).toEqual([
      ["count", 2, 3, "对项目支出全面实施绩效目标管理，共3个项目", String(body.indexOf("3个"))],
    ]);
  });

  it("reports money that is not the sum of the projects', in the count's sentence only", () => {
    expect(
      seen("对项目支出全面实施绩效目标管理，涉及预算拨款12.50万元，共2个项目。").map((f) =>
        f.slice(0, 3),
      ),
    ).toEqual([["amount", "12.00", "12.50"]]);
    // project money in the next sentence is not this count's
    expect(seen("对项目支出全面实施绩效目标管理，共2个项目。项目支出12.50万元。")).toEqual([]);
  });

  it("is not applicable without a count of projects in the text", () => {
    expect(outcome(run("涉及预算拨款12.00万元。"), "targets.narrative")).toBe("not-applicable");
  });
});
