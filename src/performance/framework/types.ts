import type { Localized } from "../../locale";

/**
 * What an indicator measures, by its 一级: `input` 投入管理 (department tables), `cost` 成本,
 * `output` 产出, `benefit` 效益, `satisfaction` 满意度.
 *
 * @example
 * ```ts
 * import type { IndicatorCategory } from "yusuan/performance";
 * const c: IndicatorCategory = "output";
 * ```
 */
export type IndicatorCategory = "input" | "cost" | "output" | "benefit" | "satisfaction";

/**
 * A 二级 of a framework: a stable id and the printed names it is recognised by (first canonical;
 * a name also matches with or without a trailing `指标`).
 *
 * @example
 * ```ts
 * import type { Level2Spec } from "yusuan/performance";
 * const s: Level2Spec = { id: "quantity", names: ["数量指标"] };
 * ```
 */
export interface Level2Spec {
  readonly id: string;
  readonly names: readonly string[];
}

/**
 * A 一级 of a framework: its category, printed names, and the 二级 allowed under it.
 *
 * @example
 * ```ts
 * import type { Level1Spec } from "yusuan/performance";
 * const s: Level1Spec = { category: "output", names: ["产出指标"], level2: [{ id: "quantity", names: ["数量指标"] }] };
 * ```
 */
export interface Level1Spec {
  readonly category: IndicatorCategory;
  readonly names: readonly string[];
  readonly level2: readonly Level2Spec[];
}

/**
 * An indicator framework (指标体系) as data: which 一级 exist and which 二级 each allows, with the
 * document it follows (`basis`, evidence tags as in the reference data: S printed in a fixture,
 * K domain knowledge to verify). Pass your own to validate against another province's tree.
 *
 * @example
 * ```ts
 * import { PROJECT_FRAMEWORK } from "yusuan/performance";
 * PROJECT_FRAMEWORK.level1.map((l) => l.category); // ["cost", "output", "benefit", "satisfaction"]
 * ```
 */
export interface IndicatorFramework {
  readonly id: string;
  readonly name: Localized;
  readonly basis: string;
  readonly level1: readonly Level1Spec[];
}
