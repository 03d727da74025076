import { writeFileSync } from "node:fs";
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
    [nationalProfile, henan2024Profile, shanghaiProfile],
    NARRATIVE_RULES,
    DOCUMENT_RULES,
  ),
);
console.log("wrote docs/rules.md");
