import { parseAmount, type Unit } from "../amount";
import { type CodeError, parseCode } from "../codes";
import type { ColumnSpec } from "../templates";
import type { BuildProblem } from "./problems";

/** What every cell problem shares, before its code. @internal */
export interface CellPlace {
  readonly path: readonly (string | number)[];
  readonly table: string;
  readonly row: number;
  readonly rowKey: string;
  readonly column: string;
}

/** Widths of the printed segments of a split code column: 类, 款, 项. */
const SEGMENT_WIDTHS: readonly number[] = [3, 2, 2];

function isDigit(ch: string): boolean {
  return /^[0-9０-９]$/u.test(ch);
}

/** A segment cell: exactly `width` digits (half- or full-width), whitespace around. */
function segmentError(col: ColumnSpec, raw: string, width: number): CodeError | undefined {
  const system = col.system ?? "functional";
  const start = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  let index = start;
  for (const ch of trimmed) {
    if (!isDigit(ch))
      return { code: "invalid-character", char: ch, input: raw, position: index, system };
    index += ch.length;
  }
  if ([...trimmed].length === width) return undefined;
  return {
    code: "bad-segment",
    segment: trimmed,
    expectedLength: width,
    input: raw,
    position: start,
    system,
  };
}

/**
 * Why a code cell is malformed, if it is: a whole-code column must hold a code of its system; a
 * 类 segment 3 digits starting with the system's prefix; a 款 or 项 segment 2 digits. Blank is fine.
 * @internal
 */
export function codeCellError(col: ColumnSpec, raw: string): CodeError | undefined {
  if (raw.trim() === "" || col.system === undefined) return undefined;
  const width = col.segment === undefined ? undefined : SEGMENT_WIDTHS[col.segment];
  if (col.segment === undefined || width === undefined) {
    const r = parseCode(col.system, raw);
    return r.ok ? undefined : r.error;
  }
  const error = segmentError(col, raw, width);
  if (error !== undefined || col.segment > 0) return error;
  const r = parseCode(col.system, raw); // a 类 segment: 3 digits of the system's prefix
  return r.ok ? undefined : r.error;
}

/**
 * The problem of one cell under a known column, if any: amount cells must parse (blank and dashes
 * are "no value"), code cells must be codes, attribute cells should hold a known value.
 * @internal
 */
export function cellProblem(
  col: ColumnSpec,
  raw: string,
  unit: Unit,
  place: CellPlace,
): BuildProblem | undefined {
  switch (col.role) {
    case "amount": {
      const r = parseAmount(raw, unit);
      return r.ok
        ? undefined
        : { code: "malformed-amount", severity: "error", ...place, error: r.error };
    }
    case "code": {
      const error = codeCellError(col, raw);
      return error === undefined
        ? undefined
        : { code: "malformed-code", severity: "error", ...place, error };
    }
    case "attribute": {
      const values = col.values;
      const input = raw.trim();
      if (values === undefined || input === "" || Object.hasOwn(values, input)) return undefined;
      const known = Object.keys(values);
      return { code: "unknown-attribute-value", severity: "warning", ...place, input: raw, known };
    }
    default:
      return undefined;
  }
}
