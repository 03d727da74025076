/**
 * A figure in 亿元 whose table value rounds to nothing at the text's decimals (`1亿元` against
 * 969.06万元): the message shows the table's value at a precision that shows it (0.096906亿元),
 * never `0亿元`; a value that shows at the text's decimals is shown at them, as before.
 */
import { describe, expect, it } from "vitest";
import { henan2024Profile } from "../src/rules";
import { henan2024 } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { probe } from "./support/narrative-alarms";

const henan = probe(henan2024Fixture, henan2024, henan2024Profile);

describe("a 亿元 claim's message shows the table's value", () => {
  it.each([
    ["2024年收入预算1亿元。", "表中为 0.096906亿元"],
    ["2024年支出预算2亿元。", "表中为 0.096906亿元"],
    ["2024年“三公”经费预算1亿元。", "表中为 0.000650亿元"],
  ])("%s: %s", (body, shown) => {
    const [alarm, ...rest] = henan.alarms(body);
    expect(rest).toEqual([]);
    expect(alarm).toContain(shown);
    expect(alarm).not.toContain("表中为 0亿元");
    // nor one digit off: the figure rounds to nothing in the text's unit
    expect(alarm).not.toContain("差一位数字");
  });

  it("a value that shows at the text's decimals is shown at them", () => {
    expect(henan.alarms("2024年收入预算0.0959亿元。").join()).toContain("表中为 0.0969亿元");
    expect(henan.alarms("2024年收入预算0.2亿元。").join()).toContain("表中为 0.1亿元");
  });

  it("in English too", () => {
    expect(henan.alarms("2024年收入预算1亿元。", "en").join()).toContain("0.096906 亿元");
  });
});
