import * as z from "zod/mini";
import type { SchemaIssue } from "./issues";
import { isObject } from "./object";

type Schema = z.core.$ZodType;
type Issue = z.core.$ZodIssue;
/** What {@link safeParseAll} read: zod's data, or every zod issue with its path. @internal */
export type Parsed = { success: true; data: unknown } | { success: false; issues: Issue[] };

/**
 * The most issues a reader returns; past them, one `too-many-issues` issue says how many more
 * there were. @internal
 */
export const MAX_ISSUES = 1000;

/**
 * The first {@link MAX_ISSUES} of `issues`, then one `too-many-issues` issue with the count of
 * the rest (a document with 200,000 bad rows is reported in a list one can read). @internal
 */
export function capIssues<T>(issues: readonly T[]): readonly (T | SchemaIssue)[] {
  if (issues.length <= MAX_ISSUES) return issues;
  const kept: (T | SchemaIssue)[] = issues.slice(0, MAX_ISSUES);
  kept.push({
    code: "too-many-issues",
    path: [],
    maximum: MAX_ISSUES,
    omitted: issues.length - MAX_ISSUES,
  });
  return kept;
}

/** Appends `more` to `to` one by one (`push(...more)` overflows the stack on 10⁵ elements). @internal */
export function append<T>(to: T[], more: readonly T[]): T[] {
  for (const x of more) to.push(x);
  return to;
}

/**
 * `z.safeParse(schema, value)`, for a value of any size: zod gathers a property's issues with
 * `push(...issues)`, which overflows the stack on some 10⁵ issues under one property (200,000
 * entries each with a bad field). There, the value is read again part by part ({@link parts}):
 * every object, array and record the schema describes is validated member by member, the issues
 * gathered in a loop, each with its full path. Same data, same issues (in another order). Linear.
 * @internal
 */
export function safeParseAll(schema: Schema, value: unknown): Parsed {
  try {
    return whole(schema, value);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
  }
  return parts(schema, value);
}

const whole = (schema: Schema, value: unknown): Parsed => {
  const r = z.safeParse(schema, value);
  return r.success ? { success: true, data: r.data } : { success: false, issues: r.error.issues };
};

/** The schema under `exactOptional`s. */
function unwrap(schema: Schema): Schema {
  let s = schema;
  while (s._zod.def.type === "optional") s = (s._zod.def as z.core.$ZodOptionalDef).innerType;
  return s;
}

const SPLIT = new Set(["object", "array", "record"]);

/** Object schemas with the members read part by part as `unknown`, by the members' names. */
const partial = new WeakMap<Schema, Map<string, Schema>>();

function objectWithout(schema: Schema, keys: readonly string[]): Schema {
  const byKeys = partial.get(schema) ?? new Map<string, Schema>();
  partial.set(schema, byKeys);
  const name = keys.join("\u0000");
  let out = byKeys.get(name);
  if (out === undefined) {
    const shape = Object.fromEntries(keys.map((k) => [k, z.unknown()]));
    out = z.extend(schema as z.ZodMiniObject, shape);
    byKeys.set(name, out);
  }
  return out;
}

/** Gathers a member's result into the issues (paths prefixed with `key`) or the data. */
function gather(r: Parsed, key: string | number, issues: Issue[]): unknown {
  if (r.success) return r.data;
  for (const i of r.issues) issues.push({ ...i, path: [key, ...i.path] });
  return undefined;
}

/** Reads a value part by part (see {@link safeParseAll}); recursion is as deep as the schema. */
function parts(schema: Schema, value: unknown): Parsed {
  const s = unwrap(schema);
  const def = s._zod.def;
  const issues: Issue[] = [];
  if (def.type === "array" && Array.isArray(value)) {
    const element = (def as z.core.$ZodArrayDef).element;
    const data: unknown[] = [];
    for (let i = 0; i < value.length; i++) data.push(gather(parts(element, value[i]), i, issues));
    return issues.length > 0 ? { success: false, issues } : { success: true, data };
  }
  if (def.type === "record" && isObject(value)) {
    const { keyType, valueType } = def as z.core.$ZodRecordDef;
    if (unwrap(keyType)._zod.def.type !== "string") return whole(s, value);
    const data: Record<string, unknown> = {};
    for (const k of Object.keys(value)) {
      const v = gather(parts(valueType, value[k]), k, issues);
      if (issues.length === 0)
        Object.defineProperty(data, k, {
          value: v,
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
    return issues.length > 0 ? { success: false, issues } : { success: true, data };
  }
  if (def.type === "object" && isObject(value)) {
    const shape = (def as z.core.$ZodObjectDef).shape;
    const members = Object.keys(shape).filter(
      (k) =>
        Object.hasOwn(value, k) &&
        typeof value[k] === "object" &&
        value[k] !== null &&
        SPLIT.has(unwrap(shape[k] as Schema)._zod.def.type),
    );
    if (members.length === 0) return whole(s, value);
    const outer = whole(objectWithout(s, members), value);
    if (!outer.success) for (const i of outer.issues) issues.push(i);
    const read = members.map((k) => gather(parts(shape[k] as Schema, value[k]), k, issues));
    if (issues.length > 0 || !outer.success) return { success: false, issues };
    const data = outer.data as Record<string, unknown>;
    members.forEach((k, i) => {
      data[k] = read[i];
    });
    return { success: true, data };
  }
  return whole(s, value);
}
