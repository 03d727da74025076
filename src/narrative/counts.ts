/**
 * Counts the narrative states: vehicles held and to buy (each category), equipment over a price
 * and projects (all of them, or one kind: `特定目标类项目8个`).
 */
import {
  ALL_PROJECTS_BEFORE,
  ALL_VEHICLES_BEFORE,
  COUNT_ACTIONS,
  PROJECT_KINDS,
  VEHICLE_COUNT_TAILS,
} from "./count-words";
import { ORG_ENDS } from "./org-names";
import { unitPart } from "./owners";
import { leave as leaveNumber, periodNow, type Reader, span, undated } from "./reader";
import type { NumToken } from "./scan";
import { spelled } from "./spelled-counts";
import { ORGAN, OWN_NAMES, SUB_UNITS } from "./unit-words";

/** A kind of project right before its count (`运转类项目`, `特定目标类`), at most 12 characters. */
const PROJECT_KIND = /([^，,；;：:、中]{1,12}类)(?:项目)?$/u;
/**
 * 项目 itself right before the number, with the words that may join them (`项目11个`, `的项目共12个`,
 * `项目数量为3个`): the projects are what is counted. `绩效指标56个`, `所属2个单位` count other things.
 */
const PROJECTS_BEFORE = /项目(?:总数|数量|个数|数)?(?:共有|共计|合计|总计|共|计|有)?为?$/u;
/** `label` without the last of `words` it ends with, as long as it ends with one (bounded by its length). */
function stripEnd(label: string, words: readonly string[]): string {
  let s = label;
  for (
    let w = words.find((x) => s.endsWith(x));
    w !== undefined;
    w = words.find((x) => s.endsWith(x))
  )
    s = s.slice(0, s.length - w.length);
  return s;
}

/**
 * Whether the words before a count of vehicles name a kind (`执法执勤车辆`, `救护车`, `一般公务用车`):
 * 车 / 车辆 (before the words that only say it is counted: `车辆保有量为`) after any word but
 * those that leave it all of them ({@link ALL_VEHICLES_BEFORE}). The organ (`本部门机关车辆`,
 * `机关共有车辆`) beside its sub-units' count in the sentence is a part of them.
 */
function vehicleKind(whole: string, around: string): boolean {
  if (whole.endsWith("用车")) return true;
  const label = stripEnd(whole, VEHICLE_COUNT_TAILS);
  // (`公务用车保有量为0辆` is all of them: 用车 names a kind only right before its count)
  if (label.endsWith("用车")) return false;
  const noun = label.endsWith("车辆") ? 2 : label.endsWith("车") ? 1 : 0;
  if (noun === 0) return false;
  const head = label.slice(0, label.length - noun);
  if (
    stripEnd(head, ALL_VEHICLES_BEFORE).endsWith(ORGAN) &&
    SUB_UNITS.some((w) => around.includes(w))
  )
    return true;
  if (ownOrgan(head)) return false;
  return head !== "" && !ALL_VEHICLES_BEFORE.some((w) => head.endsWith(w));
}

/** `本部门机关`: the document's own organ, named after the document's name for itself. */
const ownOrgan = (head: string): boolean =>
  head.endsWith(ORGAN) && OWN_NAMES.some((w) => head.endsWith(w + ORGAN));

/** How far after a count of vehicles its sub-units' count is looked for (characters). */
const AFTER_SPAN = 30;

/**
 * The words of a count's sentence around it: at most {@link AFTER_SPAN} characters after it, and
 * those before its clause from the sentence's start (at most as many).
 */
function wordsAround(r: Reader, t: NumToken): string {
  const c = r.text.text;
  const window = c.slice(t.e, t.e + AFTER_SPAN);
  const stop = window.search(/[。！？!?\n]/u);
  const before = c.slice(Math.max(r.sent.start, r.cl.start - AFTER_SPAN), r.cl.start);
  return `${before}|${stop < 0 ? window : window.slice(0, stop)}`;
}

/**
 * Whether the words before a count are a part's: after 其中 / 含 (`（含救护车1辆）`, not after the
 * bracket it opened closed: `本部门（含所属单位）共有车辆0辆`) or of a unit part (`机关本级2辆`).
 */
function partOf(r: Reader, t: NumToken, label: string): boolean {
  if (unitPart(label)) return true;
  const listed = r.cl.listed;
  if (listed === undefined) return r.para.ofWhich;
  const since = r.text.text.slice(Math.max(listed.at, t.s - label.length), t.s);
  // (the compact text prints every bracket half-width)
  return !since.includes(")") || listed.ofWhich;
}

/** The kind of projects a count counts, `""` for all of them, `undefined` for none (not projects). */
function projectKind(r: Reader, t: NumToken, label: string): string | undefined {
  const c = r.text.text;
  const after = c.startsWith("项目", t.e);
  const before = after ? undefined : PROJECTS_BEFORE.exec(label);
  if (!after && before === null) return undefined;
  // `其中：其他运转类项目3个`, `其中重点项目1个`: a kind of project, never all of them.
  const kind = PROJECT_KIND.exec(label)?.[1];
  if (kind !== undefined) return kind;
  if (partOf(r, t, label)) return label;
  // `新增项目2个`: a kind the lexicon knows; `共安排项目12个`, `本部门项目12个`: all of them; any
  // other word right before 项目 (`新增信息化建设项目3个`) names a kind the lexicon does not know.
  const head = before === undefined || before === null ? "" : label.slice(0, before.index);
  if (PROJECT_KINDS.some((w) => head.endsWith(w))) return label;
  return namesNoKind(head) ? "" : label;
}

