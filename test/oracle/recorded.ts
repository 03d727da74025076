/**
 * Reports recorded with the engine as it was before the speed work (issue 15), and the inputs they
 * were recorded on: every fixture and layout variant, single-cell changes of the Henan example, and
 * 250 random disclosures (every template and profile, with and without the catalogs). The inputs
 * are stored with the reports, so the replay does not depend on today's generators.
 *
 * Record again (only when a rule's behaviour is meant to change, and say so in the commit):
 * `npx tsx test/oracle/recorded.ts "random 21" "Henan 2024"` records the named cases' reports
 * again on their stored inputs (all of them when none is named); `--fresh` makes the inputs again
 * from today's generators, which changes every random case.
 *
 * Exports: {@link RecordedCase}, {@link RECORDED_PATH}, {@link recordedOptions},
 * {@link comparableReport}.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { gunzipSync, gzipSync } from "node:zlib";
import fc from "fast-check";
import { catalog2024 } from "../../src/catalog/2024";
import type { Disclosure } from "../../src/disclosure";
import {
  type CheckOptions,
  type CheckReport,
  checkDisclosure,
  henan2024Profile,
  nationalProfile,
  shanghaiProfile,
} from "../../src/rules";
import { henan2024, nationalMinimum, shanghai } from "../../src/templates";
import { henan2024Fixture } from "../fixtures/henan-2024";
import { FIXTURE_VARIANTS } from "../layouts/corpus";
import { generated, viaBuilders } from "../support/arbitraries";
import { fixtureDisclosure } from "../support/disclosures";

/** One recorded check: the input, how it was checked, and the report as JSON. */
export interface RecordedCase {
  readonly name: string;
  readonly profile: "henan2024" | "shanghai" | "national";
  readonly template: "henan2024" | "shanghai" | "nationalMinimum";
  readonly catalog: boolean;
  /** The input; a single-cell change of the Henan example stores the change only. */
  readonly disclosure: Disclosure | { readonly henanWith: CellChange };
  readonly report: unknown;
}

/** A cell of the Henan example set to another printed value. */
export interface CellChange {
  readonly table: number;
  readonly row: number;
  readonly column: string;
  readonly raw: string;
}

function henanDisclosure(): Disclosure {
  return fixtureDisclosure(henan2024Fixture, henan2024).disclosure;
}

function withCell(d: Disclosure, c: CellChange): Disclosure {
  return {
    ...d,
    tables: d.tables.map((t, ti) =>
      ti !== c.table
        ? t
        : {
            ...t,
            rows: t.rows.map((r, ri) =>
              ri !== c.row ? r : { ...r, cells: { ...r.cells, [c.column]: c.raw } },
            ),
          },
    ),
  };
}

/** The disclosure a recorded case checks. */
export function recordedDisclosure(
  c: RecordedCase,
  henan: Disclosure = henanDisclosure(),
): Disclosure {
  return "henanWith" in c.disclosure ? withCell(henan, c.disclosure.henanWith) : c.disclosure;
}

export const RECORDED_PATH = new URL("./recorded-reports.json.gz", import.meta.url);

const PROFILES = {
  henan2024: henan2024Profile,
  shanghai: shanghaiProfile,
  national: nationalProfile,
};
const TEMPLATES = { henan2024, shanghai, nationalMinimum };

export function recordedOptions(c: RecordedCase): CheckOptions {
  return {
    profile: PROFILES[c.profile],
    template: TEMPLATES[c.template],
    ...(c.catalog ? { catalog: catalog2024 } : {}),
  };
}

/** The report as plain JSON (what a user can observe of it). */
export function comparableReport(r: CheckReport): unknown {
  return JSON.parse(JSON.stringify(r));
}

function profileOf(templateId: string): RecordedCase["profile"] {
  return templateId === "henan2024"
    ? "henan2024"
    : templateId === "shanghai"
      ? "shanghai"
      : "national";
}

