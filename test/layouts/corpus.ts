/**
 * The layout corpus: the fixtures' disclosures as other printers lay them out. Each variant is a
 * whole disclosure (every table through the same layout transforms), so it can be read and
 * checked like a document. ./layouts.test.ts reads every table of every variant and checks every
 * variant; ./national.ts and ./district.ts add hand-written layouts no fixture has.
 *
 * Exports: {@link LayoutVariant}, {@link FIXTURE_VARIANTS}.
 */
import type { Profile } from "../../src/rules";
import { henan2024Profile, nationalProfile, shanghaiProfile } from "../../src/rules";
import { henan2024, nationalMinimum, shanghai, type Template } from "../../src/templates";
import { henan2024Fixture } from "../fixtures/henan-2024";
import { shanghaiFinance2025Fixture } from "../fixtures/shanghai-finance-2025";
import { shanghaiWelfare2024Fixture } from "../fixtures/shanghai-welfare-2024";
import type { DisclosureFixture } from "../fixtures/types";
import { nationalFixture } from "./national";
import {
  arabicNumbers,
  bareTitles,
  codesInOneColumn,
  districtSummary,
  fullWidth,
  letterSpaced,
  nameHeader,
  renumbered,
  scaled,
  type Transform,
  totalInCodeColumns,
  ungroupedCodes,
  unitTitles,
  withoutBudgetLevel,
} from "./transforms";

/** A fixture laid out by other printers. */
export interface LayoutVariant {
  readonly name: string;
  readonly base: DisclosureFixture;
  readonly fixture: DisclosureFixture;
  readonly template: Template;
  readonly profile: Profile;
}

function variant(
  label: string,
  base: DisclosureFixture,
  template: Template,
  profile: Profile,
  transforms: readonly Transform[],
): LayoutVariant {
  const unitName = base.meta.units[0]?.name ?? base.meta.department.name;
  const tables = base.tables.map((t) =>
    transforms.reduce((acc, tr) => tr.apply(acc, { unitName }), t),
  );
  const amount = (printed: string) =>
    transforms.reduce((acc, tr) => tr.amount?.(acc) ?? acc, printed);
  const targets = base.departmentTargets;
  return {
    name: `${label}: ${transforms.map((t) => t.name).join("; ")}`,
    base,
    fixture: {
      ...base,
      tables,
      ...(targets === undefined
        ? {}
        : {
            departmentTargets: {
              ...targets,
              budget: targets.budget.map((b) => ({ ...b, amount: amount(b.amount) })),
            },
          }),
    },
    template,
    profile,
  };
}

const henan = (...ts: Transform[]) =>
  variant("Henan 2024", henan2024Fixture, henan2024, henan2024Profile, ts);
const finance = (...ts: Transform[]) =>
  variant("上海市财政局 2025", shanghaiFinance2025Fixture, shanghai, shanghaiProfile, ts);
const welfare = (...ts: Transform[]) =>
  variant("普陀区社会福利院 2024", shanghaiWelfare2024Fixture, shanghai, shanghaiProfile, ts);

const national = (split: boolean, ...ts: Transform[]) =>
  variant(
    `national minimum (codes ${split ? "split" : "whole"})`,
    nationalFixture(split),
    nationalMinimum,
    nationalProfile,
    ts,
  );

/** Every fixture under the layout transforms of other printers. */
export const FIXTURE_VARIANTS: readonly LayoutVariant[] = [
  henan(unitTitles),
  henan(bareTitles, letterSpaced),
  henan(fullWidth),
  henan(renumbered("bracketed")),
  henan(renumbered("circled")),
  henan(arabicNumbers),
  henan(codesInOneColumn(" ")),
  henan(codesInOneColumn(""), nameHeader("科目名称")),
  henan(codesInOneColumn("-")),
  henan(ungroupedCodes, totalInCodeColumns),
  henan(scaled(4, 2, "元")),
  henan(scaled(7, 2, "元"), codesInOneColumn(" ")),
  henan(nameHeader("功能分类科目名称"), letterSpaced),
  finance(unitTitles),
  finance(bareTitles, letterSpaced),
  finance(fullWidth),
  finance(renumbered("bracketed")),
  finance(renumbered("circled")),
  finance(codesInOneColumn(" ")),
  finance(codesInOneColumn("")),
  finance(ungroupedCodes, totalInCodeColumns),
  finance(scaled(0, 2)),
  finance(nameHeader("科目名称")),
  finance(districtSummary),
  finance(withoutBudgetLevel, letterSpaced),
  welfare(unitTitles, fullWidth),
  welfare(bareTitles, letterSpaced),
  welfare(renumbered("circled")),
  welfare(codesInOneColumn(" ")),
  welfare(ungroupedCodes, totalInCodeColumns),
  welfare(scaled(0, 2), fullWidth),
  welfare(nameHeader("科目名称"), arabicNumbers),
  welfare(districtSummary, ungroupedCodes),
  national(true),
  national(false),
  national(true, ungroupedCodes, totalInCodeColumns),
  national(true, unitTitles, letterSpaced),
  national(false, bareTitles, fullWidth),
  national(true, renumbered("circled"), scaled(4, 2, "元")),
];
