import { type Amount, parseAmount } from "../amount";

/**
 * A numeric claim found in narrative text (情况说明), with the figures it rests on:
 * - `share`: "其中：基本支出 682.06万元，占 70.38%" — `part` of `base` (the amount before 其中);
 * - `growth`: "增加 134.22 万元，增长 16.08%" — `delta` on `current` (the amount before it), growth =
 *   Δ / (current − Δ) (DOMAIN §7);
 * - `change`: "执行数为54.60万元，…预算安排53.84万元，比…减少1.39%" — from `previous` to `current`.
 * `percent` is the claimed percentage as printed (without `%`), `direction` the word used (for
 * growth also `rateDirection`, the word before the percentage: "增加…，下降…%" contradicts itself).
 *
 * @example
 * ```ts
 * import { findPercentClaims } from "yusuan";
 * const [c] = findPercentClaims("支出合计 969.06万元，其中：基本支出 682.06万元，占 70.38%。");
 * c?.kind; // "share"
 * ```
 */
export type PercentClaim =
  | {
      readonly kind: "share";
      readonly text: string;
      readonly offset: number;
      readonly percent: string;
      readonly part: Amount;
      readonly base: Amount;
    }
  | {
      readonly kind: "growth";
      readonly text: string;
      readonly offset: number;
      readonly percent: string;
      readonly delta: Amount;
      readonly current: Amount;
      readonly direction: "up" | "down";
      /** The direction the rate's own word states (增长 / 增加: up; 下降 / 减少: down). */
      readonly rateDirection: "up" | "down";
    }
  | {
      readonly kind: "change";
      readonly text: string;
      readonly offset: number;
      readonly percent: string;
      readonly previous: Amount;
      readonly current: Amount;
      readonly direction: "up" | "down";
    };

const NUM = "(-?\\d[\\d,，]*(?:\\.\\d+)?)";
const WAN = "\\s*万元";
const SHARE = /*#__PURE__*/ new RegExp(`${NUM}${WAN}[，,]\\s*占\\s*(\\d+(?:\\.\\d+)?)\\s*%`, "gu");
const GROWTH = /*#__PURE__*/ new RegExp(
  `(增加|减少)\\s*${NUM}${WAN}[，,]\\s*(增长|下降|减少|增加)\\s*(\\d+(?:\\.\\d+)?)\\s*%`,
  "gu",
);
const CHANGE = /*#__PURE__*/ new RegExp(
  `执行数为\\s*${NUM}${WAN}[，,][^。%]*?安排\\s*${NUM}${WAN}[，,][^。%]*?(增加|减少|增长|下降)\\s*(\\d+(?:\\.\\d+)?)\\s*%`,
  "gu",
);
const AMOUNT = /*#__PURE__*/ new RegExp(`${NUM}${WAN}`, "gu");

const wan = (s: string | undefined): Amount | undefined => {
  const r = parseAmount(s ?? "", "万元");
  return r.ok && r.value !== null ? r.value : undefined;
};

/** The last amount (万元) printed before `end` in `text`, skipping the one starting at `skip`. */
function lastAmountBefore(text: string, end: number, skip?: number): Amount | undefined {
  let found: string | undefined;
  for (const m of text.slice(0, end).matchAll(AMOUNT)) if (m.index !== skip) found = m[1];
  return wan(found);
}

/**
 * Finds the percentage claims of a narrative text: shares of a total, growth against last year,
 * and changes from last year's execution (see {@link PercentClaim}). Line breaks inside a
 * sentence are ignored; a claim whose figures cannot be read is skipped, never guessed.
 *
 * @example
 * ```ts
 * import { findPercentClaims } from "yusuan";
 * findPercentClaims("收入总计 969.06万元，与2023年相比增加134.22 万元，增长 16.08%。").length; // 1
 * ```
 */
export function findPercentClaims(narrative: string): readonly PercentClaim[] {
  const text = narrative.replace(/\s*\n\s*/gu, "");
  const out: PercentClaim[] = [];
  for (const m of text.matchAll(SHARE)) {
    const at = m.index;
    const head = text.slice(0, at);
    const qizhong = head.lastIndexOf("其中");
    const part = wan(m[1]);
    const base = qizhong < 0 ? undefined : lastAmountBefore(text, qizhong);
    if (part !== undefined && base !== undefined && m[2] !== undefined)
      out.push({ kind: "share", text: m[0], offset: at, percent: m[2], part, base });
  }
  for (const m of text.matchAll(GROWTH)) {
    const delta = wan(m[2]);
    const current = lastAmountBefore(text, m.index);
    if (delta !== undefined && current !== undefined && m[4] !== undefined)
      out.push({
        kind: "growth",
        text: m[0],
        offset: m.index,
        percent: m[4],
        delta,
        current,
        direction: m[1] === "减少" ? "down" : "up",
        rateDirection: m[3] === "下降" || m[3] === "减少" ? "down" : "up",
      });
  }
  for (const m of text.matchAll(CHANGE)) {
    const previous = wan(m[1]);
    const current = wan(m[2]);
    if (previous !== undefined && current !== undefined && m[4] !== undefined)
      out.push({
        kind: "change",
        text: m[0],
        offset: m.index,
        percent: m[4],
        previous,
        current,
        direction: m[3] === "减少" || m[3] === "下降" ? "down" : "up",
      });
  }
  return out.sort((a, b) => a.offset - b.offset);
}
