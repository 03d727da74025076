import { type Catalog, findByName } from "../catalog";
import { normalizeName, parseChineseOrdinal, parseCode } from "../codes";
import { plainText } from "./cells";
import { splitCell } from "./code-and-name";

/**
 * A line table's 类 labels by their ordinals and names: the ordinal printed before a label, the
 * 类 a label names in the catalog or prints the code of, and what a form's labels prove an ordinal
 * stands for. @internal
 */

const ORDINAL_PREFIX = /^(?:\(([一二三四五六七八九十]+)\)|([一二三四五六七八九十]+)、)/u;

/**
 * The Chinese ordinal printed before a label (`十、`, `（十）`), and how it is printed: in
 * brackets (`paren`) or before a `、` (`comma`). A form numbers its 类 lines one way and its
 * other lines (`一、本年支出`, `二、年终结转结余`) the other.
 */
export interface Ordinal {
  readonly value: number;
  readonly style: "paren" | "comma";
}

export function ordinalOf(label: string): Ordinal | undefined {
  const m = ORDINAL_PREFIX.exec(plainText(label));
  const digits = m?.[1] ?? m?.[2];
  const value = digits === undefined ? undefined : parseChineseOrdinal(digits);
  if (value === undefined) return undefined;
  return { value, style: m?.[1] === undefined ? "comma" : "paren" };
}

/**
 * The 类 code a label names in a functional catalog, with or without the trailing 支出 (and its
 * level mark: `八、社会保障和就业支出（类）`).
 */
export function classByName(catalog: Catalog | undefined, label: string): string | undefined {
  if (catalog?.system !== "functional") return undefined;
  const base = normalizeName(label);
  const tries = base.endsWith("支出") ? [base, base.slice(0, -2)] : [base, `${base}支出`];
  for (const name of tries) {
    const [match] = findByName(catalog, name, { level: "类" });
    if (match !== undefined) return match.entry.code;
  }
  return undefined;
}

/** The 支出功能分类 code a label prints before its name (`201 一般公共服务支出`), and the name. */
export function codeBefore(label: string): { code: string; name: string } | undefined {
  const split = splitCell(label);
  const code = split === undefined ? undefined : parseCode("functional", split.code);
  return code?.ok === true && split !== undefined
    ? { code: code.value.value, name: split.name }
    : undefined;
}

/**
 * What the labels the catalog names tell of one side's 类 ordinals: the highest ordinal that is
 * its code − 200, and the lowest that is not.
 */
export interface OrdinalEvidence {
  highestAgreeing: number;
  lowestDisagreeing: number;
}

/** Evidence is kept per side and per numbering style: `side|style`. */
export const evidenceKey = (side: string | undefined, style: Ordinal["style"]) =>
  `${side ?? ""}|${style}`;

/**
 * The 类 code an ordinal stands for, when the labels the catalog names prove it is code − 200
 * whether the form numbers by code or by position: a later label is its own code − 200 (so no 类
 * before it was left out) and no label up to it is not.
 */
export function codeByOrdinal(ordinal: number, e: OrdinalEvidence | undefined): string | undefined {
  if (e === undefined || e.highestAgreeing <= ordinal || e.lowestDisagreeing <= ordinal)
    return undefined;
  return String(200 + ordinal);
}
