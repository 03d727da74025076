import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import type { Disclosure } from "../src/disclosure";
import { final2024, finalProfile } from "../src/final";
import { checkDisclosure, type Finding, RULES, renderFinding } from "../src/rules";
import { putuoFinanceFinal2024Fixture } from "./fixtures/putuo-finance-final-2024";
import type { DisclosureFixture } from "./fixtures/types";
import { fixtureDisclosure } from "./support/disclosures";

const read = (fixture: DisclosureFixture) => {
  const { disclosure, problems } = fixtureDisclosure(fixture, final2024);
  const final: Disclosure = { ...disclosure, meta: { ...disclosure.meta, stage: "决算" } };
  const report = checkDisclosure(final, {
    profile: finalProfile,
    template: final2024,
    catalog: catalog2024,
  });
  return { disclosure: final, problems, report };
};
const serious = (fs: readonly Finding[]) => fs.filter((f) => f.severity !== "info");
const show = (fs: readonly Finding[]) => fs.map((f) => renderFinding(f, RULES, "en", final2024));

describe("普陀区财政局 2024 决算", () => {
  const { disclosure, problems, report } = read(putuoFinanceFinal2024Fixture);

  it("reads every table with nothing left over", () => {
    expect(disclosure.tables.map((t) => t.kind)).toEqual(final2024.tables.map((t) => t.id));
    const left = [...problems.entries()].flatMap(([title, ps]) =>
      ps.filter((p) => p.severity !== "info").map((p) => `${title}: ${p.code}`),
    );
    expect(left).toEqual([]);
    expect(
      disclosure.tables.flatMap((t) => t.rows).filter((r) => r.key.kind === "unplaced"),
    ).toEqual([]);
  });

  it("debug", () => {
    console.log(show(serious(report.findings)).join("\n"));
  });
});
