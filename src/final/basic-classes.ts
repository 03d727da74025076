/**
 * The 部门预算经济分类 类 of 人员经费 and 公用经费 in a 决算's 基本支出: one definition for the
 * table identities (`nature.personnel.byClass`, `nature.public.byClass`) and the items 六 lists.
 */

/** 人员经费's 类: 301 工资福利支出 and 303 对个人和家庭的补助. */
export const PERSONNEL_CLASSES: readonly string[] = ["301", "303"];

/**
 * The 部门预算经济分类 类 of 基本支出 other than 人员经费's (301 工资福利支出, 303 对个人和家庭的补助):
 * 公用经费 in the 决算 基本支出表, whichever of them a printer lists under it (302 and 310 in the
 * Shanghai form; 307, 309, 399 and the others in the central form and several provinces'). Every
 * 类 of the departmental catalog but 301 and 303 (a test keeps the list equal to the catalog's).
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
