/**
 * The codes of a row key (功能分类 and 经济分类 codes) read and normalised before a row is lowered:
 * spaced or misprinted codes read as the code they denote, with the misprints kept for problems.
 */
import { type CodeError, type ReadCode, readCode } from "../codes";
import { isPlainCodeValue } from "../codes/code";
import { ok, type Result } from "../result";
import type { RowKey } from "./types";

/** A row key with its codes normalised, and the codes that were read from a misprint. */
export interface NormalisedKey {
  readonly key: RowKey;
  readonly misprints: readonly ReadCode[];
}

/** Nothing misread (shared: most rows). */
const NO_MISPRINTS: readonly ReadCode[] = [];

/**
 * Whether a row key needs no reading: it has no code, or its codes are printed plainly (most
 * rows). {@link normalizeRowKey} gives such a key back as it is, with no misprint.
 */
export function plainRowKey(key: RowKey): boolean {
  if (key.kind === "functional") return isPlainCodeValue("functional", key.code);
  if (key.kind === "economic")
    return (
      isPlainCodeValue("departmental", key.econ) &&
      (key.gov === undefined || isPlainCodeValue("government", key.gov))
    );
  return true;
}

/**
 * A row key with its codes read (`201 31 01` → `2013101`, a misprint repaired by the code
 * readers), whoever built the table; the codes read from a misprint are listed, a code that cannot
 * be read is the error. A key of plain codes (most rows) is given back as it is.
 */
export function normalizeRowKey(key: RowKey): Result<NormalisedKey, CodeError> {
  // Codes printed plainly (most rows) are read as they are: nothing to parse or copy.
  if ((key.kind !== "functional" && key.kind !== "economic") || plainRowKey(key))
    return ok({ key, misprints: NO_MISPRINTS });
  const misprints: ReadCode[] = [];
  const read = (system: Parameters<typeof readCode>[0], printed: string) => {
    const r = readCode(system, printed);
    if (r.ok && r.value.repair !== "none") misprints.push(r.value);
    return r;
  };
  if (key.kind === "functional") {
    const c = read("functional", key.code);
    if (!c.ok) return c;
    const code = c.value.code.value;
    return ok({
      key: code === key.code ? key : { ...key, code },
      misprints,
    });
  }
  const econ = read("departmental", key.econ);
  if (!econ.ok) return econ;
  const e = econ.value.code.value;
  if (key.gov === undefined)
    return ok({
      key: e === key.econ ? key : { ...key, econ: e },
      misprints,
    });
  const gov = read("government", key.gov);
  if (!gov.ok) return gov;
  const g = gov.value.code.value;
  return ok({
    key: e === key.econ && g === key.gov ? key : { ...key, econ: e, gov: g },
    misprints,
  });
}
