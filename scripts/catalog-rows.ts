/**
 * Turns the reference CSV records into catalog entries and mapping rules (no I/O). Whatever the
 * generator reads from a field beyond a plain value is kept in the entry's note, so the generated
 * data says where each fact came from.
 */
import type { CatalogEntry, MappingRule, NameVariant, UnitKind } from "../src/catalog";
import { type CodeLevel, type CodeSystem, normalizeName } from "../src/codes";
import { type CsvRecord, parseBasis } from "./catalog-csv";

/** The columns of `economic-*.csv` and `functional-partial.csv`. */
export const CATALOG_COLUMNS: readonly string[] = [
  "code",
  "level",
  "name",
  "parent",
  "basis",
  "note",
];

/** The columns of `economic-department-to-government.csv`. */
export const MAPPING_COLUMNS: readonly string[] = [
  "dept_code",
  "gov_code",
  "unit_type",
  "basis",
  "note",
];

/** A legacy name the CSVs do not carry, with the document it comes from. */
export interface LegacyName {
  readonly system: CodeSystem;
  readonly code: string;
  readonly variant: NameVariant;
  readonly source: string;
}

/** Legacy names from the shared domain notes (DOMAIN.md §1) that no CSV note records. */
export const LEGACY_NAMES: readonly LegacyName[] = [
  {
    system: "functional",
    code: "210",
    variant: { name: "医疗卫生与计划生育支出", to: 2018 },
    source: "DOMAIN.md §1",
  },
  {
    system: "functional",
    code: "207",
    variant: { name: "文化体育旅游与传媒支出" },
    source: "Henan 2024 fixture 财政拨款收支预算表 printed label",
  },
  {
    system: "functional",
    code: "212",
    variant: { name: "城乡社区事务支出" },
    source: "Henan 2024 fixture 财政拨款收支预算表 printed label",
  },
  {
    system: "functional",
    code: "213",
    variant: { name: "农林水事务支出" },
    source: "Henan 2024 fixture 财政拨款收支预算表 printed label",
  },
  {
    system: "functional",
    code: "215",
    variant: { name: "资源勘探信息等支出" },
    source: "Henan 2024 fixture 财政拨款收支预算表 printed label",
  },
];

const LEVELS: readonly CodeLevel[] = ["类", "款", "项"];

function field(record: CsvRecord, name: string): string {
  return record.fields[name] ?? "";
}

/** Aliases written in a note: `row label: 'X'` (a printed label) and `older name X (pre-YYYY)`. */
function aliasesFromNote(note: string, name: string): NameVariant[] {
  const aliases: NameVariant[] = [];
  const label = /row label: '([^']+)'/.exec(note)?.[1];
  if (label !== undefined && normalizeName(label) !== normalizeName(name)) {
    aliases.push({ name: label });
  }
  const older = /older name (\S+) \(pre-(\d{4})\)/.exec(note);
  if (older?.[1] !== undefined && older[2] !== undefined) {
    aliases.push({ name: older[1], to: Number(older[2]) - 1 });
  }
  return aliases;
}

function yearsText(v: NameVariant): string {
  if (v.from !== undefined && v.to !== undefined) return `${v.from}–${v.to}`;
  if (v.from !== undefined) return `from ${v.from}`;
  return v.to === undefined ? "years unknown" : `until ${v.to}`;
}

