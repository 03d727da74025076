/**
 * A 情况说明 given as a PDF's text layer that puts a blank line after every line it printed
 * (double-spaced): a single blank line there is the line's break, not the paragraph's, so a
 * wrapped sentence is read whole, as in the same text single-spaced. Told by the text's own lines
 * (page-wide lines, most followed by one blank line, many ending mid-sentence); a text of one
 * paragraph a line with blank lines between keeps its paragraphs. A wrong figure in a
 * double-spaced text is caught.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import { withNarrative } from "../src/narrative";
import { compact } from "../src/narrative/text";
import { checkDisclosure, henan2024Profile } from "../src/rules";
import { henan2024 } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { fixtureDisclosure } from "./support/disclosures";
import { fixtureText } from "./support/fixture-text";
import { henanProbe } from "./support/narrative-alarms";

const profile = withNarrative(henan2024Profile);
const henan = fixtureDisclosure(henan2024Fixture, henan2024).disclosure;
const coverage = (body: string) => {
  const t = checkDisclosure(
    { ...henan, texts: [{ title: "情况说明", body }] },
    { profile, template: henan2024, catalog: catalog2024 },
  ).coverage.texts[0];
  return { figures: t?.figures, placed: t?.placed, notUnderstood: t?.notUnderstood };
};

/** Each paragraph wrapped every `width` characters (`indent` before its first line), the lines joined by `gap`. */
const wrap = (text: string, width: number, gap: string, indent = "") =>
  text
    .split("\n")
    .flatMap((p) => {
      const out: string[] = [];
      for (let i = 0; i < p.length; i += width)
        out.push((i === 0 ? indent : "") + p.slice(i, i + width));
      return out;
    })
    .join(gap);

/** The Henan fixture's 情况说明 as its text layer prints it (a blank line after every line). */
const henanLayer = () =>
  fixtureText("henan/luoyang-jianxi-cpc-office-2024.txt").split("\n").slice(78, 216).join("\n");
const body = henan2024Fixture.narrative;
const single = wrap(body, 26, "\n");

describe("a double-spaced 情况说明 (a blank line after every line)", () => {
  it("the Henan text layer reads as it does single-spaced", () => {
    const raw = henanLayer();
    expect(raw).toContain("\n\n");
    expect(coverage(raw)).toEqual(coverage(raw.replace(/\n\s*\n/gu, "\n")));
    expect(henanProbe.alarms(raw)).toEqual([]);
  });

  it.each([
    ["\n\n", ""],
    ["\n \n", ""],
    ["\r\n\r\n", ""],
    ["\n\n", "\u3000\u3000"],
  ])("wrapped lines joined by %j (indent %j) are read whole", (gap, indent) => {
    const double = wrap(body, 26, gap, indent);
    expect(henanProbe.placed(double)).toEqual(henanProbe.placed(single));
    expect(coverage(double)).toEqual(coverage(single));
    expect(henanProbe.alarms(double)).toEqual([]);
  });

  it("a wrong figure the blank line parted from its words is caught", () => {
    // `…一般公共预算收支预算` / blank / `969.06万元。…`: read as one sentence, compared
    const raw = henanLayer();
    expect(raw).toContain("收支预算\n\n969.06万元。");
    const alarms = henanProbe.alarms(
      raw.replace("收支预算\n\n969.06万元。", "收支预算\n\n996.06万元。"),
    );
    expect(alarms.length).toBeGreaterThan(0);
    expect(alarms[0]).toContain("996.06");
  });

  it("a wrong figure in a double-spaced text is caught", () => {
    expect(body).toContain("项目支出 287.00万元");
    const wrong = wrap(body.replace("项目支出 287.00万元", "项目支出 278.00万元"), 26, "\n\n");
    const alarms = henanProbe.alarms(wrong);
    expect(alarms.length).toBeGreaterThan(0);
    expect(alarms.join("\n")).toContain("278.00");
  });

  it("paragraphs of one line with blank lines between keep their breaks", () => {
    // lines of all widths; lines of a page's width that end their sentences
    const paragraphs = [
      "一、收入支出预算总体情况说明",
      "本部门2024年收入预算969.06万元",
      "其中：一般公共预算拨款收入969.06万元，与上年相比增加134.22万元。",
      "二、支出预算总体情况说明",
      "支出预算969.06万元，其中：基本支出682.06万元，项目支出287.00万元",
      "三公经费6.50万元。",
      "四、其他情况说明",
      "本部门无政府性基金预算拨款安排，无国有资本经营预算拨款安排。",
      "本部门无政府采购预算安排",
    ];
    const even = Array.from(
      { length: 9 },
      (_, i) => `第${i}项支出预算${i}0.00万元，比上年增加1.00万元，主要是工作增加。`,
    );
    for (const p of [paragraphs, even]) {
      expect(compact(p.join("\n\n")).text.split("\n")).toHaveLength(p.length);
    }
  });
});
