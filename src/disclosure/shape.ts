import { UNITS } from "../amount";
import { typeName } from "../amount/parse";
import { isUnit } from "../amount/units";
import type { BuildPath } from "./problems";
import {
  allStrings,
  fieldsOf,
  fits,
  isRecord,
  KEY_SHAPES,
  META,
  type Shape,
  TABLE,
} from "./shape-spec";
import type { Disclosure, DisclosureMeta, RowKey, Table } from "./types";

/**
 * Why a value handed over as (part of) a disclosure, from plain JavaScript or a spreadsheet
 * reader, does not have the shape of one. Found before any template is consulted.
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

/** The same object when every field shaped to itself and it has no other field. */
function sameAs(given: Readonly<Record<string, unknown>>, shaped: Record<string, unknown>) {
  // Every shaped field is the given one's own (not inherited), and there are as many: the same
  // fields (an own field given as `undefined`, which shaping leaves out, makes a copy).
  const keys = Object.keys(shaped);
  return (
    keys.length === Object.keys(given).length &&
    keys.every((k) => Object.hasOwn(given, k) && given[k] === shaped[k])
  );
}

/** The current path, copied: `path` is one array pushed and popped as the walk descends. */
const here = (path: Step[], ...more: Step[]): BuildPath => [...path, ...more];

type Step = BuildPath[number];

/**
 * Shapes `value` as `shape`, pushing what does not fit to `out`; `undefined` for an optional part
 * that is absent (or left out). The value itself is returned wherever it already fits, so a
 * well-formed disclosure is not copied. `path` is pushed and popped in place (a problem copies
 * it), so a well-formed disclosure is walked without building a path per value.
 */
function shapeOf(value: unknown, shape: Shape, path: Step[], out: ShapeProblem[]): unknown {
  switch (shape) {
    case "text?":
    case "text": {
      // `undefined` is a missing field here (in a record of texts it is a blank cell).
      if (typeof value === "string") return value;
      if (value === undefined && shape === "text?") return undefined;
      const text = value === undefined ? undefined : textOf(value);
      if (text === undefined)
        out.push({
          code: "wrong-type",
          path: here(path),
          expected: "text",
          actual: typeName(value),
        });
      return text ?? (shape === "text" ? "" : undefined);
    }
    case "integer":
      if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return value;
      out.push({
        code: "wrong-type",
        path: here(path),
        expected: "integer",
        actual: typeName(value),
      });
      return undefined;
    case "unit": {
      if (isUnit(value)) return value;
      const input = textOf(value) ?? typeName(value);
      out.push({ code: "invalid-value", path: here(path), input, expected: UNITS });
      return input; // kept as given; no amount is read in it
    }
    case "key":
      return keyOf(value, path, out);
    case "texts?":
    case "texts": {
      if (value === undefined && shape === "texts?") return undefined;
      if (!isRecord(value)) {
        out.push({
          code: "wrong-type",
          path: here(path),
          expected: "object",
          actual: typeName(value),
        });
        return {};
      }
      if (allStrings(value)) return value;
      // A value that is no text is left out: a blank would state "no value", read as zero in sums.
      const kept: [string, string][] = [];
      const entries = Object.entries(value);
      for (const [k, v] of entries) {
        const text = textOf(v);
        if (text === undefined)
          out.push({
            code: "wrong-type",
            path: here(path, k),
            expected: "text",
            actual: typeName(v),
          });
        else kept.push([k, text]);
      }
      const same = kept.length === entries.length && kept.every(([k, t]) => value[k] === t);
      return same ? value : Object.fromEntries(kept);
    }
  }
  if (Array.isArray(shape)) {
    if (!Array.isArray(value)) {
      out.push({
        code: "wrong-type",
        path: here(path),
        expected: "array",
        actual: typeName(value),
      });
      return [];
    }
    let items: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) {
        if (items !== undefined) items.length = i + 1; // a hole stays a hole, as `map` keeps it
        continue;
      }
      path.push(i);
      const item = shapeOf(value[i], shape[0], path, out);
      path.pop();
      if (items === undefined && item !== value[i]) items = value.slice(0, i);
      items?.push(item);
    }
    return items ?? value;
  }
  if (!isRecord(value)) {
    out.push({ code: "wrong-type", path: here(path), expected: "object", actual: typeName(value) });
    return shapeOf({}, shape, path, []); // an empty one, its own problems unreported
  }
  const shaped: Record<string, unknown> = {};
  for (const [field, s] of fieldsOf(shape as { readonly [field: string]: Shape })) {
    path.push(field);
    const v = shapeOf(value[field], s, path, out);
    path.pop();
    if (v !== undefined) shaped[field] = v;
  }
  return sameAs(value, shaped) ? value : shaped;
}

