import { amountKey } from "../../amount/key";
import { normalizeName } from "../../codes";
import { spendingStem } from "../../codes/names";
import type { Fact } from "../../facts";
import type { Finding, Rule, RuleContext, Severity } from "../../rules/types";
import {
  agreement,
  narrativeOf,
  narrativeRule,
  param,
  printed,
  sectionParagraphs,
  textFinding,
  zh,
} from "./support";
import {
  acceptedNames,
  CONNECTIVES,
  keyBeforeYear,
  keyVariant,
  nameKey,
  nameVariant,
} from "./wording";

/** The titles and paragraphs of the document's text sections (a wrapped line joined). */
function linesOf(ctx: RuleContext): string[] {
  const paragraphs = sectionParagraphs(ctx);
  return ctx.disclosure.texts.flatMap((t, k) => [
    t.title,
    ...(paragraphs[k]?.texts ?? []).filter((l) => l !== ""),
  ]);
}

const MAX_NAME = 60;

/** Whether a character ends a clause: `，,。；;：:`. */
const endsClause = (c: number): boolean =>
  c === 0xff0c ||
  c === 0x2c ||
  c === 0x3002 ||
  c === 0xff1b ||
  c === 0x3b ||
  c === 0xff1a ||
  c === 0x3a;

/**
 * Words a text calls the department itself by (`本部门`, `我单位`): a sentence that names the
 * department so has another body for its subject (`上海市财政局2024年下达本部门的…`), and so has one
 * that gives something to the department's region.
 */
const SELF = ["本部门", "本单位", "我部门", "我单位", "本局", "我局", "本机关", "我机关"];
/** Its region, when something is given to it (`对本区下达的…`, `向本区拨付…`). */
const OWN_REGION = ["本区", "本县", "本市", "我区", "我县", "我市"];
const TOWARDS = ["对", "向", "给", "下达", "拨付", "拨给"];

/** Whether the sentence after a line's first name (from `at`) calls the department itself. */
function selfAfter(line: string, at: number): boolean {
  const stop = line.indexOf("。", at);
  const sentence = line.slice(at, stop < 0 ? undefined : stop);
  if (SELF.some((w) => sentence.includes(w))) return true;
  for (const region of OWN_REGION)
    for (let k = sentence.indexOf(region); k >= 0; k = sentence.indexOf(region, k + 1))
      if (TOWARDS.some((w) => sentence.endsWith(w, k))) return true;
  return false;
}

/**
 * Wrong variants of the department's name a line prints: where a name goes (before the year at
 * the start of a title or paragraph, `上海市规划和自然资源局 2024 年度部门决算表`) any variant, unless its
 * sentence calls the department itself (`…下达本部门`: another body's name); at the
 * start of any clause, one that differs only in a connective (`…，上海市普陀区规划与自然资源局所属…`).
 * `key` is the department's name made a key ({@link nameKey}).
 */
function variantsIn(
  line: string,
  department: string,
  key: string,
  accepted: ReadonlySet<string>,
): string[] {
  const found = new Set<string>();
  // a name is short; a longer one is not compared clause by clause (linear time)
  if (department.length > MAX_NAME) return [];
  const s = nameKey(line);
  const head = keyBeforeYear(s);
  if (head !== undefined && !selfAfter(s, head.length)) {
    const h = nameKey(head);
    if (!accepted.has(h) && keyVariant(h, key) !== undefined) found.add(h);
  }
  const n = key.length;
  const first = key.charCodeAt(0);
  const firstJoins = CONNECTIVES.includes(key[0] ?? "");
  for (let i = 0; i + n <= s.length; i++) {
    if (i > 0 && !endsClause(s.charCodeAt(i - 1))) continue;
    // A clause opening with another ideograph than the name's (kept as it is by the key) is no
    // variant of it: most clauses, judged without a copy.
    const c = s.charCodeAt(i);
    if (
      c !== first &&
      c >= 0x4e00 &&
      c <= 0x9fff &&
      !(firstJoins && CONNECTIVES.includes(s[i] ?? ""))
    )
      continue;
    const prefix = s.slice(i, i + n);
    if (!accepted.has(prefix) && keyVariant(nameKey(prefix), key) === "connective")
      found.add(prefix);
  }
  return [...found];
}

