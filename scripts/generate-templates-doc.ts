import { writeFileSync } from "node:fs";
import { final2024 } from "../src/final";
import { henan2024, nationalMinimum, shanghai } from "../src/templates";
import { templatesReference } from "./templates-doc";

writeFileSync(
  "docs/templates.md",
  templatesReference([henan2024, shanghai, nationalMinimum, final2024]),
);
console.log("wrote docs/templates.md");
