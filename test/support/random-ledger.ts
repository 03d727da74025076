/**
 * Random ledgers for the consistency property (issue 10 point 5): several units of random kinds,
 * funds from what the template prints, functions and economic codes from the 2024 catalogs with
 * the government code the mapping gives the unit's kind, basic and project lines, projects,
 * carry-overs (上年结转), carry-forwards (年终结转结余) and last year's lines.
 */
import fc from "fast-check";
import { mappingTargets } from "../../src/catalog";
import { catalog2024 } from "../../src/catalog/2024";
import type { UnitType } from "../../src/disclosure";
import type { LedgerEntry, LedgerFund, LedgerLine, LedgerMeta } from "../../src/ledger";

/** What a template prints consistently (see docs/measures.md on 上年结转 and the 04 table). */
export interface Palette {
  readonly funds: readonly LedgerFund[];
  /** Carried-over funds basic lines may spend. */
  readonly carryover: readonly LedgerFund[];
  readonly carryForward: boolean;
}

export const HENAN_PALETTE: Palette = {
  funds: [
    "gpb.grant",
    "gpb.fees",
    "gpb.special",
    "govFund.own",
    "govFund.bonds",
    "soe",
    "specialAccount",
    "business",
    "operating",
    "superior",
    "affiliated",
    "other",
  ],
  carryover: ["carryover.specialAccount", "carryover.unitFunds"],
  carryForward: true,
};

export const SHANGHAI_PALETTE: Palette = {
  funds: ["gpb.grant", "gpb.fees", "govFund.own", "soe", "business", "operating", "other"],
  carryover: [],
  carryForward: false,
};

const FUNCTIONAL = [...catalog2024.functional.byCode.values()]
  .filter((e) => e.level === "项")
  .map((e) => e.code);
const BASIC_ECON = [
  "30101",
  "30102",
  "30107",
  "30108",
  "30113",
  "30199",
  "30201",
  "30202",
  "30211",
  "30212",
  "30213",
  "30215",
  "30217",
  "30228",
  "30229",
  "30231",
  "30239",
  "30299",
  "30302",
  "30309",
  "31002",
  "31013",
];
const PROJECT_ECON = [...BASIC_ECON, "30226", "30913", "39999", "30701"];
const KINDS: readonly UnitType[] = ["行政", "参公", "事业"];

/** The government 款 the mapping gives a departmental 款 for a unit kind (none when only a 类). */
function govOf(econ: string, kind: UnitType): string | undefined {
  const target = mappingTargets(
    catalog2024.mapping,
    econ,
    kind === "事业" ? "事业单位" : "机关",
  )[0];
  return target !== undefined && target.length === 5 ? target : undefined;
}

/** An amount of 0.00 … 9,999.99 (万元, 2 decimals), zero now and then. */
const amount = fc.oneof(
  { weight: 1, arbitrary: fc.constant("0.00") },
  {
    weight: 9,
    arbitrary: fc
      .integer({ min: 1, max: 999_999 })
      .map((c) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, "0")}`),
  },
);

export interface RandomLedger {
  readonly meta: LedgerMeta;
  readonly entries: readonly LedgerEntry[];
}

/** A random ledger printable in a template of `palette`. */
export function randomLedger(palette: Palette, maxLines = 24): fc.Arbitrary<RandomLedger> {
  return fc
    .record({
      kinds: fc.array(fc.constantFrom(...KINDS), { minLength: 1, maxLength: 4 }),
      single: fc.boolean(),
      lines: fc.array(
        fc.record({
          unit: fc.nat(3),
          project: fc.option(fc.record({ id: fc.nat(4), specific: fc.boolean() }), {
            nil: undefined,
          }),
          functional: fc.constantFrom(...FUNCTIONAL),
          basicEcon: fc.constantFrom(...BASIC_ECON),
          projectEcon: fc.constantFrom(...PROJECT_ECON),
          fund: fc.constantFrom(...palette.funds),
          carryover: fc.option(
            fc.constantFrom(...(palette.carryover.length > 0 ? palette.carryover : palette.funds)),
            { freq: 5, nil: undefined },
          ),
          prior: fc.integer({ min: 0, max: 9 }).map((x) => x === 0),
          amount,
        }),
        { minLength: 1, maxLength: maxLines },
      ),
      carryForward: fc.array(
        fc.record({ unit: fc.nat(3), fund: fc.constantFrom(...palette.funds), amount }),
        { maxLength: palette.carryForward ? 2 : 0 },
      ),
    })
    .map(({ kinds, single, lines, carryForward }) => {
      const units = kinds.map((unitType, i) => ({
        code: `900${String(i + 1).padStart(3, "0")}`,
        name: `单位${i + 1}`,
        unitType,
      }));
      const documentKind = single && units.length === 1 ? ("单位" as const) : ("部门" as const);
      const meta: LedgerMeta = {
        year: 2024,
        documentKind,
        department: documentKind === "部门" ? { code: "900", name: "某部门" } : { name: "单位1" },
        units,
      };
      const entries: LedgerEntry[] = lines.map((l): LedgerLine => {
        const u = units[l.unit % units.length] as (typeof units)[number];
        const project = l.project;
        // a code whose 政府经济分类 is only a 类 for this kind (30913 for 机关) falls back to 30201:
        // the tables print a 款 pair on every economic row
        const wanted = project === undefined ? l.basicEcon : l.projectEcon;
        const econ = govOf(wanted, u.unitType) === undefined ? "30201" : wanted;
        const gov = govOf(econ, u.unitType);
        // carried-over money only on basic lines, only where the template prints it
        const fund =
          project === undefined &&
          l.carryover !== undefined &&
          palette.carryover.includes(l.carryover)
            ? l.carryover
            : l.fund;
        return {
          unit: u.code,
          fund,
          functional: l.functional,
          econ,
          ...(gov === undefined ? {} : { gov }),
          nature:
            project === undefined
              ? "basic"
              : project.specific
                ? "project.specific"
                : "project.operating",
          ...(project === undefined
            ? {}
            : { project: { name: `${u.name}项目${project.id}${project.specific ? "甲" : "乙"}` } }),
          ...(l.prior ? { period: "prior" as const } : {}),
          amount: l.amount,
        };
      });
      for (const cf of carryForward) {
        const u = units[cf.unit % units.length] as (typeof units)[number];
        entries.push({ kind: "carryforward", unit: u.code, fund: cf.fund, amount: cf.amount });
      }
      return { meta, entries };
    });
}
