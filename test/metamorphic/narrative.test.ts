/**
 * Metamorphic: the 情况说明's figures as other texts print them. The 普陀区 决算 print thousands
 * separators in their tables and none in the text (`2,940.05` / `2940.05`, fixture README);
 * other documents do the reverse, some set the figure off with spaces (`年初预算为 1560.05 万元`,
 * printed so in the 财政局's own text), and a full-width font's text layer gives full-width digits
 * (`２９４０．０５万元`, `７１．７３％`). Every amount followed by 万元 or 元 is respelled
 * independently (grouped by thousands, padded with a space on either side, full-width, or a mix),
 * and every percentage independently (full-width digits and `％`). Years and counts are left as
 * they are. The check's findings and outcomes must not change.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DisclosureFixture } from "../fixtures/types";
import {
  CASES,
  type Case,
  checkFixture,
  FC_OPTIONS,
  fullWidthDigits,
  grouped,
  pick,
  projection,
} from "./support";

/** An amount before 万元 / 元 (not part of a longer number or a code). */
const MONEY = /(?<![0-9.,])([0-9]+)(\.[0-9]+)?(\s?)(万元|元)/gu;

const full = (s: string) => fullWidthDigits(s).replaceAll(".", "．");

/** A percentage (not part of a longer number). */
const PERCENT = /(?<![0-9.,])([0-9]+(?:\.[0-9]+)?)%/gu;

/**
 * The text with each amount respelled by `how(i)`: bit 0 grouped by thousands, bit 1 padded,
 * bit 2 full-width digits and point (then never grouped); each percentage full-width when
 * `percent(i)`.
 */
function respellText(
  text: string,
  how: (i: number) => number,
  percent: (i: number) => boolean = () => false,
): string {
  let i = 0;
  let k = 0;
  return text
    .replace(MONEY, (whole, int: string, fraction: string | undefined, _s, unit) => {
      const h = how(i++);
      if (h === 0) return whole;
      // a full-width text layer prints no ASCII separator (and its `，` is the text's own comma)
      const digits = h & 1 && !(h & 4) ? grouped(int) : int;
      const plain = `${digits}${fraction ?? ""}`;
      const figure = h & 4 ? full(plain) : plain;
      return h & 2 ? ` ${figure} ${unit}` : `${figure}${unit}`;
    })
    .replace(PERCENT, (whole, n: string) => (percent(k++) ? `${full(n)}％` : whole));
}

function respellNarrative(c: Case, seed: number): DisclosureFixture {
  const narrative = respellText(
    c.fixture.narrative,
    (i) => pick(seed, 8, i),
    (i) => pick(seed, 2, i, 1) === 1,
  );
  return { ...c.fixture, narrative };
}

/** Findings in the text are compared without their place in it (the respelling moves it). */
const TEXT = { textOffsets: false } as const;

describe("respellText (the transformation itself)", () => {
  it("groups and pads the amounts, not years or percentages", () => {
    const text = "2024年支出2940.05万元，占71.73%，减少56.95万元，共1234567元。";
    expect(respellText(text, () => 1)).toBe(
      "2024年支出2,940.05万元，占71.73%，减少56.95万元，共1,234,567元。",
    );
    expect(respellText(text, () => 2)).toBe(
      "2024年支出 2940.05 万元，占71.73%，减少 56.95 万元，共 1234567 元。",
    );
    expect(
      respellText(
        text,
        () => 5,
        () => true,
      ),
    ).toBe(
      "2024年支出２９４０．０５万元，占７１．７３％，减少５６．９５万元，共１２３４５６７元。",
    );
  });
});

describe.each(CASES.map((c) => [c.name, c] as const))("%s: narrative amounts respelled", (_, c) => {
  const before = projection(checkFixture(c), TEXT);

  it("gives the same findings and outcomes", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        expect(projection(checkFixture(c, respellNarrative(c, seed)), TEXT)).toEqual(before);
      }),
      FC_OPTIONS,
    );
  });
});
