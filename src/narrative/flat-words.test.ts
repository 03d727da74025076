/** Wordings of "no change" (`无增减`, `无增减变化`), and `均…持平` after a list of figures. */
import { describe, expect, it } from "vitest";
import { read } from "./test-support";

const changes = (text: string) => read(text).claims.filter((c) => c.startsWith("change"));

describe("extractClaims: flat wordings", () => {
  it.each([
    "因公出国（境）费0万元，比上年无增减。",
    "因公出国（境）费0万元，与上年相比无增减变化。",
    "因公出国（境）费0万元，较上年没有增减。",
    "因公出国（境）费0万元，与上年相比未有增减。",
    "因公出国（境）费0万元，与上年相比无变动。",
  ])("%s", (text) => {
    const all = changes(text);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatch(/^change sanGong\|item=abroad flat - budget \[/u);
    expect(read(text).claims.some((c) => c.includes(" none "))).toBe(false);
  });

  it.each([
    "公务用车购置及运行费4.00万元，其中：公务用车购置费0万元，公务用车运行费4.00万元，均与上年持平。",
    "公务用车购置及运行费4.00万元，其中：公务用车购置费0万元、公务用车运行费4.00万元，均较上年保持不变。",
    "公务用车购置及运行费4.00万元，其中：公务用车购置费0万元，公务用车运行费4.00万元，与上年均持平。",
  ])("均…持平 is of each listed figure: %s", (text) => {
    expect(changes(text).map((c) => c.split(" ").slice(0, 3).join(" "))).toEqual([
      "change sanGong|item=vehicles.purchase flat",
      "change sanGong|item=vehicles.operation flat",
    ]);
  });

  it.each([
    "“三公”经费6.50万元，其中：公务接待费2.50万元，比2023年减少1.00万元；公务用车购置费0万元，公务用车运行维护费4.00万元，均与2023年持平。",
    "公务接待费2.50万元，比2023年减少1.00万元，公务用车购置费0万元，公务用车运行维护费4.00万元，均与2023年持平。",
  ])("均…持平 is not of a figure before a stated change or a `；`: %s", (text) => {
    expect(changes(text).map((c) => c.split(" ").slice(0, 3).join(" "))).toEqual([
      "change sanGong|item=reception down",
      "change sanGong|item=vehicles.purchase flat",
      "change sanGong|item=vehicles.operation flat",
    ]);
  });

  it("each 均 is of the figures since the one before it (a figure is flat once)", () => {
    const pair = "公务接待费1.00万元，公务用车运行费2.00万元，均与上年持平，";
    expect(changes(`2024年公务接待费与上年相比，${pair.repeat(3)}`)).toHaveLength(6);
  });
});
