/**
 * An empty 三公 table whose note says there was none (`本部门无“三公”经费预算`, `本单位2024年无一般公共预算
 * “三公”经费支出`, a note printed in place of the table): each item it leaves blank is a stated 0,
 * held against the spending on the item's economic codes (30217 公务接待费, 30231 公务用车运行维护费,
 * 30212 因公出国（境）费用, 31013 / 30913 公务用车购置) like a printed figure (`sanGong.bound`). A
 * blank under no such note may be unstated and is never compared (DOMAIN: blank ≠ 0 unless
 * something confirms it).
 */
import { isZero, parseAmount, type Unit, zeroAmount } from "../../amount";
import type { Coordinates, Fact, Fund } from "../../facts";
import type { Localized } from "../../locale";
import type { CodesMeasure } from "../../measures";
import { fundWithin } from "../../measures/scope";
import type { MessageLabels } from "../labels";
import type { Finding, RuleContext } from "../types";
import { amountOf, fromOf, L, p } from "./shared";
import { type StatedNone, statedNone } from "./stated-none";

/** The fund budgets a note may confine itself to (`无一般公共预算“三公”经费`), and each one's fund. */
/** The fund budgets a note may name, and the fund each stands for (`table.note` reads them too). @internal */
export const NOTE_FUNDS: readonly (readonly [string, Fund])[] = [
  ["一般公共预算", "gpb"],
  ["政府性基金", "govFund"],
  ["国有资本经营", "soe"],
];

/** The decimals a 三公 table prints in each unit (万元 to the 0.01, 元 whole), for the stated 0. */
const DECIMALS: Readonly<Record<Unit, number>> = { 元: 0, 万元: 2, 亿元: 2 };

/** The names of the 三公 items, by the item a measure states, for the message. */
export const SAN_GONG_ITEM_NAMES: Readonly<Record<string, Localized>> = {
  abroad: /*#__PURE__*/ L("因公出国（境）费", "travel abroad"),
  vehicles: /*#__PURE__*/ L("公务用车购置及运行费", "official vehicles"),
  "vehicles.purchase": /*#__PURE__*/ L("公务用车购置费", "vehicle purchase"),
  "vehicles.operation": /*#__PURE__*/ L("公务用车运行维护费", "vehicle operation"),
  reception: /*#__PURE__*/ L("公务接待费", "official reception"),
};

/** An empty 三公 table's stated none: the note's sentence, where it is, its unit. @internal */
export interface SanGongNone extends StatedNone {
  readonly unit: Unit;
  /** The fund budget the sentence confines itself to (`一般公共预算`), if it names one alone. */
  readonly fund?: Fund;
}

/**
 * Whether a 三公 table prints a figure other than 0 in a cell no column of another concept holds
 * (a column or row the reader could not place, `extra:…`): then the note may not be all it says,
 * and its blanks are not taken as zeros. A 机关运行经费 beside the items is the table's own.
 */
function printsUnread(t: RuleContext["tables"][number]): boolean {
  const kind = t.kind;
  if (kind?.concept !== "sanGong") return false;
  const other = new Set(
    kind.columns
      .filter((c) => c.concept !== undefined && c.concept !== "sanGong")
      .map((c) => c.key),
  );
  for (const row of t.table.rows)
    for (const [key, text] of Object.entries(row.cells)) {
      if (other.has(key)) continue;
      const a = parseAmount(text, t.table.unit);
      if (a.ok && a.value !== null && !isZero(a.value)) return true;
    }
  return false;
}

/**
 * The stated none of the document's 三公 tables, when every one is printed empty (no figure but 0)
 * under a note saying there was none of the 三公 (see `statedNone`); `undefined` otherwise.
 * @internal
 */
export function sanGongNone(ctx: RuleContext): SanGongNone | undefined {
  const stated = statedNone(ctx, "sanGong");
  if (stated === undefined || ctx.tables.some(printsUnread)) return undefined;
  const table = ctx.tables.find((t) => t.kind?.concept === "sanGong");
  const named = NOTE_FUNDS.filter(([w]) => stated.clause.includes(w));
  const only = named.length === 1 ? named[0]?.[1] : undefined;
  return {
    ...stated,
    unit: table?.table.unit ?? "万元",
    ...(only === undefined ? {} : { fund: only }),
  };
}

/**
 * The item's measure confined to the fund budget the note speaks of (a note of the 一般公共预算's
 * 三公 says nothing of 30217 paid from 政府性基金): each of its funds inside that budget kept, one
 * holding it narrowed to it, the others left out. `undefined` when none is left.
 * @internal
 */
export function withinNote(def: CodesMeasure, fund: Fund | undefined): CodesMeasure | undefined {
  if (fund === undefined) return def;
  const funds = (def.funds ?? [undefined]).flatMap((f): Fund[] =>
    fundWithin(f, fund) && f !== undefined ? [f] : fundWithin(fund, f) ? [fund] : [],
  );
  return funds.length === 0 ? undefined : { ...def, funds };
}

/**
 * The 0 the note states for an item, as a fact printed at the note, in the table's unit and
 * precision (so 40元 of 30217 under a 0.00万元 is rounding, not a contradiction).
 * @internal
 */
export function statedZero(none: SanGongNone, item: Coordinates["item"]): Fact {
  return {
    concept: "sanGong",
    coords: item === undefined ? {} : { item },
    value: zeroAmount(none.unit, DECIMALS[none.unit]),
    source: none.path,
  };
}

/**
 * The message of a stated none contradicted: the note, the item it makes 0, and the spending on
 * the item's codes (`sanGong.bound`). @internal
 */
export const statedNoneMessage = (f: Finding, labels: MessageLabels): Localized => {
  const table = labels.table(f.path?.table ?? "");
  const item = p(f, "item");
  const name = SAN_GONG_ITEM_NAMES[item] ?? L(item, item);
  const from = fromOf(f, labels);
  const codes = p(f, "codes").split("/");
  return L(
    `【${table["zh-CN"]}】注明“${p(f, "note")}”（${name["zh-CN"]}即为 0），但 ${codes.join("、")} 之和为 ${amountOf(f, "expected", "zh-CN")}（${from["zh-CN"]}）：“三公”经费含基本和项目支出，不应小于该数。`,
    `[${table.en}] notes "${p(f, "note")}" (${name.en} is 0), but ${codes.join(", ")} sum to ${amountOf(f, "expected", "en")} (${from.en}): 三公 covers basic and project money, so it cannot be less.`,
  );
};
