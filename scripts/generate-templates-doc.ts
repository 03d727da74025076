import { writeFileSync } from "node:fs";
import { henan2024, nationalMinimum, shanghai } from "../src/templates";
import { templatesReference } from "./templates-doc";

writeFileSync("docs/templates.md", templatesReference([henan2024, shanghai, nationalMinimum]));
console.log("wrote docs/templates.md");
