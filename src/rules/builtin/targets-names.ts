/**
 * The names of projects as targets and tables print them: a code printed before or after a name,
 * the department's or a unit's name before it, a year and words (项目, 资金, 经费, 专项) after it.
 * Each scan is linear. @internal
 */

/**
 * A project code printed before a name, as printed (`410305240000000017294 社区…`, `[4103…]社区…`,
 * `4103…社区…`): a code, bracketed or not, then a space, a closing bracket or a Chinese character.
 * Bounded, so linear.
 */
const LEADING_CODE = /^[[(（【]?([0-9A-Za-z]{13,40})(?:[\])）】]\s*|\s+|(?=\p{Script=Han}))/u;
/**
 * Whether a character (by its code) may start {@link LEADING_CODE}: an ASCII letter or digit, or
 * one of its opening brackets `[ ( （ 【`.
 */
function mayOpenCode(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    c === 0x5b ||
    c === 0x28 ||
    c === 0xff08 ||
    c === 0x3010
  );
}

/**
 * Words a printer may add after a project's name in one table only (`…补助项目`, `…补助资金`,
 * `校舍维修经费`, `…专项`), alone or together (`…专项资金`, `…项目经费`).
 */
const NAME_TAILS = ["项目", "资金", "经费", "专项"] as const;
/** The fewest characters of a name left once its {@link NAME_TAILS} are taken off. */
const MIN_STEM = 2;

/**
 * A printed project name and the project code printed before it in the same cell, if any
 * (`410305240000000017294 社区养老服务补助`: an extractor joined the code column). @internal
 */
export function splitCode(printed: string): { readonly name: string; readonly code?: string } {
  const t = printed.trim();
  // Most names start with a Chinese character: no code before them, the pattern not run.
  if (!mayOpenCode(t.charCodeAt(0))) return trailingCode(t);
  const m = LEADING_CODE.exec(t);
  if (m === null || m[0].length >= t.length) return { name: t };
  return { name: t.slice(m[0].length), code: m[1] as string };
}

/** A project code alone (what {@link LEADING_CODE} takes), anchored and bounded: linear. */
const CODE_ALONE = /^[0-9A-Za-z]{13,40}$/u;
/** The brackets a code printed after a name closes with, and the one each opens with. */
const CLOSING_BRACKETS: Readonly<Record<string, string>> = {
  "）": "（",
  ")": "(",
  "]": "[",
  "】": "【",
};

/**
 * A project code printed after its name in brackets (`校舍维修（410305250000000000001）`): the
 * name before it and the code. Any other name: as printed.
 */
function trailingCode(t: string): { readonly name: string; readonly code?: string } {
  const open = CLOSING_BRACKETS[t[t.length - 1] ?? ""];
  const at = open === undefined ? -1 : t.lastIndexOf(open);
  if (at <= 0) return { name: t };
  const code = t.slice(at + 1, -1).trim();
  return CODE_ALONE.test(code) ? { name: t.slice(0, at).trim(), code } : { name: t };
}

/** What may join an organisation's name to a project's (`某县教育局-校舍维修`, `某县教育局：…`). */
const JOINERS = "-－—–_:：·、 ";

/**
 * A target's name without the department's or a unit's name printed before it
 * (`某县教育局-校舍维修`, `某县教育局校舍维修`), as one table may print it and another not.
 * `undefined` when it prints none of them (normalised names: see {@link ProjectIndex}).
 */
export function withoutOrg(name: string, orgs: readonly string[]): string | undefined {
  for (const org of orgs) {
    if (org === "" || !name.startsWith(org)) continue;
    let k = org.length;
    while (k < name.length && JOINERS.includes(name[k] as string)) k++;
    if (k < name.length) return name.slice(k);
  }
  return undefined;
}

/**
 * A normalised project name as two tables may print it differently, for a match where one project
 * only has it: without the document's year printed before or after it (`2024年`, `2024年度` first;
 * `(2024年)`, `(2024年度)`, `(2024)` last: one table may print `2024年机关运行经费` where another
 * prints `机关运行经费`; another year's project, `2023年结转…`, stays another), and without the
 * `项目` / `资金` / `经费` / `专项` after it. @internal
 */
export function yearless(name: string, year: number | undefined): string {
  const n = withoutYear(name, year);
  // The words are taken off by moving the name's end back (one pass, the name cut once).
  let end = n.length;
  for (;;) {
    const word = tailBefore(n, end);
    if (word === undefined) return end === n.length ? n : n.slice(0, end);
    end -= word.length;
  }
}

/** A name without the document's year printed before or after it (see {@link yearless}). */
function withoutYear(name: string, year: number | undefined): string {
  if (year === undefined) return name;
  const y = String(year);
  const head = [`${y}年度`, `${y}年`].find((h) => name.length > h.length && name.startsWith(h));
  if (head !== undefined) return name.slice(head.length);
  const tail = [`(${y}年度)`, `(${y}年)`, `(${y})`].find(
    (t) => name.length > t.length && name.endsWith(t),
  );
  return tail === undefined ? name : name.slice(0, -tail.length);
}

/** The word of {@link NAME_TAILS} a name's first `end` characters end with, a stem left before it. */
function tailBefore(name: string, end: number): string | undefined {
  return NAME_TAILS.find((w) => end >= w.length + MIN_STEM && name.endsWith(w, end));
}

/**
 * A name's shorter names, longest first: without the document's year, then without one more word
 * of {@link NAME_TAILS} after it each (`教师培训专项资金`: `教师培训专项`, `教师培训`), at most as many
 * words as there are (so linear: a name of repeated words is cut a bounded number of times).
 * @internal
 */
export function shorterNames(name: string, year: number | undefined): string[] {
  const n = withoutYear(name, year);
  const names = n === name ? [] : [n];
  let end = n.length;
  for (let i = 0; i < NAME_TAILS.length; i++) {
    const word = tailBefore(n, end);
    if (word === undefined) break;
    end -= word.length;
    names.push(n.slice(0, end));
  }
  return names;
}
