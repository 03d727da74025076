/**
 * Small disclosures with a narrative, checked with the narrative rules (test-only: no entry
 * imports this file).
 */
import { catalog2024 } from "../../catalog/2024";
import type { Disclosure, Table } from "../../disclosure";
import { checkDisclosure } from "../../rules/check";
import { henan2024Profile, shanghaiProfile } from "../../rules/profiles";
import type { CheckReport } from "../../rules/types";
import { henan2024, shanghai, type Template } from "../../templates";
import { type NarrativeOptions, withNarrative } from "./index";

/** A one-unit 2024 disclosure of the template with these tables and this 情况说明. */
export function disclosure(
  tables: readonly Table[],
  body: string,
  template: Template = henan2024,
  year = 2024,
): Disclosure {
  return {
    meta: {
      year,
      documentKind: "单位",
      template: template.id,
      department: { name: "某单位" },
      units: [{ name: "某单位", unitType: "行政" }],
    },
    tables,
    texts: [{ title: "情况说明", body }],
  };
}

/** Checks with the template's profile plus the narrative rules and the 2024 catalogs. */
export function check(
  d: Disclosure,
  template: Template = henan2024,
  options?: NarrativeOptions,
): CheckReport {
  const base = template === shanghai ? shanghaiProfile : henan2024Profile;
  return checkDisclosure(d, {
    profile: withNarrative(base, options),
    template,
    catalog: catalog2024,
  });
}

/**
 * `check` with only these rules of the profile (an id, or a prefix ending in `.` such as
 * `"plausibility."`): one rule runs in about a tenth of the time of the whole profile, and a
 * test then covers only the code of the rules it is about (mutation testing runs each mutant
 * against the tests that cover it).
 */
export function checker(...ids: readonly string[]) {
  const wanted = (id: string) => ids.some((w) => (w.endsWith(".") ? id.startsWith(w) : id === w));
  return (
    d: Disclosure,
    template: Template = henan2024,
    options?: NarrativeOptions,
  ): CheckReport => {
    const profile = withNarrative(
      template === shanghai ? shanghaiProfile : henan2024Profile,
      options,
    );
    return checkDisclosure(d, {
      profile: { ...profile, rules: profile.rules.filter((r) => wanted(r.id)) },
      template,
      catalog: catalog2024,
    });
  };
}

/** The profile `check` uses, to render findings. */
export const profileOf = (template: Template = henan2024) =>
  withNarrative(template === shanghai ? shanghaiProfile : henan2024Profile);