/**
 * Whether the words before 项目 name no kind of project: none (the clause's start), or only
 * {@link ALL_PROJECTS_BEFORE} and digits (a year) back to the clause's start, a colon or a
 * bracket, the document's own name for itself (`本部门`: whatever runs on before it is another
 * subject's, a heading joined without a stop), or an organisation's name (`XX局2024年项目11个`:
 * its projects, scoped to it where it is a unit). Bounded by the label (at most 30 characters).
 */
function namesNoKind(head: string): boolean {
  let s = head;
  for (let prev = ""; s !== prev; ) {
    prev = s;
    const w = ALL_PROJECTS_BEFORE.find((x) => s.endsWith(x));
    if (w !== undefined && OWN_NAMES.includes(w)) return true;
    if (w !== undefined) s = s.slice(0, s.length - w.length);
    let e = s.length;
    while (e > 0 && isDigit(s.charCodeAt(e - 1))) e--;
    s = s.slice(0, e);
  }
  return (
    s === "" || "：:（(".includes(s.charAt(s.length - 1)) || ORG_ENDS.some((w) => s.endsWith(w))
  );
}
const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/**
 * The day or part of a year a count is of, as printed in its sentence before it (`截至2023年12月31日`:
 * `12月31日`; `2023年初`: `年初`; `2024年6月底`), the last one within 40 characters; undefined
 * when none is printed.
 */
function asOfNow(r: Reader, t: NumToken): string | undefined {
  const before = r.text.text.slice(Math.max(r.sent.start, t.s - 40), t.s);
  let found: string | undefined;
  for (const m of before.matchAll(AS_OF)) found = m[0];
  return found;
}
const AS_OF = /\d{1,2}月(?:\d{1,2}日|[初底末])?|年[初底末]/gu;

/** Words stating a total (`合计`, `总计`, `共有`, `一共`; `共` but not the 共 of 公共). */
const TOTAL_WORDS: readonly string[] = ["合计", "总计", "全部", "总数"];
function statesTotal(label: string): boolean {
  if (TOTAL_WORDS.some((w) => label.includes(w))) return true;
  for (let i = label.indexOf("共"); i >= 0; i = label.indexOf("共", i + 1))
    if (label.charAt(i - 1) !== "公") return true;
  return false;
}

/** Places one count of the text, or keeps it as unplaced. @internal */
export function pushCount(r: Reader, t: NumToken): void {
  // `三项改革`: a count in Chinese numerals of nothing the reader models is no number it missed
  const leave = spelled(r.text.text, t) ? () => undefined : leaveNumber;
  const { cl, sent } = r;
  const label = r.text.text.slice(Math.max(cl.start, t.s - 30), t.s);
  const value = Number(t.raw.replace(/[,，]/gu, ""));
  // `较上年增加2个`, `比上年减少1辆`: a change of a count, not the count.
  if (cl.change === "up" || cl.change === "down" || cl.compare) {
    leave(r, t, "no-relation");
    return;
  }
  let what: "vehicles" | "vehicles.purchase" | "equipment" | "projects" | undefined;
  let category: string | undefined;
  // `2024年计划处置1辆、更新0辆`, `拟开展重点绩效评价项目2个`: some of them, what is done to them.
  const action = COUNT_ACTIONS.some((w) => label.includes(w));
  if (t.unit === "辆") {
    // `其余类别车辆均为0辆`: the rest of the categories, neither all vehicles nor one category.
    if (label.includes("其余") || label.includes("其他各类") || label.includes("其他类别")) {
      leave(r, t, "no-subject");
      return;
    }
    what = sent.purchase ? "vehicles.purchase" : "vehicles";
    // `一般公务用车1辆`, `执法执勤车辆1辆`, `（含救护车1辆）`, `所属单位0辆`: a part of the vehicles.
    if (action || vehicleKind(label, wordsAround(r, t)) || partOf(r, t, label)) category = label;
  } else if (t.unit === "台(套)" || t.unit === "台" || t.unit === "套") {
    what = "equipment";
    category = label;
    delete cl.threshold;
  } else if (t.unit === "个" || t.unit === "项") {
    const kind = projectKind(r, t, label);
    // A count in Chinese numerals or in 项 is all of the projects only where a total is stated
    // (`共十一个项目`, `项目共21项`) or, in 个, the projects are named right before it
    // (`实行绩效目标管理的项目二十一个`): prose counts some of them that way (`涉及两个项目`,
    // `新增信息化建设项目3项`), which is no statement of how many there are.
    const stated = statesTotal(label) || (t.unit === "个" && label.endsWith("项目"));
    if (kind === "" && !action && (t.unit === "项" || spelled(r.text.text, t)) && !stated) {
      leave(r, t, "no-subject");
      return;
    }
    if (kind !== undefined) {
      what = "projects";
      if (kind !== "" || action) category = kind === "" ? label : kind;
    }
  }
  if (what === undefined || !Number.isSafeInteger(value)) {
    leave(r, t, "unit");
    return;
  }
  if (undated(r)) {
    leave(r, t, "no-period");
    return;
  }
  cl.claimed = true;
  const asOf = asOfNow(r, t);
  r.claims.push({
    kind: "count",
    what,
    ...(category === undefined ? {} : { category }),
    ...(asOf === undefined ? {} : { asOf }),
    value,
    unit: t.unit,
    period: periodNow(r),
    span: span(r, t.s, t.e),
  });
}
