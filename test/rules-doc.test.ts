import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rulesReference } from "../scripts/rules-doc";
import { henan2024Profile, nationalProfile, RULES, shanghaiProfile } from "../src/rules";

describe("docs/rules.md", () => {
  it("is generated from the rule data and up to date (run `npx tsx scripts/generate-rules-doc.ts`)", () => {
    const committed = readFileSync(new URL("../docs/rules.md", import.meta.url), "utf8");
    expect(committed).toBe(
      rulesReference(RULES, [nationalProfile, henan2024Profile, shanghaiProfile]),
    );
  });

  it("lists every rule id exactly once", () => {
    const doc = rulesReference(RULES, []);
    for (const r of RULES) expect(doc.split(`| \`${r.id}\` |`).length - 1).toBe(1);
  });
});
