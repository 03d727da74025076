import type { UnitType } from "../disclosure";
import type { Fund } from "../facts";
import type { CodesMeasure, MeasureSet, SumMeasure } from "./types";

/**
 * The economic codes of each 三公 item, as data: by 部门预算支出经济分类 款 (`econ`) and by
 * 政府预算支出经济分类 款 (`gov`: the codes a 行政 unit's spending on those 款 maps to, as the
 * built-in mapping and `reference/economic-department-to-government.csv` give them: 30217 → 50206,
 * 30212 → 50207, 30231 → 50208, 31013 → 50303, 30913 → 504 (its 50403 公务用车购置)). A 事业单位's
 * 三公 lies in 50502 / 50601 / 50602 with its other spending, so `gov` holds a 行政 unit's only.
 * 参公 units are left out of it (their government codes are not confirmed: K).
 */
const SAN_GONG_CODES = {
  abroad: { econ: ["30212"], gov: ["50207"] },
  "vehicles.purchase": { econ: ["31013", "30913"], gov: ["50303", "50403"] },
  "vehicles.operation": { econ: ["30231"], gov: ["50208"] },
  reception: { econ: ["30217"], gov: ["50206"] },
} as const;

/** The unit kinds whose spending the government codes of {@link SAN_GONG_CODES} hold whole. */
const GOV_CODES_HOLD: readonly UnitType[] = ["行政"];

const item = (
  id: keyof typeof SAN_GONG_CODES,
  zh: string,
  en: string,
  funds: readonly Fund[],
): CodesMeasure => ({
  kind: "codes",
  id: `sanGong.${id}`,
  name: { "zh-CN": zh, en },
  states: { concept: "sanGong", coords: { item: id } },
  econ: SAN_GONG_CODES[id].econ,
  funds,
  gov: { codes: SAN_GONG_CODES[id].gov, unitTypes: GOV_CODES_HOLD },
});

/**
 * The 三公经费 as a measure over economic codes (DOMAIN §5): 因公出国（境）费 30212; 公务用车购置费
 * 31013 and 30913; 公务用车运行维护费 30231; 公务接待费 30217; basic **and** project spending, from
 * the fund sources `funds` (the province's 财政拨款). 差旅费 30211, 其他交通费用 30239, 会议费 30215 and
 * 培训费 30216 are not 三公. Each item also names its 政府预算支出经济分类 款 (50207; 50303 and 50403;
 * 50208; 50206), read where the figures state spending by government code alone: exact when every
 * unit is 行政, a lower bound otherwise (a 事业单位's 三公 is inside 50502 / 50601).
 *
 * @param funds - the fund sources it covers, e.g. `["gpb.grant"]` (Henan: 一般公共预算 财政拨款)
 *
 * @example
 * ```ts
 * import { sanGongDefinition } from "yusuan/measures";
 * const sanGong = sanGongDefinition(["gpb"]);
 * sanGong.parts.map((p) => p.id); // ["sanGong.abroad", "sanGong.vehicles", "sanGong.reception"]
 * ```
 */
export function sanGongDefinition(funds: readonly Fund[]): SumMeasure {
  return {
    kind: "sum",
    id: "sanGong",
    name: { "zh-CN": "“三公”经费", en: "“Three public expenses”" },
    states: { concept: "sanGong" },
    parts: [
      item("abroad", "因公出国（境）费", "Official travel abroad", funds),
      {
        kind: "sum",
        id: "sanGong.vehicles",
        name: { "zh-CN": "公务用车购置及运行费", en: "Official vehicles" },
        states: { concept: "sanGong", coords: { item: "vehicles" } },
        parts: [
          item("vehicles.purchase", "公务用车购置费", "Vehicle purchase", funds),
          item("vehicles.operation", "公务用车运行维护费", "Vehicle operation", funds),
        ],
      },
      item("reception", "公务接待费", "Official reception", funds),
    ],
  };
}