function record(): RecordedCase[] {
  const cases: Omit<RecordedCase, "report">[] = [];
  for (const v of FIXTURE_VARIANTS) {
    const { disclosure } = fixtureDisclosure(v.fixture, v.template);
    const template = v.template.id as RecordedCase["template"];
    cases.push({ name: v.name, profile: profileOf(template), template, catalog: true, disclosure });
  }
  const { disclosure: henan } = fixtureDisclosure(henan2024Fixture, henan2024);
  cases.push({
    name: "Henan 2024",
    profile: "henan2024",
    template: "henan2024",
    catalog: true,
    disclosure: henan,
  });
  cases.push({
    name: "Henan 2024, no catalog",
    profile: "henan2024",
    template: "henan2024",
    catalog: false,
    disclosure: henan,
  });
  cases.push({
    name: "Henan 2024, national",
    profile: "national",
    template: "nationalMinimum",
    catalog: false,
    disclosure: henan,
  });
  // Single-cell changes of the Henan example: every 3rd amount cell, up, down or blanked in turn.
  let n = 0;
  henan.tables.forEach((t, ti) => {
    t.rows.forEach((r, ri) => {
      for (const [column, raw] of Object.entries(r.cells)) {
        if (!/^[0-9]+\.[0-9]{2}$/u.test(raw) || n++ % 3 !== 0) continue;
        const how = (["up", "down", "blank"] as const)[Math.floor(n / 3) % 3] ?? "up";
        const cents = BigInt(raw.replace(".", "")) + (how === "up" ? 1n : -1n);
        const next =
          how === "blank" ? "" : `${cents / 100n}.${String(cents % 100n).padStart(2, "0")}`;
        const disclosure = { henanWith: { table: ti, row: ri, column, raw: next } };
        cases.push({
          name: `Henan 2024, ${t.kind} row ${ri} ${column} ${how}`,
          profile: "henan2024",
          template: "henan2024",
          catalog: true,
          disclosure,
        });
      }
    });
  });
  fc.sample(generated, { seed: 15, numRuns: 250 }).forEach((g, i) => {
    const template = g.template as RecordedCase["template"];
    cases.push({
      name: `random ${i}`,
      profile: profileOf(template),
      template,
      catalog: i % 2 === 0,
      disclosure: viaBuilders(g),
    });
  });
  return cases.map((c) => {
    // Stored as JSON and read back, so the recorded input is exactly what the replay checks.
    const stored = JSON.parse(JSON.stringify(c)) as RecordedCase;
    const disclosure = recordedDisclosure(stored, henan);
    return {
      ...stored,
      report: comparableReport(checkDisclosure(disclosure, recordedOptions(stored))),
    };
  });
}

export function readRecorded(): RecordedCase[] {
  return JSON.parse(gunzipSync(readFileSync(RECORDED_PATH)).toString("utf8")) as RecordedCase[];
}

/**
 * The stored cases with the reports of today's engine: the inputs stay as stored (today's
 * generators would give other random disclosures), only the named cases' reports (all when none
 * is named) are recorded again.
 */
function recheck(names: ReadonlySet<string>): RecordedCase[] {
  const henan = henanDisclosure();
  return readRecorded().map((c) =>
    names.size > 0 && !names.has(c.name)
      ? c
      : {
          ...c,
          report: comparableReport(
            checkDisclosure(recordedDisclosure(c, henan), recordedOptions(c)),
          ),
        },
  );
}

if (
  process.argv[1] !== undefined &&
  import.meta.url.endsWith(process.argv[1].split("/").at(-1) ?? "\0")
) {
  const args = process.argv.slice(2);
  const cases = args.includes("--fresh")
    ? record()
    : recheck(new Set(args.filter((a) => !a.startsWith("--"))));
  writeFileSync(RECORDED_PATH, gzipSync(JSON.stringify(cases), { level: 9 }));
  console.log(`recorded ${cases.length} reports`);
}
