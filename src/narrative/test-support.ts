/**
 * Helpers of the narrative reader's tests: each claim shown on one line with every field that says
 * what the reader made of the figure, so that a test states the whole reading as expected text.
 * Not part of the library (left out of the mutation runs).
 */
import type { Table } from "../disclosure";
import { factKey } from "../facts";
import { extractClaims } from "./extract";
import type { Claim, ExtractOptions, NarrativeReading } from "./types";

const opt = (n: number | undefined, name: string) => (n === undefined ? "" : ` ${name}${n}`);
/** Each claim on one line, with every field that says what the reader made of the figure. */
export function show(c: Claim): string {
  const key = "subject" in c ? factKey(c.subject.concept, c.subject.coords) : "";
  switch (c.kind) {
    case "amount":
      return `amount ${key} ${c.value.value}${c.value.unit} ${c.period} ${c.basis} ${c.relation} [${c.span.text}]`;
    case "change":
      return `change ${key} ${c.direction} ${c.delta?.value ?? "-"} ${c.against} [${c.span.text}]`;
    case "percent":
      return `percent ${c.relation} ${key} ${c.percent} ${c.direction ?? "-"}${opt(c.part, "p")}${opt(c.whole, "w")}${c.base === undefined ? "" : ` of ${factKey(c.base.concept, c.base.coords)}`}${opt(c.delta, "d")}${opt(c.current, "c")}${opt(c.previous, "prev")}`;
    case "count":
      return `count ${c.what} ${c.category ?? "-"} ${c.value}${c.unit} ${c.period}${c.org === undefined ? "" : ` org=${c.org}`}`;
  }
}
/** Reads with the year 2024, or (`null`) without a year. */
export const read = (
  text: string,
  year: number | null = 2024,
  options: Omit<ExtractOptions, "year"> = {},
) => {
  const r: NarrativeReading = extractClaims(text, year === null ? options : { ...options, year });
  return {
    claims: r.claims.map(show),
    unplaced: r.unplaced.map(
      (u) => `${u.reason} ${u.carriesAmount} [${u.span.text}] in [${u.sentence.text}]`,
    ),
  };
};

/** A claim's fact key (`count:<what>` for a count). */
export const claimKey = (c: Claim): string =>
  "subject" in c ? factKey(c.subject.concept, c.subject.coords) : `count:${c.what}`;
/** Each amount claim as `key = value unit`. */
export const amounts = (r: NarrativeReading) =>
  r.claims.flatMap((c) =>
    c.kind === "amount" ? [`${claimKey(c)} = ${c.value.value}${c.value.unit}`] : [],
  );
/** Each change claim as `key direction delta`. */
export const changes = (r: NarrativeReading) =>
  r.claims.flatMap((c) =>
    c.kind === "change" ? [`${claimKey(c)} ${c.direction} ${c.delta?.value ?? ""}`.trim()] : [],
  );

/** 某县教育局 (code 301), the department of the county's schools in {@link countySchools}. */
export const COUNTY_BUREAU = { code: "301", name: "某县教育局" };
/**
 * The bureau's 支出总表 of 400.00: its own level 150.00 (301001), 某县第一中学 110.00 (301002), a
 * primary school (`primary`, 301003) 40.00 and a township's central school 100.00 (301004).
 */
export const countySchools = (primary = "某县实验小学"): Table[] => [
  {
    kind: "expenditure",
    unit: "万元",
    rows: [
      { key: { kind: "total" }, cells: { total: "400.00" } },
      { key: { kind: "org", code: "301001" }, name: "某县教育局", cells: { total: "150.00" } },
      { key: { kind: "org", code: "301002" }, name: "某县第一中学", cells: { total: "110.00" } },
      { key: { kind: "org", code: "301003" }, name: primary, cells: { total: "40.00" } },
      {
        key: { kind: "org", code: "301004" },
        name: "某县城关镇中心学校",
        cells: { total: "100.00" },
      },
    ],
  },
];
/** Reads a text of 2025 with {@link COUNTY_BUREAU} as the department and `tables` (or `given`). */
export const withCounty =
  (tables: readonly Table[]) =>
  (text: string, given: readonly Table[] = tables) =>
    read(text, 2025, { tables: given, department: COUNTY_BUREAU });
