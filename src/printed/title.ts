import { normalizeLabel } from "../codes";
import { withoutContinuation } from "../disclosure/continued";
import { memoByString } from "../memo";
import type { TableKind, Template } from "../templates";
import { plainText } from "./cells";

/**
 * A printed table number anywhere in the title: `预算05表`, `公开03表`, `表5`, `附表3`, `表一`,
 * `表3-1`. A numeral starting `一般…` or `三公…` is the title's (`附表一 一般公共预算支出表` with its
 * space removed, `部门预算公开表一般公共预算…`, `附表三三公经费预算表`), not the number's. Every
 * alternative is a fixed word around one bounded run, so removal is linear.
 */
const TABLE_NUMBER =
  /(?:预算|公开|部门|单位)?[0-9]{1,3}表|附?表[0-9]{1,3}(?:-[0-9]{1,3})?|附?表[一二三四五六七八九十]{1,3}(?![般公])/gu;

/**
 * Where a table number printed at `i` ends (`表1`, `表一`, `附表1`, `表1-1`, `预算01表`), or -1.
 * Looks at a bounded slice (a table number is short), so a scan calling it at every position
 * stays linear. @internal
 */
export function tableNumberEnd(s: string, i: number): number {
  // The first match of the slice, when it starts the slice (matchAll copies the global regex).
  for (const m of s.slice(i, i + 16).matchAll(TABLE_NUMBER))
    return m.index === 0 ? i + m[0].length : -1;
  return -1;
}

/** Whether a cell prints a table number and nothing else (`预算05表`, `表 3-1`). @internal */
export function isTableNumber(text: string): boolean {
  const compact = plainText(text);
  return compact !== "" && compact.length <= 12 && compact.replace(TABLE_NUMBER, "") === "";
}

/** Everything up to and including a year (`上海市财政局2025年`, `2024年度`). */
const UP_TO_YEAR = /^[^0-9]{0,40}[0-9]{4}年度?/u;

/** A year printed in brackets (`部门支出预算表（2024年）`, `(2025年度)`; brackets half-width by NFKC). */
const YEAR_IN_BRACKETS = /\([0-9]{4}年度?\)/gu;

/** Brackets left empty (after NFKC: half-width) once a table number in them is removed. */
const EMPTY_BRACKETS = /\(\)/gu;

/** Whether a text has a letter or a CJK character (not only brackets and punctuation). */
const WORDY = /[\p{L}\p{N}]/u;

/**
 * A printed title reduced for comparison: whitespace, the table number (`预算05表`, `表5`), a
 * year in brackets (`（2024年）`), a continuation mark (`（续）`), and a leading year with whatever
 * precedes it (a department or unit name: `上海市财政局2025年…`) are stripped, and the rest goes
 * through `normalizeLabel` (quotes dropped, brackets half-width). Province wording stays: templates
 * list their own title variants.
 *
 * @example
 * ```ts
 * import { normalizeTableTitle } from "yusuan/printed";
 * normalizeTableTitle("2025年预算单位财务收支预算总表"); // "预算单位财务收支预算总表"
 * normalizeTableTitle(" 2024年一般公共预算“三公”经费预算表 预算08表"); // "一般公共预算三公经费预算表"
 * normalizeTableTitle("上海市财政局2025年部门支出预算表（续）"); // "部门支出预算表"
 * ```
 */
export function normalizeTableTitle(title: string): string {
  // The mark first: `续表1` is a continuation, not `续` and the table number `表1`.
  const compact = withoutContinuation(title)
    .replace(TABLE_NUMBER, "")
    .replace(YEAR_IN_BRACKETS, "");
  // A table number printed in brackets (`（公开01表）`) leaves them empty: nothing of the title.
  const stripped = normalizeLabel(compact).replace(EMPTY_BRACKETS, "");
  const afterYear = stripped.replace(UP_TO_YEAR, "");
  return normalizeLabel(WORDY.test(afterYear) ? afterYear : stripped);
}

/**
 * Wordings printers use for one table, read as one (each a fixed word, so linear): a title
 * ending `总体情况表` / `情况表` / `明细表` / `预算总表` / `预算表` as `总表` / `表`; `财政拨款` after a fund's
 * budget (`一般公共预算财政拨款支出表`, `政府性基金预算财政拨款支出表`) or after 三公经费
 * (`“三公”经费财政拨款支出表`) as not printed; `整体支出绩效` / `项目支出绩效` as `整体绩效` /
 * `项目绩效` (`部门整体支出绩效目标表`, `项目支出绩效目标汇总表`); `收入支出` as `收支`. Applied alike to a printed title and to a
 * template's variants, so a kind keeps its own wording; `财政拨款收支总表` is untouched.
 */
