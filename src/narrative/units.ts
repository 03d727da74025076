/**
 * The department's units as the narrative names them: the department itself (its name, `本部门`),
 * its own level (`XX局本级`, `机关本级`), a unit by its name (`XX中心`) and its sub-units
 * (`所属单位`). A figure after such a name in its sentence (or its section, the name in a heading)
 * is that unit's (`unit-claims.ts`); names printed otherwise are read by `org-names.ts`.
 */
import { REGION_LEVELS } from "../codes/regions";
import type { Table } from "../disclosure";
import { abbreviates, followed } from "./org-names";
import type { Steps } from "./scan";
import { compact } from "./text";
import type { ExtractOptions } from "./types";
import {
  ALL_UNITS_AFTER,
  NOT_SUBJECT,
  ORGAN,
  OWN_LEVEL_OR_ORGAN,
  OWN_NAMES,
  SUB_UNITS,
} from "./unit-words";

/**
 * What a name in the text stands for: the whole department, one of its units (`code` when
 * known; `stated` when the tables print its rows), its own level (`own`: the unit that is the
 * department's 本级, when the tables tell which), its sub-units as a group (`sub`), or a part of
 * a department of no several units known (`part`: its organ or own level, `XX局机关`, `本级`): its
 * money is not the department's total, its counts and nones are the document's (`counts.ts`,
 * `owners.ts` tell a part's there). @internal
 */
export type UnitRef =
  | { readonly kind: "department" }
  | { readonly kind: "part" }
  | { readonly kind: "unit"; readonly code?: string; readonly stated: boolean }
  | { readonly kind: "sub" };

/** A name the reader looks for, in its scanned form, and what it stands for. @internal */
export interface UnitName {
  readonly name: string;
  readonly ref: UnitRef | "department-name" | "own";
}

/** The names of a document's units, with what each stands for. @internal */
export interface UnitNames {
  /** The names by their first character, longest first. */
  readonly byFirst: ReadonlyMap<string, readonly UnitName[]>;
  /** The department has several units: its 本级 is one of them, not the whole. */
  readonly several: boolean;
  /** The unit that is the department's own level (本级), when the tables or names tell which. */
  readonly own: UnitRef;
  /** How many units the tables and the caller give (a group naming as many is the whole). */
  readonly count: number;
}

/** A name of the text standing for a unit, `[s, e)` in the compact text. @internal */
export interface UnitMention {
  readonly s: number;
  readonly e: number;
  readonly ref: UnitRef;
}

/** The shortest unit name looked for (a shorter one could be any phrase). */
const MIN_NAME = 4;
/**
 * The organ named without the department's name (`局机关`, `委机关`): the last character of an
 * organisation's name before `机关`. A part of the department, as `本级` is.
 */
const BARE_ORGANS: readonly string[] = ["局", "委", "厅", "办", "部", "院", "署", "会", "室"].map(
  (c) => `${c}${ORGAN}`,
);
/**
 * Words after `机关` that make it part of a measure's or another body's name, not the organ
 * (`机关运行经费`, `机关事业单位基本养老保险缴费`, `机关事务管理局`).
 */
const NOT_ORGAN_AFTER = ["运行", "事业", "事务"];
/** Whether a name ending at `e` ends with the organ word that is part of another name there. */
const notOrgan = (c: string, e: number): boolean =>
  c.endsWith(ORGAN, e) && NOT_ORGAN_AFTER.some((w) => c.startsWith(w, e));
/** Words after a bare `本级` that make it the government's level, not a unit (`本级财政`, `本级预算拨款`). */
const NOT_OWN_AFTER = ["财政", "政府", "人民", "部门", "党委", "预算", "拨款", "财力"];

const scanned = (name: string): string => compact(name).text.replace(/\n/gu, "");
const digits = (code: string | undefined): string | undefined =>
  code === undefined ? undefined : code.replace(/\s/gu, "");

/**
 * Whether a unit's `name` is the full or short form of one of the department's `names`
 * (`中共洛阳市涧西区委办公室` of `中国共产党洛阳市涧西区委员会办公室`, either way: one abbreviates the
 * other, {@link abbreviates}).
 */
