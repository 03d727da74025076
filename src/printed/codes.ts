import { isNoValue } from "../amount/parse";
import { type Code, type CodeError, type CodeSystem, joinCodeSegments, parseCode } from "../codes";
import type { Row } from "../disclosure";
import { err, type Result } from "../result";
import { unbracketed } from "./code-and-name";
import type { ColumnMatch } from "./headers";

/**
 * A code read from a row's code columns: the system, the printed text (segments joined with a
 * space), the first code cell's index, and the parse result.
 *
 * @example
 * ```ts
 * import type { PrintedCode } from "yusuan/printed";
 * const describe = (c: PrintedCode) => (c.result.ok ? c.result.value.value : c.result.error.code);
 * ```
 */
export interface PrintedCode {
  readonly system: CodeSystem;
  readonly raw: string;
  readonly cell: number;
  /** How many code cells were filled (1 for a whole code or a lone 类 segment). */
  readonly filled: number;
  readonly result: Result<Code, CodeError>;
}

function gapError(system: CodeSystem, parts: readonly string[], gap: number): CodeError {
  const input = parts.join(" | ");
  const position = parts.slice(0, gap).reduce((n, p) => n + p.length + 3, 0);
  const expectedLength = gap === 0 ? 3 : 2;
  return { code: "bad-segment", segment: "", expectedLength, input, position, system };
}

/**
 * A code cell as printed, trimmed and out of the brackets it may be printed in (`[2120101]`); `""`
 * where it prints no code (blank, or a dash or slash over a total).
 */
function codeText(row: readonly string[], c: ColumnMatch): string {
  const text = unbracketed((row[c.index] ?? "").trim());
  return isNoValue(text) ? "" : text;
}

function readSystem(
  system: CodeSystem,
  cols: readonly ColumnMatch[],
  row: readonly string[],
  carried: CarriedSegments | undefined,
) {
  const whole = cols.find((c) => c.column?.segment === undefined && codeText(row, c) !== "");
  if (whole !== undefined) {
    const raw = codeText(row, whole);
    carried?.delete(system);
    return { system, raw, cell: whole.index, filled: 1, result: parseCode(system, raw) };
  }
  const segments = cols
    .filter((c) => c.column?.segment !== undefined)
    .sort((a, b) => (a.column?.segment ?? 0) - (b.column?.segment ?? 0));
  const printed = segments.map((c) => codeText(row, c));
  const lastFilled = printed.reduce((last, p, i) => (p === "" ? last : i), -1);
  const first = segments[0];
  if (lastFilled < 0 || first === undefined) {
    carried?.delete(system);
    return undefined;
  }
  const parts = withCarried(printed, lastFilled, carried?.get(system));
  const gap = parts.findIndex((p, i) => p === "" && i < lastFilled);
  const raw = joinCodeSegments(printed);
  const filled = printed.filter((p) => p !== "").length;
  if (gap >= 0) {
    carried?.delete(system);
    const cell = segments[gap]?.index ?? first.index;
    const error = gapError(system, parts.slice(0, lastFilled + 1), gap);
    return { system, raw, cell, filled, result: err(error) };
  }
  const joined = parseCode(system, parts === printed ? raw : joinCodeSegments(parts));
  const atLevel = joined.ok ? undefined : wholeAtLevel(system, printed, lastFilled, parts);
  const result = atLevel ?? joined;
  if (atLevel !== undefined) carried?.set(system, segmentsOf(atLevel.value.value));
  else if (result.ok) carried?.set(system, parts);
  else carried?.delete(system);
  return { system, raw, cell: first.index, filled, result };
}

/**
 * The code a level column prints whole (`| 20502 |` under 款, `| | 2050203` under 项: 浙江 and
 * 广东 exports), where its length is its column's level (3 + 2 digits a level) and either it is
 * the row's only printed cell and its leading digits are the code carried from the rows above,
 * when any, or every cell before it prints its own level's code whole and that code starts it
 * (`205 | 20502 | 2050203`: exports repeating the 类 and 款 on every row); otherwise `undefined`
 * (the row as printed).
 */
function wholeAtLevel(
  system: CodeSystem,
  printed: readonly string[],
  lastFilled: number,
  parts: readonly string[],
): { readonly ok: true; readonly value: Code } | undefined {
  const text = printed[lastFilled] ?? "";
  if (text.length !== 3 + 2 * lastFilled) return undefined;
  const alone = printed.every((p, i) => p === "" || i === lastFilled);
  const repeated = printed.every(
    (p, i) => i >= lastFilled || (p.length === 3 + 2 * i && text.startsWith(p)),
  );
  if (!alone && !repeated) return undefined;
  if (alone && !text.startsWith(parts.slice(0, lastFilled).join(""))) return undefined;
  const code = parseCode(system, text);
  return code.ok ? code : undefined;
}