const WORDINGS: readonly (readonly [RegExp, string])[] = [
  [/总体情况表$/u, "总表"],
  [/情况表$/u, "表"],
  [/明细表$/u, "表"],
  [/预算总表$/u, "总表"],
  [/预算表$/u, "表"],
  [/(一般公共预算|政府性基金预算|国有资本经营预算|三公经费)财政拨款/gu, "$1"],
  [/一般公共预算拨款/gu, "一般公共预算"],
  // The 三公 and the 运转 / 运行 经费 tables are the 一般公共预算财政拨款's by their nature: a fund
  // named before them names no other table (`财政拨款“三公”经费支出决算表`,
  // `一般公共预算财政拨款“三公”经费…`, `“三公”经费…`).
  [/(?:一般公共预算|财政拨款|拨款)(三公经费|机构运转经费|机关运行经费)/gu, "$1"],
  [/(整体|项目)支出绩效/gu, "$1绩效"],
  // The classification stated inside the name (`一般公共预算支出功能分类预算表`, `…基本支出部门预算
  // 经济分类预算表`): the rows' classification, as `（按功能分类）` after the name (see titleRows).
  [/支出(?:功能|经济|部门预算经济|政府预算经济|部门经济)分类(?:科目)?表$/u, "支出表"],
  // 收入支出 spelled out is 收支 (`收入支出预算总表`, `财政拨款收入支出预算总表`; the 决算 form's
  // `收入支出决算总表` printed `收支决算总表`).
  [/收入支出/gu, "收支"],
  // 决算 printed before what it is of (`部门决算收入支出总表`): the form's order, `收支决算总表`.
  [/决算(收支|收入|支出)(总)?表$/u, "$1决算$2表"],
  // The 决算 form's 收入 and 支出 tables printed as a 总表 (`收入决算总表`, `支出决算总表`): only
  // 收支 has a 总表 of its own.
  [/(^|[^收])(收入|支出)决算总表$/u, "$1$2决算表"],
  // A 收支 summary is a 总表 however printed (`收入支出决算表`, `部门收支预算表`).
  [/收支(决算)?总表$/u, "收支$1表"],
];

/**
 * The classification a table's rows are by, stated after its name (after normalisation: brackets
 * half-width): `(按经济分类)`, `(按部门预算经济分类)`, `(按功能科目)`, `按支出经济分类`. Bounded, so
 * linear.
 */
const BY_CLASSIFICATION = /\(?按[^()]{0,8}(?:分类|科目)\)?$/u;

/**
 * The rows a title says its table is by: `economic` when it names the economic classification
 * (`（按经济分类）`, `部门预算经济分类`, `经济科目`), `functional` when it names the functional one
 * (`（按功能分类）`, `功能科目`), `undefined` when it names neither or both.
 */
function titleRows(normalised: string): "economic" | "functional" | undefined {
  const economic = normalised.includes("经济分类") || normalised.includes("经济科目");
  const functional = normalised.includes("功能分类") || normalised.includes("功能科目");
  return economic === functional ? undefined : economic ? "economic" : "functional";
}

/**
 * The rows a table's headers say its code columns are of (`经济分类科目编码/类`: `economic`;
 * `项目/功能分类科目编码`: `functional`), `undefined` when they name neither or both (a table
 * cross-classified by both). @internal
 */
export function headerRows(headers: readonly string[]): "economic" | "functional" | undefined {
  return titleRows(headers.join("|").normalize("NFKC"));
}

/** A normalised title (see {@link normalizeTableTitle}) with its wordings read as one. @internal */
export function titleKey(normalised: string): string {
  let key = normalised.replace(BY_CLASSIFICATION, "");
  for (const [pattern, by] of WORDINGS) key = key.replace(pattern, by);
  return key;
}

/**
 * The end of a text before a title variant that says what part of the money the table is of: a
 * fund (`一般公共预算`, `政府性基金`, `…拨款`, `单位资金` …), a part of the spending (`基本`,
 * `项目支出`, `人员经费`, `经营`, `结转`, `转移支付`), a measure (`三公经费`, `机关运行经费`), `全口径`,
 * `政府采购`. Titles normalised (quotes dropped). A fixed list, so linear.
 */
const QUALIFIED =
  /(?:一般公共预算|政府性基金(?:预算)?|国有资本经营(?:预算)?|社会保险基金(?:预算)?|拨款|财政专户管理资金|资金|(?:基本|项目|人员|公用)(?:支出|经费)?|经营|结转|转移支付|三公经费|运行经费|运转经费|全口径|政府采购|政府购买服务)$/u;

/**
 * A bracket closing a title that opens with a fund, a part of the spending or a measure
 * (`项目支出表（一般公共预算）`, `部门支出预算表（政府性基金）`): its words. Bounded, so linear.
 */
