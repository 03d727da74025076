/**
 * A figure the narrative states of something no table of the disclosure gives (机关运行经费 without
 * a table stating it, 政府采购, 三公 without its table): the reader placed it, but nothing checked
 * it, so the coverage counts it as a gap `not-compared` — never a finding on the document, and not
 * as placed. The same figure with the table is compared, and a wrong one is an error.
 */
import { describe, expect, it } from "vitest";
import type { Table } from "../../disclosure";
import { tableBuilder } from "../../disclosure";
import { henan2024, shanghai } from "../../templates";
import { check, disclosure } from "./test-support";

const sanGong = tableBuilder(henan2024, "sanGong")
  .single({
    total: "6.50",
    abroad: "",
    vehicles: "4.00",
    reception: "2.50",
  })
  .build().value;
const operating = tableBuilder(henan2024, "operatingCost").total({ total: "49.68" }).build().value;

const coverage = (body: string, tables: readonly (Table | undefined)[] = [sanGong]) =>
  check(disclosure(defined(tables), body)).coverage.texts;
const defined = (tables: readonly (Table | undefined)[]): Table[] =>
  tables.filter((t): t is Table => t !== undefined);
const narrative = (body: string, tables: readonly (Table | undefined)[]) =>
  check(disclosure(defined(tables), body)).findings.filter(
    (f) => f.ruleId.startsWith("narrative.") && f.severity !== "info",
  );

describe("机关运行经费 no table gives", () => {
  it.each([
    ["2024年机关运行经费49.68万元。", "49.68万元"],
    ["2024年机构运转经费预算49.68万元，主要用于办公费、水电费等。", "49.68万元"],
    ["本单位2024年机关运行经费支出预算为49.68万元。", "49.68万元"],
    ["“三公”经费6.50万元；机关运行经费49.68万元。", "49.68万元"],
    ["机关运行经费：49.68万元。", "49.68万元"],
  ])("%s: a not-compared gap, no finding", (body, text) => {
    const [t] = coverage(body);
    const gaps = (t?.gaps ?? []).filter((g) => g.reason === "not-compared");
    expect(gaps.map((g) => g.text)).toEqual([text]);
    expect(t?.placed).toBe((t?.figures ?? 0) - (t?.gaps.length ?? 0));
    expect(gaps[0]?.sentence).toContain("49.68万元");
    expect(body.slice(gaps[0]?.start, gaps[0]?.end)).toBe(text);
    expect(narrative(body, [sanGong]).filter((f) => f.ruleId === "narrative.amount")).toEqual([]);
  });

  it("a statement of none is not compared either", () => {
    const [t] = coverage("2024年机关运行经费49.68万元，比上年增加6.13万元。本单位无政府采购预算。");
    expect(t?.gaps.map((g) => [g.reason, g.text])).toEqual([
      ["not-compared", "49.68万元"],
      ["not-compared", "无政府采购"],
    ]);
  });

  it("with the table, it is compared: no gap, and a wrong figure is an error", () => {
    const [t] = coverage("2024年机关运行经费49.68万元。", [sanGong, operating]);
    expect(t?.gaps).toEqual([]);
    expect(t?.placed).toBe(1);
    const wrong = narrative("2024年机关运行经费49.86万元。", [sanGong, operating]);
    expect(wrong.map((f) => [f.ruleId, f.expected, f.actual])).toEqual([
      ["narrative.amount", "49.68", "49.86"],
    ]);
  });

  it("a figure the tables give stays placed; 三公 without its table is not compared", () => {
    const [t] = coverage("“三公”经费6.50万元。");
    expect([t?.placed, t?.gaps]).toEqual([1, []]);
    const r = check(disclosure([], "“三公”经费6.50万元。", shanghai), shanghai);
    expect(r.coverage.texts[0]?.gaps.map((g) => g.reason)).toEqual(["not-compared"]);
  });
});
