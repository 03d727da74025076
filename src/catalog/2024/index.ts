/**
 * The built-in 2024 catalogs (`yusuan/catalog/2024`), generated from the shared reference data.
 * Import this entry only when you want the data: the core `yusuan` entry holds no catalog text.
 *
 * Each entry carries its evidence in `basis`; entries marked `K` are defaults (domain knowledge
 * not confirmed by a retrieved source) that a full official catalog of your own should override.
 *
 * @module yusuan/catalog/2024
 */

import { indexCatalog } from "../define";
import { type EconomicMapping, indexEconomicMapping } from "../mapping";
import type { CatalogSet } from "../set";
import type { Catalog } from "../types";
import {
  departmental2024Data,
  functional2024Data,
  government2024Data,
  mapping2024Data,
} from "./data.generated";

/**
 * 支出功能分类 2024, **partial**: all 30 类 (coverage `complete`), the 201 款 and the 款 / 项 seen
 * in real documents (coverage `partial`). Legacy names are aliases with their years
 * (210 医疗卫生与计划生育支出 until 2018; 20805 行政事业单位离退休 until 2018), and so are the
 * short 类 labels printed in the Henan 2024 收支总表 (`城乡社区事务`), years unknown.
 *
 * @example
 * ```ts
 * import { catalogNamePath, coverageOf } from "yusuan";
 * import { functional2024 } from "yusuan/catalog/2024";
 * catalogNamePath(functional2024, "2013101");
 * // ["一般公共服务支出", "党委办公厅（室）及相关机构事务", "行政运行"]
 * coverageOf(functional2024, "款"); // "partial"
 * ```
 */
export const functional2024: Catalog = /*#__PURE__*/ indexCatalog(functional2024Data);

/**
 * 部门预算支出经济分类 2024: 10 类 and 105 款 (301–399), coverage `complete`.
 *
 * @example
 * ```ts
 * import { lookupCode } from "yusuan";
 * import { departmental2024 } from "yusuan/catalog/2024";
 * lookupCode(departmental2024, "302 17")?.name; // "公务接待费"
 * ```
 */
export const departmental2024: Catalog = /*#__PURE__*/ indexCatalog(departmental2024Data);

/**
 * 政府预算支出经济分类 2024: 15 类 and 61 款 (501–599), coverage `complete`.
 *
 * @example
 * ```ts
 * import { lookupCode } from "yusuan";
 * import { government2024 } from "yusuan/catalog/2024";
 * lookupCode(government2024, "50501")?.name; // "工资福利支出"
 * ```
 */
export const government2024: Catalog = /*#__PURE__*/ indexCatalog(government2024Data);

/**
 * 部门经济分类 → 政府经济分类 2024 by unit kind. Class rules (`from: "301"`) cover the 款 of a
 * 类 without a rule of their own; the target `"504"` allows any 款 of 504. 30107 绩效工资 maps to
 * 50501 for 机关 too, as printed in the Henan 2024 fixture.
 *
 * @example
 * ```ts
 * import { mappingTargets } from "yusuan";
 * import { mapping2024 } from "yusuan/catalog/2024";
 * mappingTargets(mapping2024, "30101", "机关"); // ["50101"]
 * mappingTargets(mapping2024, "30101", "事业单位"); // ["50501"]
 * ```
 */
export const mapping2024: EconomicMapping = /*#__PURE__*/ indexEconomicMapping(mapping2024Data);

/**
 * All built-in 2024 catalogs and the mapping, as the {@link CatalogSet} that checks take.
 *
 * @example
 * ```ts
 * import { checkName } from "yusuan";
 * import { catalog2024 } from "yusuan/catalog/2024";
 * checkName(catalog2024.departmental, "30202", "咨询费"); // { kind: "mismatch", expected: "印刷费" }
 * ```
 */
export const catalog2024: CatalogSet = {
  year: 2024,
  functional: functional2024,
  departmental: departmental2024,
  government: government2024,
  mapping: mapping2024,
};
