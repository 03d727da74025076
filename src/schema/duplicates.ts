import type { SchemaIssue, SchemaPath } from "./issues";

/** At most this many duplicate keys are reported (each path costs its depth to write out). */
const MAX_REPORTED = 100;

/** One open object or array, linked to the one it is in. */
interface Open {
  readonly parent: Open | undefined;
  /** The key or index of this value in its parent (absent at the root). */
  readonly at: string | number | undefined;
  /** An object's keys so far; `undefined` for an array. */
  readonly keys: Set<string> | undefined;
  /** In an object: the key of the member being read; in an array: the index. */
  member: string | number | undefined;
  /** In an object: whether the next string is a key. */
  expectKey: boolean;
}

function pathOf(open: Open | undefined, last: string): SchemaPath {
  const path: (string | number)[] = [last];
  for (let o = open; o !== undefined; o = o.parent) if (o.at !== undefined) path.push(o.at);
  return path.reverse();
}

/**
 * The keys that appear twice in one object of a JSON text (`JSON.parse` keeps the last and drops
 * the first silently), as `duplicate-key` issues at the repeated key's path: the first 100. Keys
 * are compared decoded (`"a"` and `"\u0061"` are one key). The text must be valid JSON. One pass,
 * no recursion: linear in the text whatever its nesting. @internal
 */
export function duplicateKeys(text: string): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  let top: Open | undefined;
  const open = (keys: Set<string> | undefined) => {
    top = {
      parent: top,
      at: top?.member,
      keys,
      member: keys === undefined ? 0 : undefined,
      expectKey: true,
    };
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b /* { */) open(new Set());
    else if (c === 0x5b /* [ */) open(undefined);
    else if (c === 0x7d /* } */ || c === 0x5d /* ] */) top = top?.parent;
    else if (c === 0x2c /* , */ && top !== undefined) {
      if (top.keys === undefined) top.member = (top.member as number) + 1;
      else top.expectKey = true;
    } else if (c === 0x22 /* " */) {
      const start = i;
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++)
        if (text.charCodeAt(i) === 0x5c /* \ */) i++;
      if (top?.keys === undefined || !top.expectKey) continue;
      const key = JSON.parse(text.slice(start, i + 1)) as string;
      top.expectKey = false;
      top.member = key;
      if (!top.keys.has(key)) top.keys.add(key);
      else if (issues.length < MAX_REPORTED)
        issues.push({ code: "duplicate-key", path: pathOf(top, key), key });
    }
  }
  return issues;
}
