/**
 * `运转类项目支出` / `运转类支出` alone is not the tables' 其他运转类 project spending: the national
 * classification's 运转类 holds the 公用经费 projects too (预算项目: 人员类, 运转类 = 公用经费 + 其他
 * 运转类, 特定目标类). Its figure is compared with the 其他运转类 projects only where it is a part of
 * 项目支出 (`项目支出…，其中：运转类项目支出…`, `项目支出中，运转类…`); elsewhere it is unplaced (was:
 * read as 其他运转类, a false narrative.amount error on 运转类 = 公用经费 + 其他运转类). `其他运转类` is
 * that part wherever it stands; a wrong figure of it is still an error.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import { withNarrative } from "../src/narrative";
import { read } from "../src/narrative/test-support";
import { checkDisclosure, henan2024Profile } from "../src/rules";
import { henan2024 } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { fixtureDisclosure } from "./support/disclosures";

const { disclosure } = fixtureDisclosure(henan2024Fixture, henan2024);
const profile = withNarrative(henan2024Profile);
/** The Henan fixture's tables (其他运转类 53.50, 特定目标类 233.50) with this 情况说明. */
const alarms = (body: string) =>
  checkDisclosure(
    { ...disclosure, texts: [{ title: "情况说明", body }] },
    { profile, template: henan2024, catalog: catalog2024 },
  )
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.ruleId} ${JSON.stringify(f.params)}`);
const operating = (text: string) =>
  read(text).claims.filter((c) => c.includes("nature=project.operating"));

describe("运转类 alone: 公用经费 and 其他运转类 alike, unplaced", () => {
  it.each([
    "2024年运转类项目支出105.18万元。",
    "2024年运转类支出105.18万元，比上年增加2.00万元。",
    "本部门运转类项目支出105.18万元，主要用于保障机构正常运转。",
    "支出合计969.06万元，其中：人员类项目支出630.38万元，运转类项目支出105.18万元，特定目标类项目支出233.50万元。",
  ])("%s", (body) => {
    expect(operating(body)).toEqual([]);
    expect(alarms(body)).toEqual([]);
  });
});

describe("运转类 as a part of 项目支出, and 其他运转类: the 其他运转类 projects", () => {
  it.each([
    "项目支出287.00万元，其中：运转类项目支出53.50万元，特定目标类项目支出233.50万元。",
    "项目支出287.00万元，其中运转类支出53.50万元，特定目标类支出233.50万元。",
    "项目支出中，运转类项目支出53.50万元。",
    "2024年其他运转类项目支出53.50万元。",
  ])("placed, no alarm: %s", (body) => {
    expect(operating(body)).toHaveLength(1);
    expect(alarms(body)).toEqual([]);
  });

  it.each([
    "项目支出287.00万元，其中：运转类项目支出9.50万元，特定目标类项目支出233.50万元。",
    "项目支出中，运转类项目支出9.50万元。",
    "2024年其他运转类项目支出9.50万元。",
  ])("a wrong figure is still caught: %s", (body) => {
    expect(alarms(body).filter((a) => a.includes("9.50"))).toHaveLength(1);
  });
});
