import { normalizeLabel } from "../codes";
import { memoByString } from "../memo";

/** A fee word at the end of a header level: 费用, 经费 (`因公出国（境）费用`, `…经费`). */
const FEE_WORD = /(?:费用|经费)$/u;

/**
 * A fee with a closing note of what it includes (`公务接待费(含外宾接待)`, `因公出国(境)费用(含港澳台)`;
 * brackets half-width after `normalizeLabel`): the note names no other quantity, so the fee reads
 * without it. Not `(不含…)` nor any other note: those change what is counted.
 */
const INCLUDES_NOTE = "(含";

/** The level without a closing `(含…)` after a fee (see {@link INCLUDES_NOTE}); one scan back. */
function withoutIncludes(level: string): string {
  if (!level.endsWith(")")) return level;
  const open = level.lastIndexOf(INCLUDES_NOTE);
  if (open <= 0 || level.indexOf(")", open) !== level.length - 1) return level;
  const fee = level.slice(0, open);
  return fee.endsWith("费") || fee.endsWith("费用") ? fee : level;
}

/** A code word at the end of a header level: 代码 (`科目代码`, `单位代码` as `…编码`). */
const CODE_WORD = /代码$/u;

/** A fee word before 及 joining two fees (`公务用车购置费及运行维护费`, `购置费用及…`). */
const FEE_AND = /费用?及/gu;

/** How a balance carried over is worded after its period word: 结转结余, 结转和结余, 结余, 结转资金 … */
const CARRIED_BODIES: readonly string[] = [
  "结转结余",
  "结转和结余",
  "结余结转",
  "结转",
  "结余",
  "结转资金",
  "结余资金",
  "结转结余资金",
];

/** The words before a balance carried over from last year, and those before one carried forward. */
const CARRIED_OVER = ["上年", "上年度", "年初"] as const;
const CARRIED_FORWARD = ["年终", "年末"] as const;

const carried = (periods: readonly string[]): string[] =>
  periods.flatMap((period) => CARRIED_BODIES.map((body) => `${period}${body}`));

/**
 * The three fiscal funds by the stems printers name them with (`政府性基金预算`, `政府性基金`), the
 * first the one the others read as.
 */
const FISCAL_FUND_STEMS: readonly (readonly string[])[] = [
  ["一般公共预算"],
  ["政府性基金", "政府性基金预算"],
  ["国有资本经营预算", "国有资本经营"],
];

/**
 * What printers put after a fiscal fund's stem to name its money or its income: nothing, 拨款, 资金,
 * 财政拨款, each with 收入 after it or not (`一般公共预算拨款收入`, `一般公共预算收入`,
 * `政府性基金预算资金收入`, `国有资本经营预算财政拨款`).
 */
const FUND_SUFFIXES: readonly string[] = ["", "拨款", "资金", "财政拨款"].flatMap((s) => [
  s,
  `${s}收入`,
]);

/**
 * The words closing a money's name as its income or its funds (`财政拨款收入`, `财政拨款资金`):
 * the same money as without them where the context says whose it is (an `其中：` part). @internal
 */
export const MONEY_ENDINGS: readonly string[] = ["收入", "资金"];

/** Each fiscal fund's wordings: its stems with each of {@link FUND_SUFFIXES}, the first stem bare first. */
const fiscalFundWordings = (): readonly (readonly string[])[] =>
  FISCAL_FUND_STEMS.map((stems) =>
    stems.flatMap((stem) => FUND_SUFFIXES.map((s) => `${stem}${s}`)),
  );

/**
 * Wordings printers use for the same line or column, as data: each list's first wording is the
 * one the others read as (keys after `normalizeLabel`, brackets half-width). A fund's income
 * (see {@link FUND_SUFFIXES}: `一般公共预算拨款收入`, `一般公共预算收入`, `一般公共预算资金` for
 * 一般公共预算), 财政专户 money with or without 管理 (`财政专户资金收入`, `纳入财政专户管理的收入`),
 * an income named without its closing 收入 where the rest says whose it is (`上级补助`,
 * `附属单位上缴`), the balance
 * carried over from last year (`上年度结转结余`, `上年结余`, `上年结转`, `年初结转结余`,
 * `上年结转资金`) and the one carried forward (`年末结转和结余`, `结转下年`) (the year's total by its
 * 小计, `本年收入小计`, is read by {@link yearsTotal}). A wording standing
 * for more than one thing (`财政拨款（补助）`, `财政拨款收入`: all fiscal funds or one, by printer;
 * `上年财政拨款结转结余`: all the carry-over in a 财政拨款收支总表, a part of it in a 部门收支总表) is
 * not listed: it stays unread rather than guessed, or a table lists it as its own line.
 */