/** The 项 rows (7-digit codes) of the first 一般公共预算 table printing them, in printed order, with their 类 / 款 / 项 names. */
function itemRows(ctx: RuleContext): { code: string; names: string[]; fact?: Fact }[] {
  for (const t of ctx.tables) {
    if (t.kind?.fixed?.fund !== "gpb") continue;
    const names = new Map<string, string>();
    const codes: string[] = [];
    for (const r of t.rows) {
      const key = r.row.key;
      if (key.kind !== "functional" || r.row.name === undefined) continue;
      names.set(key.code, r.row.name);
      if (key.code.length === 7) codes.push(key.code);
    }
    if (codes.length === 0) continue;
    return codes.map((code) => {
      const fact = printed(ctx, "spending", { functional: code, fund: "gpb" });
      return {
        code,
        names: [code.slice(0, 3), code.slice(0, 5), code].map((c) => names.get(c) ?? ""),
        ...(fact === undefined ? {} : { fact }),
      };
    });
  }
  return [];
}

/** A 科目 name compared: {@link normalizeName}, then a trailing `支出` dropped. */
const subjectKey = spendingStem;

/** A name as the text layer printed it whole: no digits, no sentence punctuation. */
const isWhole = (name: string) =>
  name !== "" && ![..."0123456789。，；：,;:"].some((c) => name.includes(c));

const LEVELS = ["类", "款", "项"] as const;

type ItemRow = ReturnType<typeof itemRows>[number];
type Item = ReturnType<typeof narrativeOf>["items"][number];

/** How well an item names a row: each level's name the same, and whether its outcome is the row's. */
function likeness(item: Item, row: ItemRow): { same: boolean[]; agrees: boolean; score: number } {
  const same = LEVELS.map(
    (_, l) => subjectKey(item.names[l] ?? "") === subjectKey(row.names[l] ?? ""),
  );
  const outcome = row.fact?.value;
  const agrees =
    item.outcome !== undefined && outcome != null && agreement(item.outcome, outcome) !== "differ";
  // an agreeing outcome outweighs any number of equal names
  return { same, agrees, score: (agrees ? 4 : 0) + same.filter(Boolean).length };
}

/** The table's 项 rows by 项 name and by 决算 figure, to find an item's candidates without a scan. */
function indexRows(rows: readonly ItemRow[]) {
  const byName = new Map<string, ItemRow[]>();
  const byOutcome = new Map<string, ItemRow[]>();
  const add = (map: Map<string, ItemRow[]>, key: string, row: ItemRow) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [row]);
    else list.push(row);
  };
  for (const row of rows) {
    add(byName, subjectKey(row.names[2] ?? ""), row);
    const value = row.fact?.value;
    if (value != null) add(byOutcome, amountKey(value), row);
  }
  return { byName, byOutcome };
}

/**
 * The 项 row an item is about, by content, not by place (a table may print its 项 in another order
 * than the text lists them): among the rows of its 项 name, of its 决算 figure and the row in its
 * place, the one whose outcome is the item's and whose names are most like the item's, or failing
 * an outcome, one with two of the three names. An item that could be several rows equally well is
 * the row in its place when that is one of them, else none. Where the text lists only some 项
 * (`placedKnown` false), no place is known: a row is the item's only with two of its three names
 * the same (an outcome agreeing may be another 项's).
 */
function rowOf(
  item: Item,
  k: number,
  rows: readonly ItemRow[],
  index: ReturnType<typeof indexRows>,
  placedKnown: boolean,
) {
  const candidates = new Set<ItemRow>(index.byName.get(subjectKey(item.names[2] ?? "")) ?? []);
  if (item.outcome !== undefined)
    for (const row of index.byOutcome.get(amountKey(item.outcome)) ?? []) candidates.add(row);
  const placed = placedKnown ? rows[k] : undefined;
  if (placed !== undefined) candidates.add(placed);
  let best: { row: ItemRow; same: boolean[]; score: number }[] = [];
  for (const row of candidates) {
    const { same, agrees, score } = likeness(item, row);
    const names = same.filter(Boolean).length;
    if (names < 2 && !(agrees && placedKnown)) continue;
    if (best.length > 0 && score < (best[0]?.score ?? 0)) continue;
    if (best.length > 0 && score > (best[0]?.score ?? 0)) best = [];
    best.push({ row, same, score });
  }
  if (best.length === 1) return best[0];
  return best.find((b) => b.row === placed);
}

