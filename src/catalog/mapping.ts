import { type Code, parseCode } from "../codes";
import { err, ok, type Result } from "../result";
import { codeValueIn } from "./code-arg";
import type { CatalogProblem } from "./problems";
import type { Basis } from "./types";

/**
 * The kind of budget unit, which decides the government economic code of a departmental one:
 * 机关 (administrative units, → 501–504) or 事业单位 (public institutions, → 505/506).
 *
 * @example
 * ```ts
 * import type { UnitKind } from "yusuan";
 * const kind: UnitKind = "事业单位";
 * ```
 */
export type UnitKind = "机关" | "事业单位";

/**
 * One row of the 部门经济分类 → 政府经济分类 mapping.
 *
 * - `from`: a 款 (5 digits), or a 类 (3 digits) meaning every 款 of that 类 that has no rule of
 *   its own for the unit kind (the reference data writes it `301*`).
 * - `to`: allowed government codes. A 款 (5 digits) is that code; a 类 (3 digits) means any 款
 *   of that 类 (the reference data writes it `504xx`).
 *
 * @example
 * ```ts
 * import type { MappingRule } from "yusuan";
 * const rule: MappingRule = { from: "30101", unitKinds: ["机关"], to: ["50101"], basis: ["S", "P"] };
 * ```
 */
export interface MappingRule {
  /** A departmental 款, or a departmental 类 for every 款 of it without a rule of its own. */
  readonly from: string;
  /** The unit kinds the rule applies to. */
  readonly unitKinds: readonly UnitKind[];
  /** The allowed government codes; a 3-digit code allows any 款 of that 类. */
  readonly to: readonly string[];
  /** The evidence for the rule. */
  readonly basis: readonly Basis[];
  /** A free-text note. */
  readonly note?: string;
}

/**
 * The mapping as data: the year and the rules. Pass your own in this shape to
 * {@link defineEconomicMapping}.
 *
 * @example
 * ```ts
 * import type { EconomicMappingData } from "yusuan";
 * const data: EconomicMappingData = {
 *   year: 2024,
 *   rules: [{ from: "301", unitKinds: ["事业单位"], to: ["50501"], basis: ["K"] }],
 * };
 * ```
 */
export interface EconomicMappingData {
  /** The budget year. */
  readonly year: number;
  /** The rules, in any order. */
  readonly rules: readonly MappingRule[];
}

/**
 * A checked and indexed mapping, made by {@link defineEconomicMapping}; read it with
 * {@link mappingTargets}, {@link mappingRules} and {@link mappingAllows}.
 *
 * @example
 * ```ts
 * import { mappingTargets } from "yusuan";
 * import { mapping2024 } from "yusuan/catalog/2024";
 * mapping2024.rulesByFrom.get("30101")?.length; // 1
 * mappingTargets(mapping2024, "30101", "机关"); // ["50101"]
 * ```
 */
export interface EconomicMapping extends EconomicMappingData {
  /** The rules by their `from` code (digits). */
  readonly rulesByFrom: ReadonlyMap<string, readonly MappingRule[]>;
}

const UNIT_KINDS: readonly string[] = ["机关", "事业单位"];

function checkRule(rule: MappingRule, position: number, problems: CatalogProblem[]): MappingRule {
  const from = parseCode("departmental", rule.from);
  if (!from.ok)
    problems.push({ code: "invalid-mapping-code", input: rule.from, position, field: "from" });
  const to: string[] = [];
  for (const target of rule.to) {
    const parsed = parseCode("government", target);
    if (parsed.ok) to.push(parsed.value.value);
    else problems.push({ code: "invalid-mapping-code", input: target, position, field: "to" });
  }
  if (rule.unitKinds.length === 0) {
    problems.push({ code: "empty-mapping-field", input: rule.from, position, field: "unitKinds" });
  }
  for (const kind of rule.unitKinds) {
    if (!UNIT_KINDS.includes(kind))
      problems.push({ code: "invalid-unit-kind", input: kind, position });
  }
  if (rule.to.length === 0) {
    problems.push({ code: "empty-mapping-field", input: rule.from, position, field: "to" });
  }
  return { ...rule, from: from.ok ? from.value.value : rule.from, to };
}

/**
 * Checks mapping data and indexes it: codes must be valid departmental (`from`) and government
 * (`to`) codes of 类 or 款 level (printed forms are normalised to digits), unit kinds known, and
 * neither list empty. Never throws.
 *
 * @returns the indexed {@link EconomicMapping}, or every {@link CatalogProblem} found
 *
 * @example
 * ```ts
 * import { defineEconomicMapping, mappingTargets } from "yusuan";
 * const r = defineEconomicMapping({
 *   year: 2024,
 *   rules: [{ from: "302 01", unitKinds: ["机关"], to: ["50201"], basis: [] }],
 * });
 * if (r.ok) mappingTargets(r.value, "30201", "机关"); // ["50201"]
 * ```
 */
