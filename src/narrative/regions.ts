/**
 * Figures of the region's budget, not the department's: a scope word before the figure in its
 * clause (`全县一般公共预算支出预算为285,000.00万元`, `全区机关运行经费…`, `区本级财政一般公共预算
 * 收入…`, `占全县一般公共预算支出的0.08%`) says the budget of the whole county, district, city…
 * or of its treasury, which the department's tables never state.
 */
import { REGION_LEVELS } from "../codes/regions";
import { GOVERNMENT_OWN_LEVELS } from "./unit-words";

/**
 * Words naming a whole region (`全县`) or its treasury's own level (`区本级财政`) (as data); a
 * treasury's names a budget only before one's words ({@link TREASURY_BUDGET}: `本级财政拨款` is
 * the department's own appropriation, named by where it comes from). @internal
 */
export const REGION_WORDS: readonly string[] = [
  "全国",
  "全自治区",
  ...[...REGION_LEVELS].map((l) => `全${l}`),
  "本级财政",
  ...GOVERNMENT_OWN_LEVELS,
  "省级财政",
  "市级财政",
  "县级财政",
  "区级财政",
  "地方财政",
];

/**
 * What a treasury's word names the budget of only when one follows it (`区本级财政一般公共预算
 * 收入`, `县本级支出`): else it names where the department's money comes from (`本级财政拨款`,
 * `从本级财政取得`).
 */
const TREASURY_BUDGET: readonly string[] = [
  "一般公共预算",
  "政府性基金",
  "国有资本",
  "收入",
  "支出",
  "预算",
  "总",
];

/** Words of the department's work over a region (`全县教育工作`), not of the region's budget. */
const WORK: readonly string[] = ["工作", "事务", "职能", "职责"];

/** Characters that end a word with 全 (`完全`, `安全`, `健全`): `安全区域` names no region. */
const QUAN_ENDS = "完安健齐周保成顾俱两";

/** How far before a figure its clause is searched for a region word (characters). */
const WINDOW = 30;

/**
 * Whether the clause of the figure at `at` of the compact text `c` (from `from`, at most
 * {@link WINDOW} characters back) names a region's budget: one of {@link REGION_WORDS}, not
 * within another word (`安全区域`), nor, for a treasury, the source of the department's own money
 * (`本级财政拨款收入`, `从本级财政取得`). Bounded window. @internal
 */
export function regionFigure(c: string, from: number, at: number): boolean {
  const start = Math.max(from, at - WINDOW);
  const window = c.slice(start, at);
  for (const w of REGION_WORDS)
    for (let i = window.indexOf(w); i >= 0; i = window.indexOf(w, i + 1)) {
      const before = i > 0 ? window.charAt(i - 1) : start > 0 ? c.charAt(start - 1) : "";
      if (w.startsWith("全")) {
        // the department's work over the region (`本部门负责全县教育工作支出…`) is no region's budget
        const over = WORK.some((a) => window.includes(a, i + w.length));
        if (!over && (before === "" || !QUAN_ENDS.includes(before))) return true;
        continue;
      }
      const rest = window.slice(i + w.length).replace(/^财政/u, "");
      if (TREASURY_BUDGET.some((a) => rest.startsWith(a))) return true;
    }
  return false;
}
