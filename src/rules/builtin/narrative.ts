import {
  type Amount,
  amount,
  compareAmounts,
  isNegative,
  negateAmount,
  percentage,
  subtractAmounts,
} from "../../amount";
import { findPercentClaims, type PercentClaim } from "../../narrative";
import type { Finding, Rule, Severity } from "../types";
import { L, outcomeOf, p } from "./shared";

type Recomputed = { readonly value: string; readonly truncated: string } | "zero-base";

function recompute(c: PercentClaim): Recomputed {
  const decimals = (c.percent.split(".")[1] ?? "").length;
  let part: Amount;
  let whole: Amount;
  if (c.kind === "share") {
    part = c.part;
    whole = c.base;
  } else if (c.kind === "growth") {
    part = c.delta;
    whole = subtractAmounts(c.current, c.direction === "down" ? negateAmount(c.delta) : c.delta);
  } else {
    const d = subtractAmounts(c.current, c.previous);
    part = isNegative(d) ? negateAmount(d) : d;
    whole = c.previous;
  }
  const r = percentage(part, whole, { decimals });
  const t = percentage(part, whole, { decimals, rounding: "truncate" });
  if (!r.ok || !t.ok) return "zero-base";
  return { value: r.value, truncated: t.value };
}

/** Numeric equality of two plain decimal strings ("16.08" = "16.080"). */
const same = (a: string, b: string) => compareAmounts(amount(a), amount(b)) === 0;

/** I15: narrative percentages (shares, growth, changes) recompute from the figures beside them. @internal */
export const narrativePercentRule: Rule = {
  id: "narrative.percent",
  severity: "error",
  domain: "I15",
  reads: ["text sections (情况说明)"],
  title: /*#__PURE__*/ L("说明中的百分比可复算", "Narrative percentages recompute"),
  message: (f) => {
    const kind = p(f, "kind");
    // The section a claim is in is named by its printed title.
    const at = L(`【${p(f, "section")}】`, `[${p(f, "section")}]`);
    if (kind === "zero-base")
      return L(
        `${at["zh-CN"]}：“${p(f, "claim")}” 以零为基数，百分比无意义。`,
        `${at.en}: "${p(f, "claim")}" is a percentage of a zero base.`,
      );
    if (kind === "direction")
      return L(
        `${at["zh-CN"]}：“${p(f, "claim")}” 的增减方向与数字相反。`,
        `${at.en}: "${p(f, "claim")}" states the wrong direction of change.`,
      );
    const trunc = kind === "truncated";
    return L(
      `${at["zh-CN"]}：“${p(f, "claim")}” 中的 ${p(f, "actual")}% 按数字复算应为 ${p(f, "expected")}%${trunc ? "（与截尾结果相符，而非四舍五入）" : ""}。`,
      `${at.en}: "${p(f, "claim")}" says ${p(f, "actual")}%, the figures give ${p(f, "expected")}%${trunc ? " (it matches truncation, not rounding)" : ""}.`,
    );
  },
  check: (ctx, severity) => {
    const findings: Finding[] = [];
    let claims = 0;
    for (const section of ctx.disclosure.texts) {
      for (const c of findPercentClaims(section.body)) {
        claims++;
        const at = { table: "text", row: section.title, column: String(c.offset), raw: c.text };
        const base = { section: section.title, claim: c.text };
        const push = (sev: Severity, params: Record<string, string>, expected?: string) =>
          findings.push({
            ruleId: "narrative.percent",
            severity: sev,
            outcome: "fail",
            params: { ...base, ...params },
            evidence: [],
            path: at,
            ...(expected === undefined ? {} : { expected, actual: c.percent }),
          });
        const r = recompute(c);
        if (r === "zero-base") {
          push(severity, { kind: "zero-base" });
          continue;
        }
        const contradicts =
          c.kind === "change"
            ? (c.direction === "down") !== isNegative(subtractAmounts(c.current, c.previous))
            : c.kind === "growth" && c.direction !== c.rateDirection;
        if (contradicts) push(severity, { kind: "direction" });
        if (same(r.value, c.percent)) continue;
        if (same(r.truncated, c.percent))
          push("warning", { kind: "truncated", expected: r.value, actual: c.percent }, r.value);
        else push(severity, { kind: "differ", expected: r.value, actual: c.percent }, r.value);
      }
    }
    const outcome = outcomeOf(findings, claims > 0);
    return { outcome, findings, checked: [] };
  },
};
