import { normalizeName } from "../../codes";
import type { Indicator } from "../../disclosure";
import { HENAN_DEPARTMENT_FRAMEWORK, PROJECT_FRAMEWORKS } from "./data";
import type { IndicatorCategory, IndicatorFramework, Level1Spec, Level2Spec } from "./types";

/**
 * Known names normalised once (they are the frameworks' constant data; a printed name is
 * normalised once per lookup, not once per known name it is compared with).
 */
const NORMALIZED = new Map<string, string>();
function normalizedKnown(known: string): string {
  let b = NORMALIZED.get(known);
  if (b === undefined) {
    b = normalizeName(known);
    if (NORMALIZED.size < 10_000) NORMALIZED.set(known, b);
  }
  return b;
}

/** A printed category name (already normalised) compared with a known one, with or without `指标`. */
function sameName(a: string, known: string): boolean {
  const b = normalizedKnown(known);
  if (a === b) return true;
  // `${a}指标` === b or a === `${b}指标`, without building either string.
  if (b.length === a.length + 2) return b.endsWith(SUFFIX) && b.startsWith(a);
  if (a.length === b.length + 2) return a.endsWith(SUFFIX) && a.startsWith(b);
  return false;
}

const SUFFIX = "指标";

/** Words a weight is printed after (`权重50%`, `分值：20`, `满分10分`). */
const WEIGHT_WORDS: readonly string[] = ["权重", "分值", "满分", "占比", "权数"];

/**
 * A printed category name, normalised, without the weight it may be printed with at its end (the
 * score or share the category carries): in brackets (`产出指标(50分)`, `效益指标(30)`,
 * `成本指标(20%)`, `产出指标（权重50%）`, `满意度指标【分值：10】`) or after it with its unit or word
 * (`效益指标 30分`, `产出指标50%`, `产出指标权重50%`); digits alone after a name stay (`指标1`).
 */
function categoryName(printed: string): string {
  const a = normalizeName(printed);
  const bracketed = a.endsWith(")");
  let i = bracketed ? a.length - 1 : a.length;
  let marked = false;
  if (a.endsWith("分值", i)) i -= 2;
  else if (a.charAt(i - 1) === "分" || a.charAt(i - 1) === "%") i--;
  marked = i < (bracketed ? a.length - 1 : a.length);
  const digits = i;
  while (i > 0 && (isDigit(a.charAt(i - 1)) || a.charAt(i - 1) === ".")) i--;
  if (i === digits || a.charAt(i) === "." || a.charAt(digits - 1) === ".") return a;
  if (a.charAt(i - 1) === ":") i--;
  const word = WEIGHT_WORDS.find((w) => a.endsWith(w, i));
  if (word !== undefined) {
    i -= word.length;
    marked = true;
  }
  if (bracketed) {
    if (a.charAt(i - 1) !== "(") return a;
    i--;
  } else if (!marked) return a;
  return i > 0 ? a.slice(0, i) : a;
}

const isDigit = (c: string): boolean => c >= "0" && c <= "9";

const level1Of = (framework: IndicatorFramework, printed: string): Level1Spec | undefined => {
  const a = categoryName(printed);
  return framework.level1.find((l) => l.names.some((n) => sameName(a, n)));
};

const level2Of = (spec: Level1Spec, printed: string): Level2Spec | undefined => {
  const a = categoryName(printed);
  return spec.level2.find((l) => l.names.some((n) => sameName(a, n)));
};

/**
 * Where an indicator sits in a framework: the category of its 一级 (absent when the framework
 * does not know the printed 一级, or it is blank), the id of its 二级 (absent when not printed or
 * not allowed under that 一级), and whether it fits (its 一级 is known and its 二级, when printed,
 * is allowed there).
 *
 * @example
 * ```ts
 * import type { IndicatorPlace } from "yusuan/performance";
 * const p: IndicatorPlace = { category: "output", level2: "quantity", fits: true };
 * ```
 */
export interface IndicatorPlace {
  readonly category?: IndicatorCategory;
  readonly level2?: string;
  readonly fits: boolean;
}

