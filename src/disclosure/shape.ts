import { UNITS, type Unit } from "../amount";
import { typeName } from "../amount/parse";
import { isUnit } from "../amount/units";
import type { BuildPath } from "./problems";
import type {
  BudgetUnit,
  Disclosure,
  DisclosureMeta,
  Row,
  RowKey,
  Table,
  TextSection,
} from "./types";

/**
 * Why a value handed over as (part of) a disclosure, from plain JavaScript or a spreadsheet
 * reader, does not have the shape of one. Found before any template is consulted; the shaped
 * value replaces what cannot be used by a blank, an empty list or an `unplaced` row key.
 *
 * - `wrong-type`: a value of another type than `expected` (`text`, `object`, `array`,
 *   `integer`); `actual` names what it is (`number`, `null`, `object` …).
 * - `invalid-value`: text that is none of the `expected` values (a unit `千元`, a row-key kind).
 * @internal
 */
export type ShapeProblem =
  | {
      readonly code: "wrong-type";
      readonly path: BuildPath;
      readonly expected: "text" | "object" | "array" | "integer";
      readonly actual: string;
    }
  | {
      readonly code: "invalid-value";
      readonly path: BuildPath;
      readonly input: string;
      readonly expected: readonly string[];
    };

/** The kinds of row key. @internal */
export const ROW_KEY_KINDS: readonly RowKey["kind"][] = [
  "total",
  "org",
  "functional",
  "economic",
  "project",
  "line",
  "single",
  "indicator",
  "unplaced",
];

/** `-1.5e-7` → `-0.00000015`, `1e+21` → `1000000000000000000000`: the same decimal, written out. */
function withoutExponent(text: string): string {
  const [mantissa = "", power = "0"] = text.split("e");
  const negative = mantissa.startsWith("-");
  const [whole = "", fraction = ""] = (negative ? mantissa.slice(1) : mantissa).split(".");
  const digits = whole + fraction;
  const point = whole.length + Number(power);
  const plain =
    point <= 0
      ? `0.${"0".repeat(-point)}${digits}`
      : point >= digits.length
        ? digits + "0".repeat(point - digits.length)
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return negative ? `-${plain}` : plain;
}

/**
 * The printed text a value stands for, or `undefined` when it stands for none: a string as it is;
 * a number as its decimal text, exactly (JavaScript's shortest round-trip form, written without
 * an exponent: `6.5` → `"6.5"`, `1e21` → `"1000000000000000000000"`; `NaN` and `Infinity` stay
 * words, which no amount parses); a bigint in digits; `null` and `undefined` (an empty
 * spreadsheet cell) as blank. Anything else (a boolean, an object …) is not text.
 * @internal
 */
