/**
 * CSV reading for the catalog generator (no I/O): RFC 4180 fields (quoted fields may hold commas,
 * line breaks and doubled quotes), and the `basis` column of the reference data.
 */
import type { Basis } from "../src/catalog";

/** One data row of a CSV file, by column name, with its 1-based line number for messages. */
export interface CsvRecord {
  readonly line: number;
  readonly fields: Readonly<Record<string, string>>;
}

/**
 * Splits CSV text into rows of fields. Accepts LF and CRLF, a final line break or none.
 * Throws on an unterminated quoted field or a quote inside an unquoted field.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  const endField = (): void => {
    row.push(field);
    field = "";
  };
  const endRow = (): void => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && field === "") {
      const close = readQuoted(text, i);
      field = close.value;
      i = close.next;
      const after = text[i];
      if (after !== undefined && after !== "," && after !== "\n" && after !== "\r") {
        throw new Error(`CSV: unexpected character after a quoted field at offset ${i}`);
      }
    } else if (ch === '"') {
      throw new Error(`CSV: quote inside an unquoted field at offset ${i}`);
    } else if (ch === ",") {
      endField();
      i += 1;
    } else if (ch === "\n" || ch === "\r") {
      endRow();
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
    } else {
      field += ch;
      i += 1;
    }
  }
  if (field !== "" || row.length > 0) endRow();
  return rows;
}

function readQuoted(text: string, start: number): { value: string; next: number } {
  let value = "";
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && text[i + 1] === '"') {
      value += '"';
      i += 2;
    } else if (ch === '"') {
      return { value, next: i + 1 };
    } else {
      value += ch;
      i += 1;
    }
  }
  throw new Error(`CSV: unterminated quoted field starting at offset ${start}`);
}

/**
 * Reads a CSV file whose first row is the header, checking the header is exactly `columns`.
 * Blank lines are skipped; a row with the wrong number of fields throws (naming file and line).
 */
export function readCsvRecords(
  text: string,
  file: string,
  columns: readonly string[],
): CsvRecord[] {
  const rows = parseCsv(text);
  const header = rows[0] ?? [];
  if (header.join(",") !== columns.join(",")) {
    throw new Error(`${file}: expected header "${columns.join(",")}", got "${header.join(",")}"`);
  }
  const records: CsvRecord[] = [];
  rows.slice(1).forEach((fields, k) => {
    const line = k + 2;
    if (fields.length === 1 && fields[0]?.trim() === "") return;
    if (fields.length !== columns.length) {
      throw new Error(`${file}:${line}: expected ${columns.length} fields, got ${fields.length}`);
    }
    const record: Record<string, string> = {};
    columns.forEach((name, c) => {
      record[name] = (fields[c] ?? "").trim();
    });
    records.push({ line, fields: record });
  });
  return records;
}

const BASIS_ORDER: readonly Basis[] = ["S", "P", "C", "K"];

/** The tokens of a basis field: split on `,` and `+` outside parentheses. */
function basisTokens(raw: string): string[] {
  const tokens: string[] = [];
  let depth = 0;
  let token = "";
  for (const ch of raw) {
    if (ch === "(") depth += 1;
    if (ch === ")") depth -= 1;
    if ((ch === "," || ch === "+") && depth === 0) {
      tokens.push(token.trim());
      token = "";
    } else {
      token += ch;
    }
  }
  tokens.push(token.trim());
  return tokens.filter((t) => t !== "");
}

/**
 * Reads a basis field such as `S,P,C`, `K+S(label)`, `S?,C` or `S(30108,30110,30112),P`.
 *
 * - `X` and `X(text)`: the letter counts (the text qualifies it; it is kept in the note).
 * - `X(code,code,…)`: the letter counts only for a row whose `key` is one of the codes.
 * - `X?`: uncertain, so the letter does not count.
 * - When no letter counts, the basis is `K` (not confirmed by a source).
 *
 * @returns the letters in the order S, P, C, K, and whether the raw field was more than a plain
 *   list of letters (the caller keeps it in the note then)
 */
export function parseBasis(raw: string, key: string): { basis: Basis[]; qualified: boolean } {
  const kept = new Set<Basis>();
  for (const token of basisTokens(raw)) {
    const m = /^([SPCK])(\?)?(?:\((.*)\))?$/.exec(token);
    const basis = BASIS_ORDER.find((b) => b === m?.[1]);
    if (m === null || basis === undefined) {
      throw new Error(`unknown basis token "${token}" in "${raw}"`);
    }
    const qualifier = m[3];
    if (m[2] === "?") continue;
    if (qualifier !== undefined && /^\d+(,\s*\d+)*$/.test(qualifier)) {
      if (qualifier.split(",").some((c) => c.trim() === key)) kept.add(basis);
    } else {
      kept.add(basis);
    }
  }
  const basis = BASIS_ORDER.filter((b) => kept.has(b));
  return {
    basis: basis.length === 0 ? ["K"] : basis,
    qualified: !/^[SPCK](,[SPCK])*$/.test(raw),
  };
}
