import type { Nature } from "./types";

/**
 * The 部门预算支出经济分类 类 of 基本支出, each 人员经费 or 公用经费: the one definition the ledger,
 * the facts' canonical coordinates, the measures and the 决算 profile read (DOMAIN §2: 人员经费 =
 * 301 + 303, 公用经费 = 302 + 310 in the budget forms; the 决算 基本支出表 of the central form and
 * of several provinces lists 307, 309, 311, 312, 313 and 399 under 公用经费 too). Every 类 of the
 * 2024 departmental catalog is one of them (a test keeps the lists equal to the catalog's); a code
 * of another 类 (304 of the pre-2018 catalog) is not basic spending.
 */

/** 人员经费's 类: 301 工资福利支出 and 303 对个人和家庭的补助. @internal */
export const PERSONNEL_CLASSES: readonly string[] = ["301", "303"];

/**
 * 公用经费's 类: 302 商品和服务支出 and 310 资本性支出 (the budget forms' two), then 307 债务利息及费用
 * 支出, 309 资本性支出（基本建设）, 311 对企业补助（基本建设）, 312 对企业补助, 313 对社会保障基金补助 and
 * 399 其他支出 (printed under 公用经费 where a form lists them). @internal
 */
export const PUBLIC_CLASSES: readonly string[] = [
  "302",
  "307",
  "309",
  "310",
  "311",
  "312",
  "313",
  "399",
];

/**
 * The 类 printers class under either nature of basic spending in every layout: 399 其他支出 (its
 * 款 with it), under 人员经费 by some, under 公用经费 by others. @internal
 */
export const EITHER_WAY_CLASSES: readonly string[] = ["399"];

/**
 * The 款 printers class under either nature whatever their 类 gives, in every layout: 30239 其他
 * 交通费用 (公务交通补贴, paid per head: DOMAIN §5) and the catch-all 其他… 款 of 301 / 302 / 303
 * (30199, 30299, 30399). @internal
 */
export const EITHER_WAY_ITEMS: readonly string[] = ["30199", "30239", "30299", "30399"];

/** The 公用经费 类 the budget forms print as columns of their own (DOMAIN I5). @internal */
export const PUBLIC_CORE_CLASSES: readonly string[] = ["302", "310"];

/**
 * Which 部门预算经济分类 类 make up 人员经费 and 公用经费 inside 基本支出: 301 and 303 人员经费; 302,
 * 307, 309, 310, 311, 312, 313 and 399 公用经费 (every other 类 of the 2024 departmental catalog, as
 * the 决算 基本支出表 lists them). Used to canonicalise coordinates: 基本支出 on 30101 *is* 人员经费
 * on 30101. A 类 not listed is no basic spending.
 *
 * @example
 * ```ts
 * import { BASIC_NATURE_BY_ECON_CLASS } from "yusuan";
 * BASIC_NATURE_BY_ECON_CLASS["303"]; // "basic.personnel"
 * BASIC_NATURE_BY_ECON_CLASS["399"]; // "basic.public"
 * ```
 */
export const BASIC_NATURE_BY_ECON_CLASS: Readonly<Record<string, Nature>> =
  /*#__PURE__*/ Object.fromEntries([
    ...PERSONNEL_CLASSES.map((c) => [c, "basic.personnel"] as const),
    ...PUBLIC_CLASSES.map((c) => [c, "basic.public"] as const),
  ]);
