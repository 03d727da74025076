import type {
  Disclosure,
  Indicator,
  MoneyBlock,
  ProjectTarget,
  Row,
  RowKey,
  Table,
  Targets,
} from "../disclosure";
import { DISCLOSURE_FORMAT, DISCLOSURE_FORMAT_VERSION, type DisclosureDocument } from "./document";

function record(value: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(value));
}

function key(k: RowKey): RowKey {
  switch (k.kind) {
    case "economic":
      return k.gov === undefined
        ? { kind: k.kind, econ: k.econ }
        : { kind: k.kind, econ: k.econ, gov: k.gov };
    case "project":
      return k.code === undefined
        ? { kind: k.kind, name: k.name }
        : { kind: k.kind, name: k.name, code: k.code };
    default:
      return { ...k };
  }
}

function row(r: Row): Row {
  return r.name === undefined
    ? { key: key(r.key), cells: record(r.cells) }
    : { key: key(r.key), name: r.name, cells: record(r.cells) };
}

function table(t: Table): Table {
  return {
    kind: t.kind,
    ...(t.title === undefined ? {} : { title: t.title }),
    ...(t.number === undefined ? {} : { number: t.number }),
    unit: t.unit,
    ...(t.unknownUnit === undefined ? {} : { unknownUnit: t.unknownUnit }),
    rows: t.rows.map(row),
    ...(t.otherPeriods === undefined ? {} : { otherPeriods: { ...t.otherPeriods } }),
    ...(t.note === undefined ? {} : { note: t.note }),
    ...(t.texts === undefined ? {} : { texts: record(t.texts) }),
  };
}

/** A copy with the `undefined` properties left out (the optional fields of targets). */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const indicator = (i: Indicator): Indicator => defined({ ...i });
const money = (m: MoneyBlock): MoneyBlock => defined({ ...m });
const project = (p: ProjectTarget): ProjectTarget =>
  defined({ ...p, money: money(p.money), indicators: p.indicators.map(indicator) });

function targets(t: Targets): Targets {
  const d = t.department;
  return {
    unit: t.unit,
    projects: t.projects.map(project),
    ...(d === undefined
      ? {}
      : {
          department: {
            ...(d.goal === undefined ? {} : { goal: d.goal }),
            tasks: d.tasks.map((x) => ({
              name: x.name,
              content: x.content,
              ...(x.money === undefined ? {} : { money: money(x.money) }),
            })),
            budget: money(d.budget),
            indicators: d.indicators.map(indicator),
          },
        }),
  };
}

/**
 * The JSON interchange document of a disclosure: a plain, JSON-safe copy with the `format` tag
 * and `version`, and without `undefined` properties. {@link parseDisclosure} reads it back to an
 * equal disclosure.
 *
 * @param disclosure - the disclosure
 *
 * @example
 * ```ts
 * import { serializeDisclosure } from "yusuan/json";
 * const doc = serializeDisclosure({
 *   meta: { year: 2024, documentKind: "单位", template: "henan2024", department: { name: "某单位" }, units: [] },
 *   tables: [],
 *   texts: [],
 * });
 * doc.format; // "yusuan.disclosure"
 * doc.version; // 1
 * ```
 */
export function serializeDisclosure(disclosure: Disclosure): DisclosureDocument {
  const { meta } = disclosure;
  const { department: d } = meta;
  return {
    format: DISCLOSURE_FORMAT,
    version: DISCLOSURE_FORMAT_VERSION,
    meta: {
      year: meta.year,
      documentKind: meta.documentKind,
      template: meta.template,
      department: d.code === undefined ? { name: d.name } : { code: d.code, name: d.name },
      units: meta.units.map((u) => ({
        ...(u.code === undefined ? {} : { code: u.code }),
        name: u.name,
        ...(u.unitType === undefined ? {} : { unitType: u.unitType }),
      })),
      ...(meta.unitCounts === undefined ? {} : { unitCounts: { ...meta.unitCounts } }),
      ...(meta.regionCode === undefined ? {} : { regionCode: meta.regionCode }),
      ...(meta.stage === undefined ? {} : { stage: meta.stage }),
    },
    tables: disclosure.tables.map(table),
    texts: disclosure.texts.map((s) => ({ title: s.title, body: s.body })),
    ...(disclosure.targets === undefined ? {} : { targets: targets(disclosure.targets) }),
  };
}

/**
 * {@link serializeDisclosure} as JSON text, indented by `indent` spaces (0 for one line).
 *
 * @param disclosure - the disclosure
 * @param indent - spaces per level, default 2
 *
 * @example
 * ```ts
 * import { parseDisclosureJson, stringifyDisclosure } from "yusuan/json";
 * const d = {
 *   meta: { year: 2024, documentKind: "单位" as const, template: "henan2024", department: { name: "某单位" }, units: [] },
 *   tables: [],
 *   texts: [{ title: "情况说明", body: "收入总计 969.06万元" }],
 * };
 * stringifyDisclosure(d, 0).startsWith('{"format":"yusuan.disclosure","version":1,'); // true
 * parseDisclosureJson(stringifyDisclosure(d)).ok; // true
 * ```
 */
export function stringifyDisclosure(disclosure: Disclosure, indent = 2): string {
  return JSON.stringify(serializeDisclosure(disclosure), null, indent);
}
