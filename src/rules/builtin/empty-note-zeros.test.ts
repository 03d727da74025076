import { describe, expect, it } from "vitest";
import { type Table, tableBuilder } from "../../disclosure";
import { henan2024 } from "../../templates";
import { checkDisclosure } from "../check";
import { henan2024Profile } from "../profiles";
import { findings, only, outcome } from "../test-support";

/**
 * `table.emptyNote` (财预〔2016〕143号: a table with nothing to show is printed empty, with a note):
 * a table printing only zeros (`合计 0.00`) shows nothing, as one printing only blanks does; the
 * same reading as `table.note`'s, where zeros are no money under an empty-table note.
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
    { profile: only(henan2024Profile, "table.emptyNote", "table.note"), template: henan2024 },
  );
const h = (kind: string) => tableBuilder(henan2024, kind);

describe("table.emptyNote: a fund table of zeros and no note", () => {
  it.each([
    ["合计 0.00", h("govFundExpenditure").total({ total: "0.00" })],
    [
      "合计 0.00 and 0.00 under 基本支出",
      h("govFundExpenditure").total({ total: "0.00", basic: "0.00" }),
    ],
    ["合计 0 beside blanks", h("soeExpenditure").total({ total: "0", basic: "", project: "" })],
    [
      "a 科目 row of 0.00",
      h("soeExpenditure")
        .total({ total: "0.00" })
        .functional("2230199", "其他国有资本经营预算支出", {
          total: "0.00",
        }),
    ],
  ])("%s: empty, and carries no note (a warning)", (_, b) => {
    const r = run([b.build().value]);
    expect(findings(r, "table.emptyNote").map((f) => [f.severity, f.path?.table])).toEqual([
      ["warning", b.build().value.kind],
    ]);
  });

  it("with a note, zeros are fine: no finding from either rule", () => {
    for (const note of [
      "注：本单位无政府性基金预算拨款安排的支出，故本表无数据。",
      "注：“-”表示无数据。",
    ]) {
      const r = run([h("govFundExpenditure").total({ total: "0.00" }).note(note).build().value]);
      expect([outcome(r, "table.emptyNote"), r.findings]).toEqual(["pass", []]);
    }
  });

  it("a table printing a figure other than 0 needs no note, zeros beside it or not", () => {
    const r = run([
      h("govFundExpenditure")
        .total({ total: "12.00", basic: "0.00", project: "12.00" })
        .functional("2120801", "征地和拆迁补偿支出", { total: "12.00", project: "12.00" })
        .build().value,
    ]);
    expect([outcome(r, "table.emptyNote"), r.findings]).toEqual(["pass", []]);
  });
});
