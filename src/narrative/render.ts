import { type Amount, formatAmount, isZero, percentage, subtractAmounts } from "../amount";
import { normalizeName } from "../codes";
import { type Disclosure, disclosureFacts } from "../disclosure";
import { type Concept, type Coordinates, factKey } from "../facts";
import type { Template } from "../templates";

/**
 * The figures a narrative template writes from: each fact as the tables print it (`null` for a
 * blank cell, `undefined` when no table states it), the number of projects, and how to print an
 * amount or a share.
 *
 * @example
 * ```ts
 * import type { NarrativeFigures } from "yusuan/narrative";
 * const total = (f: NarrativeFigures) => f.amount("spending.total", {});
 * ```
 */
export interface NarrativeFigures {
  readonly year: number;
  /** The name the text uses for the unit (`NarrativeInputs.name`, else the department's). */
  readonly name: string;
  /** The department's full name. */
  readonly department: string;
  readonly amount: (concept: Concept, coords: Coordinates) => Amount | null | undefined;
  /** Distinct projects the tables list. */
  readonly projects: number;
  /** An amount as the text prints it (a blank as `0`; `NarrativeInputs.printed` first). */
  readonly show: (id: string, a: Amount | null | undefined) => string;
  /** `part / whole × 100`, two decimals. */
  readonly share: (part: Amount | null | undefined, whole: Amount | null | undefined) => string;
}

/**
 * What a narrative needs beyond the tables: last year's figures, the reasons for the changes,
 * assets, and the facts no table states. A template says which it reads.
 *
 * @example
 * ```ts
 * import { amount } from "yusuan";
 * import { henan2024Narrative, type NarrativeInputs } from "yusuan/narrative";
 * import { henan2024 } from "yusuan/templates";
 * const inputs: NarrativeInputs = {
 *   template: henan2024Narrative, tables: henan2024, prior: { "spending.total": amount("834.84") },
 *   reasons: { "spending.total": "人员数量增加。" },
 * };
 * ```
 */
export interface NarrativeInputs {
  readonly template: NarrativeTemplate;
  /** The table template the disclosure's tables follow. */
  readonly tables: Template;
  /** The name the text uses for the unit (`中共洛阳市涧西区委办公室`); default the department's. */
  readonly name?: string;
  /** Last year's budget figures, by an id the template defines (`spending.total`, `sanGong.reception` …). */
  readonly prior?: Readonly<Record<string, Amount>>;
  /** The reason given for a change, by the same ids (text after `主要原因：`). */
  readonly reasons?: Readonly<Record<string, string>>;
  /** Assets at the end of last year: vehicles (total and by category) and equipment counts. */
  readonly assets?: {
    readonly asOf: string;
    readonly vehicles: number;
    readonly vehicleCategories?: readonly (readonly [string, number])[];
    readonly equipment?: readonly (readonly [string, number, string])[];
  };
  /** 政府采购 budget (absent: none), by category when given. */
  readonly procurement?: {
    readonly total: Amount;
    readonly byCategory?: Readonly<Record<string, Amount>>;
  };
  /** Projects chosen for the department's key evaluation (重点评价); default 0. */
  readonly keyEvaluations?: number;
  /** 专项转移支付 projects the unit manages; default 0. */
  readonly transferProjects?: number;
  /** A figure as the author typed it, by id, where it differs from the table's print (`"4"` for 4.00). */
  readonly printed?: Readonly<Record<string, string>>;
}

/**
 * A narrative template as data: the lines of text it writes from the figures and the inputs.
 *
 * @example
 * ```ts
 * import type { NarrativeTemplate } from "yusuan/narrative";
 * const one: NarrativeTemplate = { id: "one-line", render: (f) => [`${f.name}${f.year}年部门预算`] };
 * ```
 */
export interface NarrativeTemplate {
  readonly id: string;
  readonly render: (figures: NarrativeFigures, inputs: NarrativeInputs) => readonly string[];
}

/** Figures from a disclosure's printed tables. @internal */
export function figuresOf(disclosure: Disclosure, inputs: NarrativeInputs): NarrativeFigures {
  const byKey = new Map<string, Amount | null>();
  for (const f of disclosureFacts(disclosure, inputs.tables)) {
    const k = factKey(f.concept, f.coords);
    // The first table that prints the fact gives it; a blank gives way to a later print.
    if (byKey.get(k) == null) byKey.set(k, f.value);
  }
  const projects = new Set<string>();
  for (const t of disclosure.tables)
    for (const r of t.rows) if (r.key.kind === "project") projects.add(normalizeName(r.key.name));
  const show = (id: string, a: Amount | null | undefined) =>
    inputs.printed?.[id] ??
    (a === null || a === undefined ? "0" : formatAmount(a, { grouping: true }));
  return {
    year: disclosure.meta.year,
    name: inputs.name ?? disclosure.meta.department.name,
    department: disclosure.meta.department.name,
    amount: (concept, coords) => byKey.get(factKey(concept, coords)),
    projects: projects.size,
    show,
    share: (part, whole) => {
      if (part === undefined || part === null || whole === undefined || whole === null) return "";
      const r = percentage(part, whole, { decimals: 2 });
      return r.ok ? r.value : "";
    },
  };
}

/** The change from last year: `delta` signed, `growth` as Δ / last year, two decimals. @internal */
export function changeOf(
  now: Amount | null | undefined,
  prior: Amount | undefined,
): { delta: Amount; growth: string } | undefined {
  if (prior === undefined) return undefined;
  const current = now ?? subtractAmounts(prior, prior);
  const delta = subtractAmounts(current, prior);
  const g = isZero(prior) ? undefined : percentage(delta, prior, { decimals: 2 });
  return { delta, growth: g?.ok === true ? g.value.replace(/^-/u, "") : "" };
}

/**
 * Writes the narrative (情况说明) of a disclosure from its tables and the inputs no table holds
 * (last year's figures, reasons, assets), with the template `inputs.template`: one line a
 * paragraph. What it writes reads back through `extractClaims` and passes the narrative rules.
 *
 * @example
 * ```ts
 * import { disclosureBuilder, tableBuilder } from "yusuan";
 * import { renderNarrative } from "yusuan/narrative";
 * import { henan2024 } from "yusuan/templates";
 * const { value: d } = disclosureBuilder(henan2024, { year: 2024, documentKind: "单位", department: { name: "某单位" }, units: [] })
 *   .table(tableBuilder(henan2024, "sanGong").single({ total: "6.50", abroad: "", vehicles: "4.00", reception: "2.50" }))
 *   .build();
 * const text = renderNarrative(d, { template: { id: "t", render: (f) => [`“三公”经费${f.show("sanGong", f.amount("sanGong", {}))}万元。`] }, tables: henan2024 });
 * text; // "“三公”经费6.50万元。"
 * ```
 */
export function renderNarrative(disclosure: Disclosure, inputs: NarrativeInputs): string {
  return inputs.template.render(figuresOf(disclosure, inputs), inputs).join("\n");
}
