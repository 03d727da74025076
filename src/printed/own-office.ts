/**
 * The department's own office (its 本级 unit) among the units a caller names and as printed:
 * `本级`, `某局机关`, `某局（本级）`, or the name it shares with the department.
 */
import { labelKey } from "../templates/wording";
import { plainText } from "./cells";

/**
 * The department's own office by the name it shares with the department (`118 中共某县委组织部`
 * and `118001 中共某县委组织部` among the units a caller names): that name's label key and the
 * office's code, where the office is the department's own (see `ownUnitCode`) and every other
 * unit of that name is coded by a strict prefix of its code (the department). `undefined`
 * otherwise. `unitNameMap` leaves such a name out (two units share it). @internal
 */
export function ownOfficeSharingName(
  units: readonly { readonly code?: string; readonly name: string }[] | undefined,
): { readonly key: string; readonly code: string } | undefined {
  if (units === undefined) return undefined;
  const own = ownUnitCode(units);
  if (own === undefined) return undefined;
  const named = units.find((u) => typeof u?.code === "string" && plainText(u.code) === own.code);
  if (typeof named?.name !== "string") return undefined;
  const key = labelKey(named.name);
  const others = units.filter(
    (u) => typeof u?.name === "string" && labelKey(u.name) === key && u !== named,
  );
  const prefixes = others.every((u) => {
    const code = typeof u.code === "string" ? plainText(u.code) : "";
    return code !== "" && code.length < own.code.length && own.code.startsWith(code);
  });
  return key !== "" && others.length > 0 && prefixes ? { key, code: own.code } : undefined;
}

/**
 * The words a 部门预算 prints for the department's own office (its 本级 unit) as a unit's row
 * with no code and no name of its own: `本级`, `机关本级`, `部门本级`, `单位本级`.
 */
const OWN_UNIT_WORDS = ["本级", "机关本级", "部门本级", "单位本级", "（本级）"] as const;
let ownLabels: ReadonlySet<string> | undefined;
/** {@link OWN_UNIT_WORDS} by label key, made on first use. @internal */
export const ownUnitLabels = (): ReadonlySet<string> => {
  ownLabels ??= new Set(OWN_UNIT_WORDS.map(labelKey));
  return ownLabels;
};
/** Whether a label key names the department's own office alone (`本级`, `机关本级`). @internal */
export const isOwnUnitLabel = (key: string): boolean => ownUnitLabels().has(key);

/**
 * A unit's name marked as the department's own office: `某局本级`, `某局（本级）`, `某局机关`,
 * `某局机关本级`. @internal
 */
export const OWN_MARK = /(?:机关本级|机关|本级|[（(]本级[）)])$/u;

/**
 * The marks a printer puts after the department's name for its own office, each as another's.
 * @internal
 */
export const OWN_NAME_MARKS = ["本级", "（本级）", "机关", "机关本级", "机关（本级）"] as const;

/**
 * The code of the department's own office (本级) among the units a caller names, when one unit
 * alone is it: named as such (`某局本级`, `某局（本级）`, `某局机关`), or named as another named
 * unit whose code is a strict prefix of its code (the department `116 某局` and its office
 * `116001 某局`); with its name without the mark (`某局`; empty when it prints none).
 * Several, or none: `undefined` (a `本级` row then names no unit the reader knows). @internal
 */
export function ownUnitCode(
  units: readonly { readonly code?: string; readonly name: string }[],
): { readonly code: string; readonly stem: string } | undefined {
  const coded = units.flatMap((u) =>
    typeof u?.name === "string" && typeof u.code === "string" && plainText(u.code) !== ""
      ? [{ code: plainText(u.code), name: u.name.normalize("NFKC").trim() }]
      : [],
  );
  // Units by name: a unit named as another whose code is a strict prefix of its own.
  const byName = new Map<string, string[]>();
  for (const u of coded) {
    const key = labelKey(u.name);
    const same = byName.get(key);
    if (same === undefined) byName.set(key, [u.code]);
    else same.push(u.code);
  }
  const found = new Set<string>();
  for (const u of coded) {
    if (OWN_MARK.test(u.name)) found.add(u.code);
    const same = byName.get(labelKey(u.name)) ?? [];
    if (same.some((o) => o.length < u.code.length && u.code.startsWith(o))) found.add(u.code);
  }
  const [only] = found;
  if (found.size !== 1 || only === undefined) return undefined;
  const name = coded.find((u) => u.code === only)?.name ?? "";
  return { code: only, stem: OWN_MARK.test(name) ? name.replace(OWN_MARK, "") : "" };
}
