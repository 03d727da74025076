import { final2024 } from "../src/final";
import { stringifyDisclosure } from "../src/schema";
import { henan2024, shanghai, type Template } from "../src/templates";
import { henan2024Fixture } from "../test/fixtures/henan-2024";
import { putuoPlanningFinal2024Fixture } from "../test/fixtures/putuo-planning-final-2024";
import { shanghaiFinance2025Fixture } from "../test/fixtures/shanghai-finance-2025";
import type { DisclosureFixture } from "../test/fixtures/types";
import { fixtureDisclosure } from "../test/support/disclosures";

/** A fixture (printed tables) as a JSON interchange document (pure). */
function exampleJson(fixture: DisclosureFixture, template: Template): string {
  return `${stringifyDisclosure(fixtureDisclosure(fixture, template).disclosure)}\n`;
}

/** The embedded Henan example as a JSON document (pure). */
export function henan2024Example(): string {
  return exampleJson(henan2024Fixture, henan2024);
}

/** The embedded Shanghai example (上海市财政局 2025 单位预算) as a JSON document (pure). */
export function shanghaiFinance2025Example(): string {
  return exampleJson(shanghaiFinance2025Fixture, shanghai);
}

/** The embedded 决算 example (上海市普陀区规划和自然资源局 2024 部门决算, stage 决算) as a JSON document (pure). */
export function putuoPlanningFinal2024Example(): string {
  const { disclosure } = fixtureDisclosure(putuoPlanningFinal2024Fixture, final2024);
  return `${stringifyDisclosure({ ...disclosure, meta: { ...disclosure.meta, stage: "决算" } })}\n`;
}

/** Every embedded example: its path under the repository root and its generator. */
export const EXAMPLES: readonly { readonly file: string; readonly json: () => string }[] = [
  { file: "examples/henan-2024.json", json: henan2024Example },
  { file: "examples/shanghai-finance-2025.json", json: shanghaiFinance2025Example },
  { file: "examples/putuo-planning-final-2024.json", json: putuoPlanningFinal2024Example },
];
