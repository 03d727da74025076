/**
 * Zero false alarms on a corpus of other printers' wordings: every line of
 * test/fixtures/narrative-corpus/*.txt is a correct sentence or a whole 情况说明 (`\n` in a line
 * is a paragraph break) about a fixture's figures, written by three probes of invented variants
 * (2026-12-04) and judged correct against the fixture's tables. Each is checked as the fixture's
 * 情况说明 through the whole checker: no narrative finding above info. The lines that showed true
 * errors (a change with no reason, the Shanghai document's own misprint) are not in the corpus;
 * test/narrative-other-printers.test.ts shows that wrong figures in these wordings are found.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import type { Disclosure } from "../src/disclosure";
import { withNarrative } from "../src/narrative";
import { checkDisclosure, henan2024Profile, type Profile, shanghaiProfile } from "../src/rules";
import { henan2024, shanghai, type Template } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { shanghaiWelfare2024Fixture } from "./fixtures/shanghai-welfare-2024";
import { fixtureDisclosure } from "./support/disclosures";

const linesOf = (name: string): string[] =>
  readFileSync(new URL(`./fixtures/narrative-corpus/${name}.txt`, import.meta.url), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "" && !l.startsWith("#"))
    .map((l) => l.replaceAll("\\n", "\n"));

/** The lines of a corpus whose check raises a narrative finding above info, with the findings. */
function alarmed(d: Disclosure, template: Template, profile: Profile, lines: readonly string[]) {
  const out: string[] = [];
  for (const body of lines) {
    const report = checkDisclosure(
      { ...d, texts: [{ title: "情况说明", body }] },
      { profile, template, catalog: catalog2024 },
    );
    for (const f of report.findings)
      if (f.ruleId.startsWith("narrative.") && f.severity !== "info")
        out.push(`${f.ruleId} ${f.severity}: ${body.slice(0, 60)}`);
  }
  return out;
}

/** A corpus in parts of at most 60 lines, each its own test (none near the timeout on a busy machine). */
const partsOf = (lines: readonly string[]): { from: number; lines: readonly string[] }[] =>
  Array.from({ length: Math.ceil(lines.length / 60) }, (_, i) => ({
    from: i * 60 + 1,
    lines: lines.slice(i * 60, i * 60 + 60),
  }));

describe("no narrative finding on a corpus of correct wordings", () => {
  const henan = linesOf("henan");
  const shanghaiLines = linesOf("shanghai");
  it("the corpora: ≈ 590 Henan sentences and 18 whole documents, ≈ 190 Shanghai ones and 8", () => {
    expect(henan.length).toBeGreaterThan(500);
    expect(shanghaiLines.length).toBeGreaterThan(150);
  });

  // The narrative rules alone: the tables' rules find nothing here and do not change what the
  // narrative's do (checked on the whole corpus: the same narrative findings), at a quarter less time.
  const henanDisclosure = fixtureDisclosure(henan2024Fixture, henan2024).disclosure;
  const henanNarrative = withNarrative({ ...henan2024Profile, rules: [] });
  it.each(partsOf(henan))("Henan 2024: the corpus from line $from", ({ lines }) => {
    expect(alarmed(henanDisclosure, henan2024, henanNarrative, lines)).toEqual([]);
  });

  const welfare = fixtureDisclosure(shanghaiWelfare2024Fixture, shanghai).disclosure;
  it.each(partsOf(shanghaiLines))(
    "Shanghai welfare home 2024: the corpus from line $from",
    ({ lines }) => {
      expect(
        alarmed(welfare, shanghai, withNarrative({ ...shanghaiProfile, rules: [] }), lines),
      ).toEqual([]);
    },
  );
});
