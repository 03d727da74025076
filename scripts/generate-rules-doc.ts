import { writeFileSync } from "node:fs";
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
import { rulesReference } from "./rules-doc";

writeFileSync(
  "docs/rules.md",
  rulesReference(
    RULES,
    [nationalProfile, henan2024Profile, shanghaiProfile, finalProfile],
    NARRATIVE_RULES,
    DOCUMENT_RULES,
    [fiscalWithinRule, ...FINAL_NARRATIVE_RULES],
  ),
);
console.log("wrote docs/rules.md");
