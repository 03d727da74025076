/**
 * The linearity guard (issue 11), shared by its two files (test/linear-tables.test.ts and
 * test/linear-texts.test.ts): every function that scans text (./scanners.ts) is fed adversarial
 * texts of 10⁵ characters, and its time on them is compared with its time on texts 10 times
 * shorter, in this process: a linear scanner gives a ratio near 10, a quadratic one near 100. The
 * bound, 30, is generous; no wall-clock threshold is used (see ./linearity.ts for how the ratio is
 * measured and why it is steady).
 *
 * The scanners are split in three shares, one per file, run two at a time on the two cores (each
 * measures its own process's CPU time, which no other process takes).
 *
 * A scanner that fails here is slower than linear on that kind of text: look for a regex with
 * adjacent or nested unbounded quantifiers over the same characters (`npm run lint` catches the
 * usual shapes, docs/linear-time.md), or for a rescan per match (`slice` + search in a loop).
 */
import { describe, expect, it } from "vitest";
import { settledGrowth } from "./linearity";
import {
  ADVERSARIES,
  SCANNERS,
  SHAPED_ADVERSARIES,
  TEXT_ADVERSARIES,
  TEXT_READERS,
} from "./scanners";

/** Linear gives ≈ 10; quadratic ≈ 100. */
export const BOUND = 30;
/** The short input; the long one is 10 times longer: 10⁵ characters. */
const SHORT = 10_000;

/**
 * A share of the scanners: the 情况说明 readers and the name readers of claims (`texts`), the
 * printed-table readers of the other layouts (`early`), or the rest (`tables`).
 */
export type Share = "texts" | "tables" | "early";

/**
 * Three table readers of other layouts, guarded in their own file (test/linear-early.test.ts) to
 * even the files' time (in CI, the tables share had 41 s against the texts' 97 s with six here,
 * 75 s for these three). Only where a scanner runs, not what it is fed.
 */
const EARLY: readonly string[] = [
  "readPrintedTable (units across: coded headers, amounts under each)",
  "readPrintedTable (a 申报表 as one grid: labels, values, the grid's header row)",
  "readPrintedTable (blocks side by side: cells, a block's heading)",
];

/**
 * Whole checks of a 情况说明 guarded on the 情况说明 shapes and on runs of one character only: the
 * text reaches their claim rules through the claim readers, which are guarded on every adversary
 * on their own (`extractClaims (情况说明)`, `readFinalNarrative`); the rules that scan the text
 * itself without claims (`hygiene`: repeated words, units) meet their worst case in runs of one
 * character (`"、" × n`: a finding each). The other adversaries measured the readers again, at
 * ≈ 40 s of CI.
 */
const SHAPES_ONLY: readonly string[] = [
  "checkDisclosure with the narrative rules (a text section)",
];

/** The share a scanner is guarded in. */
export const shareOf = (name: string): Share =>
  EARLY.includes(name)
    ? "early"
    : TEXT_READERS.includes(name) || name.startsWith("extractClaims")
      ? "texts"
      : "tables";

/** Defines the guard's tests for the scanners of one share. */
export function guardShare(share: Share): void {
  const scanners = SCANNERS.filter((s) => shareOf(s.name) === share);

  it("the share guards scanners", () => {
    expect(scanners.length).toBeGreaterThan(0);
    // a scanner guarded on the shapes only is a 情况说明 reader (it gets the shapes)
    expect(SHAPES_ONLY.every((name) => TEXT_READERS.includes(name))).toBe(true);
  });

  // One test per scanner and adversary: a failure names both, and no single test runs long.
  describe.each(scanners)("$name is linear", ({ name, run }) => {
    const adversaries = SHAPES_ONLY.includes(name)
      ? ADVERSARIES.filter((a) => a.name.endsWith('" × n'))
      : ADVERSARIES;
    it.each(adversaries)("on $name at 10⁵ characters", (adversary) => {
      const { ratio } = settledGrowth(run, adversary.make, SHORT, BOUND);
      expect(ratio, `${adversary.name}: ×${ratio.toFixed(0)} for 10× the text`).toBeLessThan(BOUND);
    });
  });

  // The 情况说明 shapes, for the scanners that read a 情况说明 only (the others see no more in them
  // than in the adversaries above).
  describe.each(scanners.filter((s) => TEXT_READERS.includes(s.name)))(
    "$name is linear on 情况说明 shapes",
    ({ run }) => {
      it.each(TEXT_ADVERSARIES)("on $name at 10⁵ characters", (adversary) => {
        const { ratio } = settledGrowth(run, adversary.make, SHORT, BOUND);
        expect(ratio, `${adversary.name}: ×${ratio.toFixed(0)} for 10× the text`).toBeLessThan(
          BOUND,
        );
      });
    },
  );

  // The shapes one kind of reader treats specially (指标值, unit lines), for those readers only.
  const shaped = SHAPED_ADVERSARIES.filter(({ readers }) =>
    scanners.some((s) => readers.includes(s.name)),
  );
  describe.each(shaped)("on $shapes shapes", ({ readers, adversaries }) => {
    describe.each(scanners.filter((s) => readers.includes(s.name)))(
      "$name is linear",
      ({ run }) => {
        it.each(adversaries)("on $name at 10⁵ characters", (adversary) => {
          const { ratio } = settledGrowth(run, adversary.make, SHORT, BOUND);
          expect(ratio, `${adversary.name}: ×${ratio.toFixed(0)} for 10× the text`).toBeLessThan(
            BOUND,
          );
        });
      },
    );
  });
}