const SAME_WORDINGS = (): readonly (readonly string[])[] => [
  ...fiscalFundWordings(),
  [
    "财政专户管理资金",
    "财政专户管理资金收入",
    "纳入财政专户管理的非税收入",
    "财政专户管理的非税收入",
    "财政专户资金",
    "财政专户资金收入",
    "纳入财政专户管理的收入",
    "纳入财政专户管理的资金",
    "纳入财政专户管理资金收入",
  ],
  ["事业单位经营收入", "经营收入"],
  ["上级补助收入", "上级补助"],
  ["附属单位上缴收入", "附属单位上缴"],
  ["上年结转结余", ...carried(CARRIED_OVER)],
  ["年终结转结余", ...carried(CARRIED_FORWARD), "结转下年", "结转下年度"],
  ["上年财政拨款结转结余", ...carried(CARRIED_OVER.map((p) => `${p}财政拨款`))],
  ["年终财政拨款结转结余", ...carried(CARRIED_FORWARD.map((p) => `${p}财政拨款`))],
];

/** Each listed wording → the first of its list, made on first use (no module-level call). */
let wording: ReadonlyMap<string, string> | undefined;
const WORDING = (): ReadonlyMap<string, string> =>
  (wording ??= new Map(
    SAME_WORDINGS().flatMap(([first, ...rest]) =>
      first === undefined
        ? []
        : rest.filter((w) => w !== first).map((w): [string, string] => [normalizeLabel(w), first]),
    ),
  ));

/**
 * A leading mark of this year's figures: 本年 / 本年度, or 当年 / 当年度 as some printers word it
 * (`本年收入总计`, `当年支出合计`, `当年财政拨款`). @internal
 */
export const THIS_YEAR = /^[本当]年度?/u;

/**
 * A label marked 本年 with a closing 总计 or 小计 read as 合计 (`本年收入总计`, `本年收入小计` as
 * `本年收入合计`), and with `under` (a header level right under a 本年 level: `本年收入/总计`) a
 * closing 总计 only (a 小计 there may be a part's, as `本年收入/小计` is listed where it is the
 * year's): a total of this year's is its 合计, never the grand 总计, which adds the balance
 * carried over from last year (no 本年 figure). Other labels unchanged. @internal
 */
export function yearsTotal(label: string, under = false): string {
  const other = ["总计", ...(under ? [] : ["小计"])].find((w) => label.endsWith(w));
  return other === undefined ? label : `${label.slice(0, -other.length)}合计`;
}

/** A label's leading {@link THIS_YEAR} mark as 本年, its year's total as {@link yearsTotal} reads it. */
function thisYears(label: string): string {
  const mark = THIS_YEAR.exec(label);
  return mark === null ? label : yearsTotal(`本年${label.slice(mark[0].length)}`);
}

/**
 * A header level or line label (already through `normalizeLabel`) with the wordings printers use
 * for the same column or line made one: a closing 费用 or 经费 reads as 费 (`因公出国(境)费用`,
 * `因公出国(境)经费`, `机关运行经费` compare as `因公出国(境)费`, `机关运行费`), a fee's closing note of what it includes goes
 * (`公务接待费(含外宾接待)` as `公务接待费`; not `(不含…)`), 运行维护 as 运行
 * (`公务用车运行维护费`, `公务用车购置及运行维护费` compare as `公务用车运行费`, `公务用车购置及运行费`),
 * a fee named before 及 as the fees named together (`公务用车购置费及运行维护费` as
 * `公务用车购置及运行费`), a closing 代码 as 编码 (`科目代码`, `单位代码`), 功能科目 / 经济科目 as
 * 功能分类科目 / 经济分类科目 (`功能科目编码`), a leading 本年度 / 当年 / 当年度 as 本年 and a 本年 label's
 * closing 总计 or 小计 as 合计 (see {@link yearsTotal}: `本年收入总计`, `本年收入小计`,
 * `当年收入合计` as `本年收入合计`), and a whole wording listed in {@link SAME_WORDINGS} as the first of its list (`上年度结转结余`,
 * `年初结转结余` as `上年结转结余`; `一般公共预算拨款收入` as `一般公共预算`). Printed headers and
 * labels and the template's variants all go through it, so a template lists one of each. Linear:
 * one scan back for a `(含` note, one anchored regex, one fixed-string replacement and one map look-up. @internal
 */
export function headerWording(level: string): string {
  const fee = withoutIncludes(thisYears(level))
    .replace(FEE_WORD, "费")
    .replace(FEE_AND, "及")
    .replaceAll("运行维护", "运行")
    .replace(CODE_WORD, "编码")
    .replaceAll("功能科目", "功能分类科目")
    .replaceAll("经济科目", "经济分类科目");
  return WORDING().get(fee) ?? fee;
}

/**
 * A line label's key: `normalizeLabel`, then {@link headerWording}. Remembered by label (a
 * document's line labels recur across its tables). @internal
 */
export const labelKey: (label: string) => string = /* @__PURE__ */ memoByString((label) =>
  headerWording(normalizeLabel(label)),
);
