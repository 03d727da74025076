/**
 * The printed-table reader (`yusuan/printed`): `readPrintedTable` turns a table as printed (title,
 * header paths, rows of strings) into a table of a template, matching by meaning and reporting
 * what it could not place.
 *
 * @module yusuan/printed
 */
export type { PrintedCode } from "./codes";
export { type CarriedSegments, readRowCodes } from "./codes";
export type { ColumnMatch } from "./headers";
export { matchHeaders } from "./headers";
export { formatReadProblem } from "./messages";
export type { HeaderProblem, ReadProblem, ReadProblemPath, ReadSeverity } from "./problems";
export type { ReadOptions, ReadResult } from "./read";
export { readPrintedTable } from "./read";
export { normalizeTableTitle, rankTableKinds, recogniseTableKind } from "./title";
export type { PrintedTable } from "./types";
