/**
 * What a figure printed after `每` and a period or a head is counted per (`每年≥2次` is `≥2次/年`,
 * `每季度不少于1次` is `≥1次/季度`, `每村≥1名` is `≥1名/村`), longest first (`半年` before `年`,
 * `年度` before `年`). Data: a word not listed keeps the value as printed.
 */
const PER: readonly string[] = [
  "半年",
  "季度",
  "学期",
  "年度",
  "年",
  "季",
  "月",
  "周",
  "天",
  "日",
  "人",
  "户",
  "村",
];

/**
 * Units that are a place within a period, no count per it (`每月10日`: the 10th of each month,
 * `每年12月`: December of each year), by the period they are places of.
 */
const PLACES: Readonly<Record<string, readonly string[]>> = {
  月: ["日", "号"],
  年: ["月", "日", "号"],
  年度: ["月", "日", "号"],
  季度: ["月", "日", "号"],
  季: ["月", "日", "号"],
  周: ["日"],
};

/** Whether `unit` after `每` + `per` is a place within the period (`每月10日`), no count. @internal */
export const placeWithin = (per: string, unit: string): boolean =>
  PLACES[per]?.includes(unit) === true;

/**
 * The period or head a value starts with after `每` (`每年≥2次`: `年`) and the rest of the value
 * (`≥2次`); `undefined` when it starts otherwise, or the rest is empty or starts with a further
 * `每` (`每人每年≥40学时` is read as printed). Constant work before the rest. @internal
 */
export function perFirst(s: string): { readonly per: string; readonly rest: string } | undefined {
  if (s.charAt(0) !== "每") return undefined;
  for (const per of PER) {
    if (!s.startsWith(per, 1)) continue;
    const rest = s.slice(1 + per.length);
    return rest === "" || rest.charAt(0) === "每" ? undefined : { per, rest };
  }
  return undefined;
}

/**
 * Words for the scope of a total a figure may be printed after (`全年≥12次`, `累计≥100人`,
 * `共计≥5个`): no part of the value. Data: a word not listed keeps the value as printed.
 */
const SCOPES: readonly string[] = ["全年", "累计", "共计", "合计", "总计"];

/**
 * The value after a scope word it starts with (`≥12次` of `全年≥12次`), when an operator follows
 * the word (so never a further scope word: constant work before the rest); `undefined`
 * otherwise, and for a bare figure (`全年12个月`: a period, read as printed). `operatorLength`
 * gives the length of an operator at an index. @internal
 */
export function afterScope(
  s: string,
  operatorLength: (s: string, k: number) => number,
): string | undefined {
  const scope = SCOPES.find((w) => s.startsWith(w));
  if (scope === undefined) return undefined;
  return operatorLength(s, scope.length) > 0 ? s.slice(scope.length) : undefined;
}
