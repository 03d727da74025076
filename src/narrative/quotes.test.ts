/**
 * The quotes printers put around 三公 (`“三公”`, `＂三公＂`, `〝三公〞`, `〝三公〟`, `「三公」`…):
 * one shared set ({@link QUOTES}), the measure read alike through each, never the total after
 * the department's name.
 */
import { describe, expect, it } from "vitest";
import { CLOSING_QUOTES, OPENING_QUOTES, QUOTES } from "./quotes";
import { read } from "./test-support";

const PAIRS = [
  ["“", "”"],
  ["‘", "’"],
  ["＂", "＂"],
  ["〝", "〞"],
  ["〝", "〟"],
  ["「", "」"],
  ["『", "』"],
  ['"', '"'],
];

describe("quotes around 三公", () => {
  it.each(PAIRS)("%s三公%s经费: the 三公's figure", (open, close) => {
    const r = read(`某单位2024年${open}三公${close}经费支出预算为6.50万元。`);
    expect(r.claims[0]).toMatch(/^amount sanGong 6\.50万元/u);
  });

  it("one set: every opening and closing quote is a quote", () => {
    for (const q of [...OPENING_QUOTES, ...CLOSING_QUOTES]) expect(QUOTES).toContain(q);
  });
});
