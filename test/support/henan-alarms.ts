import { catalog2024 } from "../../src/catalog/2024";
import { checkDisclosure, henan2024Profile } from "../../src/rules";
import { henan2024 } from "../../src/templates";
import type { DisclosureFixture } from "../fixtures/types";
import { fixtureDisclosure } from "./disclosures";

/**
 * Every reader problem and finding above info of a fixture checked with the Henan template and
 * profile, as `title: code` (reader) and `rule table/row` (finding) lines.
 */
export function henanAlarms(fx: DisclosureFixture): string[] {
  const { disclosure, problems } = fixtureDisclosure(fx, henan2024);
  const out: string[] = [];
  for (const [title, list] of problems)
    for (const p of list) if (p.severity !== "info") out.push(`${title}: ${p.code}`);
  const report = checkDisclosure(disclosure, {
    profile: henan2024Profile,
    template: henan2024,
    catalog: catalog2024,
  });
  for (const f of report.findings)
    if (f.severity !== "info") out.push(`${f.ruleId} ${f.path?.table}/${f.path?.row}`);
  return out;
}
