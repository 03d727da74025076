/**
 * Where a line ends its paragraph, whatever the layout:
 * - a sentence cut before its figure goes on (`…支出预算为人民币` ⏎ `49.68万元，…`, `…共计` ⏎
 *   `969.06万元`): a page's break or hard wrap in a text of one paragraph a line, or in a page-wrapped
 *   one, keeps the figure's subject;
 * - in a text wrapped to a page's width, a line clearly narrower than the page is its paragraph's
 *   last: a none's line without its 。 (`…无负责管理的专项转移支付项目`) is not joined to the next
 *   paragraph, whose measures its none would take (公务接待费 none against 2.50: a false alarm).
 */
import { describe, expect, it } from "vitest";
import { compact } from "../src/narrative/text";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { henanProbe } from "./support/narrative-alarms";

const D = "中共洛阳市涧西区委办公室";
const REST = "主要保障机构正常运转及正常履职需要所需支出，预算数比2023年增加6.13万元。";
const LIST =
  "因公出国（境）费、公务接待费、公务用车购置及运行维护费预算分别为0万元、2.50万元和4.00万元。";
const wrapAt = (text: string, n: number) =>
  text
    .split("\n")
    .flatMap((l) => l.match(new RegExp(`.{1,${n}}`, "gu")) ?? [""])
    .join("\n");

describe("a sentence cut before its figure goes on (a paragraph a line)", () => {
  it.each([
    [`${D}2024年机构运转经费支出预算为人民币`, `49.68万元，${REST}`],
    [`${D}2024年机构运转经费支出预算为`, `49.68万元，${REST}`],
    [`${D}2024年机构运转经费支出预算共计`, ` 49.68 万元，${REST}`],
    [`${D}2024年机构运转经费支出预算安排`, `49.68万元，${REST}`],
  ])("%s ⏎ %s", (cut, next) => {
    const lines = henan2024Fixture.narrative.split("\n");
    lines[27] = `${cut}\n${next}`;
    expect(henanProbe.placed(lines.join("\n"))).toContain("operatingCost = 49.68万元");
  });

  it("a none line before a paragraph opening with a year still ends (no alarm)", () => {
    const text = `${henan2024Fixture.narrative}\n${D}2024年${LIST}`;
    expect(henanProbe.alarms(text)).toEqual([]);
  });

  it("a line cut before a year is no cut: the line ends (compact)", () => {
    const lines = Array.from({ length: 8 }, (_, k) => `${"甲".repeat(10 + k * 7)}。`);
    const text = [...lines, "本部门无负责管理的专项转移支付项目", "2024年公务接待费2.50万元。"];
    expect(compact(text.join("\n")).text.split("\n").at(-2)).toBe(
      "本部门无负责管理的专项转移支付项目",
    );
  });
});

describe("a page-wrapped text: a short line without its 。 is its paragraph's last", () => {
  it.each([45, 48, 52])("wrapped at %i characters, a list after a none: no alarm", (n) => {
    expect(henanProbe.alarms(wrapAt(`${henan2024Fixture.narrative}\n${LIST}`, n))).toEqual([]);
  });

  it("the list's figures are read as the measures'", () => {
    const placed = henanProbe.placed(wrapAt(`${henan2024Fixture.narrative}\n${LIST}`, 45));
    expect(placed).toContain("sanGong|item=reception = 2.50万元");
  });

  it("a sentence cut before its figure on a short line still goes on", () => {
    const lines = henan2024Fixture.narrative.split("\n");
    lines[27] = `${D}2024年机构运转经费支出预算为人民币\n49.68万元，${REST}`;
    const wrapped = lines.flatMap((l) =>
      l.startsWith("49.68") || l.endsWith("人民币") ? [l] : (l.match(/.{1,45}/gu) ?? [""]),
    );
    expect(henanProbe.placed(wrapped.join("\n"))).toContain("operatingCost = 49.68万元");
  });
});
