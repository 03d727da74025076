import { plainColumn } from "./build";
import type { ColumnSpec } from "./types";

/**
 * The parts of 公务接待费 some printers add under `其中：`, each key with its wordings: 国内 and 外事
 * (国（境）外) receptions. No form has a figure for them: their cells are kept as text (coverage),
 * never read as the 公务接待费 nor summed. @internal
 */
export const RECEPTION_PARTS: readonly (readonly [string, readonly string[]])[] = [
  ["reception.domestic", ["国内接待费", "国内公务接待费"]],
  [
    "reception.foreign",
    ["外事接待费", "外宾接待费", "国（境）外公务接待费", "境外公务接待费", "国（境）外接待费"],
  ],
];

/**
 * A text column per part of 公务接待费 (see {@link RECEPTION_PARTS}), keyed `<part><suffix>`, its
 * headers `headers(wordings)` of the part's wordings, each under `公务接待费/` and alone (printed
 * one item a row, `其中：国内接待费` reads under the item above it); `rare`: a table that does
 * not print them is not told so. @internal
 */
export const receptionPartColumns = (
  headers: (wordings: readonly string[]) => readonly string[],
  suffix = "",
): readonly ColumnSpec[] =>
  RECEPTION_PARTS.map(([key, words]) => ({
    ...plainColumn(
      "text",
      `${key}${suffix}`,
      headers(words.flatMap((w) => [`公务接待费/${w}`, w])),
    ),
    rare: true,
  }));
