// 十一(三)'s vehicles (`共有车辆3辆，其中：…用车2辆、…`) and 十's 绩效 grades (`绩效自评的2024年度项目4个，
// …（其中，绩效评级为“优”的项目4个；…`): a whole count and its parts as printed. Index scanning only:
// each statement is read forward once from its whole (linear).
import { chineseWholeAt } from "../../narrative/chinese-numerals";
import { numberAt, skipSpaces } from "./scan";
import { ofThisYear } from "./years";

/** A count and its parts as a 决算 情况说明 prints them. @internal */
export interface PrintedCount {
  readonly kind: "vehicles" | "grades";
  /** The whole (`共有车辆3辆`: 3). */
  readonly whole: number;
  /** The parts listed, each of a distinct kind. */
  readonly parts: readonly number[];
  /** Whether every kind the identity sums is listed (the 8 kinds of vehicle, the 4 grades). */
  readonly complete: boolean;
  readonly text: string;
}

/** The 8 kinds of vehicle the 决算 form lists under 共有车辆 (十一(三)). */
const VEHICLE_KINDS = [
  "部级领导干部用车",
  "主要领导干部用车",
  "机要通信用车",
  "应急保障用车",
  "执法执勤用车",
  "特种专业技术用车",
  "离退休干部用车",
  "其他用车",
];
/** How the whole of the vehicles is named. */
const VEHICLE_WHOLE = ["共有车辆", "实有车辆"];
/** The 4 grades of 绩效自评, longer first (`不合格` before `合格`). */
const GRADES = ["不合格", "合格", "优", "良"];
/** Quotes a grade may be printed in. */
const QUOTES = "“”\"「」‘’'";
/** What may separate the parts of a list. */
const SEPARATORS = "、，,；;";

/**
 * A whole number (`3`, `３`, no decimals; or in Chinese numerals: `三`, `两`, `十二`, `〇`) at `i`,
 * spaces before allowed, and where it ends.
 */
function countAt(text: string, i: number): { n: number; end: number } | undefined {
  const hit = numberAt(text, i);
  if (hit === undefined) {
    const spelled = chineseWholeAt(text, i);
    return spelled === undefined ? undefined : { n: spelled[0], end: spelled[1] };
  }
  if (hit.digits.includes(".") || hit.digits.length > 6) return undefined;
  return { n: Number(hit.digits), end: hit.end };
}

/** `n` then `unit` at `i` (`3辆`, `为 3 辆`): the count and where the unit ends. */
function countWith(text: string, i: number, unit: string): { n: number; end: number } | undefined {
  let j = skipSpaces(text, i);
  if (text[j] === "为") j++;
  const c = countAt(text, j);
  if (c === undefined) return undefined;
  const k = skipSpaces(text, c.end);
  return text.startsWith(unit, k) ? { n: c.n, end: k + unit.length } : undefined;
}

/**
 * 十一(三): `共有车辆3辆，其中：部级领导干部用车0辆、…、其他用车0辆。` — the whole and the kinds listed
 * after its `其中`. Read only where every part listed is one of the 8 kinds, once each, a count in
 * 辆 after it, and the list ends the sentence (an aside, `（其中新能源车1辆）`, or any other word
 * leaves the statement unread); a count of the document's `year` (`截至2024年12月31日`). @internal
 */
export function vehiclesIn(p: string, year: number | undefined): PrintedCount | undefined {
  // each whole read with its own year (`2023年末本部门共有车辆3辆，截至2024年12月31日，共有车辆4辆，
  // 其中：…`): the first of the document's year whose list reads
  const now = ofThisYear(p, year);
  for (const word of VEHICLE_WHOLE)
    for (let at = p.indexOf(word); at >= 0; at = p.indexOf(word, at + word.length)) {
      const read = now(at) ? vehiclesAt(p, at + word.length) : undefined;
      if (read !== undefined) return read;
    }
  return undefined;
}

/** The whole in 辆 at `i` (after `共有车辆`) and the kinds listed after its `其中`, or `undefined`. */
function vehiclesAt(p: string, i: number): PrintedCount | undefined {
  const whole = countWith(p, i, "辆");
  if (whole === undefined) return undefined;
  let j = skipSpaces(p, whole.end);
  if (!SEPARATORS.includes(p[j] ?? "x")) return undefined;
  j = skipSpaces(p, j + 1);
  if (!p.startsWith("其中", j)) return undefined;
  j = skipSpaces(p, j + 2);
  if (p[j] === "：" || p[j] === ":" || p[j] === "，" || p[j] === ",") j = skipSpaces(p, j + 1);
  const seen = new Set<string>();
  const parts: number[] = [];
  for (;;) {
    const kind = VEHICLE_KINDS.find((k) => p.startsWith(k, j));
    if (kind === undefined || seen.has(kind)) return undefined;
    seen.add(kind);
    const c = countWith(p, j + kind.length, "辆");
    if (c === undefined) return undefined;
    parts.push(c.n);
    j = skipSpaces(p, c.end);
    const mark = p[j];
    if (mark === undefined || mark === "。") break;
    if (!SEPARATORS.includes(mark)) return undefined;
    j = skipSpaces(p, j + 1);
  }
  return {
    kind: "vehicles",
    whole: whole.n,
    parts,
    complete: seen.size === VEHICLE_KINDS.length,
    text: p,
  };
}

/**
 * 十: `绩效自评的2024年度项目4个，…（其中，绩效评级为“优”的项目4个；绩效评级为“良”的项目0个；…“合格”…；
 * …“不合格”…）` — the projects self-assessed and the count of each grade, in the whole's sentence.
 * Read only where that sentence grades each of the 4 once and nothing else (`评级为` another word
 * leaves it unread), and the projects are the document's `year`'s. @internal
 */
export function gradesIn(p: string, year: number | undefined): PrintedCount | undefined {
  const at = p.indexOf("绩效自评的");
  if (at < 0) return undefined;
  const item = p.indexOf("项目", at);
  // the year between (`绩效自评的2024年度项目`), a few characters at most
  if (item < 0 || item - at > 16 || !ofThisYear(p, year)(item)) return undefined;
  const whole = countWith(p, item + 2, "个");
  if (whole === undefined) return undefined;
  const stop = p.indexOf("。", whole.end);
  const end = stop < 0 ? p.length : stop;
  const counts = new Map<string, number>();
  for (let k = p.indexOf("评级为", whole.end); k >= 0 && k < end; k = p.indexOf("评级为", k + 3)) {
    let j = skipSpaces(p, k + 3);
    if (QUOTES.includes(p[j] ?? "x")) j++;
    const grade = GRADES.find((g) => p.startsWith(g, j));
    if (grade === undefined || counts.has(grade)) return undefined;
    j += grade.length;
    if (QUOTES.includes(p[j] ?? "x")) j++;
    if (!p.startsWith("的项目", j)) return undefined;
    const c = countWith(p, j + 3, "个");
    if (c === undefined) return undefined;
    counts.set(grade, c.n);
  }
  if (counts.size !== GRADES.length) return undefined;
  return { kind: "grades", whole: whole.n, parts: [...counts.values()], complete: true, text: p };
}
