import {
  type Amount,
  addAmounts,
  compareAmounts,
  formatAmount,
  isNegative,
  isZero,
  subtractAmounts,
} from "../../amount";
import { absAmount } from "../../amount/arithmetic";
import { factKey } from "../../facts";
import { L, outcomeOf, p } from "../../rules/builtin/shared";
import type { Finding, Rule } from "../../rules/types";
import type { ChangeClaim, ClaimSubject } from "../types";
import { changeSums } from "./change-sums";
import { half } from "./compare";
import { rangeOf, sentencesIn } from "./layout";
import { phrase, readTexts, tableValue } from "./read";
import { distinct, textAt, textFinding } from "./shared";

/** `|a| ≤ tolerance`. */
const within = (a: Amount, tolerance: Amount) => compareAmounts(absAmount(a), tolerance) <= 0;

/**
 * A change the narrative states (增加 / 减少 / 持平, and its amount) agrees with last year's and
 * this year's figures where both are known: stated in the text (`执行数为…，…安排…`) or printed in
 * the tables; the changes of the parts add up to the change of their whole (三公 = 出国 + 车辆 +
 * 接待); and no sentence says 持平 of a figure it also says changed (`增加0.46万元，与上年持平`). The
 * comparisons allow for the rounding of every printed figure. @internal
 */
