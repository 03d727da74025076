/**
 * False alarms that the narrative rules must not raise: figures of the region's budget (`全县一般
 * 公共预算支出…`, `全区机关运行经费…`, `区本级财政…收入`, `占全县…的0.08%`) are not the
 * department's; they are left unplaced (`region`). The department's own figures beside them, and
 * its money named by where it comes from (`本级财政拨款`), are still checked.
 */
import { describe, expect, it } from "vitest";
import { tableBuilder } from "../../disclosure";
import { findings } from "../../rules/test-support";
import { henan2024 } from "../../templates";
import { read } from "../test-support";
import { checker, disclosure } from "./test-support";

const check = checker("narrative.amount", "narrative.percent", "narrative.consistent");
const tables = [
  tableBuilder(henan2024, "expenditure")
    .total({ total: "969.06", basic: "682.06", project: "287.00" })
    .build().value,
  tableBuilder(henan2024, "operatingCost").total({ total: "49.68" }).build().value,
];
const run = (body: string) => {
  const r = check(disclosure(tables, body));
  return ["narrative.amount", "narrative.percent", "narrative.consistent"].flatMap((id) =>
    findings(r, id).map((f) => `${id} ${f.params.claim ?? ""}`),
  );
};
const regions = (body: string) =>
  read(body)
    .unplaced.filter((u) => u.startsWith("region"))
    .map((u) => u.split(/[[\]]/u)[1]);

describe("a region's figure is not the department's", () => {
  it.each([
    ["支出合计969.06万元。全县一般公共预算支出预算为285,000.00万元。", "285,000.00万元"],
    ["支出合计969.06万元，占全县一般公共预算支出的0.34%。", "0.34%"],
    ["支出合计969.06万元。区本级财政一般公共预算收入为120,000.00万元。", "120,000.00万元"],
    ["机关运行经费49.68万元。全区机关运行经费预算38,000.00万元。", "38,000.00万元"],
    ["2024年全市一般公共预算支出120亿元，比上年增长5%。", "120亿元"],
    ["全县“三公”经费预算3,200.00万元，比上年减少100.00万元。", "100.00万元"],
    ["机关运行经费49.68万元，全省机关运行经费压减10%。", "10%"],
    ["全县共有公务用车500辆。本部门共有车辆2辆。", "500辆"],
    ["县本级支出预算300,000.00万元，本部门969.06万元。", "300,000.00万元"],
    // a league (盟) of Inner Mongolia is a level as a city is: its own level's budget is the region's
    ["盟本级支出预算300,000.00万元，本部门969.06万元。", "300,000.00万元"],
    ["盟本级一般公共预算支出45,000.00万元。支出合计969.06万元。", "45,000.00万元"],
  ])("%s: no finding, %s left as the region's", (body, figure) => {
    expect(run(body)).toEqual([]);
    expect(regions(body)).toContain(figure);
  });

  it.each([
    "从本级财政取得支出预算969.06万元。",
    "本级财政拨款支出969.06万元。",
    "为完全区分，支出合计969.06万元。",
  ])("the department's own: %s", (body) => {
    expect(regions(body)).toEqual([]);
  });
});

describe("the department's figures beside a region's are still checked", () => {
  it.each([
    "全县一般公共预算支出预算为285,000.00万元，本部门支出合计960.06万元。",
    "全县一般公共预算支出预算为285,000.00万元。本部门支出合计960.06万元。",
    "从本级财政取得支出预算960.06万元。",
  ])("a wrong 支出合计 (960.06 for 969.06) is found: %s", (body) => {
    expect(run(body)).toHaveLength(1);
  });
});

describe("the department's work over the region is the department's figure (review)", () => {
  it.each([
    "本部门负责全县教育工作，2024年支出合计960.06万元。",
    "本部门主要负责全县交通运输工作，支出合计960.06万元。",
  ])("%s: compared, the wrong figure found", (body) => {
    expect(run(body).filter((f) => f.startsWith("narrative.amount")).length).toBeGreaterThan(0);
  });
  it("本部门主要负责全县交通运输工作支出合计960.06万元: a work's spending (a part), left unplaced", () => {
    expect(run("本部门主要负责全县交通运输工作支出合计960.06万元。")).toEqual([]);
  });
  it("本部门负责全县教育工作，2024年支出合计969.06万元: clean", () => {
    expect(run("本部门负责全县教育工作，2024年支出合计969.06万元。")).toEqual([]);
  });
});
