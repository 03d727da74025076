import {
  type Amount,
  addAmounts,
  compareAmounts,
  convertAmount,
  formatAmount,
  isNegative,
  isZero,
  subtractAmounts,
  zeroAmount,
} from "../../amount";
import { absAmount } from "../../amount/arithmetic";
import { type Fact, factKey } from "../../facts";
import { L, outcomeOf, p } from "../../rules/builtin/shared";
import { type AnyFact, decomposeTable, isDerived } from "../../rules/derive";
import type { Finding, Rule, RuleContext, Severity } from "../../rules/types";
import type { AmountClaim, ChangeClaim, ClaimSubject, CountClaim } from "../types";
import { textTable } from "./change-sums";
import { compareClaim, half } from "./compare";
import { claimFact, phrase, readTexts, reference, type SectionReading, tableFacts } from "./read";
import { textAt, textFinding } from "./shared";
import { atPattern, partsOf, textDecompositions, toPattern } from "./subjects";
import { vehicleLists } from "./vehicle-sums";

/**
 * Parts the text may give of a whole that are no summands of it, each at most the whole:
 * 面向中小企业预留 ≤ 政府采购. @internal
 */
export const TEXT_BOUNDS: readonly { readonly part: ClaimSubject; readonly whole: ClaimSubject }[] =
  [
    {
      part: { concept: "procurement", coords: { category: "中小企业" } },
      whole: { concept: "procurement", coords: {} },
    },
  ];

const key = (s: { concept: ClaimSubject["concept"]; coords: ClaimSubject["coords"] }) =>
  factKey(s.concept, s.coords);
const show = (a: Amount) => formatAmount(a, { grouping: true });
/** Two printed figures of one quantity agree when rounding explains their difference. */
const agree = (a: Amount, b: Amount) =>
  compareAmounts(absAmount(subtractAmounts(a, b)), addAmounts(half(a), half(b))) <= 0;

/** This year's budget figures of a section, as the text states them (the first of each). */
const figures = (read: SectionReading): AmountClaim[] =>
  read.reading.claims.filter(
    (c): c is AmountClaim => c.kind === "amount" && c.period === "current" && c.basis === "budget",
  );

/** Whether the tables state a subject this year (with a value). */
const inTables = (ctx: RuleContext, s: ClaimSubject) =>
  reference(tableFacts(ctx, s, "current"))?.value != null;

/** Whether a text figure disagrees with the tables' (that is `narrative.amount`'s finding). */
function offTable(ctx: RuleContext, read: SectionReading, c: AmountClaim): boolean {
  const ref = reference(tableFacts(ctx, c.subject, "current"));
  if (ref?.value == null) return false;
  const status = compareClaim(claimFact(read.section, c), ref);
  return status !== "equal" && status !== "rounding";
}

type Push = (
  c: { readonly span: AmountClaim["span"] },
  params: Readonly<Record<string, string | number>>,
  values?: { expected?: string; actual?: string; unit?: Finding["unit"] },
  clauses?: number,
) => void;

/** One figure stated twice with two amounts (figures no table prints), `无…` and an amount. */
function twice(ctx: RuleContext, read: SectionReading, push: Push): number {
  let checked = 0;
  const first = new Map<string, AmountClaim>();
  for (const c of figures(read)) {
    if (c.relation === "atMost") continue;
    const k = key(c.subject);
    const before = first.get(k);
    if (before === undefined) {
      first.set(k, c);
      continue;
    }
    if (inTables(ctx, c.subject)) continue;
    checked++;
    const none = before.relation === "none" || c.relation === "none";
    const conflict = none
      ? !isZero(before.relation === "none" ? c.value : before.value)
      : !agree(before.value, c.value);
    if (!conflict) continue;
    push(c, {
      kind: none ? "none" : "twice",
      other: phrase(read.section.body, before.span),
      // 无… reads as 0 万元
      expected: show(before.value),
      actual: show(c.value),
      unit: c.value.unit,
    });
  }
  const counts = new Map<string, CountClaim>();
  for (const c of read.reading.claims) {
    if (c.kind !== "count") continue;
    // a unit's count is not the department's (`XX中心共有车辆1辆` beside `共有车辆2辆`)
    const k = JSON.stringify([c.what, c.category, c.period, c.asOf, c.org]);
    const before = counts.get(k);
    if (before === undefined) {
      counts.set(k, c);
      continue;
    }
    checked++;
    if (before.value !== c.value)
      push(c, {
        kind: "count",
        other: phrase(read.section.body, before.span),
        expected: `${before.value}${before.unit}`,
        actual: `${c.value}${c.unit}`,
        unit: "",
      });
  }
  return checked;
}

