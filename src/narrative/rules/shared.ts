import type { Localized } from "../../locale";
import { L, p } from "../../rules/builtin/shared";
import type { MessageLabels } from "../../rules/labels";
import type { Evidence, Finding, Severity } from "../../rules/types";
import type { Span } from "../types";
import { type SectionReading, textCell } from "./read";

/** `【情况说明】“…”`: the section and the words a finding is about. @internal */
export const textAt = (f: Finding): Localized =>
  L(`【${p(f, "section")}】“${p(f, "claim")}”`, `[${p(f, "section")}] "${p(f, "claim")}"`);

/**
 * The table cells a text's figure was compared with (the finding's second evidence), each printed
 * value followed by its table's unit when the text states the figure in another (the first
 * evidence's): `（12,121,164元）` beside a text's `1,212.12万元`, never a bare 元 figure beside a 万元
 * one. In the same unit, as `labels.cells` names them. @internal
 */
export function tableCells(labels: MessageLabels, f: Finding): Localized {
  const table = f.evidence[1];
  const sources = table?.sources ?? [];
  const unit = table?.unit ?? null;
  const textUnit = f.evidence[0]?.unit ?? null;
  if (unit === null || textUnit === null || unit === textUnit) return labels.cells(sources);
  const withUnit = (sep: string) =>
    sources.map((s) => (s.raw.trim() === "" ? s : { ...s, raw: `${s.raw}${sep}${unit}` }));
  return L(labels.cells(withUnit(""))["zh-CN"], labels.cells(withUnit(" ")).en);
}

/** A finding about words of a text section: its path is their span. @internal */
export function textFinding(
  ruleId: string,
  severity: Severity,
  read: SectionReading,
  span: Span,
  claim: string,
  params: Readonly<Record<string, string | number>> = {},
  evidence: readonly Evidence[] = [],
  values: { expected?: string; actual?: string; unit?: Finding["unit"] } = {},
): Finding {
  return {
    ruleId,
    severity,
    outcome: "fail",
    params: { section: read.section.title, claim, ...params },
    evidence,
    path: textCell(read.section, span),
    ...(values.expected === undefined ? {} : { expected: values.expected }),
    ...(values.actual === undefined ? {} : { actual: values.actual }),
    ...(values.unit === undefined ? {} : { unit: values.unit }),
  };
}

/**
 * The findings with one of each that says the same of the same words: a figure several facts
 * share (`比上年各增加…`, the rate `增长16.80%` of 收入 and 支出 alike) is reported once when each
 * fact finds the same of it (as many as differ are kept). Linear: one key per finding. @internal
 */
export function distinct(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const k = JSON.stringify([
      f.ruleId,
      f.severity,
      f.path,
      f.params,
      f.expected ?? null,
      f.actual ?? null,
    ]);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
