/**
 * A 情况说明 checked through the whole checker against a fixture's tables: the narrative findings
 * above info it raises (`alarms`), and what the reader placed of it (`placed`: each amount claim
 * as `key = value unit`), for the Henan, Shanghai welfare-home and Shanghai finance-bureau budgets.
 * A correct sentence gives no alarm; a wrong figure in the same wording gives one (the silence is
 * a reading, not a sentence given up on).
 */
import { expect, it } from "vitest";
import { catalog2024 } from "../../src/catalog/2024";
import type { Disclosure } from "../../src/disclosure";
import { factKey } from "../../src/facts";
import type { Locale } from "../../src/locale";
import { extractClaims, withNarrative } from "../../src/narrative";
import {
  checkDisclosure,
  henan2024Profile,
  type Profile,
  renderFinding,
  shanghaiProfile,
} from "../../src/rules";
import { henan2024, shanghai, type Template } from "../../src/templates";
import { henan2024Fixture } from "../fixtures/henan-2024";
import { shanghaiFinance2025Fixture } from "../fixtures/shanghai-finance-2025";
import { shanghaiWelfare2024Fixture } from "../fixtures/shanghai-welfare-2024";
import type { DisclosureFixture } from "../fixtures/types";
import { fixtureDisclosure } from "./disclosures";

/** A fixture's tables with a 情况说明 of one's own. */
export interface NarrativeProbe {
  /** The narrative findings above info, each as `ruleId: message` (in zh-CN unless told). */
  readonly alarms: (body: string, locale?: Locale) => string[];
  /** Each amount claim the reader placed, as `key = value unit` (` (prior)` after last year's). */
  readonly placed: (body: string) => string[];
  /** Each change claim the reader placed, as `key direction`. */
  readonly changes: (body: string) => string[];
}

/** A probe of a fixture's tables (checked under `base` with the narrative rules). */
export function probe(
  fixture: DisclosureFixture,
  template: Template,
  base: Profile,
): NarrativeProbe {
  const d: Disclosure = fixtureDisclosure(fixture, template).disclosure;
  const profile = withNarrative(base);
  const claimsOf = (body: string) =>
    extractClaims(body, {
      year: d.meta.year,
      tables: d.tables,
      catalog: catalog2024.functional,
      department: d.meta.department,
      units: d.meta.units,
    }).claims;
  return {
    alarms: (body, locale = "zh-CN") =>
      checkDisclosure(
        { ...d, texts: [{ title: "情况说明", body }] },
        { profile, template, catalog: catalog2024 },
      )
        .findings.filter((f) => f.ruleId.startsWith("narrative.") && f.severity !== "info")
        .map((f) => `${f.ruleId}: ${renderFinding(f, profile.rules, locale, template)}`),
    placed: (body) =>
      claimsOf(body).flatMap((c) =>
        c.kind === "amount"
          ? [
              `${factKey(c.subject.concept, c.subject.coords)}${c.period === "prior" ? " (prior)" : ""} = ${c.value.value}${c.value.unit}`,
            ]
          : [],
      ),
    changes: (body) =>
      claimsOf(body).flatMap((c) =>
        c.kind === "change"
          ? [`${factKey(c.subject.concept, c.subject.coords)} ${c.direction}`]
          : [],
      ),
  };
}

/** The Henan 2024 fixture (涧西区委办公室, 万元). */
export const henanProbe: NarrativeProbe = probe(henan2024Fixture, henan2024, henan2024Profile);
/** The 普陀区社会福利院 2024 fixture (tables in 元, text in 万元). */
export const welfareProbe: NarrativeProbe = probe(
  shanghaiWelfare2024Fixture,
  shanghai,
  shanghaiProfile,
);
/** The 上海市财政局 2025 fixture (tables in 元, text in 万元). */
export const financeProbe: NarrativeProbe = probe(
  shanghaiFinance2025Fixture,
  shanghai,
  shanghaiProfile,
);

/**
 * One test per sentence (`title` with `%s` for the sentence): checked on `p`, it raises one alarm,
 * which cites the tables' figure `table` (a wrong figure or none found against the tables).
 */
export function itFindsAgainst(
  p: NarrativeProbe,
  title: string,
  sentences: readonly (readonly [string, RegExp])[],
): void {
  it.each(sentences.map(([body, table]) => [body, table] as const))(title, (body, table) => {
    expect(p.alarms(body)).toEqual([expect.stringMatching(table)]);
  });
}
