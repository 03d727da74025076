/**
 * False alarms that the narrative rules must not raise with last year's document given: last
 * year's budget as adjusted in the year (`2023年调整后预算为1,017.51万元`, `比2023年调整预算…减少…`)
 * is neither last year's budget passed nor its execution; its figures, and the changes and rates
 * against it, are left unplaced (`adjusted`). Last year's budget itself is still checked.
 */
import { describe, expect, it } from "vitest";
import { type Disclosure, tableBuilder } from "../../disclosure";
import { findings } from "../../rules/test-support";
import { henan2024 } from "../../templates";
import { read } from "../test-support";
import { checker, disclosure } from "./test-support";

const h = (kind: string) => tableBuilder(henan2024, kind);
const sanGong = (total: string, reception: string) =>
  h("sanGong")
    .single({
      total,
      abroad: "",
      vehicles: "4.00",
      "vehicles.purchase": "",
      "vehicles.operation": "4.00",
      reception,
    })
    .build().value;
const expenditure = (total: string) => h("expenditure").total({ total }).build().value;
/** Last year: 三公 7.50, 支出合计 834.84. This year: 6.50, 969.06. */
const LAST_YEAR: Disclosure = disclosure(
  [sanGong("7.50", "3.50"), expenditure("834.84")],
  "",
  henan2024,
  2023,
);
const RULES = ["narrative.priorYear", "narrative.change", "narrative.percent", "narrative.amount"];
const run = (body: string) => {
  const report = checker(...RULES)(
    disclosure([sanGong("6.50", "2.50"), expenditure("969.06")], body),
    henan2024,
    { prior: { disclosure: LAST_YEAR, template: henan2024 } },
  );
  return RULES.flatMap((id) => findings(report, id).map((f) => `${id} ${f.path?.raw ?? ""}`));
};

describe("last year's adjusted budget is no table's figure", () => {
  it.each([
    "支出合计969.06万元，2023年调整后预算为1,017.51万元，比调整后预算减少48.45万元。",
    "支出合计969.06万元，比2023年调整预算1,017.51万元减少48.45万元，下降4.76%。",
    "支出合计969.06万元。2023年全年预算为1,017.51万元。",
    "2024年“三公”经费6.50万元，比2023年调整后预算8.00万元减少1.50万元。",
    "2024年“三公”经费6.50万元，2023年预算调整后为8.00万元。",
    "2024年“三公”经费6.50万元，与2023年调整后的预算持平。",
  ])("no finding: %s", (body) => {
    expect(run(body)).toEqual([]);
  });

  it("the adjusted figure is left as such", () => {
    const body = "支出合计969.06万元，2023年调整后预算为1,017.51万元。";
    expect(read(body).unplaced.map((u) => u.split(" ")[0])).toEqual(["adjusted"]);
  });

  it.each([
    ["支出合计969.06万元，2023年预算为1,017.51万元。", "1,017.51万元"],
    [
      "支出合计969.06万元，比2023年调整预算减少48.45万元，比2023年预算增加100.00万元。",
      "100.00万元",
    ],
    ["2024年全年预算支出合计960.06万元。", "960.06万元"],
  ])("last year's budget, and this year's, are still checked: %s", (body, raw) => {
    expect(run(body).filter((f) => f.endsWith(raw))).toHaveLength(1);
  });
});
