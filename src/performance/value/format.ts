import type { IndicatorValue, TargetDate } from "./types";

function formatDate(d: TargetDate): string {
  const year = d.year === undefined ? "" : `${d.year}年`;
  const day = d.day === undefined ? "" : d.day === "end" ? "底" : `${d.day}日`;
  return `${year}${d.month}月${day}`;
}

/**
 * Prints an indicator value in its canonical form: half-width operators in front of the number
 * (`≥95%`), ranges as `low unit - high unit` (`80%-90%`), dates as `2024年12月31日前` (`≤` → `前`,
 * `≥` → `后`), qualitative values as their text. {@link parseIndicatorValue} reads the result back
 * to an equal value.
 *
 * @param value - the value
 *
 * @example
 * ```ts
 * import { formatIndicatorValue, parseIndicatorValue } from "yusuan/performance";
 * const r = parseIndicatorValue("不低于 90 ％");
 * r.ok ? formatIndicatorValue(r.value) : ""; // "≥90%"
 * formatIndicatorValue({ kind: "range", low: "90", high: "100", unit: "分" }); // "90分-100分"
 * formatIndicatorValue({ kind: "date", op: "≤", date: { year: 2024, month: 12, day: "end" } }); // "2024年12月底前"
 * ```
 */
export function formatIndicatorValue(value: IndicatorValue): string {
  switch (value.kind) {
    case "quantity":
      return `${value.op ?? ""}${value.value}${value.unit}`;
    case "range":
      return `${value.low}${value.unit}-${value.high}${value.unit}`;
    case "date": {
      const date = formatDate(value.date);
      if (value.op === "≤") return `${date}前`;
      if (value.op === "≥") return `${date}后`;
      return `${value.op ?? ""}${date}`;
    }
    case "qualitative":
      return value.text;
  }
}