function namesDepartment(name: string, names: ReadonlySet<string>): boolean {
  if (name.length < MIN_NAME) return false;
  for (const d of names)
    if (d.length >= MIN_NAME && (abbreviates(name, d) || abbreviates(d, name))) return true;
  return false;
}

/**
 * The names of the department and its units: the tables' unit rows (their codes say which units
 * the tables give figures of) and the units the caller lists. Built once per reading. @internal
 */
export function unitNames(
  tables: readonly Table[] | undefined,
  department: ExtractOptions["department"],
  units: ExtractOptions["units"],
): UnitNames {
  // (a caller's plain objects: whatever they hold, only strings are read)
  const deptCode = typeof department?.code === "string" ? digits(department.code) : undefined;
  const deptNames = new Set<string>();
  if (typeof department?.name === "string") deptNames.add(scanned(department.name));
  const stated = new Set<string>();
  // by code (or by name when the unit has no code), its names
  const byUnit = new Map<string, { code?: string; names: Set<string> }>();
  const add = (code: string | undefined, name: string | undefined) => {
    const n = name === undefined ? "" : scanned(name);
    const key = code ?? `name:${n}`;
    if (code === undefined && n === "") return;
    const unit = byUnit.get(key) ?? { ...(code === undefined ? {} : { code }), names: new Set() };
    if (n !== "") unit.names.add(n);
    byUnit.set(key, unit);
  };
  for (const t of tables ?? [])
    for (const row of t.rows) {
      if (row.key.kind !== "org") continue;
      const code = typeof row.key.code === "string" ? (digits(row.key.code) ?? "") : "";
      if (code === deptCode) {
        if (typeof row.name === "string") deptNames.add(scanned(row.name));
        continue;
      }
      stated.add(code);
      add(code, typeof row.name === "string" ? row.name : undefined);
    }
  for (const u of Array.isArray(units) ? units : []) {
    if (typeof u?.name !== "string") continue;
    const code = typeof u.code === "string" ? digits(u.code) : undefined;
    if (code !== undefined && code === deptCode) continue;
    add(code, u.name);
  }
  deptNames.delete("");
  const names: UnitName[] = [...deptNames].map((name) => ({ name, ref: "department-name" }));
  for (const name of OWN_NAMES) names.push({ name, ref: "department-name" });
  const owns: UnitRef[] = [];
  for (const unit of byUnit.values()) {
    const ref: UnitRef = {
      kind: "unit",
      ...(unit.code === undefined ? {} : { code: unit.code }),
      stated: unit.code !== undefined && stated.has(unit.code),
    };
    let own = false;
    for (const name of unit.names) {
      // `XX局`, `XX局（本级）`, `XX局本级`, `机关本级`; `XX局机关` where the department is `XX局`
      const end = OWN_LEVEL_OR_ORGAN.find((w) => name.endsWith(w));
      // (a name ending so is the unit's own level, never the department's short name)
      const department =
        deptNames.has(name) || (end === undefined && namesDepartment(name, deptNames));
      if (
        department ||
        (end !== undefined && (end !== ORGAN || deptNames.has(name.slice(0, -end.length))))
      )
        own = true;
      // a unit named as the department is (its full or short name), is the department where
      // the text names it alone: the unit's only with `本级` after it
      if (department) {
        if (!deptNames.has(name)) names.push({ name, ref: "department-name" });
      } else if (name.length >= MIN_NAME) names.push({ name, ref });
    }
    if (own) owns.push(ref);
  }
  for (const name of SUB_UNITS) names.push({ name, ref: { kind: "sub" } });
  names.push({ name: "本级", ref: "own" });
  for (const name of BARE_ORGANS) names.push({ name, ref: "own" });
  const several = byUnit.size >= 2;
  const [only] = owns;
  const byFirst = new Map<string, UnitName[]>();
  for (const n of names) {
    const list = byFirst.get(n.name.charAt(0)) ?? [];
    list.push(n);
    byFirst.set(n.name.charAt(0), list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.name.length - a.name.length);
  return {
    byFirst,
    several,
    own: owns.length === 1 && only !== undefined ? only : { kind: "unit", stated: false },
    count: byUnit.size,
  };
}

/**
 * What a part of the department (its own level, its organ) stands for: the own unit of a
 * department of several units (`{ kind: "unit", stated: false }` where the tables do not tell
 * which); the department itself where the tables give it one unit, its own level (that unit is
 * the whole); else a part ({@link UnitRef}) of units not known: its money is no total of it.
 */
export function partOf(units: UnitNames): UnitRef {
  if (units.several) return units.own;
  return units.count === 1 && units.own.kind === "unit" && units.own.stated ? DEPARTMENT : PART;
}
const DEPARTMENT: UnitRef = { kind: "department" };
const PART: UnitRef = { kind: "part" };

/** Whether one of `words` ends `c` at `at`. */
const endsWith = (c: string, at: number, words: readonly string[]): boolean =>
  words.some((w) => c.endsWith(w, at));

/**
 * The names of units in the compact text `c`, in order, none overlapping (the longest where two
 * start alike): the department's name or `本部门` (the whole, or its own level with `本级` after
 * it when it has several units), a unit's name, a bare `本级` of a department of several units
 * (not `本级财政`, nor joined to the department: `本部门（含机关本级）`), a sub-unit word
 * (`所属单位`, not `本部门及所属单位` nor `所属各单位`). Linear: one pass, each position trying the
 * names that start with its character (a department has a bounded number of units). @internal
 */
export function unitMentions(c: string, units: UnitNames, steps: Steps): UnitMention[] {
  const { byFirst } = units;
  const found: UnitMention[] = [];
  for (let i = 0; i < c.length; ) {
    // (as the scanner's lexicon probes: each name tried is a step)
    let u: UnitName | undefined;
    for (const name of byFirst.get(c.charAt(i)) ?? []) {
      steps.n++;
      if (c.startsWith(name.name, i)) {
        u = name;
        break;
      }
    }
    if (u === undefined || notOrgan(c, i + u.name.length)) {
      i++;
      continue;
    }
    let e = i + u.name.length;
    // The organ word is the organ only where a figure's subject goes on after it (`局机关支出…`,
    // `局机关2024年…`); else it begins the name of another body of the department, one the
    // tables do not name (`委办机关后勤服务中心`, `…局机关幼儿园`, `…局机关党委`): a part, unplaced.
    const body = (at: number) => c.endsWith(ORGAN, at) && !followed(c, at);
    let ref: UnitRef | undefined;
    if (u.ref === "department-name") {
      const level = OWN_LEVEL_OR_ORGAN.find(
        (w) => c.startsWith(w, e) && !notOrgan(c, e + w.length),
      );
      if (level !== undefined) {
        e += level.length;
        ref = level === ORGAN && body(e) ? PART : partOf(units);
      } else ref = { kind: "department" };
    } else if (u.ref === "own" && body(e)) ref = PART;
    else if (u.ref === "own") {
      // `本部门（含机关本级）`, `本部门及本级`: joined to the department, no unit of its own
      const joined =
        endsWith(c, i, NOT_SUBJECT) ||
        (c.endsWith(ORGAN, i) && endsWith(c, i - ORGAN.length, NOT_SUBJECT));
      // a government's level, of any level (`市本级项目支出`, `镇本级`), not a unit
      const government = i > 0 && REGION_LEVELS.includes(c.charAt(i - 1));
      if (!joined && !government && !NOT_OWN_AFTER.some((w) => c.startsWith(w, e)))
        ref = partOf(units);
    } else if (u.ref.kind === "sub") {
      if (!endsWith(c, i, NOT_SUBJECT) && !ALL_UNITS_AFTER.some((w) => c.startsWith(w, e)))
        ref = u.ref;
    } else ref = units.several ? u.ref : { kind: "department" };
    // (a one-unit department's unit, by whatever name, is the department: its figures are compared)
    if (ref !== undefined) found.push({ s: i, e, ref });
    i = e;
  }
  return found;
}
