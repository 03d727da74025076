import {
  type Amount,
  amount,
  compareAmounts,
  formatAmount,
  percentage,
  sumAmounts,
} from "../../amount";
import { normalizeName } from "../../codes";
import type { Fund } from "../../facts";
import { L, outcomeOf, p } from "../../rules/builtin/shared";
import type { AnyFact } from "../../rules/derive";
import { evidenceOf } from "../../rules/evidence";
import { allGroups } from "../../rules/groups";
import type { Finding, Rule, RuleContext } from "../../rules/types";
import type { ItemisedSection } from "../../templates";
import type { AmountClaim, Span } from "../types";
import { paragraphsOf, type Range, rangeOf } from "./layout";
import { phrase, readTexts, reference, type SectionReading } from "./read";
import { textAt, textFinding } from "./shared";

const squeeze = (s: string) => s.replace(/\s/gu, "");

/** A numbered entry's opening (`1.`, `2、`, `（3）`, `四、`), at its line's start. */
const ENTRY_MARK =
  /^[\s\u3000]{0,4}(?:[0-9]{1,3}[.．、]|[（(][0-9一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)/u;
/** How far before a figure its entry's line start is looked for (characters: linear). */
const ENTRY_SPAN = 80;
/** The first characters of the line holding `at`, when it starts at most {@link ENTRY_SPAN} before. */
const lineHead = (body: string, at: number): string => {
  const from = Math.max(0, at - ENTRY_SPAN);
  const nl = body.slice(from, at).lastIndexOf("\n");
  if (nl < 0 && from > 0) return "";
  const start = nl < 0 ? 0 : from + nl + 1;
  return body.slice(start, start + 12);
};

/** The paragraphs an itemised section covers: after its heading, up to the next title line. */
function sectionRange(
  read: SectionReading,
  spec: ItemisedSection,
): { readonly heading: Range; readonly range: Range } | undefined {
  const body = read.section.body;
  const paragraphs = paragraphsOf(body);
  const withFigures = new Set(read.reading.claims.map((c) => rangeOf(paragraphs, c.span)));
  for (const u of read.reading.unplaced) withFigures.add(rangeOf(paragraphs, u.span));
  const start = paragraphs.findIndex(
    (r, i) =>
      !withFigures.has(i) &&
      spec.headings.some((h) => squeeze(body.slice(r.start, r.end)).includes(h)),
  );
  const heading = paragraphs[start];
  if (heading === undefined) return undefined;
  // The next title line: no figures, at most 30 characters, no sentence punctuation.
  const next = paragraphs.findIndex((r, i) => {
    const text = squeeze(body.slice(r.start, r.end));
    return i > start && !withFigures.has(i) && text.length <= 30 && !/[。；;，,：:]/u.test(text);
  });
  return { heading, range: { start: heading.end, end: paragraphs[next]?.start ?? body.length } };
}

/** A 科目's money in the tables: the fact, and its value (never blank). */
interface Money {
  readonly fact: AnyFact;
  readonly value: Amount;
}

/** The tables' 科目 with money from the section's funds, at a code length, and every 科目 they print. */
function tableItems(
  ctx: RuleContext,
  funds: readonly Fund[],
  width: number,
): { readonly money: Map<string, Money>; readonly printed: Set<string> } {
  const money = new Map<string, Money>();
  const printed = new Set<string>();
  for (const group of allGroups(ctx)) {
    const ref = reference(group);
    const code = ref?.coords.functional;
    if (ref === undefined || ref.concept !== "spending" || code === undefined) continue;
    printed.add(code);
    const only = Object.keys(ref.coords).every((d) => d === "functional" || d === "fund");
    const fund = ref.coords.fund;
    if (!only || code.length !== width || fund === undefined || !funds.includes(fund)) continue;
    if (ref.value === null || !/[1-9]/u.test(ref.value.value) || money.has(code)) continue;
    money.set(code, { fact: ref, value: ref.value });
  }
  return { money, printed };
}

/** The lengths of a 类, 款 and 项 code. */
const CODE_LENGTHS = [3, 5, 7];
/** What a printed code may be split by (`208 05 02`, `208-05-02`). */
const CODE_SPLITS = " \u3000-－";

/** What the rows the reader could not place may print: codes (see {@link unreadRows}) and names. */
interface Unread {
  readonly codes: ReadonlySet<string>;
  /** Their printed names, normalised (`事业单位医疗` under a misprinted code `7 11 02`). */
  readonly names: ReadonlySet<string>;
}

/**
 * What the rows the reader could not place may print, in the tables whose rows are 科目 (a row
 * it could not place, or whose functional code it could not read): the 类, 款 and 项 prefixes of
 * each run of digits in its label, name and code (`2080502 事业单位离退休` in the name column,
 * `208 05 02`), and its name; or `undefined` where such a row prints no digits at all (it may
 * stand for any 科目).
 */
function unreadRows(ctx: RuleContext): Unread | undefined {
  const codes = new Set<string>();
  const names = new Set<string>();
  const addRun = (run: string) => {
    for (const n of CODE_LENGTHS) if (run.length >= n) codes.add(run.slice(0, n));
  };
  for (const t of ctx.tables) {
    if (t.kind?.rowKinds.includes("functional") !== true) continue;
    for (const r of t.rows) {
      const key = r.row.key;
      const unread =
        key.kind === "unplaced" || (key.kind === "functional" && r.coords === undefined);
      if (!unread) continue;
      const printed = `${key.kind === "unplaced" ? key.label : key.code} ${r.row.name ?? ""}`;
      let run = "";
      let any = false;
      let name = "";
      for (const c of printed) {
        if (c >= "0" && c <= "9") {
          run += c;
          any = true;
        } else if (!CODE_SPLITS.includes(c) || run === "") {
          addRun(run);
          run = "";
          if (!CODE_SPLITS.includes(c)) name += c;
        }
      }
      addRun(run);
      if (!any) return undefined;
      const bare = normalizeName(name);
      if (bare !== "") names.add(bare);
    }
  }
  return { codes, names };
}

/** Whether a row the reader could not place may print an entry: its code's digits, or its name. */
const mayPrintEntry = (unread: Unread, path: AmountClaim["path"] & object): boolean => {
  if (unread.codes.has(path.code)) return true;
  const name = path.names.at(-1)?.name;
  return name !== undefined && unread.names.has(normalizeName(name));
};

/**
 * Where the template's narrative explains spending 科目 by 科目 (Shanghai: 财政拨款支出主要内容),
 * every 科目 the tables give money from the section's funds has an entry, at the level the entries
 * are printed (类 or 项), save for those under the section's `minShare` of that money (主要内容:
 * the main ones); a 科目 without one is a warning. An entry for a 科目 the tables do not
 * print at all is an error, unless a row of a 科目 table the reader could not place may print it
 * (a run of its digits starts with the code, or it prints none). When an entry's name cannot be read, nothing is said about missing
 * ones (it may be one of them). @internal
 */
export const narrativeItemsRule: Rule = {
  id: "narrative.items",
  severity: "warning",
  domain: "wording",
  reads: ["template.document.itemised", "科目 paths in text sections", "functional spending"],
  title: /*#__PURE__*/ L(
    "说明逐项说明有资金的科目",
    "The narrative explains every 科目 with money",
  ),
  message: (f) => {
    const at = textAt(f);
    return p(f, "kind") === "unknown"
      ? L(
          `${at["zh-CN"]} 说明的科目 ${p(f, "code")} 在表中没有。`,
          `${at.en} explains 科目 ${p(f, "code")}, which no table prints.`,
        )
      : L(
          `${at["zh-CN"]} 没有说明科目 ${p(f, "code")}（${p(f, "name")}），表中该科目为 ${p(f, "amount")}${p(f, "unit")}。`,
          `${at.en} does not explain 科目 ${p(f, "code")} (${p(f, "name")}), which the tables give ${p(f, "amount")} ${p(f, "unit")}.`,
        );
  },
  check: (ctx, severity) => {
    const specs = ctx.template.document?.itemised ?? [];
    // A row the reader could not place may print the code (`2080502 事业单位离退休` in the name
    // column): an entry only such a row may print is the reader's gap (coverage), not an error.
    const mayPrint = unreadRows(ctx);
    const names = new Map<string, string>();
    for (const t of ctx.tables)
      for (const r of t.rows)
        if (r.row.key.kind === "functional" && r.row.name !== undefined)
          names.set(r.row.key.code, r.row.name);
    const findings: Finding[] = [];
    let sections = 0;
    for (const read of readTexts(ctx))
      for (const spec of specs) {
        const found = sectionRange(read, spec);
        if (found === undefined) continue;
        const inside = (s: { start: number }) =>
          s.start >= found.range.start && s.start < found.range.end;
        const entries = read.reading.claims.filter(
          (c): c is AmountClaim & { path: NonNullable<AmountClaim["path"]> } =>
            c.kind === "amount" && c.path !== undefined && inside(c.span),
        );
        const width = Math.max(0, ...entries.map((e) => e.path.code.length));
        if (width === 0) continue;
        sections++;
        const { money, printed } = tableItems(ctx, spec.funds, width);
        if (printed.size === 0) continue;
        // The tables given print 科目 to the entries' depth (an extract of a document may give
        // only tables by 类, or none by 科目 of the section's funds): else no entry is unknown.
        const deep = [...printed].some((c) => c.length >= width);
        for (const e of entries)
          if (
            deep &&
            !printed.has(e.path.code) &&
            mayPrint !== undefined &&
            !mayPrintEntry(mayPrint, e.path)
          )
            findings.push(
              textFinding(
                "narrative.items",
                "error",
                read,
                e.span,
                phrase(read.section.body, e.span),
                { kind: "unknown", code: e.path.code },
              ),
            );
        // An entry the reader could not read (`住房保障支出（221）…`, `《…》科目…`): a name it could
        // not read, or a figure left unplaced on a numbered entry's line before any entry read on
        // it (its own amount), may be the one missing. One after the line's read entry (`2. “…
        // （项）”76.76万元，…，其中约5万元…`) is of that entry, not another.
        const body = read.section.body;
        const lines = paragraphsOf(body);
        const firstEntry = new Map<number, number>();
        for (const e of entries) {
          const line = rangeOf(lines, e.span);
          if (!firstEntry.has(line)) firstEntry.set(line, e.span.start);
        }
        const ownAmount = (u: { readonly span: Span }) =>
          ENTRY_MARK.test(lineHead(body, u.span.start)) &&
          (firstEntry.get(rangeOf(lines, u.span)) ?? Number.POSITIVE_INFINITY) > u.span.start;
        const unread = read.reading.unplaced.some(
          (u) =>
            inside(u.span) && (u.reason === "unknown-name" || (u.carriesAmount && ownAmount(u))),
        );
        if (unread) continue;
        const codes = new Set(entries.map((e) => e.path.code));
        // An entry for a code, or for its 款 or 类, explains it.
        const explained = (code: string) =>
          codes.has(code) || codes.has(code.slice(0, 5)) || codes.has(code.slice(0, 3));
        const heading = {
          start: found.heading.start,
          end: found.heading.end,
          text: read.section.body.slice(found.heading.start, found.heading.end),
        };
        const total = sumAmounts([...money.values()].map((m) => m.value));
        const main = (a: Amount) => {
          if (spec.minShare === undefined) return true;
          const share = percentage(a, total, { decimals: 4 });
          return !share.ok || compareAmounts(amount(share.value), amount(spec.minShare)) >= 0;
        };
        for (const [code, { fact, value }] of money) {
          if (explained(code) || !main(value)) continue;
          findings.push(
            textFinding(
              "narrative.items",
              severity,
              read,
              heading,
              heading.text.trim(),
              {
                kind: "missing",
                code,
                name: names.get(code) ?? "",
                amount: formatAmount(value, { grouping: true }),
                unit: value.unit,
              },
              [evidenceOf(fact)],
            ),
          );
        }
      }
    return { outcome: outcomeOf(findings, sections > 0), findings, checked: [] };
  },
};
