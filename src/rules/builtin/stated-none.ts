/**
 * A table (决算 or budget) printed empty under a note saying there was none of its subject
 * (`本年度没有财政拨款“三公”经费支出，故本表无数据`, `本单位无此项支出`, `故本表为空表`): its blanks are
 * stated zeros, so the text's figure of it (决算 情况说明) or the spending by its economic codes
 * (`sanGong.bound`) can be held against 0. A blank under no such note may be
 * unstated and is never compared. The note's words are those of the empty-table vocabulary the
 * printed reader and the `table.note` rule share (`disclosure/empty-note`).
 */
import { isZero } from "../../amount";
import {
  BARE_NONE,
  EMPTY_TABLE,
  isLegend,
  NONE_WORD,
  NONE_WORDS,
} from "../../disclosure/empty-note";
import { CLAUSE_MARKS, splitAt, splitSentences } from "../../disclosure/sentence-marks";
import type { Concept, Fact, SourceCell } from "../../facts";
import type { RuleContext } from "../types";

/** The tables whose note may state their blanks as zeros, by template id. @internal */
export type NoneTable = "sanGong" | "govFund";

/**
 * Per table: the words of its whole subject (a clause saying there is none of it says the table is
 * empty: `本单位2024年度没有“三公”经费支出`), of its parts (a clause saying there is none of one says
 * nothing of the others: `无因公出国（境）费支出`), and of other fund budgets (a note speaking of
 * one of them speaks of another table).
 */
const WORDS: Readonly<
  Record<
    NoneTable,
    {
      readonly subject: readonly string[];
      readonly parts: readonly string[];
      readonly others: readonly string[];
      /** The template ids of its tables (a table of it printed with another's figures beside). */
      readonly tables: readonly string[];
      /** The concept of its figures, where its tables print others' too (机关运行经费). */
      readonly concept?: Concept;
    }
  >
> = {
  sanGong: {
    subject: ["三公", "此项"],
    parts: ["因公出国", "公务用车", "公务接待", "购置", "运行维护"],
    others: [],
    tables: ["sanGong", "sanGongAndOperating"],
    concept: "sanGong",
  },
  govFund: {
    subject: ["政府性基金", "此项"],
    parts: ["基本支出", "项目支出", "结转", "结余"],
    others: ["国有资本经营", "一般公共预算"],
    tables: ["govFund"],
  },
};

/** A clause of the form's instructions, not a statement (`无…的，仍保留该表格式`, `如本表无数据…`). */
const CONDITIONAL = (clause: string): boolean =>
  /^(?:如果?|若)/u.test(clause) || clause.endsWith("的");

/**
 * The sentence of a note saying its table (of `kind`) has nothing because there was none of it
 * (`说明：本单位本年度没有“三公”经费支出，故本表无数据`), by one of its clauses.
 */
function noneSentence(note: string, kind: NoneTable): string | undefined {
  const words = WORDS[kind];
  const trimmed = note.trim();
  if (BARE_NONE.test(trimmed)) return trimmed;
  const names = (text: string, list: readonly string[]) => list.some((w) => text.includes(w));
  if (names(note, words.others) && !names(note, words.subject)) return undefined;
  const sentences = splitSentences(note).map((s) => s.trim());
  const clauses = sentences.map((s) => splitAt(s, CLAUSE_MARKS).map((c) => c.trim()));
  // a clause of a part alone (`本单位无因公出国（境）费支出，故此项无数据`): the note is of that part
  if (
    clauses
      .flat()
      .some((c) => NONE_WORD.test(c) && names(c, words.parts) && !names(c, words.subject))
  )
    return undefined;
  const says = (clause: string): boolean => {
    // a legend (`“-”表示无数据`) tells how a blank is printed, not that there was none
    if (clause === "" || CONDITIONAL(clause) || isLegend(clause) || names(clause, words.parts))
      return false;
    if (clause.includes(EMPTY_TABLE) || names(clause, NONE_WORDS)) return true;
    const none = clause.search(NONE_WORD);
    return none >= 0 && words.subject.some((s) => clause.indexOf(s, none) > none);
  };
  const at = clauses.findIndex((cs) => cs.some(says));
  return at < 0 ? undefined : sentences[at];
}

/** An empty table of `kind` whose note states it had none: that sentence of it, and where it is printed. @internal */
export interface StatedNone {
  readonly clause: string;
  readonly path: SourceCell;
}

/**
 * Whether every table of `kind` the document prints is empty (no figure of its subject other than
 * 0: a 机关运行经费 printed beside the 三公 is not one) under a
 * note saying there was none of its subject: the sentence saying so, and the table's note as a path;
 * `undefined` where no such table is printed, one prints a figure, or one's note does not say so.
 * @internal
 */
export function statedNone(ctx: RuleContext, kind: NoneTable): StatedNone | undefined {
  let found: StatedNone | undefined;
  const { tables, concept } = WORDS[kind];
  const its = (f: Fact) => concept === undefined || f.concept === concept;
  for (const t of ctx.tables) {
    if (!tables.includes(t.kind?.id ?? "")) continue;
    const money = t.rows.some((r) =>
      r.facts.some((f) => its(f) && f.value !== null && !isZero(f.value)),
    );
    const note = t.table.note ?? "";
    const clause = money ? undefined : noneSentence(note, kind);
    if (clause === undefined) return undefined;
    found ??= { clause, path: { table: t.table.kind, row: "", column: "", raw: note.trim() } };
  }
  return found;
}
