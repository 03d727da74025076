import { stringifyDisclosure } from "../src/schema";
import { henan2024 } from "../src/templates";
import { henan2024Fixture } from "../test/fixtures/henan-2024";
import { fixtureDisclosure } from "../test/support/disclosures";

/** The embedded Henan example as a JSON document (pure). */
export function henan2024Example(): string {
  return `${stringifyDisclosure(fixtureDisclosure(henan2024Fixture, henan2024).disclosure)}\n`;
}
