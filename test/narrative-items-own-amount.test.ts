/**
 * narrative.items says nothing is missing when a numbered entry could not be read (its own amount
 * left unplaced: `6. 住房保障支出（221）33.58万元`): that entry may be the one missing. A figure left
 * unplaced further on a line whose entry was read (`2. “…（项）”76.76万元，…，其中约5万元用于补缴`,
 * `…，比上年增加约6万元`) is not that entry's amount: it no longer silences the whole section, and
 * an entry truly missing is still reported. The 普陀区社会福利院 2024 fixture's 情况说明.
 */
import { describe, expect, it } from "vitest";
import { shanghaiProfile } from "../src/rules";
import { shanghai } from "../src/templates";
import { shanghaiWelfare2024Fixture } from "./fixtures/shanghai-welfare-2024";
import { probe } from "./support/narrative-alarms";

// the narrative rules alone (the tables' own rules take most of the time)
const { alarms } = probe(shanghaiWelfare2024Fixture, shanghai, { ...shanghaiProfile, rules: [] });
const LINES = shanghaiWelfare2024Fixture.narrative?.split("\n") ?? [];
const items = (body: string) => alarms(body).filter((a) => a.startsWith("narrative.items:"));
/** The narrative with entry `n`'s line changed (`null`: dropped). */
const edit = (n: number, f: (line: string) => string | null, lines = LINES) =>
  lines.flatMap((l) =>
    l.startsWith(`${n}. `) || l.startsWith(`${n}.`) ? [f(l) ?? []].flat() : [l],
  );
const withoutHousing = edit(6, () => null);
const MISSING = [expect.stringMatching(/没有说明科目 2210201（住房公积金）/u)];

describe("an unplaced figure past a read entry's own amount does not silence the section", () => {
  it("the fixture as printed: nothing missing", () => {
    expect(items(LINES.join("\n"))).toEqual([]);
  });

  it.each([
    ["主要用于人员养老保险费用。", "主要用于人员养老保险费用，其中约5万元用于补缴。"],
    ["主要原因是：根据实际支出。", "主要原因是：根据实际支出，预计补缴约6万元。"],
    ["主要用于人员养老保险费用。", "主要用于人员养老保险费用（含补缴5万元左右）。"],
  ])("entry 2 with %s → %s: the missing 住房公积金 is still reported", (from, to) => {
    const body = edit(2, (l) => l.replace(from, to), withoutHousing).join("\n");
    expect(items(body)).toEqual(MISSING);
  });

  it("an entry whose own amount is unread still silences it (it may be the missing one)", () => {
    const body = edit(6, (l) =>
      l.replace("“住房保障支出（类）住房改革支出（款）住房公积金（项）”", "住房保障支出（221）"),
    ).join("\n");
    expect(items(body)).toEqual([]);
  });
});