/**
 * 机构运转经费 as the Henan 2024 template prints it (the fixture's table 11): every 302 款 of basic
 * spending, all fund sources and all units (49.68 = 公用经费 51.68 − 31002 办公设备购置 2.00), each
 * code tagged with its 项目类别 (工会经费 30228, 职工福利费 30229, 公务用车运行维护费 30231, 公务交通补贴
 * 30239, 退休人员公用经费 30299, otherwise 公用经费).
 *
 * @example
 * ```ts
 * import { henanOperatingCost } from "yusuan/measures";
 * henanOperatingCost.econ; // ["302"]
 * henanOperatingCost.categories?.byEcon["30239"]; // "公务交通补贴"
 * ```
 */
export const henanOperatingCost: CodesMeasure = {
  kind: "codes",
  id: "operatingCost.henan2024",
  name: { "zh-CN": "机构运转经费", en: "Institutional operating costs" },
  states: { concept: "operatingCost" },
  econ: ["302"],
  natures: ["basic"],
  categories: {
    default: "公用经费",
    byEcon: {
      "30228": "工会经费",
      "30229": "职工福利费",
      "30231": "公务用车运行维护费",
      "30239": "公务交通补贴",
      "30299": "退休人员公用经费",
    },
  },
};

/**
 * 机关运行经费 (Shanghai, 名词解释): the basic-spending 公用经费 (302 + 310) of 行政 units and 参公
 * 事业单位 from 一般公共预算 (the finance bureau: 2,517.78万元 = 25,177,779元).
 *
 * @example
 * ```ts
 * import { governmentOperatingCost } from "yusuan/measures";
 * governmentOperatingCost.unitTypes; // ["行政", "参公"]
 * ```
 */
export const governmentOperatingCost: CodesMeasure = {
  kind: "codes",
  id: "operatingCost.government",
  name: { "zh-CN": "机关运行经费", en: "Government operating costs" },
  states: { concept: "operatingCost" },
  econ: ["302", "310"],
  natures: ["basic.public"],
  funds: ["gpb"],
  unitTypes: ["行政", "参公"],
};

/** A definition whose codes only bound the measure from above, under another id. */
function asUpperBound(def: CodesMeasure, id: string): CodesMeasure {
  return { ...def, id, bound: "upper" };
}

/**
 * The Henan 2024 measures: 三公 from 一般公共预算 财政拨款 (`gpb.grant`, the 名词解释's “使用财政拨款
 * 安排”), 机构运转经费 = Σ basic 302.
 *
 * @example
 * ```ts
 * import { henan2024Measures } from "yusuan/measures";
 * henan2024Measures.operatingCost.id; // "operatingCost.henan2024"
 * ```
 */
export const henan2024Measures: MeasureSet = {
  sanGong: /*#__PURE__*/ sanGongDefinition(["gpb.grant"]),
  operatingCost: henanOperatingCost,
};

/**
 * The Shanghai measures: 三公 from 市级财政拨款 (一般公共预算 + 政府性基金 + 国有资本经营), 机关运行经费
 * of 行政 and 参公 units.
 *
 * @example
 * ```ts
 * import { shanghaiMeasures } from "yusuan/measures";
 * shanghaiMeasures.operatingCost.id; // "operatingCost.government"
 * ```
 */
export const shanghaiMeasures: MeasureSet = {
  sanGong: /*#__PURE__*/ sanGongDefinition(["government"]),
  operatingCost: governmentOperatingCost,
};

/**
 * The national measures (财预〔2016〕143号): 三公 of the 一般公共预算 (the table's title); 机关运行经费
 * is at most the 行政 and 参公 units' 一般公共预算 公用经费 (`bound: "upper"`: its 日常公用经费 is part
 * of it).
 *
 * @example
 * ```ts
 * import { nationalMeasures } from "yusuan/measures";
 * nationalMeasures.operatingCost.kind === "codes" && nationalMeasures.operatingCost.bound; // "upper"
 * ```
 */
export const nationalMeasures: MeasureSet = {
  sanGong: /*#__PURE__*/ sanGongDefinition(["gpb"]),
  operatingCost: /*#__PURE__*/ asUpperBound(governmentOperatingCost, "operatingCost.national"),
};
