/**
 * A count of vehicles and the kinds its `其中` lists (`共有车辆5辆，其中：一般公务用车3辆、执法执勤用车
 * 2辆`; `拟购置车辆2辆，其中执法执勤用车2辆`): the kinds never add up to more than the whole. Never
 * required to add up to it: a list may leave kinds out, even one naming `其他用车` (a kind of its
 * own in the national classification, not "the rest": `共有车辆10辆，其中：执法执勤用车5辆、其他用车
 * 2辆` is right with three 一般公务用车 unnamed). Read only where each part is a kind of {@link VEHICLE_KINDS}, once each and none with a kind
 * it is a part of (`一般公务用车` with `机要通信用车`), right after the whole or the part before it
 * (a separator between, and `其中` before the first): a unit's vehicles (`XX中心一般公务用车`), an
 * aside or another word ends the list there.
 */
import type { CountClaim } from "../types";
import type { SectionReading } from "./read";

/** The kinds of vehicle a budget lists, each with the kind it is a part of, if any. */
const VEHICLE_KINDS: ReadonlyMap<string, string | undefined> = /*#__PURE__*/ new Map([
  ["领导干部用车", undefined],
  ["主要领导干部用车", "领导干部用车"],
  ["部级领导干部用车", "领导干部用车"],
  ["一般公务用车", undefined],
  ["机要通信用车", "一般公务用车"],
  ["应急保障用车", "一般公务用车"],
  ["执法执勤用车", undefined],
  ["一般执法执勤用车", "执法执勤用车"],
  ["特种专业技术用车", undefined],
  ["离退休干部用车", undefined],
  ["离退休干部服务用车", undefined],
  ["其他用车", undefined],
]);
/** What may separate the whole from its `其中`, and the parts from each other. */
const SEPARATORS = "、，,；;";
/** What may follow `其中`. */
const AFTER_OF_WHICH = "：:，,";
const SPACES = " \u3000\t";
/** The most characters between two counts of a list read (a separator, `其中：`, a kind). */
const MAX_GAP = 24;

/** A whole count of vehicles and the parts its list gives, as the text prints them. */
export interface VehicleList {
  readonly whole: CountClaim;
  readonly parts: readonly CountClaim[];
}

const skip = (s: string, i: number) => {
  let j = i;
  while (j < s.length && SPACES.includes(s.charAt(j))) j++;
  return j;
};
const skipBack = (s: string, i: number) => {
  let j = i;
  while (j > 0 && SPACES.includes(s.charAt(j - 1))) j--;
  return j;
};

/**
 * The kind the words between two counts name (`，其中：一般公务用车`, `、执法执勤用车为`): a separator,
 * `其中` before the first part, the kind, nothing else.
 */
function kindBetween(gap: string, first: boolean): string | undefined {
  let j = skip(gap, 0);
  if (j >= gap.length || !SEPARATORS.includes(gap.charAt(j))) return undefined;
  j = skip(gap, j + 1);
  if (first) {
    if (!gap.startsWith("其中", j)) return undefined;
    j = skip(gap, j + 2);
    if (j < gap.length && AFTER_OF_WHICH.includes(gap.charAt(j))) j = skip(gap, j + 1);
  }
  let e = skipBack(gap, gap.length);
  if (gap.charAt(e - 1) === "为") e = skipBack(gap, e - 1);
  const kind = gap.slice(j, e);
  return VEHICLE_KINDS.has(kind) ? kind : undefined;
}

const sameCount = (a: CountClaim, b: CountClaim) =>
  a.what === b.what && a.period === b.period && a.asOf === b.asOf && a.org === b.org;

/**
 * Each count of vehicles (held or to buy) the section prints with the kinds its `其中` lists right
 * after it (see the module's note). @internal
 */
export function vehicleLists(read: SectionReading): VehicleList[] {
  const body = read.section.body;
  const claims = read.reading.claims;
  const lists: VehicleList[] = [];
  for (let i = 0; i < claims.length; i++) {
    const whole = claims[i];
    if (whole?.kind !== "count" || whole.category !== undefined) continue;
    if (whole.what !== "vehicles" && whole.what !== "vehicles.purchase") continue;
    const parts: CountClaim[] = [];
    const kinds = new Set<string>();
    let end = whole.span.end;
    for (let k = i + 1; k < claims.length; k++) {
      const part = claims[k];
      if (part?.kind !== "count" || part.category === undefined || !sameCount(whole, part)) break;
      // (a bounded gap: never a slice of the whole text)
      if (part.span.start < end || part.span.start - end > MAX_GAP) break;
      const kind = kindBetween(body.slice(end, part.span.start), parts.length === 0);
      if (kind === undefined || kinds.has(kind)) break;
      kinds.add(kind);
      parts.push(part);
      end = part.span.end;
    }
    i += parts.length;
    if (parts.length === 0) continue;
    // a kind listed with a kind it is a part of: counted twice
    if ([...kinds].some((k) => kinds.has(VEHICLE_KINDS.get(k) ?? ""))) continue;
    lists.push({ whole, parts });
  }
  return lists;
}
