// The shapes a disclosure's parts must have, as data, and whether a value already has one
// (checked without copying or allocating: most tables handed over are well-formed).

import { isUnit } from "../amount/units";
import type { RowKey } from "./types";

/**
 * The shape of a value, as data: required or optional text, an integer, a unit, a row key, a
 * record of texts (cells), a list of one shape, or an object of shapes. @internal
 */
export type Shape =
  | "text"
  | "text?"
  | "integer"
  | "unit"
  | "key"
  | "texts"
  | "texts?"
  | readonly [Shape]
  | { readonly [field: string]: Shape };

/** The shape of each kind of row key. @internal */
export const KEY_SHAPES: Readonly<Record<RowKey["kind"], Shape>> = {
  total: { kind: "text" },
  single: { kind: "text" },
  org: { kind: "text", code: "text" },
  functional: { kind: "text", code: "text" },
  economic: { kind: "text", econ: "text", gov: "text?" },
  project: { kind: "text", name: "text", code: "text?" },
  line: { kind: "text", line: "text" },
  indicator: { kind: "text", index: "integer" },
  unplaced: { kind: "text", label: "text" },
};

/** A table's row (its own constant: {@link fits} reads rows by name). @internal */
export const ROW: Shape = { key: "key", name: "text?", cells: "texts" };

/** A table's shape (its rows {@link ROW}). @internal */
export const TABLE: Shape = {
  kind: "text",
  title: "text?",
  number: "text?",
  unit: "unit",
  unknownUnit: "text?",
  rows: [ROW],
  otherPeriods: "texts?",
  note: "text?",
  texts: "texts?",
};

/** The meta's shape (`unitCounts` is shaped apart). @internal */
export const META: Shape = {
  year: "integer",
  documentKind: "text",
  template: "text",
  department: { code: "text?", name: "text" },
  units: [{ code: "text?", name: "text", unitType: "text?" }],
  regionCode: "text?",
  stage: "text?",
};

/** A plain object (no array, no `null`). @internal */
export const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The field names of an object shape, listed once per shape. @internal */
const FIELDS = new WeakMap<object, readonly (readonly [string, Shape])[]>();
export function fieldsOf(shape: {
  readonly [field: string]: Shape;
}): readonly (readonly [string, Shape])[] {
  let fields = FIELDS.get(shape);
  if (fields === undefined) {
    fields = Object.entries(shape);
    FIELDS.set(shape, fields);
  }
  return fields;
}

/**
 * Whether every value of a record is a string already (a record of cells that needs no copy).
 * @internal
 */
export function allStrings(value: Readonly<Record<string, unknown>>): boolean {
  // An inherited field that is no string also answers `false`: the caller then copies the own
  // fields, and keeps the value itself when they were all strings.
  for (const k in value) if (typeof value[k] !== "string") return false;
  return true;
}

/** An object shape's fields, by name and listed (found once per shape). */
interface Fields {
  readonly byName: ReadonlyMap<string, Shape>;
  readonly list: readonly (readonly [string, Shape])[];
}
const RECORDS = new WeakMap<object, Fields>();
function recordOf(shape: { readonly [field: string]: Shape }): Fields {
  let fields = RECORDS.get(shape);
  if (fields === undefined) {
    const list = fieldsOf(shape);
    fields = { byName: new Map(list), list };
    RECORDS.set(shape, fields);
  }
  return fields;
}

/**
 * {@link fits} for a row (`{ key, name?, cells }`), read by name: a table has many. Its fields
 * are walked in place (`for…in`, no list of keys made per row); an inherited field answers
 * `false`, as any doubt does (the shaping walk then decides).
 */
function fitsRow(value: unknown): boolean {
  if (!isRecord(value)) return false;
  let own = 0;
  for (const field in value) {
    if (!Object.hasOwn(value, field)) return false;
    const v = value[field];
    if (field === "key") {
      if (!fits(v, "key")) return false;
    } else if (field === "cells") {
      if (!isRecord(v) || !allStrings(v)) return false;
    } else if (field !== "name" || typeof v !== "string") return false;
    own++;
  }
  // The fields read are exactly the own ones (none inherited, none hidden).
  return own === (value.name === undefined ? 2 : 3) && value.key !== undefined;
}

/**
 * Whether shaping (`shapeOf` in `shape.ts`) would give `value` itself back without a problem:
 * the same walk, but without copying, paths or problems, so a well-formed table is checked
 * without allocating. Conservative: `false` only sends the value through the shaping walk.
 * @internal
 */
export function fits(value: unknown, shape: Shape): boolean {
  switch (shape) {
    case "text?":
    case "text":
      return typeof value === "string";
    case "integer":
      return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
    case "unit":
      return isUnit(value);
    case "key": {
      if (!isRecord(value)) return false;
      const kind = value.kind;
      return (
        typeof kind === "string" &&
        Object.hasOwn(KEY_SHAPES, kind) &&
        fits(value, KEY_SHAPES[kind as RowKey["kind"]])
      );
    }
    case "texts?":
    case "texts":
      return isRecord(value) && allStrings(value);
  }
  if (Array.isArray(shape)) {
    if (!Array.isArray(value)) return false;
    const item = shape[0];
    if (item === ROW) {
      for (let i = 0; i < value.length; i++) if (i in value && !fitsRow(value[i])) return false;
      return true;
    }
    for (let i = 0; i < value.length; i++) if (i in value && !fits(value[i], item)) return false;
    return true;
  }
  if (!isRecord(value)) return false;
  // Every own field is one of the shape's, given (not `undefined`) and fitting, and the fields
  // the shape reads are exactly those (none inherited or hidden, no required one missing). Walked
  // in place, without a list of keys or of entries per object (a table has a row key per row).
  const { byName, list } = recordOf(shape as { readonly [field: string]: Shape });
  let own = 0;
  for (const field in value) {
    if (!Object.hasOwn(value, field)) return false;
    const s = byName.get(field);
    const v = value[field];
    if (s === undefined || v === undefined || !fits(v, s)) return false;
    own++;
  }
  let read = 0;
  for (let i = 0; i < list.length; i++) {
    const [field, s] = list[i] as readonly [string, Shape];
    if (value[field] !== undefined) read++;
    else if (s !== "text?" && s !== "texts?") return false;
  }
  return own === read;
}