/**
 * 五(三)'s items against the table's 项: each level's name the same after normalisation. Items
 * that list every 项, numbered in order, are matched with the row in their place too; others (a
 * text listing only some 项) by their names and outcome alone.
 */
function itemNames(ctx: RuleContext, severity: Severity, out: Finding[]): boolean {
  const items = narrativeOf(ctx).items;
  const rows = itemRows(ctx);
  if (items.length === 0 || rows.length === 0) return false;
  if (!items.every((i) => i.names.length === 3)) return false;
  const placed = items.length === rows.length && items.every((i, k) => i.number === k + 1);
  // one finding per 科目 and printed name, with the items that print it
  const seen = new Map<string, { finding: Finding; numbers: string[] }>();
  const index = indexRows(rows);
  items.forEach((item, k) => {
    const match = rowOf(item, k, rows, index, placed);
    if (match === undefined) return;
    const { row, same } = match;
    LEVELS.forEach((level, l) => {
      const said = item.names[l] ?? "";
      const table = row.names[l] ?? "";
      if (same[l] || !isWhole(said) || table === "") return;
      const code = row.code.slice(0, [3, 5, 7][l]);
      const key = `${code}|${said}`;
      const had = seen.get(key);
      if (had !== undefined) {
        had.numbers.push(String(item.number));
        return;
      }
      const finding = textFinding(
        "final.narrative.names",
        severity,
        "itemName",
        item.text,
        { item: said, table, level, code },
        row.fact === undefined ? [] : [row.fact],
      );
      seen.set(key, { finding, numbers: [String(item.number)] });
    });
  });
  for (const { finding, numbers } of seen.values())
    out.push({ ...finding, params: { ...finding.params, numbers: numbers.join("、") } });
  return true;
}

/**
 * The department's name as the tables' headings and the text print it, and the 科目 names of
 * 五(三) as the tables print them.
 */
export const finalNamesRule: Rule = /*#__PURE__*/ narrativeRule(
  "final.narrative.names",
  [
    "决算中的单位名称和科目名称与本部门、与表一致",
    "The 决算's department and 科目 names are the department's and the tables'",
  ],
  [
    "meta.department",
    "text section titles and paragraphs",
    "情况说明 五(三)",
    "一般公共预算财政拨款支出决算表",
  ],
  {
    orgName: (f, l) =>
      zh(l)
        ? `“${param(f, "printed")}”（共 ${param(f, "places")} 处）不是本部门的名称“${param(f, "expected")}”。`
        : `"${param(f, "printed")}" (${param(f, "places")} places) is not the department's name "${param(f, "expected")}".`,
    itemName: (f, l) =>
      zh(l)
        ? `五(三)第 ${param(f, "numbers")} 项将${param(f, "level")} ${param(f, "code")} 称为“${param(f, "item")}”，表中为“${param(f, "table")}”。`
        : `五(三) item(s) ${param(f, "numbers")} name the ${param(f, "level")} ${param(f, "code")} "${param(f, "item")}"; the table names it "${param(f, "table")}".`,
  },
  (ctx, severity, out) => {
    const { department, units } = ctx.disclosure.meta;
    const accepted = new Set([department.name, ...units.map((u) => u.name)].flatMap(acceptedNames));
    const places = new Map<string, { line: string; count: number }>();
    const lines = linesOf(ctx);
    const key = nameKey(department.name);
    for (const line of lines)
      for (const name of variantsIn(line, department.name, key, accepted)) {
        const seen = places.get(name);
        places.set(name, { line: seen?.line ?? line, count: (seen?.count ?? 0) + 1 });
      }
    for (const [name, p] of places)
      out.push(
        textFinding("final.narrative.names", severity, "orgName", p.line, {
          printed: name,
          expected: department.name,
          places: String(p.count),
          variant: nameVariant(name, department.name) ?? "",
        }),
      );
    const items = itemNames(ctx, severity, out);
    return lines.length > 0 || items;
  },
);