/**
 * The segments of a code row whose leading segments are blank because the layout merges them
 * with the row above (`201 | | ` then ` | 01 | ` then ` | | 01`): those leading ones taken from
 * the code row right above, where it printed them (or took them so); otherwise the row as
 * printed. Only a blank run before the first printed segment is filled, never a gap between
 * printed ones (`201 | | 01` stays a `bad-segment` error).
 */
function withCarried(
  printed: readonly string[],
  lastFilled: number,
  above: readonly string[] | undefined,
): readonly string[] {
  const firstFilled = printed.findIndex((p) => p !== "");
  if (firstFilled <= 0 || above === undefined) return printed;
  for (let i = firstFilled; i <= lastFilled; i++) if (printed[i] === "") return printed;
  for (let i = 0; i < firstFilled; i++) if ((above[i] ?? "") === "") return printed;
  return printed.map((p, i) => (i < firstFilled ? (above[i] as string) : p));
}

/**
 * The segments of the code row last read in a table, by code system: a table reader keeps one
 * per table so that rows whose leading code cells are merged with the rows above are read
 * (`readRowCodes`), and clears it at a row that is no code row.
 *
 * @example
 * ```ts
 * import { henan2024 } from "yusuan/templates";
 * import { type CarriedSegments, matchHeaders, readRowCodes } from "yusuan/printed";
 * const kind = henan2024.tables.find((t) => t.id === "expenditure");
 * if (kind) {
 *   const { columns } = matchHeaders(["科目编码/类", "科目编码/款", "科目编码/项"], kind);
 *   const carried: CarriedSegments = new Map();
 *   readRowCodes(["201", "", ""], columns, carried);
 *   const [c] = readRowCodes(["", "31", ""], columns, carried);
 *   if (c?.result.ok) c.result.value.value; // "20131"
 * }
 * ```
 */
export type CarriedSegments = Map<CodeSystem, readonly string[]>;

/** A code's 类, 款 and 项 (`2013101` → `201`, `31`, `01`). */
const segmentsOf = (code: string): string[] =>
  [code.slice(0, 3), code.slice(3, 5), code.slice(5, 7)].filter((s) => s !== "");

/**
 * The segments the rows of the page before leave carried (see {@link CarriedSegments}): its last
 * row's code, by system, where that row is a code row (a 类 printed once over its 款 and 项 goes
 * on over the page break: the next page's first rows print their 款 and 项 only). A page whose
 * first row prints its leading segments reads nothing of it. @internal
 */
export function carriedAfter(rows: readonly Row[] | undefined): CarriedSegments {
  const carried: CarriedSegments = new Map();
  const key = rows?.at(-1)?.key;
  if (key?.kind === "functional") carried.set("functional", segmentsOf(key.code));
  if (key?.kind === "economic") {
    carried.set("departmental", segmentsOf(key.econ));
    if (key.gov !== undefined) carried.set("government", segmentsOf(key.gov));
  }
  return carried;
}

/**
 * Reads the codes of one printed row, one per code system the row's code columns carry: segments
 * printed across columns (`201 | 31 | 01`) are joined and parsed with `parseCode`; a blank
 * segment between filled ones is a `bad-segment` error, never skipped. Systems whose code cells
 * are all blank are absent. With `carried` (one per table, rows in order), leading segments left
 * blank because the layout merges them with the rows above are read from the code row above.
 *
 * @example
 * ```ts
 * import { henan2024 } from "yusuan/templates";
 * import { matchHeaders, readRowCodes } from "yusuan/printed";
 * const kind = henan2024.tables.find((t) => t.id === "expenditure");
 * if (kind) {
 *   const { columns } = matchHeaders(["科目编码/类", "科目编码/款", "科目编码/项"], kind);
 *   const [c] = readRowCodes(["201", "31", "01"], columns);
 *   if (c?.result.ok) c.result.value.value; // "2013101"
 * }
 * ```
 */
export function readRowCodes(
  row: readonly string[],
  columns: readonly ColumnMatch[],
  carried?: CarriedSegments,
): readonly PrintedCode[] {
  const bySystem = new Map<CodeSystem, ColumnMatch[]>();
  for (const c of columns) {
    const system = c.column?.role === "code" ? c.column.system : undefined;
    if (system === undefined) continue;
    bySystem.set(system, [...(bySystem.get(system) ?? []), c]);
  }
  const codes: PrintedCode[] = [];
  for (const [system, cols] of bySystem) {
    const code = readSystem(system, cols, row, carried);
    if (code !== undefined) codes.push(code);
  }
  return codes;
}
