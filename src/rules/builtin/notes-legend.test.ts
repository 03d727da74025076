import { describe, expect, it } from "vitest";
import { type Table, tableBuilder } from "../../disclosure";
import { henan2024 } from "../../templates";
import { checkDisclosure } from "../check";
import { henan2024Profile } from "../profiles";
import { findings, one, only, outcome } from "../test-support";

/**
 * `table.note` on notes that explain how the table prints its blanks (a legend: `“-”表示无数据`),
 * or say one part or column of it has no data (`…，故此栏无数据`, `无因公出国（境）费…，故无数据`):
 * neither says the table is empty, so a table printing amounts under one is no contradiction.
 */
const run = (tables: readonly Table[]) =>
  checkDisclosure(
    {
      meta: {
        year: 2024,
        documentKind: "单位",
        template: henan2024.id,
        department: { name: "某单位" },
        units: [],
      },
      tables,
      texts: [],
    },
    { profile: only(henan2024Profile, "table.note"), template: henan2024 },
  );
const h = (kind: string) => tableBuilder(henan2024, kind);

/** Tables that print amounts, each under `note`: one of a fixed fund, one of none, the 三公 table. */
const printing = (note: string): readonly Table[] => [
  h("govFundExpenditure")
    .functional("2120801", "征地和拆迁补偿支出", { total: "12.00" })
    .note(note)
    .build().value,
  h("expenditure").total({ total: "969.06", basic: "969.06" }).note(note).build().value,
  h("sanGong").single({ total: "6.50", vehicles: "4.00", reception: "2.50" }).note(note).build()
    .value,
];

describe("table.note: a legend says nothing of the table being empty", () => {
  it.each([
    "注：“-”表示无数据。",
    "备注：表中“-”表示无数据",
    "注：空白单元格表示无数据。",
    "注：表中“0.00”表示金额不足50元，空白表示无数据。",
    "注：本表无数据的科目不列示。",
    "注：表中无数据的栏次已省略。",
    "说明：本表金额单位为万元，无此项的以“-”表示。",
    "注：1.本表反映部门本年度收支情况；2.无数据项以空白表示。",
    "注：无数据的以“-”代表。",
    "“-”表示无数据",
    "注：本表中无相关数据的单元格为空白。",
    // a mark or a blank said, with a copula, to be the none
    "注：表中“—”为无数据。",
    "注：表中空白处为无数据。",
    "注：“/”系无数据。",
    "注：本表“0”即无此项。",
  ])("%s", (note) => {
    const r = run(printing(note));
    expect([outcome(r, "table.note"), findings(r, "table.note")]).toEqual(["not-applicable", []]);
  });
});

describe("table.note: a column or part said to have no data, the table printing the rest", () => {
  it.each([
    "注：本部门无政府性基金预算拨款安排的支出，故相关栏次无数据。",
    "注：本部门无政府性基金和国有资本经营预算，相应栏次无数据。",
    "注：本部门无国有资本经营预算，故无数据。",
  ])("%s (under the tables of no one fund)", (note) => {
    // under the 政府性基金 table itself, the first clause says there is none of its own fund
    const r = run(printing(note).filter((t) => t.kind !== "govFundExpenditure"));
    expect(findings(r, "table.note")).toEqual([]);
  });

  it.each([
    "注：本部门无上年结转结余，故此栏无数据。",
    "注：本部门无财政拨款结转结余安排的项目，故该栏无数据。",
    "注：本部门没有单位资金安排的机构运转经费，故相关列无数据。",
    "注：2024年本部门无因公出国（境）费、公务用车购置费预算，故无数据。",
    "注：公务用车购置费为0，无数据。",
    "注：本单位无因公出国（境）费安排，因此此项无数据。",
    "说明：本年度没有公务接待费，所以无数据。",
  ])("%s", (note) => {
    const r = run(printing(note));
    expect(findings(r, "table.note")).toEqual([]);
  });
});

describe("table.note: no new money of the table's fund, its spending said to be of a part", () => {
  it.each([
    "注：本部门2024年无政府性基金预算拨款，支出为上年结转资金安排。",
    "注：本单位无政府性基金预算新增安排，表中支出均为上年结转。",
    "说明：本单位当年无政府性基金预算收入，支出全部为项目支出。",
  ])("%s: no finding under the 政府性基金 table printing 12.00", (note) => {
    const r = run(printing(note).filter((t) => t.kind === "govFundExpenditure"));
    expect(findings(r, "table.note")).toEqual([]);
  });
});

describe("table.note: a note that says the whole table is empty, under amounts, is still an error", () => {
  it.each([
    "注：本表无数据。",
    "注：本部门无政府性基金预算安排的支出，故本表无数据。",
    "注：本单位2024年无政府性基金预算，故无数据。",
    "注：本部门无政府性基金预算。",
    "注：本部门无政府性基金预算拨款安排的支出，故相关栏次无数据。",
    "说明：本单位没有政府性基金预算支出，本表为空表。",
    "注：无数据。",
  ])("%s", (note) => {
    const r = run([
      h("govFundExpenditure")
        .functional("2120801", "征地和拆迁补偿支出", { total: "12.00" })
        .note(note)
        .build().value,
    ]);
    const f = one(r, "table.note");
    expect([f.severity, f.params.kind, f.params.amount]).toEqual(["error", "notEmpty", "12.00"]);
  });

  it("a 故 clause after another fund budget on a fixed-fund table says this table is empty", () => {
    // the note of the 政府性基金 table printed under the 国有资本经营 one: warned, as before
    const r = run([
      h("soeExpenditure").note("注：本单位无政府性基金预算安排的支出，故无数据。").build().value,
    ]);
    expect(one(r, "table.note").params.kind).toBe("otherFund");
  });
});