/** The text's own sums (公务用车 = 购置 + 运行; 政府采购 = 货物 + 工程 + 服务; 三公 = its items). */
function sums(ctx: RuleContext, read: SectionReading, push: Push): number {
  const byKey = new Map<string, { claim: AmountClaim; fact: Fact }>();
  for (const c of figures(read))
    if (c.relation === "equals" && !byKey.has(key(c.subject)))
      byKey.set(key(c.subject), { claim: c, fact: claimFact(read.section, c) });
  const stated = [...byKey.values()];
  const claimOf = new Map(stated.map((x) => [x.fact, x.claim]));
  const leaves = (f: AnyFact): Fact[] => (isDerived(f) ? f.parts.flatMap(leaves) : [f]);
  let checked = 0;
  for (const d of decomposeTable(textTable(stated.map((x) => x.fact)), textDecompositions(ctx))) {
    const whole = byKey.get(key(d));
    if (whole === undefined || d.value === null) continue;
    const parts = leaves(d);
    const claims = [whole.claim, ...parts.flatMap((f) => claimOf.get(f) ?? [])];
    // Figures the tables all state are the tables' business; one that disagrees with its
    // table is narrative.amount's.
    if (claims.every((c) => inTables(ctx, c.subject))) continue;
    if (claims.some((c) => offTable(ctx, read, c))) continue;
    checked++;
    const tolerance = parts.reduce(
      (t, f) => (f.value === null ? t : addAmounts(t, half(f.value))),
      half(whole.claim.value),
    );
    if (compareAmounts(absAmount(subtractAmounts(d.value, whole.claim.value)), tolerance) <= 0)
      continue;
    const unit = whole.claim.value.unit;
    const expected = convertAmount(d.value, unit);
    push(
      whole.claim,
      {
        kind: "sum",
        expected: show(expected),
        actual: show(whole.claim.value),
        unit,
        parts: claims
          .slice(1)
          .map((c) => c.span.text)
          .join(" + "),
      },
      { expected: expected.value, actual: whole.claim.value.value, unit },
    );
  }
  return checked;
}

/**
 * Some parts of a whole the text states (`政府采购…30.00万元，其中：货物20.00万元，服务20.00万元`,
 * 工程 not stated) add up to more than it, beyond the rounding of every figure: the parts are no
 * negative amounts, so the whole is at least their sum. Every part stated is `sums`'s check.
 */