const QUALIFIER_BRACKET =
  /\(((?:一般公共预算|政府性基金|国有资本经营|社会保险基金|财政拨款|财政专户|单位资金|基本|项目|人员|公用|三公|机关运行|机构运转|政府采购)[^()]{0,30})\)$/u;

/**
 * A bracket closing a title that names a unit (`（政府采购中心）`, `(某区机关事务管理局)`): its words
 * end with a word that names a body, never a fund, a part or a measure. Such a bracket says whose
 * the table is, as a unit's name before the title does. Bounded, so linear.
 */
const UNIT_BRACKET =
  /\([^()]{1,30}(?:中心|局|委员会|委|办公室|办|站|所|院|队|馆|学校|中学|小学|幼儿园|处|科|室|协会|学会|联合会|社|团|公司|厂|场|部|署|厅|台|监狱)\)$/u;

/**
 * A bracket closing a title that widens the money it shows beyond the fiscal appropriation
 * (`（含单位资金）`, `（包括其他资金）`, `（含财政拨款和单位资金）`): such a table is not the 财政拨款 /
 * 一般公共预算 table its name would be (a 三公 table with unit funds is wider than the 三公 table).
 * Bounded, so linear.
 */
const WIDER_BRACKET =
  /\((?:含|包含|包括)[^()]{0,20}(?:单位资金|其他资金|自有资金|非财政拨款|事业收入|经营收入|全部资金|各项资金)[^()]{0,10}\)$/u;

/** Words in a title variant naming the fiscal appropriation or part of it (see {@link WIDER_BRACKET}). */
const FISCAL = /三公经费|机关运行经费|财政拨款|一般公共预算|政府性基金|国有资本经营/u;

/** Words joining the parts of a list (`人员经费和公用经费`). */
const LISTING = /[和及与、]/u;

/**
 * A title whose closing bracket names a fund, part or measure (see {@link QUALIFIER_BRACKET}) with
 * those words before it, as most printers put them (`一般公共预算项目支出表`), and the words. A
 * bracket listing parts (`（人员经费和公用经费）`) describes the table: no words.
 */
function qualifierFirst(normalised: string): { readonly title: string; readonly words: string } {
  // A unit's name in the bracket (`（政府采购中心）`) is no qualifier: the table's own name is read.
  const unit = UNIT_BRACKET.exec(normalised);
  if (unit !== null && unit.index > 0) return { title: normalised.slice(0, unit.index), words: "" };
  const m = QUALIFIER_BRACKET.exec(normalised);
  const words = m?.[1];
  if (m === null || words === undefined || LISTING.test(words))
    return { title: normalised, words: "" };
  return { title: `${words}${normalised.slice(0, m.index)}`, words };
}

/**
 * How well a printed title names one title variant: 1 when equal; between ½ and 1 when the
 * printed title ends with the variant (what precedes it is a unit's or a region's name), the
 * longer the variant the higher; below ½ when one merely contains the other.
 */
function titleScore(printed: string, known: string, words: string): number {
  if (known === "") return 0;
  if (known === printed) return 1;
  const ratio = Math.min(known.length, printed.length) / Math.max(known.length, printed.length);
  const at = printed.indexOf(known);
  if (at >= 0) {
    // A bracket's words (put first, see qualifierFirst) outside the variant narrow it.
    if (words !== "" && at >= words.length) return 0;
    // Words printed before the variant that name a fund, a part of the spending or a measure
    // make it another, narrower table (`项目支出决算表`, `政府性基金预算财政拨款支出决算表` are no
    // `支出决算表`); a unit's or a region's name before it makes it the same table.
    // `收入` before a spending table's name too (`收入支出决算表` is no `支出决算表`).
    const before = printed.slice(0, at);
    if (QUALIFIED.test(before) || before.endsWith("收入")) return 0;
    return printed.endsWith(known) ? 0.5 + ratio / 2 : ratio / 2;
  }
  // Likewise a variant naming a fund or part the printed title leaves out is a narrower table
  // (`基本支出决算表` may be every fund's, the variant `一般公共预算财政拨款基本支出决算表` is not);
  // a variant's `收入` narrows only a spending table's name (`收入决算表` is `决算表`'s as much).
  const within = known.indexOf(printed);
  if (within < 0) return 0;
  const left = known.slice(0, within);
  const narrower = QUALIFIED.test(left) || (left.endsWith("收入") && printed.startsWith("支出"));
  return narrower ? 0 : ratio / 2;
}

