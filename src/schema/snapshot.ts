import type { SchemaIssue, SchemaPath } from "./issues";

/** A path as a list from the leaf up, so going one level down costs nothing. */
interface Link {
  readonly parent: Link | undefined;
  readonly key: string | number;
}

function pathOf(link: Link | undefined): SchemaPath {
  const path: (string | number)[] = [];
  for (let l = link; l !== undefined; l = l.parent) path.push(l.key);
  return path.reverse();
}

interface Frame {
  readonly source: object;
  readonly target: Record<string, unknown> | unknown[];
  readonly path: Link | undefined;
}

function detail(e: unknown): string {
  try {
    return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  } catch {
    return "unknown error";
  }
}

/** Sets an own property, `__proto__` included (an assignment would set the prototype). */
function put(target: Record<string, unknown> | unknown[], key: string, value: unknown): void {
  if (Array.isArray(target)) target[Number(key)] = value;
  else if (key === "__proto__")
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  else target[key] = value;
}

/**
 * A plain copy of any JavaScript value, read once, without recursion: own enumerable properties
 * of objects and the elements of arrays, so nesting of any depth, shared objects and cycles are
 * copied as they are (the copy shares where the value shares). A property whose reading throws
 * (a getter, a Proxy trap, a revoked Proxy) becomes an `unreadable` issue at its path and is left
 * out. The copy is the library's own: validating and freezing it never touches the caller's value.
 * Linear in the size of the value. @internal
 */
export function snapshot(input: unknown): {
  readonly value: unknown;
  readonly issues: readonly SchemaIssue[];
} {
  const issues: SchemaIssue[] = [];
  const copies = new Map<object, Record<string, unknown> | unknown[]>();
  const stack: Frame[] = [];
  /** The copy of one value: itself when primitive; a new, empty container queued for filling. */
  const copy = (value: unknown, path: Link | undefined): { ok: boolean; value: unknown } => {
    if (typeof value !== "object" || value === null) return { ok: true, value };
    const seen = copies.get(value);
    if (seen !== undefined) return { ok: true, value: seen };
    try {
      const target: Record<string, unknown> | unknown[] = Array.isArray(value) ? [] : {};
      copies.set(value, target);
      stack.push({ source: value, target, path });
      return { ok: true, value: target };
    } catch (e) {
      issues.push({ code: "unreadable", path: pathOf(path), detail: detail(e) });
      return { ok: false, value: undefined };
    }
  };
  const root = copy(input, undefined);
  for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
    const { source, target, path } = frame;
    let keys: string[];
    try {
      keys = Object.keys(source);
    } catch (e) {
      issues.push({ code: "unreadable", path: pathOf(path), detail: detail(e) });
      continue;
    }
    const isArray = Array.isArray(target);
    for (const key of keys) {
      if (isArray && !/^(?:0|[1-9][0-9]*)$/u.test(key)) continue; // an array's own extra property
      const at: Link = { parent: path, key: isArray ? Number(key) : key };
      let value: unknown;
      try {
        value = (source as Record<string, unknown>)[key];
      } catch (e) {
        issues.push({ code: "unreadable", path: pathOf(at), detail: detail(e) });
        continue;
      }
      const copied = copy(value, at);
      if (copied.ok) put(target, key, copied.value);
    }
  }
  return { value: root.value, issues };
}

/**
 * Every object reachable from `value` (arrays too), each once, without recursion: `JSON.parse`
 * makes no cycles, a snapshot copies them. @internal
 */
export function objectsIn(value: unknown): Set<object> {
  const found = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== "object" || v === null || found.has(v)) continue;
    found.add(v);
    for (const child of Object.values(v)) if (typeof child === "object") stack.push(child);
  }
  return found;
}

/**
 * Freezes `value` and every object reachable from it (the library's own: a snapshot, or what
 * `JSON.parse` or the reader built), without recursion; anything else (a caller's function,
 * say) is left as it is. @internal
 */
export function freezeOwn<T>(value: T): T {
  for (const o of objectsIn(value)) Object.freeze(o);
  return value;
}