/** A row key; one of an unknown kind (or no object) becomes `unplaced`, keeping its text. */
function keyOf(value: unknown, path: Step[], out: ShapeProblem[]): RowKey {
  if (!isRecord(value)) {
    out.push({ code: "wrong-type", path: here(path), expected: "object", actual: typeName(value) });
    return { kind: "unplaced", label: textOf(value) ?? "" };
  }
  const kind = value.kind;
  if (typeof kind !== "string" || !Object.hasOwn(KEY_SHAPES, kind)) {
    const input = textOf(kind) ?? typeName(kind);
    const expected = Object.keys(KEY_SHAPES);
    out.push({ code: "invalid-value", path: here(path, "kind"), input, expected });
    return { kind: "unplaced", label: input };
  }
  const key = shapeOf(value, KEY_SHAPES[kind as RowKey["kind"]], path, out) as RowKey;
  return key.kind === "indicator" && key.index === undefined
    ? { kind: "unplaced", label: `indicator:${textOf(value.index) ?? ""}` }
    : key;
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
  if (fits(value, TABLE)) return { table: value as Table, problems: [] };
  const problems: ShapeProblem[] = [];
  const table = shapeOf(value, TABLE, [...path], problems) as Table;
  return { table, problems };
}

/** `meta.unitCounts` (行政 / 参公 / 事业 → a count), its counts that are non-negative integers. */
function unitCountsOf(value: unknown, out: ShapeProblem[]): DisclosureMeta["unitCounts"] {
  if (value === undefined) return undefined;
  if (!isRecord(value)) {
    out.push({
      code: "wrong-type",
      path: ["meta", "unitCounts"],
      expected: "object",
      actual: typeName(value),
    });
    return undefined;
  }
  const counts: Partial<Record<"行政" | "参公" | "事业", number>> = {};
  for (const kind of ["行政", "参公", "事业"] as const) {
    const n = value[kind];
    if (n === undefined) continue;
    if (typeof n === "number" && Number.isSafeInteger(n) && n >= 0) counts[kind] = n;
    else
      out.push({
        code: "wrong-type",
        path: ["meta", "unitCounts", kind],
        expected: "integer",
        actual: typeName(n),
      });
  }
  return counts;
}

/**
 * A disclosure with the shape the types promise: its meta and text sections shaped, its tables
 * a list, each as given (shape them with {@link shapeTable} where they are read), its targets as
 * given (validated by the performance layer); with the problems found, paths starting at the
 * disclosure.
 * @internal
 */
export function shapeDisclosure(value: unknown): {
  readonly disclosure: Disclosure;
  readonly problems: readonly ShapeProblem[];
} {
  const problems: ShapeProblem[] = [];
  const given = isRecord(value) ? value : {};
  if (!isRecord(value))
    problems.push({ code: "wrong-type", path: [], expected: "object", actual: typeName(value) });
  const out = isRecord(value) ? problems : [];
  const shaped = shapeOf(given.meta, META, ["meta"], out) as Partial<DisclosureMeta>;
  const givenCounts = isRecord(given.meta) ? given.meta.unitCounts : undefined;
  const counts = unitCountsOf(givenCounts, out);
  // A well-formed meta is kept as given (no copy); otherwise the shaped one, with its counts.
  const meta = (
    shaped.year !== undefined &&
    (counts === undefined || (shaped as DisclosureMeta).unitCounts === givenCounts)
      ? shaped
      : {
          ...shaped,
          ...(shaped.year === undefined ? { year: 0 } : {}),
          ...(counts === undefined ? {} : { unitCounts: counts }),
        }
  ) as DisclosureMeta;
  const tables = Array.isArray(given.tables) ? (given.tables as Table[]) : [];
  if (!Array.isArray(given.tables))
    out.push({
      code: "wrong-type",
      path: ["tables"],
      expected: "array",
      actual: typeName(given.tables),
    });
  const texts = shapeOf(given.texts, [{ title: "text", body: "text" }], ["texts"], out);
  const targets = given.targets === undefined ? {} : { targets: given.targets };
  return { disclosure: { meta, tables, texts, ...targets } as Disclosure, problems };
}