/**
 * Places an indicator in a framework by its printed 一级 and 二级 (names compared after
 * `normalizeName`, with or without a trailing `指标`: `满意度` is `满意度指标`, and without the
 * weight printed after it: `产出指标（50分）`, `产出指标（权重50%）` and `效益指标 30分` are named by
 * the category).
 *
 * @param indicator - the indicator (its `level1` and `level2`)
 * @param framework - the framework
 *
 * @example
 * ```ts
 * import { LEGACY_PROJECT_FRAMEWORK, PROJECT_FRAMEWORK, placeIndicator } from "yusuan/performance";
 * const i = { level1: "产出指标", level2: "成本指标", name: "单位成本", value: "≤3000元/人" };
 * placeIndicator(i, PROJECT_FRAMEWORK); // { category: "output", fits: false }
 * placeIndicator(i, LEGACY_PROJECT_FRAMEWORK); // { category: "output", level2: "cost", fits: true }
 * ```
 */
export function placeIndicator(
  indicator: Pick<Indicator, "level1" | "level2">,
  framework: IndicatorFramework,
): IndicatorPlace {
  let spec = level1Of(framework, indicator.level1);
  let printed2 = indicator.level2 ?? "";
  // 一级 and 二级 joined in the 一级 cell (`产出指标-数量指标`), no 二级 printed apart.
  if (spec === undefined && printed2.trim() === "") {
    const joined = joinedLevels(indicator.level1, framework);
    if (joined !== undefined) ({ spec, rest: printed2 } = joined);
  }
  if (spec === undefined) return { fits: false };
  if (printed2.trim() === "") return { category: spec.category, fits: true };
  const l2 = level2Of(spec, printed2);
  return l2 === undefined
    ? { category: spec.category, fits: false }
    : { category: spec.category, level2: l2.id, fits: true };
}

/** The marks joining a 一级 and its 二级 printed in one cell (`产出指标-数量指标`, `产出指标/数量指标`). */
const JOINERS = "-－—–/／|｜·";

/** The longest 一级 looked for before a joiner, in characters. */
const LEVEL1_MAX = 24;

/**
 * A 一级 and the text after it where a cell prints both joined (`产出指标-数量指标`): the first
 * joiner with a 一级 of the framework before it, among the first {@link LEVEL1_MAX} characters (so
 * a bounded number of lookups, whatever the cell's length).
 */
function joinedLevels(
  printed: string,
  framework: IndicatorFramework,
): { readonly spec: NonNullable<ReturnType<typeof level1Of>>; readonly rest: string } | undefined {
  // A 一级 is a few characters (`满意度指标（10分）`): joiners past them are looked up no more.
  const end = Math.min(printed.length - 1, LEVEL1_MAX);
  for (let i = 1; i < end; i++) {
    if (!JOINERS.includes(printed.charAt(i))) continue;
    const spec = level1Of(framework, printed.slice(0, i));
    if (spec === undefined) continue;
    let j = i + 1;
    while (j < printed.length && JOINERS.includes(printed.charAt(j))) j++;
    return { spec, rest: printed.slice(j) };
  }
  return undefined;
}

/**
 * The category whose 一级 the framework lists a printed 二级 under (the first, in the framework's
 * order), whatever 一级 it is printed under: `社会公众或服务对象满意度指标` printed under 效益 names
 * satisfaction. `undefined` for a blank or unknown 二级. @internal
 */
export function level2Category(
  level2: string | undefined,
  framework: IndicatorFramework,
): IndicatorCategory | undefined {
  if (level2 === undefined || level2.trim() === "") return undefined;
  return framework.level1.find((l) => level2Of(l, level2) !== undefined)?.category;
}

/**
 * The framework, of those given, in which most of the indicators fit (the first on a tie), and
 * how many fit there. `undefined` for an empty list of frameworks.
 *
 * @param indicators - the indicators of one target
 * @param frameworks - candidate frameworks, in order of preference
 *
 * @example
 * ```ts
 * import { bestFramework, PROJECT_FRAMEWORKS } from "yusuan/performance";
 * const legacy = [{ level1: "产出指标", level2: "成本指标", name: "单位成本", value: "≤3000元/人" }];
 * bestFramework(legacy, PROJECT_FRAMEWORKS)?.framework.id; // "projectLegacy"
 * ```
 */