export const narrativeChangeRule: Rule = {
  id: "narrative.change",
  severity: "error",
  domain: "I15",
  reads: ["text sections (情况说明)", "last year's figures (text or tables)"],
  title: /*#__PURE__*/ L("说明中的增减与数字一致", "Narrative changes agree with the figures"),
  message: (f) => {
    const at = textAt(f);
    const words: Readonly<Record<string, [string, string]>> = {
      up: ["增加", "an increase"],
      down: ["减少", "a decrease"],
      flat: ["持平", "no change"],
    };
    const [zh, en] = words[p(f, "direction")] ?? ["", ""];
    if (p(f, "kind") === "both")
      return L(
        `${at["zh-CN"]} 称持平，同一句却写有变动 ${p(f, "actual")}${p(f, "unit")}。`,
        `${at.en} states no change, while the same sentence states a change of ${p(f, "actual")} ${p(f, "unit")}.`,
      );
    if (p(f, "kind") === "sum")
      return L(
        `${at["zh-CN"]} 的变动为 ${p(f, "actual")}${p(f, "unit")}，与各组成部分的变动之和不符：按各部分的变动应为 ${p(f, "expected")}${p(f, "unit")}。`,
        `${at.en} states a change of ${p(f, "actual")} ${p(f, "unit")}, which does not add up with the changes of its parts: they give ${p(f, "expected")} ${p(f, "unit")}.`,
      );
    return p(f, "kind") === "direction"
      ? L(
          `${at["zh-CN"]} 称${zh}，但上年 ${p(f, "previous")}${p(f, "unit")}、本年 ${p(f, "current")}${p(f, "unit")}，变动为 ${p(f, "expected")}${p(f, "unit")}。`,
          `${at.en} states ${en}, but last year ${p(f, "previous")} and this year ${p(f, "current")} ${p(f, "unit")} differ by ${p(f, "expected")} ${p(f, "unit")}.`,
        )
      : L(
          `${at["zh-CN"]} 的变动额为 ${p(f, "actual")}${p(f, "unit")}，按上年 ${p(f, "previous")}${p(f, "unit")}、本年 ${p(f, "current")}${p(f, "unit")} 应为 ${p(f, "expected")}${p(f, "unit")}。`,
          `${at.en} states a change of ${p(f, "actual")} ${p(f, "unit")}; last year ${p(f, "previous")} and this year ${p(f, "current")} give ${p(f, "expected")} ${p(f, "unit")}.`,
        );
  },
  check: (ctx, severity) => {
    const findings: Finding[] = [];
    let checked = 0;
    for (const read of readTexts(ctx)) {
      const current = new Map<string, Amount>();
      const prior = new Map<string, Amount>();
      const execution = new Map<string, Amount>();
      const key = (s: ClaimSubject) => factKey(s.concept, s.coords);
      const reported = new Set<number>();
      for (const c of read.reading.claims) {
        if (c.kind === "amount") {
          const map = c.basis === "execution" ? execution : c.period === "prior" ? prior : current;
          map.set(key(c.subject), c.value);
          continue;
        }
        if (c.kind !== "change") continue;
        const k = key(c.subject);
        const previous =
          c.against === "execution"
            ? execution.get(k)
            : (prior.get(k) ?? tableValue(ctx, c.subject, "prior"));
        const now = current.get(k) ?? tableValue(ctx, c.subject, "current");
        if (previous === undefined || now === undefined) continue;
        checked++;
        const d = subtractAmounts(now, previous);
        const tolerance = addAmounts(half(now), half(previous));
        const flat = within(d, tolerance);
        const wrongWay =
          (c.direction === "flat" && !flat) ||
          (c.direction === "up" && !flat && isNegative(d)) ||
          (c.direction === "down" && !flat && !isNegative(d));
        const unit = (c.delta ?? now).unit;
        const show = (a: Amount) => formatAmount(a, { grouping: true });
        const params = {
          direction: c.direction,
          previous: show(previous),
          current: show(now),
          unit,
        };
        const words = phrase(read.section.body, c.span);
        if (wrongWay) {
          reported.add(c.span.start);
          findings.push(
            textFinding("narrative.change", severity, read, c.span, words, {
              ...params,
              kind: "direction",
              expected: show(d),
            }),
          );
          continue;
        }
        if (c.delta === undefined) continue;
        const off = subtractAmounts(c.delta, d);
        if (!within(off, addAmounts(tolerance, half(c.delta))))
          findings.push(
            textFinding(
              "narrative.change",
              severity,
              read,
              c.span,
              words,
              { ...params, kind: "delta", expected: show(d), actual: show(c.delta) },
              [],
              { expected: d.value, actual: c.delta.value, unit: c.delta.unit },
            ),
          );
      }
      // 持平 and a change of the same figure in one sentence contradict each other, against the
      // same base (`与上年预算持平，比上年执行数减少0.20万元` compares with two).
      const sentences = sentencesIn(read);
      const both = new Map<string, { flat?: ChangeClaim; moved?: ChangeClaim }>();
      for (const c of read.reading.claims) {
        if (c.kind !== "change") continue;
        const k = `${rangeOf(sentences, c.span)}|${key(c.subject)}|${c.against}`;
        const e = both.get(k) ?? {};
        if (c.direction === "flat") e.flat ??= c;
        else if (c.delta !== undefined && !isZero(c.delta)) e.moved ??= c;
        both.set(k, e);
      }
      for (const { flat, moved } of both.values()) {
        if (flat === undefined || moved?.delta === undefined || reported.has(flat.span.start))
          continue;
        checked++;
        const delta = moved.delta;
        const shown = formatAmount(delta, { grouping: true });
        findings.push(
          textFinding(
            "narrative.change",
            severity,
            read,
            flat.span,
            phrase(read.section.body, flat.span, 2),
            { kind: "both", direction: "flat", actual: shown, unit: delta.unit },
            [],
            { actual: delta.value, unit: delta.unit },
          ),
        );
      }
      // The changes of the parts add up to the change of the whole (三公 = 出国 + 车辆 + 接待 …).
      const sums = changeSums(ctx, read);
      checked += sums.checked;
      for (const b of sums.breaks) {
        const show = (a: Amount) => formatAmount(a, { grouping: true });
        findings.push(
          textFinding(
            "narrative.change",
            severity,
            read,
            b.claim.span,
            phrase(read.section.body, b.claim.span),
            {
              kind: "sum",
              direction: b.claim.direction,
              expected: show(b.expected),
              actual: show(b.actual),
              unit: b.actual.unit,
            },
            [],
            { expected: b.expected.value, actual: b.actual.value, unit: b.actual.unit },
          ),
        );
      }
    }
    const once = distinct(findings);
    return { outcome: outcomeOf(once, checked > 0), findings: once, checked: [] };
  },
};