function partSums(ctx: RuleContext, read: SectionReading, push: Push): number {
  const byKey = new Map<string, AmountClaim>();
  for (const c of figures(read))
    if (c.relation === "equals" && !byKey.has(key(c.subject))) byKey.set(key(c.subject), c);
  const decompositions = textDecompositions(ctx);
  let checked = 0;
  for (const whole of byKey.values()) {
    if (isNegative(whole.value)) continue;
    for (const parts of partsOf(whole.subject, decompositions)) {
      const stated = parts.flatMap((s) => byKey.get(key(s)) ?? []);
      if (stated.length < 2 || stated.length === parts.length) continue;
      const claims = [whole, ...stated];
      if (claims.every((c) => inTables(ctx, c.subject))) continue;
      if (claims.some((c) => offTable(ctx, read, c) || isNegative(c.value))) continue;
      checked++;
      const unit = whole.value.unit;
      const sum = stated.reduce((t, c) => addAmounts(t, c.value), zeroAmount(unit));
      const tolerance = claims.reduce((t, c) => addAmounts(t, half(c.value)), zeroAmount(unit));
      if (compareAmounts(subtractAmounts(sum, whole.value), tolerance) <= 0) continue;
      const expected = convertAmount(sum, unit);
      push(
        whole,
        {
          kind: "sum",
          expected: show(expected),
          actual: show(whole.value),
          unit,
          parts: stated.map((c) => c.span.text).join(" + "),
        },
        { expected: expected.value, actual: whole.value.value, unit },
      );
    }
  }
  return checked;
}

/** A part (中小企业预留) not more than its whole (政府采购), the whole from the text or the tables. */
function bounds(ctx: RuleContext, read: SectionReading, push: Push): number {
  let checked = 0;
  for (const b of TEXT_BOUNDS) {
    const part = figures(read).find((c) => key(c.subject) === key(b.part));
    if (part === undefined) continue;
    const stated = figures(read).find(
      (c) => c.relation === "equals" && key(c.subject) === key(b.whole),
    );
    const whole =
      stated?.value ?? reference(tableFacts(ctx, b.whole, "current"))?.value ?? undefined;
    if (whole === undefined) continue;
    checked++;
    if (
      compareAmounts(
        subtractAmounts(part.value, whole),
        addAmounts(half(part.value), half(whole)),
      ) <= 0
    )
      continue;
    push(part, {
      kind: "atMost",
      expected: show(whole),
      actual: show(part.value),
      unit: part.value.unit,
    });
  }
  return checked;
}

/**
 * A count of vehicles and the kinds its `其中` lists (`vehicle-sums.ts`): the kinds never add up to
 * more than it (a list may leave kinds out, even beside 其他用车).
 */
function vehicleSums(read: SectionReading, push: Push): number {
  let checked = 0;
  for (const { whole, parts } of vehicleLists(read)) {
    checked++;
    const sum = parts.reduce((t, c) => t + c.value, 0);
    if (sum <= whole.value) continue;
    push(
      whole,
      {
        kind: "sum",
        expected: `${sum}${whole.unit}`,
        actual: `${whole.value}${whole.unit}`,
        unit: "",
        parts: parts.map((c) => c.span.text).join(" + "),
      },
      { expected: String(sum), actual: String(whole.value) },
    );
  }
  return checked;
}

/** Figures that are one (收入总计 = 支出总计; Shanghai: 收入 = 支出) change the same way (against one base). */
function together(ctx: RuleContext, read: SectionReading, push: Push): number {
  let checked = 0;
  const changes = read.reading.claims.filter((c): c is ChangeClaim => c.kind === "change");
  const identities = textDecompositions(ctx).filter(
    (d) => d.children.length === 1 && (d.optional?.length ?? 0) === 0,
  );
  const byKey = new Map<string, ChangeClaim[]>();
  for (const c of changes) {
    const list = byKey.get(key(c.subject));
    if (list === undefined) byKey.set(key(c.subject), [c]);
    else list.push(c);
  }
  const seen = new Set<ChangeClaim>();
  for (const d of identities)
    for (const a of changes) {
      const child = d.children[0];
      if (child === undefined || !atPattern(a.subject, d.parent)) continue;
      const other = key(toPattern(a.subject, child));
      for (const b of byKey.get(other) ?? []) {
        // Against last year's budget and against its execution, two figures may move apart.
        if (b === a || seen.has(b) || b.against !== a.against) continue;
        checked++;
        if (b.direction === a.direction) continue;
        seen.add(b);
        push(
          b,
          {
            kind: "opposite",
            other: phrase(read.section.body, a.span, 2),
            direction: b.direction,
            otherDirection: a.direction,
            unit: "",
          },
          {},
          2,
        );
      }
    }
  return checked;
}

