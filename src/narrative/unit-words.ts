/** The words that name the document itself and its units below it (`本部门`, `所属单位`, `机关本级`). @internal */

import { COUNTY_AND_ABOVE } from "../codes/regions";

/**
 * Words that name the document's units below it (`所属事业单位`, `下属单位`, `二级单位`): a `无…`
 * they are the subject of is theirs, not the whole document's. @internal
 */
export const SUB_UNITS: readonly string[] = ["所属", "下属", "直属", "二级单位", "基层单位"];

/**
 * Words after a sub-unit word that make it describe the whole (`所属各预算单位…保有量`): all of
 * them, not a part. @internal
 */
export const ALL_UNITS_AFTER: readonly string[] = ["各", "全部", "所有"];

/** The document's names for itself (`本部门`, `我单位`). @internal */
export const OWN_NAMES: readonly string[] = ["本单位", "本部门", "我单位", "我部门", "全部门"];

/**
 * The document's own organ after its name (`本部门机关车辆`): the document itself, not a kind of
 * vehicle, unless its sub-units' count is given after it (`本部门机关车辆0辆，所属单位车辆3辆`). @internal
 */
export const ORGAN = "机关";

/**
 * Words after the document's name that make it the department's own level (`XX局本级`,
 * `本部门机关本级`, `XX局(本级)`; scanned text, ASCII brackets). @internal
 */
export const OWN_LEVEL: readonly string[] = ["(本级)", "机关本级", "本级"];

/**
 * Words after a name, or ending a unit's name, that make it a part of the department: its own
 * level or its organ (`XX局本级`, `本部门机关本级`, `XX局机关`, `XX局(本级)`), longest first. As a
 * unit's end they make the unit the department's own level (`XX局机关` where the department is
 * `XX局`). @internal
 */
export const OWN_LEVEL_OR_ORGAN: readonly string[] = [...OWN_LEVEL, ORGAN];

/**
 * A government's own level (`市本级`, `区本级`, `旗本级`: the budget of that level), of the levels
 * from the county up ({@link COUNTY_AND_ABOVE}). @internal
 */
export const GOVERNMENT_OWN_LEVELS: readonly string[] = [...COUNTY_AND_ABOVE].map(
  (l) => `${l}本级`,
);

/** The parts of the document's units a count may be of: its sub-units and its own level (`机关本级`). @internal */
export const UNIT_PARTS: readonly string[] = [...SUB_UNITS, "本级"];

/**
 * Words right before a sub-unit word that make it no subject of its own: joined to the document
 * (`本部门及所属单位均无…`, `本部门（含所属单位）无…`) or the object of a 无 (`本部门无下属单位`). @internal
 */
export const NOT_SUBJECT: readonly string[] = ["及", "和", "与", "、", "含", "包括", "无", "没有"];
