import type { core } from "zod/mini";
import type { SchemaPath } from "./issues";

type Def = {
  readonly type: string;
  readonly shape?: Readonly<Record<string, core.$ZodType>>;
  readonly element?: core.$ZodType;
  readonly innerType?: core.$ZodType;
  readonly options?: readonly core.$ZodType[];
};

const defOf = (schema: core.$ZodType): Def => schema._zod.def as unknown as Def;

/** The object schemas a schema may be, through optional wrappers and unions. */
function objects(schema: core.$ZodType): Def[] {
  const def = defOf(schema);
  if (def.innerType !== undefined) return objects(def.innerType);
  if (def.options !== undefined) return def.options.flatMap(objects);
  return def.type === "object" ? [def] : [];
}

/**
 * The property names the format allows in the object at `path` (read from the schema itself, so
 * there is no second list to keep): `["$schema", "format", …]` at the root, a row's `key`,
 * `name`, `cells`. `[]` where the path leads to no object of the format. @internal
 */
export function knownKeysAt(schema: core.$ZodType, path: SchemaPath): string[] {
  let current: core.$ZodType[] = [schema];
  for (const segment of path) {
    const next: core.$ZodType[] = [];
    for (const s of current) {
      const def = defOf(s);
      const inner = def.innerType ?? s;
      const innerDef = defOf(inner);
      if (typeof segment === "number" && innerDef.element !== undefined)
        next.push(innerDef.element);
      for (const o of objects(inner)) {
        const child = typeof segment === "string" ? o.shape?.[segment] : undefined;
        if (child !== undefined) next.push(child);
      }
    }
    current = next;
  }
  return [...new Set(current.flatMap(objects).flatMap((o) => Object.keys(o.shape ?? {})))];
}