const WORDS: Readonly<Record<string, readonly [string, string]>> = {
  up: ["增加", "an increase"],
  down: ["减少", "a decrease"],
  flat: ["持平", "no change"],
};

/**
 * The narrative agrees with itself where no table speaks for it: one figure is not stated twice
 * with two amounts (nor as `无…` and an amount, nor a count twice); its sums hold (公务用车 =
 * 购置 + 运行, 政府采购 = 货物 + 工程 + 服务, 三公 = its items: the profile's decompositions and the
 * narrative's own, within the rounding of every figure; the vehicles its `其中` lists by kind, all
 * of them with 其他用车, add up to the count, some never to more); a part is not more than its whole
 * (面向中小企业预留 ≤ 政府采购); and figures that are one (收入总计 and 支出总计; in Shanghai, revenue
 * and spending) change the same way. Figures the tables state are checked against them instead
 * (`narrative.amount`). @internal
 */
export const narrativeConsistentRule: Rule = {
  id: "narrative.consistent",
  severity: "error",
  domain: "I15",
  reads: [
    "text sections (情况说明)",
    "profile decompositions",
    "政府采购 = 货物 + 工程 + 服务",
    "共有车辆 = Σ 各类用车",
  ],
  title: /*#__PURE__*/ L("说明前后一致", "The narrative agrees with itself"),
  message: (f) => {
    const at = textAt(f);
    const u = p(f, "unit");
    // English puts a space before a unit; a count carries its counter (3辆) and no unit.
    const v = (key: string) => (u === "" ? p(f, key) : `${p(f, key)} ${u}`);
    switch (p(f, "kind")) {
      case "twice":
      case "none":
      case "count":
        return L(
          `${at["zh-CN"]} 为 ${p(f, "actual")}${u}，同一项在“${p(f, "other")}”中为 ${p(f, "expected")}${u}。`,
          `${at.en} is ${v("actual")}, while "${p(f, "other")}" gives the same item as ${v("expected")}.`,
        );
      case "sum":
        return L(
          `${at["zh-CN"]} 为 ${p(f, "actual")}${u}，说明中的各部分（${p(f, "parts")}）合计 ${p(f, "expected")}${u}。`,
          `${at.en} is ${v("actual")}; its parts in the text (${p(f, "parts")}) add up to ${v("expected")}.`,
        );
      case "atMost":
        return L(
          `${at["zh-CN"]} 为 ${p(f, "actual")}${u}，大于整体的 ${p(f, "expected")}${u}。`,
          `${at.en} is ${v("actual")}, more than the whole's ${v("expected")}.`,
        );
      default: {
        const [zh, en] = WORDS[p(f, "direction")] ?? ["", ""];
        const [zh2, en2] = WORDS[p(f, "otherDirection")] ?? ["", ""];
        return L(
          `${at["zh-CN"]} 称${zh}，而“${p(f, "other")}”称${zh2}：二者应同向变动。`,
          `${at.en} states ${en}, while "${p(f, "other")}" states ${en2}: the two move together.`,
        );
      }
    }
  },
  check: (ctx, severity: Severity) => {
    const findings: Finding[] = [];
    let checked = 0;
    for (const read of readTexts(ctx)) {
      const push: Push = (c, params, values = {}, clauses = 1) =>
        findings.push(
          textFinding(
            "narrative.consistent",
            severity,
            read,
            c.span,
            phrase(read.section.body, c.span, clauses),
            params,
            [],
            values,
          ),
        );
      checked +=
        twice(ctx, read, push) +
        sums(ctx, read, push) +
        partSums(ctx, read, push) +
        bounds(ctx, read, push) +
        together(ctx, read, push) +
        vehicleSums(read, push);
    }
    return { outcome: outcomeOf(findings, checked > 0), findings, checked: [] };
  },
};
