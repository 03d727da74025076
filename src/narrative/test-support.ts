/**
 * Helpers of the narrative reader's tests: each claim shown on one line with every field that says
 * what the reader made of the figure, so that a test states the whole reading as expected text.
 * Not part of the library (left out of the mutation runs).
 */
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
      return `count ${c.what} ${c.category ?? "-"} ${c.value}${c.unit} ${c.period}`;
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
