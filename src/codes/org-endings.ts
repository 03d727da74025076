/**
 * The endings of an organisation's name (`…局`, `…委员会`, `…管理中心`, `…第一中学`): one list for
 * every reader that tells a unit's name from other words (a printed table's unit headings, a
 * document's own name). @internal
 */

/** Endings of an organisation's name; a longer ending is listed before one it ends with. */
export const ORG_ENDINGS: readonly string[] = [
  "办公室",
  "委员会",
  "幼儿园",
  "卫生院",
  "保护区",
  "中心",
  "学校",
  "中学",
  "小学",
  "大学",
  "学院",
  "医院",
  "公司",
  "局",
  "委",
  "办",
  "院",
  "室",
  "所",
  "站",
  "队",
  "馆",
  "部",
  "厅",
  "处",
  "会",
  "校",
  "园",
  "社",
  "团",
  "署",
  "宫",
  "台",
  "场",
  "府",
  "科",
  "股",
];

/**
 * Whether a name ends as an organisation's does ({@link ORG_ENDINGS}). @internal
 *
 * @example
 * ```ts
 * endsAsOrganisation("某县城市管理局"); // true
 * endsAsOrganisation("政府性基金"); // false
 * ```
 */
export function endsAsOrganisation(name: string): boolean {
  for (const e of ORG_ENDINGS) if (name.endsWith(e)) return true;
  return false;
}
