/**
 * What the playground does, without the page: read a JSON document, choose the profile and
 * template, check, and collect what the page shows. Pure; the browser test and the unit tests
 * drive it through the page and directly.
 */
import { type Disclosure, type Localized, lowerDisclosure } from "yusuan";
import { catalog2024 } from "yusuan/catalog/2024";
import {
  type CheckReport,
  checkDisclosure,
  henan2024Profile,
  nationalProfile,
  type Profile,
  shanghaiProfile,
} from "yusuan/check";
import { parseDisclosureJson, type SchemaIssue } from "yusuan/json";
import { henan2024, nationalMinimum, shanghai, type Template } from "yusuan/templates";
import { type AggregateLine, aggregates } from "./aggregates";

/** A profile the page offers, with the template it checks against. */
export interface Setup {
  readonly id: string;
  readonly label: Localized;
  readonly profile: Profile;
  readonly template: Template;
}

const NATIONAL: Setup = {
  id: "national",
  label: { "zh-CN": "全国最低要求", en: "National minimum" },
  profile: nationalProfile,
  template: nationalMinimum,
};

/** The profiles offered, each with its template. */
export const SETUPS: readonly Setup[] = [
  {
    id: "henan2024",
    label: { "zh-CN": "河南 2024", en: "Henan 2024" },
    profile: henan2024Profile,
    template: henan2024,
  },
  {
    id: "shanghai",
    label: { "zh-CN": "上海", en: "Shanghai" },
    profile: shanghaiProfile,
    template: shanghai,
  },
  NATIONAL,
];

/** The profile choice: one of {@link SETUPS} by id, or `auto` (the document's own template). */
export type SetupChoice = "auto" | string;

/**
 * The setup of `choice` for a disclosure: `auto` takes the one whose template the document names,
 * and the national minimum when the page knows no such template.
 */
export function chooseSetup(choice: SetupChoice, disclosure: Disclosure): Setup {
  const named = SETUPS.find((s) => s.template.id === disclosure.meta.template);
  const chosen = choice === "auto" ? named : SETUPS.find((s) => s.id === choice);
  return chosen ?? named ?? NATIONAL;
}

/** What the page shows for one run. */
export type PlaygroundResult =
  | { readonly kind: "issues"; readonly issues: readonly SchemaIssue[] }
  | { readonly kind: "crash"; readonly message: string }
  | {
      readonly kind: "report";
      readonly disclosure: Disclosure;
      readonly setup: Setup;
      /** The document names another template than the setup's. */
      readonly templateMismatch: boolean;
      readonly report: CheckReport;
      readonly aggregates: readonly AggregateLine[];
    };

/**
 * Reads `text` (the JSON interchange format) and checks it with the chosen profile. Bad JSON or
 * a document that is not a disclosure gives the parse issues; nothing throws.
 */
export function runPlayground(text: string, choice: SetupChoice): PlaygroundResult {
  try {
    const parsed = parseDisclosureJson(text);
    if (!parsed.ok) return { kind: "issues", issues: parsed.error };
    const disclosure = parsed.value;
    const setup = chooseSetup(choice, disclosure);
    const report = checkDisclosure(disclosure, {
      profile: setup.profile,
      template: setup.template,
      catalog: catalog2024,
    });
    const lowered = lowerDisclosure(disclosure, setup.template);
    return {
      kind: "report",
      disclosure,
      setup,
      templateMismatch: disclosure.meta.template !== setup.template.id,
      report,
      aggregates: aggregates(lowered),
    };
  } catch (e) {
    return { kind: "crash", message: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
}

/** A short title of a disclosure for the example list: department, year, kind. */
export function disclosureTitle(disclosure: Disclosure): Localized {
  const { department, year, documentKind } = disclosure.meta;
  const kind = documentKind === "部门" ? "department" : "unit";
  return {
    "zh-CN": `${department.name} ${year} 年${documentKind}预算`,
    en: `${department.name}, ${year} ${kind} budget`,
  };
}
