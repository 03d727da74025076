import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rulesReference } from "../scripts/rules-doc";
import { FINAL_NARRATIVE_RULES, finalProfile } from "../src/final";
import { fiscalWithinRule } from "../src/final/rules/fiscal-within";
import { NARRATIVE_RULES } from "../src/narrative";
import {
  DOCUMENT_RULES,
  henan2024Profile,
  nationalProfile,
  RULES,
  shanghaiProfile,
} from "../src/rules";

describe("docs/rules.md", () => {
  it("is generated from the rule data and up to date (run `npx tsx scripts/generate-rules-doc.ts`)", () => {
    const committed = readFileSync(new URL("../docs/rules.md", import.meta.url), "utf8");
    expect(committed).toBe(
      rulesReference(
        RULES,
        [nationalProfile, henan2024Profile, shanghaiProfile, finalProfile],
        NARRATIVE_RULES,
        DOCUMENT_RULES,
        [fiscalWithinRule, ...FINAL_NARRATIVE_RULES],
      ),
    );
  });

  it("lists every rule id exactly once, the narrative and document rules too", () => {
    const doc = rulesReference(RULES, [], NARRATIVE_RULES, DOCUMENT_RULES);
    for (const r of [...RULES, ...NARRATIVE_RULES, ...DOCUMENT_RULES])
      expect(doc.split(`| \`${r.id}\` |`).length - 1).toBe(1);
  });
});