export function bestFramework(
  indicators: readonly Pick<Indicator, "level1" | "level2">[],
  frameworks: readonly IndicatorFramework[],
): { readonly framework: IndicatorFramework; readonly fitting: number } | undefined {
  let best: { framework: IndicatorFramework; fitting: number } | undefined;
  for (const framework of frameworks) {
    const fitting = indicators.filter((i) => placeIndicator(i, framework).fits).length;
    if (best === undefined || fitting > best.fitting) best = { framework, fitting };
  }
  return best;
}

/**
 * Whether a 一级 / 二级 name printed on the row below (`rest`) is the rest of the one above
 * (`above`), cut by an extractor in its `指标` where the merged cell's text wraps (`产出指` / `标`,
 * `服务对象满意度` / `指标`, `投入管理指` / `标`: whatever the tree). A name of its own below
 * (`社会效益` then `生态效益指标`) is none.
 *
 * @internal
 */
export function cutInSuffix(above: string, rest: string): boolean {
  const a = normalizeName(above);
  const r = normalizeName(rest);
  if (a === "" || a.endsWith(SUFFIX)) return false;
  return (r === "标" && a.endsWith("指")) || (r === SUFFIX && !a.endsWith("指"));
}

/** The 一级 / 二级 names of a list of trees, normalised, and their heads (made once a list). */
interface KnownLevels {
  /** Each name, with and without its `指标`. */
  readonly whole: ReadonlySet<string>;
  /** Each name's beginnings of two characters or more, short of the whole name. */
  readonly heads: ReadonlySet<string>;
}
const knownLevels = new WeakMap<readonly IndicatorFramework[], KnownLevels>();
function known(frameworks: readonly IndicatorFramework[]): KnownLevels {
  const made = knownLevels.get(frameworks);
  if (made !== undefined) return made;
  const whole = new Set<string>();
  const heads = new Set<string>();
  for (const framework of frameworks)
    for (const l1 of framework.level1)
      for (const name of [...l1.names, ...l1.level2.flatMap((l2) => l2.names)]) {
        const n = normalizedKnown(name);
        const forms = n.endsWith(SUFFIX) ? [n, n.slice(0, -SUFFIX.length)] : [n, `${n}${SUFFIX}`];
        for (const f of forms) whole.add(f);
        const longest = forms[0]?.endsWith(SUFFIX) ? forms[0] : (forms[1] ?? n);
        for (let i = 2; i < longest.length; i++) heads.add(longest.slice(0, i));
      }
  const levels = { whole, heads };
  knownLevels.set(frameworks, levels);
  return levels;
}

let builtIn: readonly IndicatorFramework[] | undefined;
/**
 * The trees the library knows (the project trees and the Henan department tree): those a reader
 * joins a cut 一级 / 二级 name in when its caller gives none. One list, made on first use (its
 * names are then normalised once). @internal
 */
export const builtInFrameworks = (): readonly IndicatorFramework[] =>
  (builtIn ??= [...PROJECT_FRAMEWORKS, HENAN_DEPARTMENT_FRAMEWORK]);

/**
 * Whether a 一级 / 二级 name printed on the row below (`rest`) is the rest of the one above
 * (`above`), cut where the merged cell's text wraps: in its `指标` (see {@link cutInSuffix},
 * whatever the tree), or anywhere in a name of the trees the caller reads by (`frameworks`: a
 * user's own tree joins its own names; the built-in ones, {@link builtInFrameworks}, join
 * `服务对象满` / `意度指标`, `满意` / `度指标`, `经济效` / `益指标`, `预算和财务` / `管理`), the two
 * lines together being such a name or the beginning of one (a name over three lines: `服务对` /
 * `象满意` / `度指标`) while neither line alone is one. Two names of their own (`社会效益` /
 * `生态效益指标`, `社会` / `民生`) are none.
 *
 * @internal
 */
export function cutLevel(
  above: string,
  rest: string,
  frameworks: readonly IndicatorFramework[],
): boolean {
  if (cutInSuffix(above, rest)) return true;
  const a = normalizeName(above);
  const r = normalizeName(rest);
  if (a === "" || r === "") return false;
  const { whole, heads } = known(frameworks);
  if (whole.has(a) || whole.has(r)) return false;
  const joined = `${a}${r}`;
  return whole.has(joined) || heads.has(joined);
}