export function defineEconomicMapping(
  data: EconomicMappingData,
): Result<EconomicMapping, readonly CatalogProblem[]> {
  const problems: CatalogProblem[] = [];
  if (!Number.isInteger(data.year) || data.year <= 0) {
    problems.push({ code: "invalid-year", input: data.year });
  }
  const rules = data.rules.map((rule, position) => checkRule(rule, position, problems));
  if (problems.length > 0) return err(problems);
  return ok(indexEconomicMapping({ year: data.year, rules }));
}

/**
 * Indexes mapping data that is already checked, without checking it again. Internal: used by
 * {@link defineEconomicMapping} and the generated built-in mapping.
 */
export function indexEconomicMapping(data: EconomicMappingData): EconomicMapping {
  const rulesByFrom = new Map<string, MappingRule[]>();
  for (const rule of data.rules) {
    const list = rulesByFrom.get(rule.from);
    if (list === undefined) rulesByFrom.set(rule.from, [rule]);
    else list.push(rule);
  }
  return { year: data.year, rules: data.rules, rulesByFrom };
}

function rulesFor(mapping: EconomicMapping, from: string, unitKind: UnitKind): MappingRule[] {
  return (mapping.rulesByFrom.get(from) ?? []).filter((r) => r.unitKinds.includes(unitKind));
}

/**
 * The rules that apply to a departmental code for a unit kind: the rules for the 款 itself when
 * there are any (an exact rule beats a class rule), otherwise the rules for its 类.
 *
 * @returns the rules; empty for an unknown or invalid code
 *
 * @example
 * ```ts
 * import { mappingRules } from "yusuan";
 * import { mapping2024 } from "yusuan/catalog/2024";
 * mappingRules(mapping2024, "30101", "事业单位")[0]?.from; // "301"
 * ```
 */
export function mappingRules(
  mapping: EconomicMapping,
  departmentalCode: string | Code,
  unitKind: UnitKind,
): readonly MappingRule[] {
  const value = codeValueIn("departmental", departmentalCode);
  if (value === undefined) return [];
  const exact = value.length === 5 ? rulesFor(mapping, value, unitKind) : [];
  return exact.length > 0 ? exact : rulesFor(mapping, value.slice(0, 3), unitKind);
}

/**
 * The government codes a departmental code may map to for a unit kind (see {@link mappingRules}
 * for which rules apply). A 3-digit code in the result allows any 款 of that 类; use
 * {@link mappingAllows} to test one pair.
 *
 * @returns the allowed codes without repeats; `[]` when no rule applies
 *
 * @example
 * ```ts
 * import { mappingTargets } from "yusuan";
 * import { mapping2024 } from "yusuan/catalog/2024";
 * mappingTargets(mapping2024, "30101", "机关"); // ["50101"]
 * mappingTargets(mapping2024, "30107", "机关"); // ["50501"]
 * mappingTargets(mapping2024, "30901", "机关"); // ["504"]
 * ```
 */
export function mappingTargets(
  mapping: EconomicMapping,
  departmentalCode: string | Code,
  unitKind: UnitKind,
): readonly string[] {
  const targets: string[] = [];
  for (const rule of mappingRules(mapping, departmentalCode, unitKind)) {
    for (const target of rule.to) if (!targets.includes(target)) targets.push(target);
  }
  return targets;
}

/**
 * Whether a printed (departmental, government) pair is allowed for a unit kind: the government
 * code is one of {@link mappingTargets}, or a 款 of a 3-digit target.
 *
 * @example
 * ```ts
 * import { mappingAllows } from "yusuan";
 * import { mapping2024 } from "yusuan/catalog/2024";
 * mappingAllows(mapping2024, "30901", "机关", "50401"); // true
 * mappingAllows(mapping2024, "30101", "机关", "50501"); // false
 * ```
 */
export function mappingAllows(
  mapping: EconomicMapping,
  departmentalCode: string | Code,
  unitKind: UnitKind,
  governmentCode: string | Code,
): boolean {
  const value = codeValueIn("government", governmentCode);
  if (value === undefined) return false;
  return mappingTargets(mapping, departmentalCode, unitKind).some(
    (target) => target === value || (target.length === 3 && value.slice(0, 3) === target),
  );
}
