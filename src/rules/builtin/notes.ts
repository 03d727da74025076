import { isZero } from "../../amount";
import {
  BARE_NONE,
  EMPTY_TABLE,
  isLegend,
  NONE_WORD,
  NONE_WORDS,
  saysNone,
} from "../../disclosure/empty-note";
import { splitClauses } from "../../disclosure/sentence-marks";
import type { Fact } from "../../facts";
import { type AnyFact, isDerived } from "../derive";
import { evidenceOf } from "../evidence";
import { sharedGroups } from "../groups";
import type { Finding, Rule } from "../types";
import { NOTE_FUNDS } from "./san-gong-none";
import { atOf, L, outcomeOf, p } from "./shared";

/**
 * Parts of a table a note may say there is none of, the table itself printing the rest
 * (`本表无基本支出数据`, `无上年结转`): such a note explains the table, it does not say it is empty.
 */
const PARTS = [
  "基本支出",
  "项目支出",
  "人员经费",
  "公用经费",
  "上年结转",
  "年初结转",
  "年终结转",
  "结转",
  "结余",
  "财政专户",
  "单位资金",
  "事业收入",
  "经营收入",
  "其他收入",
  "政府采购",
  "资本性支出",
  "“三公”",
  "三公",
  "因公出国",
  "公务用车",
  "公务接待",
  "机关运行经费",
  "机构运转经费",
  "其他运转类",
  "特定目标类",
];
/**
 * Whether a run of a note names a part of the table, or fund budgets none of which is its own
 * (`国有资本经营预算` under a 政府性基金 table; any under a table of no one fund).
 */
function partIn(text: string, fund: string | undefined): boolean {
  if (PARTS.some((w) => text.includes(w))) return true;
  const named: readonly string[] = NOTE_FUNDS.filter(([w]) => text.includes(w)).map(([, f]) => f);
  return named.length > 0 && (fund === undefined || !named.includes(fund));
}

/**
 * Whether what a clause says there is none of is a part of the table (a part of its spending,
 * or a fund budget other than the table's own `fund`), not the table's whole subject: named
 * after its first `无` / `没有` (`本表无基本支出数据`, `无上年结转`, `无政府性基金预算安排的基本支出`),
 * or before it, as the clause's subject (`公务用车购置费无此项支出`, `基本支出无数据`).
 */
function namesPart(clause: string, fund: string | undefined): boolean {
  const at = clause.search(NONE_WORD);
  if (at < 0) return false;
  return partIn(clause.slice(at), fund) || partIn(clause.slice(0, at), fund);
}

/**
 * The words a clause with no subject of its own may open with before its none-word
 * ({@link NONE_WORD}), saying there is none of what the clause before spoke of (`…，故无数据`,
 * `…，因此此项无数据`, `公务用车购置费为0，无数据`). Bounded, so linear.
 */
const FOLLOWS_ON = /^(?:故|因此|所以|因而|从而|则)?(?:此项|该项|均|也|亦|暂)?/u;

/** Whether a clause opens, after {@link FOLLOWS_ON}'s words, with a none-word. */
const followsOn = (clause: string): boolean =>
  clause.slice(FOLLOWS_ON.exec(clause)?.[0].length ?? 0).search(NONE_WORD) === 0;

/**
 * Whether a clause speaks of a part of the table the clause before named (`2024年本部门无因公出国
 * （境）费预算，故无数据`): a part of its spending, or on a table of no one fund, a fund budget.
 * On a table of one fund, another fund's `…，故无数据` is that fund's empty-table note.
 */
function followsPart(clause: string, before: string, fund: string | undefined): boolean {
  if (!followsOn(clause.trim())) return false;
  return PARTS.some((w) => before.includes(w)) || (fund === undefined && partIn(before, fund));
}

/** Whether a clause says there is none of the table's own fund budget (`本部门无政府性基金预算`). */
function noneOfOwnFund(clause: string, fund: string | undefined): boolean {
  const word = NOTE_FUNDS.find(([, f]) => f === fund)?.[0];
  const at = clause.search(NONE_WORD);
  return word !== undefined && at >= 0 && clause.indexOf(word, at) > at;
}

/**
 * Whether a note says its table is empty: `空表`, a bare `无` / `（无）`, or a clause saying there
 * is nothing (`无数据`, `本表无…`, `无…安排`, `无` + the table's own fund budget) of the table's
 * whole subject, not of a part of it (`本表无基本支出数据`, `无上年结转`, another fund budget than
 * the table's `fund`; `…无因公出国（境）费，故无数据`), nor a legend (`“-”表示无数据`, `故此栏无数据`).
 */
function saysEmpty(note: string, fund: string | undefined): boolean {
  if (note.includes(EMPTY_TABLE) || BARE_NONE.test(note)) return true;
  // With no word of data (`无…安排`, `无政府性基金预算拨款`), a note naming a part elsewhere may say
  // its spending is of that part (`…，支出为上年结转`): it says the table is empty only with none.
  const parted = PARTS.some((w) => note.includes(w));
  let before = "";
  for (const clause of splitClauses(note)) {
    const stated = NONE_WORDS.some((w) => clause.includes(w));
    const none =
      (stated || (!parted && (saysNone(clause) || noneOfOwnFund(clause, fund)))) &&
      !isLegend(clause);
    if (none && !namesPart(clause, fund) && !followsPart(clause, before, fund)) return true;
    if (clause.trim() !== "") before = clause;
  }
  return false;
}