/** One catalog entry from a CSV record of `system`. Throws on a malformed row. */
export function catalogEntry(record: CsvRecord, file: string, system: CodeSystem): CatalogEntry {
  const code = field(record, "code");
  const where = `${file}:${record.line}`;
  if (!/^\d+$/.test(code)) throw new Error(`${where}: code "${code}" is not digits`);
  const level = LEVELS.find((l) => l === field(record, "level"));
  if (level === undefined) throw new Error(`${where}: unknown level "${field(record, "level")}"`);
  const name = field(record, "name");
  const parent = field(record, "parent");
  const rawBasis = field(record, "basis");
  const { basis, qualified } = parseBasis(rawBasis, code);
  const csvNote = field(record, "note");
  const aliases = aliasesFromNote(csvNote, name);
  const notes = [qualified ? `basis "${rawBasis}"` : "", csvNote];
  for (const legacy of LEGACY_NAMES) {
    if (legacy.system !== system || legacy.code !== code) continue;
    aliases.push(legacy.variant);
    notes.push(
      `legacy name ${legacy.variant.name} (${yearsText(legacy.variant)}) from ${legacy.source}`,
    );
  }
  const note = notes.filter((n) => n !== "").join("; ");
  return {
    code,
    level,
    name,
    ...(parent === "" ? {} : { parent }),
    aliases,
    basis,
    ...(note === "" ? {} : { note }),
  };
}

/** `机关`, `事业`, `任意` (both), each optionally followed by a parenthesised remark. */
function unitKinds(raw: string, where: string): { kinds: UnitKind[]; plain: boolean } {
  const m = /^(机关|事业|任意)(?:[(（](.*)[)）])?$/.exec(raw);
  if (m === null) throw new Error(`${where}: unknown unit_type "${raw}"`);
  const kinds: UnitKind[] =
    m[1] === "机关" ? ["机关"] : m[1] === "事业" ? ["事业单位"] : ["机关", "事业单位"];
  return { kinds, plain: m[2] === undefined };
}

/**
 * The targets of a `gov_code` field:
 * - `50101` → that 款;
 * - `504xx` → the 类 `504` (any 款 of it);
 * - `511xx (same 款 suffix)` → the 款 of `511` with the departmental code's 款 suffix;
 * - `50399 (X may map to Y; verify)` → `50399`, plus `Y` for the row whose code is `X`.
 */
function targets(raw: string, from: string, where: string): string[] {
  const m = /^(\d{3})(\d{2}|xx)(?:\s*\((.*)\))?$/.exec(raw);
  const cls = m?.[1];
  const suffix = m?.[2];
  if (m === null || cls === undefined || suffix === undefined) {
    throw new Error(`${where}: unknown gov_code "${raw}"`);
  }
  const remark = m[3] ?? "";
  if (suffix !== "xx") {
    const alt = /(\d{5}) may map to (\d{5})/.exec(remark);
    return alt?.[1] === from && alt[2] !== undefined ? [cls + suffix, alt[2]] : [cls + suffix];
  }
  if (remark === "") return [cls];
  if (remark === "same 款 suffix" && from.length === 5) return [cls + from.slice(3)];
  throw new Error(`${where}: unknown gov_code remark "${remark}"`);
}

/** One mapping rule from a CSV record. `301*` becomes the class rule `from: "301"`. */
export function mappingRule(record: CsvRecord, file: string): MappingRule {
  const where = `${file}:${record.line}`;
  const rawFrom = field(record, "dept_code");
  const m = /^(\d{5})$|^(\d{3})\*$/.exec(rawFrom);
  const from = m?.[1] ?? m?.[2];
  if (from === undefined) throw new Error(`${where}: unknown dept_code "${rawFrom}"`);
  const rawTo = field(record, "gov_code");
  const to = targets(rawTo, from, where);
  const rawUnit = field(record, "unit_type");
  const { kinds, plain } = unitKinds(rawUnit, where);
  const rawBasis = field(record, "basis");
  const { basis, qualified } = parseBasis(rawBasis, from);
  const note = [
    qualified ? `basis "${rawBasis}"` : "",
    /^\d{5}$/.test(rawTo) ? "" : `gov_code "${rawTo}"`,
    plain ? "" : `unit_type "${rawUnit}"`,
    field(record, "note"),
  ]
    .filter((n) => n !== "")
    .join("; ");
  return { from, unitKinds: kinds, to, basis, ...(note === "" ? {} : { note }) };
}
