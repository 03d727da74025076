/**
 * 五(三)'s items worded by other printers: the outcome as `决算数为` / `决算为` / `支出决算数为`
 * (not only `支出决算为`), and an outcome equal to its budget said as `与预算数一致`. An item read
 * under these words is checked like any other, so a wrong figure in them is found; the fixture's
 * own item (51.32 of 52.00, 98.69 %) gives under each wording what it gives as printed (the
 * fixture's `rate otherBase`, about its base, is not the item's outcome).
 */
import { describe, expect, it } from "vitest";
import { readFinalNarrative } from "../src/final";
import { finalAlarms, SOCIAL } from "./support/final-narrative";

const ITEM = "全年预算为 52.00 万元，支出决算为 51.32 万元，完成全年预算数的 98.69%";
const HEAD =
  "一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元。\n1、一般公共服务支出（类）社会工作事务（款）行政运行（项）。主要用于：行政单位人员支出、公用支出。";

/** The 决算 checker's findings on the item's rules, with the fixture's item printed as `item`. */
function itemAlarms(item: string): string[] {
  if (!SOCIAL.narrative.includes(ITEM)) throw new Error("the fixture's item is not printed");
  return finalAlarms(SOCIAL, SOCIAL.narrative.replace(ITEM, item)).filter(
    (a) => a.startsWith("final.narrative.budgetItems") || a.startsWith("final.narrative.rate"),
  );
}

const OUTCOME_WORDS = ["支出决算为", "决算数为", "支出决算数为", "决算为", "决算数"];

describe("an item's outcome however it is worded", () => {
  it.each(OUTCOME_WORDS)("`%s` is the item's outcome", (word) => {
    const items = readFinalNarrative(`${HEAD}全年预算为52.00万元，${word}51.32万元。`).items;
    expect(items.map((i) => i.outcome?.value)).toEqual(["51.32"]);
  });

  it("a 基本支出 or 项目支出 outcome inside the item is not the item's", () => {
    const text = `${HEAD}全年预算为52.00万元，基本支出决算为40.00万元，项目支出决算数为11.32万元，决算数为51.32万元。`;
    expect(readFinalNarrative(text).items.map((i) => i.outcome?.value)).toEqual(["51.32"]);
  });

  it("`决算数为全年预算数的98.69%` states a rate, not an outcome", () => {
    const text = `${HEAD}全年预算为52.00万元，决算数为全年预算数的98.69%。`;
    expect(readFinalNarrative(text).items.map((i) => i.outcome?.value ?? "-")).toEqual(["-"]);
  });

  it.each(OUTCOME_WORDS)(
    "the fixture's item worded `%s` gives what it gives as printed",
    (word) => {
      const printed = itemAlarms(ITEM);
      expect(printed).not.toContain("final.narrative.budgetItems outcome");
      expect(itemAlarms(ITEM.replace("支出决算为", word))).toEqual(printed);
    },
  );

  it.each(OUTCOME_WORDS)("a wrong outcome worded `%s` is found", (word) => {
    // 51.22 against the table's 51.32; 98.69 % is then 51.22 / 52.00 = 98.50 % misprinted
    const alarms = itemAlarms(ITEM.replace("支出决算为 51.32", `${word} 51.22`));
    expect(alarms).toContain("final.narrative.budgetItems outcome");
  });
});

describe("an outcome equal to its budget said as 一致", () => {
  const item = (words: string) =>
    readFinalNarrative(`${HEAD}年初预算为10.00万元，支出决算为10.00万元，${words}。`).items.map(
      (i) => i.word ?? "-",
    );

  it.each([
    ["决算数与预算数一致", "flat"],
    ["决算数与年初预算一致", "flat"],
    ["决算数与预算一致", "flat"],
    ["决算数与年初预算数一致", "flat"],
    ["决算数与预算数基本一致", "roughlyFlat"],
    ["决算数与年初预算基本一致", "roughlyFlat"],
  ])("%s", (words, word) => {
    expect(item(words)).toEqual([word]);
  });

  it("`与预算数一致` against unequal figures is found", () => {
    const alarms = itemAlarms(
      "全年预算为 52.00 万元，支出决算为 51.32 万元，决算数与预算数一致，完成全年预算数的 98.69%",
    );
    expect(itemAlarms(ITEM)).not.toContain("final.narrative.budgetItems word");
    expect(alarms).toContain("final.narrative.budgetItems word");
  });
});

describe("another figure's 决算 in the item is not its outcome", () => {
  it.each([
    "上年决算数为40.00万元，年初预算为52.00万元，支出决算为51.32万元。",
    "年初预算为52.00万元，其中人员经费决算为40.00万元，支出决算为51.32万元。",
    "较上年决算数40.00万元增加，全年预算为52.00万元，决算数为51.32万元。",
    "2023年决算为40.00万元。全年预算为52.00万元，决算为51.32万元。",
    "2023年决算数为40.00万元，全年预算为52.00万元，支出决算为51.32万元。",
  ])("%s", (words) => {
    expect(readFinalNarrative(`${HEAD}${words}`).items.map((i) => i.outcome?.value)).toEqual([
      "51.32",
    ]);
  });

  it("the fixture's item after a last-year figure gives what it gives as printed", () => {
    expect(itemAlarms(`上年决算数为1400.00万元，${ITEM}`)).toEqual(itemAlarms(ITEM));
  });
});

describe("an 一致 naming the other budget says nothing of the item's", () => {
  const read = (words: string) =>
    readFinalNarrative(`${HEAD}${words}`).items.map((i) => `${i.base} ${i.word ?? "-"}`);

  it.each([
    ["年初预算为10.00万元，支出决算为9.00万元，与调整后预算数一致。", "initial -"],
    ["年初预算为10.00万元，支出决算为9.00万元，决算数与全年预算数一致。", "initial -"],
    [
      "年初预算为10.00万元，调整后预算数为9.00万元，支出决算为9.00万元，与调整后预算数一致。",
      "full flat",
    ],
    ["全年预算为9.00万元，支出决算为9.00万元，与年初预算一致。", "full -"],
    ["全年预算为9.00万元，支出决算为9.00万元，与预算数一致。", "full flat"],
  ])("%s", (words, read_) => {
    expect(read(words)).toEqual([read_]);
  });

  it("the fixture's item (read against its 全年预算) said to agree with its 年初预算: as printed", () => {
    expect(itemAlarms(`${ITEM}，与年初预算一致`)).toEqual(itemAlarms(ITEM));
  });

  it("…and said to agree with its adjusted budget, which it does not: found", () => {
    expect(itemAlarms(`${ITEM}，与调整后预算数一致`)).toContain("final.narrative.budgetItems word");
  });
});