/**
 * A note printed under a table agrees with it: a note saying the table is empty (`本表为空表`,
 * `本单位无…安排`) under a table that prints amounts is an error; an empty-table note naming
 * another fund budget than the table's (a 国有资本经营 table whose note speaks of 政府性基金) is a
 * warning. @internal
 */
export const tableNoteRule: Rule = {
  id: "table.note",
  severity: "error",
  domain: "I17",
  reads: ["table notes", "the amounts of their table", "the fund the template fixes"],
  title: /*#__PURE__*/ L("表注与表一致", "A table's note agrees with the table"),
  message: (f, labels) => {
    const table = labels.table(f.path?.table ?? "");
    return p(f, "kind") === "otherFund"
      ? L(
          `【${table["zh-CN"]}】的空表说明“${p(f, "note")}”说的是另一类预算（${p(f, "named")}）。`,
          `[${table.en}]'s empty-table note "${p(f, "note")}" speaks of another budget (${p(f, "named")}).`,
        )
      : L(
          `【${table["zh-CN"]}】注明“${p(f, "note")}”，但表中印有金额（如 ${p(f, "amount")}）。`,
          `[${table.en}] notes "${p(f, "note")}", but the table prints amounts (e.g. ${p(f, "amount")}).`,
        );
  },
  check: (ctx, severity) => {
    const findings: Finding[] = [];
    let notes = 0;
    for (const t of ctx.tables) {
      const note = t.table.note?.trim() ?? "";
      const own = t.kind?.fixed?.fund;
      if (note === "" || !saysEmpty(note, own)) continue;
      notes++;
      const path = { table: t.table.kind, row: "", column: "", raw: note };
      const money = t.rows
        .flatMap((r) => r.facts)
        .find((f) => f.value !== null && !isZero(f.value));
      if (money !== undefined) {
        findings.push({
          ruleId: "table.note",
          severity,
          outcome: "fail",
          params: { kind: "notEmpty", note, amount: money.source.raw },
          evidence: [evidenceOf(money)],
          path,
        });
        continue;
      }
      const named = NOTE_FUNDS.filter(([w]) => note.includes(w)).map(([, f]) => f);
      const ownKnown = NOTE_FUNDS.some(([, f]) => f === own);
      if (ownKnown && named.length > 0 && own !== undefined && !named.includes(own))
        findings.push({
          ruleId: "table.note",
          severity: "warning",
          outcome: "fail",
          params: {
            kind: "otherFund",
            note,
            named: NOTE_FUNDS.filter(([, f]) => named.includes(f))
              .map(([w]) => w)
              .join("、"),
          },
          evidence: [],
          path,
        });
    }
    return { outcome: outcomeOf(findings, notes > 0), findings, checked: [] };
  },
};

/**
 * One fact printed blank in one place and as a zero elsewhere: the same quantity is presented two
 * ways (information, not an error). @internal
 */
export const blankZeroRule: Rule = {
  id: "presentation.blankZero",
  severity: "info",
  domain: "blank vs zero",
  reads: ["every fact printed more than once"],
  title: /*#__PURE__*/ L(
    "同一数字不应一处空白一处为零",
    "One figure, not blank here and zero there",
  ),
  message: (f, labels) => {
    const at = atOf(f, labels);
    const zero = labels.cells(f.evidence[1]?.sources ?? []);
    return L(
      `${at["zh-CN"]} 为空白，同一数字在 ${zero["zh-CN"]} 印为零。`,
      `${at.en} is blank, while the same figure is printed as zero at ${zero.en}.`,
    );
  },
  check: (ctx, severity) => {
    const findings: Finding[] = [];
    let groups = 0;
    const all = sharedGroups(ctx);
    for (let g = 0; g < all.length; g++) {
      const members = all[g] as readonly AnyFact[];
      // The printed members: how many, the first blank and the first zero (no list built).
      let printed = 0;
      let blank: Fact | undefined;
      let zero: Fact | undefined;
      // A group lists its printed facts before the derived ones (buildContext adds them first).
      for (let i = 0; i < members.length; i++) {
        const m = members[i] as AnyFact;
        if (isDerived(m)) break;
        printed++;
        if (m.value === null) blank ??= m;
        else if (zero === undefined && isZero(m.value)) zero = m;
      }
      if (printed < 2) continue;
      groups++;
      if (blank === undefined || zero === undefined) continue;
      findings.push({
        ruleId: "presentation.blankZero",
        severity,
        outcome: "fail",
        params: {},
        evidence: [evidenceOf(blank), evidenceOf(zero)],
        path: blank.source,
      });
    }
    return { outcome: groups === 0 ? "not-applicable" : "pass", findings, checked: [] };
  },
};