/**
 * The table kinds a printed title names, best first, each with a score: 1 when the normalised
 * title equals one of the kind's `titles` (normalised the same way, and read through the
 * wordings printers use for one table: `…情况表`, `…预算表` and `…表` alike, `财政拨款` after a
 * fund's budget or 三公经费 as not printed, the classification stated after the name, `（按经济分类）`,
 * as not printed); between ½ and 1 when the title ends with a variant (a unit's name before it);
 * below ½ when one contains the other. A title that names the classification its rows are by
 * (`（按经济分类）`, `功能分类`) ranks only the kinds with rows of that classification.
 *
 * @example
 * ```ts
 * import { henan2024 } from "yusuan/templates";
 * import { rankTableKinds } from "yusuan/printed";
 * rankTableKinds("XX区XX局部门支出预算表", henan2024)[0]?.kind.id; // "expenditure"
 * rankTableKinds("一般公共预算财政拨款基本支出情况表", henan2024)[0]?.kind.id; // "gpbBasic"
 * ```
 */
export function rankTableKinds(
  title: string,
  template: Template,
): readonly { readonly kind: TableKind; readonly score: number }[] {
  return rankTitled(title, template.tables).map(({ item, score }) => ({ kind: item, score }));
}

/** What a title is ranked against: a table kind, or a table the templates know but do not read. */
interface Titled {
  readonly titles: readonly string[];
  readonly titleExcludes?: readonly string[];
  /** Absent: rows of any classification. */
  readonly rowKinds?: readonly string[];
}

/**
 * A template's title variant normalised and keyed (see {@link normalizeTableTitle},
 * {@link titleKey}), remembered: every printed title is ranked against every variant.
 */
const variantTitle = /* @__PURE__ */ memoByString((variant) => {
  const known = normalizeTableTitle(variant);
  return { known, key: titleKey(known) };
});

/**
 * The items (table kinds, or known tables the templates do not read) a printed title names, best
 * first, each with a score (see {@link rankTableKinds}). @internal
 */
export function rankTitled<T extends Titled>(
  title: string,
  items: readonly T[],
): readonly { readonly item: T; readonly score: number }[] {
  const normalised = normalizeTableTitle(title);
  // A bracket widening the money beyond the fiscal appropriation (`（含单位资金）`): read without
  // it, by the kinds whose name is no fiscal table's (a 三公 table with unit funds is no 三公 table).
  const wider = WIDER_BRACKET.exec(normalised);
  const { title: printed, words } = qualifierFirst(
    wider === null || wider.index === 0 ? normalised : normalised.slice(0, wider.index),
  );
  if (printed === "") return [];
  const printedKey = titleKey(printed);
  // The bracket's words as the key begins with them (a wording may have dropped them).
  const keyWords = words === "" ? "" : titleKey(words);
  const wordsInKey = printedKey.startsWith(keyWords) ? keyWords : "";
  // A title naming the classification its rows are by names no kind of other rows (a table of
  // spending by economic 科目 is no table by function, however the rest of its title reads).
  const rows = titleRows(printed);
  const ranked: { item: T; score: number }[] = [];
  for (const item of items) {
    if (rows !== undefined && item.rowKinds !== undefined && !item.rowKinds.includes(rows))
      continue;
    // Another table's subject named in the title (`“三公”经费和机关运行经费预算表`): a combined
    // table, no variant of this kind that leaves the subject out (see `titleExcludes`).
    const others = (item.titleExcludes ?? [])
      .map((w) => normalizeLabel(w))
      .filter((w) => w !== "" && printed.includes(w));
    let best = 0;
    for (const variant of item.titles) {
      const { known, key } = variantTitle(variant);
      if (wider !== null && FISCAL.test(known)) continue;
      if (others.some((w) => !known.includes(w))) continue;
      // As printed, or through the wordings (the better of the two).
      best = Math.max(
        best,
        titleScore(printed, known, words),
        titleScore(printedKey, key, wordsInKey),
      );
    }
    if (best > 0) ranked.push({ item, score: best });
  }
  return ranked.sort((a, b) => b.score - a.score);
}

/**
 * The table kind a printed title names, with a score (see {@link rankTableKinds}): the best
 * ranked kind, ties going to the kind listed first. {@link readPrintedTable} reports a tie
 * between two kinds as `ambiguous-title` instead of choosing.
 *
 * @returns the kind and its score, or `undefined` when no kind's title matches
 *
 * @example
 * ```ts
 * import { henan2024 } from "yusuan/templates";
 * import { recogniseTableKind } from "yusuan/printed";
 * recogniseTableKind("2024年部门支出预算表", henan2024)?.kind.id; // "expenditure"
 * recogniseTableKind("2025年预算单位财务收支预算总表", henan2024)?.kind.id; // "summary"
 * recogniseTableKind("人员名单", henan2024); // undefined
 * ```
 */
export function recogniseTableKind(
  title: string,
  template: Template,
): { kind: TableKind; score: number } | undefined {
  return rankTableKinds(title, template)[0];
}
