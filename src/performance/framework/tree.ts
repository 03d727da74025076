import { normalizeName } from "../../codes";
import type { Indicator } from "../../disclosure";
import type { Result } from "../../result";
import { parseIndicatorValue } from "../value/parse";
import type { IndicatorValue, IndicatorValueError } from "../value/types";
import { bestFramework, placeIndicator } from "./classify";
import type { IndicatorCategory, IndicatorFramework } from "./types";

/**
 * A 三级 indicator in a tree: its index in the target's list, its name, its value as printed and
 * parsed.
 *
 * @example
 * ```ts
 * import type { TreeIndicator } from "yusuan/performance";
 * const name = (t: TreeIndicator) => t.name;
 * ```
 */
export interface TreeIndicator {
  readonly index: number;
  readonly name: string;
  readonly printed: string;
  readonly value: Result<IndicatorValue, IndicatorValueError>;
}

/**
 * The indicators under one 二级 (`level2` as printed, absent when none is printed; `id` when the
 * framework knows it).
 *
 * @example
 * ```ts
 * import type { TreeBranch } from "yusuan/performance";
 * const size = (b: TreeBranch) => b.indicators.length;
 * ```
 */
export interface TreeBranch {
  readonly level2?: string;
  readonly id?: string;
  readonly indicators: readonly TreeIndicator[];
}

/**
 * The branches under one 一级 (as printed; `category` when the framework knows it).
 *
 * @example
 * ```ts
 * import type { TreeGroup } from "yusuan/performance";
 * const isOutput = (g: TreeGroup) => g.category === "output";
 * ```
 */
export interface TreeGroup {
  readonly level1: string;
  readonly category?: IndicatorCategory;
  readonly branches: readonly TreeBranch[];
}

/**
 * A target's indicators as a tree 一级 → 二级 → 三级, in printed order of first appearance, placed
 * in the framework they fit best (`framework` is its id).
 *
 * @example
 * ```ts
 * import type { TargetTree } from "yusuan/performance";
 * const categories = (t: TargetTree) => t.groups.map((g) => g.category);
 * ```
 */
export interface TargetTree {
  readonly framework?: string;
  readonly groups: readonly TreeGroup[];
}

/**
 * Builds the tree of a target's indicators: grouped by printed 一级 (names compared after
 * `normalizeName`), then by 二级, each value parsed with `parseIndicatorValue`. The framework is
 * the one of `frameworks` where most indicators fit.
 *
 * @param indicators - the indicators, in printed order
 * @param frameworks - candidate frameworks (e.g. `PROJECT_FRAMEWORKS`)
 *
 * @example
 * ```ts
 * import { indicatorTree, PROJECT_FRAMEWORKS } from "yusuan/performance";
 * const tree = indicatorTree(
 *   [
 *     { level1: "产出指标", level2: "数量指标", name: "人数", value: "≤1人" },
 *     { level1: "满意度指标", name: "服务对象满意度", value: "≥95%" },
 *     { level1: "产出指标", level2: "时效指标", name: "保障出行及时性", value: "无延误" },
 *   ],
 *   PROJECT_FRAMEWORKS,
 * );
 * tree.framework; // "project2021"
 * tree.groups.map((g) => [g.category, g.branches.map((b) => b.id)]); // [["output", ["quantity", "timeliness"]], ["satisfaction", [undefined]]]
 * tree.groups[1]?.branches[0]?.indicators[0]?.value; // { ok: true, value: { kind: "quantity", op: "≥", value: "95", unit: "%" } }
 * ```
 */
export function indicatorTree(
  indicators: readonly Indicator[],
  frameworks: readonly IndicatorFramework[],
): TargetTree {
  const framework = bestFramework(indicators, frameworks)?.framework;
  const groups = new Map<
    string,
    { level1: string; category?: IndicatorCategory; branches: Map<string, TreeBranchDraft> }
  >();
  indicators.forEach((indicator, index) => {
    const place = framework === undefined ? { fits: false } : placeIndicator(indicator, framework);
    const key1 = normalizeName(indicator.level1);
    let group = groups.get(key1);
    if (group === undefined) {
      group = {
        level1: indicator.level1,
        ...(place.category === undefined ? {} : { category: place.category }),
        branches: new Map(),
      };
      groups.set(key1, group);
    }
    const level2 = indicator.level2?.trim() === "" ? undefined : indicator.level2;
    const key2 = level2 === undefined ? "" : normalizeName(level2);
    let branch = group.branches.get(key2);
    if (branch === undefined) {
      branch = {
        ...(level2 === undefined ? {} : { level2 }),
        ...(place.level2 === undefined ? {} : { id: place.level2 }),
        indicators: [],
      };
      group.branches.set(key2, branch);
    }
    branch.indicators.push({
      index,
      name: indicator.name,
      printed: indicator.value,
      value: parseIndicatorValue(indicator.value),
    });
  });
  return {
    ...(framework === undefined ? {} : { framework: framework.id }),
    groups: [...groups.values()].map((g) => ({
      level1: g.level1,
      ...(g.category === undefined ? {} : { category: g.category }),
      branches: [...g.branches.values()],
    })),
  };
}

interface TreeBranchDraft {
  readonly level2?: string;
  readonly id?: string;
  readonly indicators: TreeIndicator[];
}
