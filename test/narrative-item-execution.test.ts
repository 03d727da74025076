/**
 * A numbered entry on one 科目 (Shanghai's 财政拨款支出主要内容, `2. “…（项）”76.76万元，…`) that
 * goes on with last year's actual or execution figure in words ending in a bare 支出
 * (`2023年实际支出70.70万元`, `上年决算支出…`, `2023年支出…`), then this year's budget
 * (`2024年预算安排76.76万元`): the bare 支出 is the entry's 科目's, as `执行数` is, through the
 * whole checker against the 普陀区社会福利院 tables. It was read as the section fund's whole
 * spending, and the figure after it as this year's 财政拨款 total: a false narrative.amount (950.12
 * in the tables) on a correct entry. This year's figure, wrong, is still found against the 科目.
 */
import { describe, expect, it } from "vitest";
import { shanghaiProfile } from "../src/rules";
import { shanghai } from "../src/templates";
import { shanghaiWelfare2024Fixture } from "./fixtures/shanghai-welfare-2024";
import { probe } from "./support/narrative-alarms";

// the narrative rules alone (the tables' own rules take most of the time)
const { alarms, placed } = probe(shanghaiWelfare2024Fixture, shanghai, {
  ...shanghaiProfile,
  rules: [],
});

const ITEM = "2080505";
const entry = (rest: string) =>
  `财政拨款支出主要内容如下：\n2. “社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）”76.76万元，主要用于人员养老保险费用。${rest}`;
// only the entry is printed: the section's other 科目 are missing (not what this is about)
const wrong = (body: string) => alarms(body).filter((a) => !a.startsWith("narrative.items:"));

describe("a bare 支出 in a 科目's entry is the 科目's", () => {
  it.each([
    "2023年实际支出70.70万元，2024年预算安排76.76万元，比2023年实际支出增加8.57%。主要原因是：根据实际支出。",
    "上年实际支出70.70万元，本年预算安排76.76万元。",
    "2023年决算支出70.70万元，2024年预算76.76万元。",
    "2023年执行支出70.70万元，2024年预算安排76.76万元。",
    "2023年支出70.70万元，2024年支出76.76万元。",
  ])("%s", (rest) => {
    const body = entry(rest);
    expect(wrong(body)).toEqual([]);
    const figures = placed(body);
    expect(figures.filter((f) => !f.includes(`functional=${ITEM}`))).toEqual([]);
    expect(figures.filter((f) => f.includes("(prior)"))).toHaveLength(1);
  });

  it.each([
    "2023年实际支出70.70万元，2024年预算安排77.76万元。",
    "2023年支出70.70万元，2024年支出77.76万元。",
  ])(
    "bites: an entry of 77.76万元, %s: this year's wrong figure is found against the 科目",
    (rest) => {
      const body = entry(rest).replace("”76.76万元", "”77.76万元");
      const found = wrong(body);
      expect(found.length).toBeGreaterThan(0);
      expect(
        found.every((a) => /^narrative\.amount: .*77\.76万元.*表中为 76\.76万元/u.test(a)),
      ).toBe(true);
    },
  );

  it("a fund's spending named in the entry is still that fund's", () => {
    const body = entry("2024年财政拨款支出950.12万元。");
    expect(placed(body).at(-1)).toBe("spending|fund=government = 950.12万元");
  });
});
