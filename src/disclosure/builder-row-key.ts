import { type CodeError, type ReadCode, readCode } from "../codes";
import { SEPARATORS } from "../codes/code";
import type { CodeSystem } from "../codes/types";
import type { TableKind } from "../templates";
import type { RowKey } from "./types";

const PREFIXED = /^(org|functional|economic|project|line|indicator|unplaced):(.*)$/su;

const isDigit = (c: string): boolean => (c >= "0" && c <= "9") || (c >= "０" && c <= "９");

/**
 * Whether a text looks like a code: a digit (half- or full-width), then digits, whitespace, the
 * marks the code reader accepts between groups (dashes, dots) and a slash (`econ/gov`).
 */
function codeLike(t: string): boolean {
  if (!isDigit(t.charAt(0))) return false;
  for (let i = 1; i < t.length; i++) {
    const c = t.charAt(i);
    if (!(isDigit(c) || c === "/" || SEPARATORS.includes(c) || c.trim() === "")) return false;
  }
  return true;
}

function economicKey(text: string): RowKey {
  const slash = text.indexOf("/");
  if (slash < 0) return { kind: "economic", econ: text };
  return { kind: "economic", econ: text.slice(0, slash), gov: text.slice(slash + 1) };
}

function prefixedKey(prefix: string, rest: string): RowKey | undefined {
  switch (prefix) {
    case "org":
      return { kind: "org", code: rest };
    case "functional":
      return { kind: "functional", code: rest };
    case "economic":
      return economicKey(rest);
    case "project":
      return { kind: "project", name: rest };
    case "line":
      return { kind: "line", line: rest };
    case "unplaced":
      return { kind: "unplaced", label: rest };
    default: {
      const index = /^[0-9]+$/u.test(rest) ? Number(rest) : Number.NaN;
      return Number.isSafeInteger(index) ? { kind: "indicator", index } : undefined;
    }
  }
}

/**
 * Reads the string shorthand of a row key (see `TableBuilder.row`), after trimming:
 * `total`, `single`; `kind:rest` as `rowKeyId` prints it; a line id of the table kind; a
 * code-like string (digits, spaces, dashes, dots, `/`) starting with 2 → functional, with 3 → economic
 * (`econ/gov`), with another digit → org; anything else → project when the kind has project rows,
 * else line. Codes are not checked here.
 * @internal
 */
export function parseRowKeyText(text: string, spec: TableKind | undefined): RowKey {
  const t = text.trim();
  if (t === "total" || t === "single") return { kind: t };
  const m = PREFIXED.exec(t);
  const prefixed = m?.[1] === undefined ? undefined : prefixedKey(m[1], m[2] ?? "");
  if (prefixed !== undefined) return prefixed;
  if (spec?.lines?.some((l) => l.id === t) === true) return { kind: "line", line: t };
  if (codeLike(t)) {
    const first = t.normalize("NFKC").charAt(0);
    if (first === "2") return { kind: "functional", code: t };
    if (first === "3") return economicKey(t);
    return { kind: "org", code: t };
  }
  if (spec?.rowKinds.includes("project") === true) return { kind: "project", name: t };
  return { kind: "line", line: t };
}

/**
 * A code of the row key that did not parse (`error`), or that was read from a misprint
 * (`misprint`, `301 2` → 30102): the key's field and what was found. @internal
 */
export type KeyCodeError =
  | { readonly field: "code" | "econ" | "gov"; readonly error: CodeError }
  | { readonly field: "code" | "econ" | "gov"; readonly misprint: ReadCode };

function normalised(
  system: CodeSystem,
  printed: string,
  field: KeyCodeError["field"],
  errors: KeyCodeError[],
): string {
  const r = readCode(system, printed);
  if (r.ok && r.value.repair === "none") return r.value.code.value;
  errors.push(r.ok ? { field, misprint: r.value } : { field, error: r.error });
  return printed;
}

/**
 * A frozen copy of `key` with its classification codes normalised through `readCode`
 * (`201 31 01` → `2013101`); a code that does not parse, or that is read from a misprint
 * (`301 2`), is kept as printed (lowering reads it again) and pushed to `errors`. Org and project
 * codes are not classification codes and are kept as given.
 * @internal
 */
export function normaliseRowKey(key: RowKey, errors: KeyCodeError[]): RowKey {
  switch (key.kind) {
    case "functional":
      return Object.freeze({
        kind: key.kind,
        code: normalised("functional", key.code, "code", errors),
      });
    case "economic": {
      const econ = normalised("departmental", key.econ, "econ", errors);
      if (key.gov === undefined) return Object.freeze({ kind: key.kind, econ });
      return Object.freeze({
        kind: key.kind,
        econ,
        gov: normalised("government", key.gov, "gov", errors),
      });
    }
    case "project":
      return Object.freeze(
        key.code === undefined
          ? { kind: key.kind, name: key.name }
          : { kind: key.kind, name: key.name, code: key.code },
      );
    default:
      return Object.freeze({ ...key });
  }
}