export function textOf(value: unknown): string | undefined {
  switch (typeof value) {
    case "string":
      return value;
    case "number": {
      const text = String(value);
      return Number.isFinite(value) && text.includes("e") ? withoutExponent(text) : text;
    }
    case "bigint":
      return value.toString();
    case "undefined":
      return "";
    default:
      return value === null ? "" : undefined;
  }
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Shapes values into a disclosure's parts, collecting the problems. */
class Shaper {
  readonly problems: ShapeProblem[] = [];

  wrong(path: BuildPath, expected: "text" | "object" | "array" | "integer", value: unknown) {
    this.problems.push({ code: "wrong-type", path, expected, actual: typeName(value) });
  }

  text(value: unknown, path: BuildPath): string {
    const text = textOf(value);
    if (text !== undefined) return text;
    this.wrong(path, "text", value);
    return "";
  }

  /** Text that must be given: `undefined` is missing, not blank. */
  required(value: unknown, path: BuildPath): string {
    if (value !== undefined) return this.text(value, path);
    this.wrong(path, "text", value);
    return "";
  }

  optionalText(value: unknown, path: BuildPath): string | undefined {
    if (value === undefined) return undefined;
    const text = textOf(value);
    if (text === undefined) this.wrong(path, "text", value);
    return text;
  }

  /**
   * A record of texts (cells, a table's texts); the same object when every value is a string. A
   * value that is no text is left out (and reported): a blank would state "no value", which a
   * sum would read as zero.
   */
  texts(value: unknown, path: BuildPath): Readonly<Record<string, string>> {
    if (!isRecord(value)) {
      this.wrong(path, "object", value);
      return {};
    }
    const entries = Object.entries(value);
    if (entries.every(([, v]) => typeof v === "string"))
      return value as Readonly<Record<string, string>>;
    const kept: [string, string][] = [];
    for (const [k, v] of entries) {
      const text = textOf(v);
      if (text === undefined) this.wrong([...path, k], "text", v);
      else kept.push([k, text]);
    }
    return Object.fromEntries(kept);
  }

  list<T>(value: unknown, path: BuildPath, item: (v: unknown, path: BuildPath) => T): T[] {
    if (!Array.isArray(value)) {
      this.wrong(path, "array", value);
      return [];
    }
    return value.map((v: unknown, i) => item(v, [...path, i]));
  }

  rowKey(value: unknown, path: BuildPath): RowKey {
    if (!isRecord(value)) {
      this.wrong(path, "object", value);
      return { kind: "unplaced", label: textOf(value) ?? "" };
    }
    const kind = ROW_KEY_KINDS.find((k) => k === value.kind);
    const field = (name: string) => this.text(value[name], [...path, name]);
    const optional = (name: string) => this.optionalText(value[name], [...path, name]);
    switch (kind) {
      case undefined: {
        const input = textOf(value.kind) ?? typeName(value.kind);
        this.problems.push({
          code: "invalid-value",
          path: [...path, "kind"],
          input,
          expected: ROW_KEY_KINDS,
        });
        return { kind: "unplaced", label: input };
      }
      case "total":
      case "single":
        return { kind };
      case "org":
      case "functional":
        return { kind, code: field("code") };
      case "economic": {
        const gov = optional("gov");
        return gov === undefined
          ? { kind, econ: field("econ") }
          : { kind, econ: field("econ"), gov };
      }
      case "project": {
        const code = optional("code");
        return code === undefined
          ? { kind, name: field("name") }
          : { kind, name: field("name"), code };
      }
      case "line":
        return { kind, line: field("line") };
      case "unplaced":
        return { kind, label: field("label") };
      case "indicator": {
        const index = value.index;
        if (typeof index === "number" && Number.isSafeInteger(index) && index >= 0)
          return { kind, index };
        this.wrong([...path, "index"], "integer", index);
        return { kind: "unplaced", label: `indicator:${textOf(index) ?? ""}` };
      }
    }
  }

  row(value: unknown, path: BuildPath): Row {
    if (!isRecord(value)) {
      this.wrong(path, "object", value);
      return { key: { kind: "unplaced", label: "" }, cells: {} };
    }
    const shaped = this.rowKey(value.key, [...path, "key"]);
    const key = sameFields(shaped, value.key) ? (value.key as RowKey) : shaped;
    const cells = this.texts(value.cells, [...path, "cells"]);
    const name = this.optionalText(value.name, [...path, "name"]);
    if (key === value.key && cells === value.cells && name === value.name)
      return value as unknown as Row;
    return name === undefined ? { key, cells } : { key, name, cells };
  }

  table(value: unknown, path: BuildPath): Table {
    if (!isRecord(value)) {
      this.wrong(path, "object", value);
      return { kind: "", unit: "万元", rows: [] };
    }
    const kind = this.required(value.kind, [...path, "kind"]);
    const unit = this.unit(value.unit, [...path, "unit"]);
    const rows = this.list(value.rows, [...path, "rows"], (v, p) => this.row(v, p));
    const title = this.optionalText(value.title, [...path, "title"]);
    const number = this.optionalText(value.number, [...path, "number"]);
    const note = this.optionalText(value.note, [...path, "note"]);
    const texts =
      value.texts === undefined ? undefined : this.texts(value.texts, [...path, "texts"]);
    const given = value.rows as readonly unknown[];
    const same =
      kind === value.kind &&
      unit === value.unit &&
      rows.length === given.length &&
      rows.every((r, i) => r === given[i]) &&
      title === value.title &&
      number === value.number &&
      note === value.note &&
      texts === value.texts;
    if (same) return value as unknown as Table;
    return {
      kind,
      ...(title === undefined ? {} : { title }),
      ...(number === undefined ? {} : { number }),
      unit,
      rows,
      ...(note === undefined ? {} : { note }),
      ...(texts === undefined ? {} : { texts }),
    };
  }

  /** A unit as given: one of {@link UNITS}, else kept as its text (so nothing is lost) and reported. */
  unit(value: unknown, path: BuildPath): Unit {
    if (isUnit(value)) return value;
    const input = textOf(value) ?? typeName(value);
    this.problems.push({ code: "invalid-value", path, input, expected: UNITS });
    return input as Unit;
  }

  meta(value: unknown, path: BuildPath): DisclosureMeta {
    if (!isRecord(value)) {
      this.wrong(path, "object", value);
      return { year: 0, documentKind: "单位", template: "", department: { name: "" }, units: [] };
    }
    const year = value.year;
    if (typeof year !== "number" || !Number.isSafeInteger(year))
      this.wrong([...path, "year"], "integer", year);
    const department = isRecord(value.department) ? value.department : {};
    if (!isRecord(value.department))
      this.wrong([...path, "department"], "object", value.department);
    const code = this.optionalText(department.code, [...path, "department", "code"]);
    const units = this.list(value.units, [...path, "units"], (u, p): BudgetUnit => {
      const unit = isRecord(u) ? u : {};
      if (!isRecord(u)) this.wrong(p, "object", u);
      const unitCode = this.optionalText(unit.code, [...p, "code"]);
      const name = this.required(unit.name, [...p, "name"]);
      const unitType = this.required(unit.unitType, [...p, "unitType"]) as BudgetUnit["unitType"];
      return unitCode === undefined ? { name, unitType } : { code: unitCode, name, unitType };
    });
    const regionCode = this.optionalText(value.regionCode, [...path, "regionCode"]);
    return {
      year: typeof year === "number" && Number.isSafeInteger(year) ? year : 0,
      documentKind: this.required(value.documentKind, [
        ...path,
        "documentKind",
      ]) as DisclosureMeta["documentKind"],
      template: this.required(value.template, [...path, "template"]),
      department: {
        ...(code === undefined ? {} : { code }),
        name: isRecord(value.department)
          ? this.required(department.name, [...path, "department", "name"])
          : "",
      },
      units,
      ...(regionCode === undefined ? {} : { regionCode }),
    };
  }

  section(value: unknown, path: BuildPath): TextSection {
    const s = isRecord(value) ? value : {};
    if (!isRecord(value)) this.wrong(path, "object", value);
    return {
      title: this.required(s.title, [...path, "title"]),
      body: this.required(s.body, [...path, "body"]),
    };
  }
}

/** Whether a shaped key says the same as the key given (so the given object can be kept). */
function sameFields(key: RowKey, given: unknown): boolean {
  if (!isRecord(given)) return false;
  for (const [k, v] of Object.entries(key)) if (given[k] !== v) return false;
  return Object.keys(given).every((k) => k in key);
}

/**
 * A table with the shape the types promise, from whatever was given (a plain object from a
 * spreadsheet reader: number cells, `null`s, a unit cast to `千元`), and the problems found. The
 * table itself is returned when it needs no change. Never throws on data.
 * @internal
 */
export function shapeTable(
  value: unknown,
  path: BuildPath = [],
): { readonly table: Table; readonly problems: readonly ShapeProblem[] } {
  const shaper = new Shaper();
  const table = shaper.table(value, path);
  return { table, problems: shaper.problems };
}

/**
 * A disclosure with the shape the types promise: its meta and text sections shaped, its tables
 * a list, each as given (shape them with {@link shapeTable} where they are read); with the
 * problems found, paths starting at the disclosure.
 * @internal
 */
export function shapeDisclosure(value: unknown): {
  readonly disclosure: Disclosure;
  readonly problems: readonly ShapeProblem[];
} {
  const shaper = new Shaper();
  if (!isRecord(value)) {
    shaper.wrong([], "object", value);
    const meta = shaper.meta(undefined, ["meta"]);
    return { disclosure: { meta, tables: [], texts: [] }, problems: shaper.problems.slice(0, 1) };
  }
  const meta = shaper.meta(value.meta, ["meta"]);
  // Tables are shaped one by one where they are read (validation, lowering), with their paths.
  const tables = shaper.list(value.tables, ["tables"], (t) => t as Table);
  const texts = shaper.list(value.texts, ["texts"], (s, p) => shaper.section(s, p));
  return { disclosure: { meta, tables, texts }, problems: shaper.problems };
}
