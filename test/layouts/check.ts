/**
 * Shared by the layout tests: the check of a generated 部门 fixture under the national minimum
 * template, and the findings above info as stable lines (rule, severity, table, row, column).
 */
import { catalog2024 } from "../../src/catalog/2024";
import { type CheckReport, checkDisclosure, type Finding, nationalProfile } from "../../src/rules";
import { nationalMinimum } from "../../src/templates";
import type { DisclosureFixture } from "../fixtures/types";
import { fixtureDisclosure } from "../support/disclosures";

/** The check of a fixture read through the printed reader, under the national minimum template. */
export const checkNational = (fixture: DisclosureFixture): CheckReport =>
  checkDisclosure(fixtureDisclosure(fixture, nationalMinimum).disclosure, {
    profile: nationalProfile,
    template: nationalMinimum,
    catalog: catalog2024,
  });

/** The findings above info, one line each: rule, severity, table, row, column. */
export const serious = (fs: readonly Finding[]): string[] =>
  fs
    .filter((f) => f.severity !== "info")
    .map((f) => [f.ruleId, f.severity, f.path?.table, f.path?.row, f.path?.column].join(" "));
