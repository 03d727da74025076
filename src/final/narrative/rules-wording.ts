import { spendingStem } from "../../codes/names";
import type { Finding, Rule, RuleContext, Severity } from "../../rules/types";
import {
  narrativeOf,
  narrativeRule,
  param,
  q,
  sectionParagraphs,
  textFinding,
  zh,
} from "./support";
import type { BudgetItem } from "./types";
import { nameKey, placeholdersIn } from "./wording";

/** A 项 name as a use text may name it: normalised, without a trailing `支出`. */
const subject = spendingStem;

/** The placeholders the text sections still print, each with the words around it. */
function placeholders(ctx: RuleContext, severity: Severity, out: Finding[]): boolean {
  let any = false;
  // a placeholder the page wrapped (`下降（增` / `长）`) is read in its paragraph
  const paragraphs = sectionParagraphs(ctx);
  for (const [k, t] of ctx.disclosure.texts.entries())
    for (const text of [t.title, (paragraphs[k]?.texts ?? []).join("\n")]) {
      if (text.trim() !== "") any = true;
      for (const p of placeholdersIn(text)) {
        // up to 30 characters either side, within the paragraph (a bounded window: linear)
        const before = text.slice(Math.max(0, p.at - 30), p.at);
        const after = text.slice(p.at, p.at + 30);
        const cut = after.indexOf("\n");
        const around =
          before.slice(before.lastIndexOf("\n") + 1) + (cut < 0 ? after : after.slice(0, cut));
        out.push(
          textFinding("final.narrative.wording", severity, "placeholder", around, {
            printed: p.word,
          }),
        );
      }
    }
  return any;
}

/**
 * Whether a use text names what sets an item's 项 apart from the other's: its name without the
 * words they share at the start and at the end (`行政` of 行政单位医疗 beside 事业单位医疗, in
 * `行政、事业单位医疗保险支出`; `职业年金` of 机关事业单位职业年金缴费 beside 机关事业单位基本养老保险
 * 缴费; `初中` of 初中教育 beside 高中教育, a one-character part named with a neighbour). Such a
 * text describes both 项 together, not the other's alone.
 */
function namesOwnPart(use: string, own: string, other: string): boolean {
  let head = 0;
  while (head < own.length && own[head] === other[head]) head++;
  let tail = 0;
  while (
    tail < own.length - head &&
    tail < other.length - head &&
    own[own.length - 1 - tail] === other[other.length - 1 - tail]
  )
    tail++;
  const part = own.slice(head, own.length - tail);
  if (part.length === 0 || part.length >= own.length) return false;
  if (part.length >= 2) return use.includes(part);
  // one character sets them apart (初中教育 / 高中教育): named with a neighbour of its own (`初中`)
  const next = own.slice(head, own.length - tail + 1);
  const before = head > 0 ? own.slice(head - 1, own.length - tail) : "";
  return (next.length === 2 && use.includes(next)) || (before.length === 2 && use.includes(before));
}

/** 主要用于 copied from another 项: the same words, naming that 项 and not its own. */
function copiedUses(ctx: RuleContext, severity: Severity, out: Finding[]): boolean {
  const items = narrativeOf(ctx).items.filter((i) => i.use !== undefined && i.names.length === 3);
  // per use text, the first two items whose own 项 it names (distinct 项): linear in the items
  const naming = new Map<string, BudgetItem[]>();
  for (const item of items) {
    const use = nameKey(item.use ?? "");
    const own = subject(item.names[2] ?? "");
    if (own === "" || !use.includes(own)) continue;
    const list = naming.get(use) ?? [];
    if (list.length < 2 && !list.some((o) => subject(o.names[2] ?? "") === own)) list.push(item);
    naming.set(use, list);
  }
  for (const item of items) {
    const use = nameKey(item.use ?? "");
    const own = subject(item.names[2] ?? "");
    if (own === "" || use.includes(own)) continue;
    const from = naming.get(use)?.find((o) => subject(o.names[2] ?? "") !== own);
    if (from === undefined || namesOwnPart(use, own, subject(from.names[2] ?? ""))) continue;
    out.push(
      textFinding("final.narrative.wording", severity, "copiedUse", item.text, {
        printed: item.use ?? "",
        item: item.names[2] ?? "",
        number: String(item.number),
        from: String(from.number),
        fromItem: from.names[2] ?? "",
      }),
    );
  }
  return items.length > 1;
}

/**
 * The wording of a 决算 情况说明: no template placeholder left (`增长（下降）`, `XX`), a growth rate
 * printed with its `%`, and no 主要用于 copied from another 项 (the same words, naming that 项).
 */
export const finalWordingRule: Rule = /*#__PURE__*/ narrativeRule(
  "final.narrative.wording",
  ["决算说明的措辞完整准确", "The 决算 text's wording is complete and its own"],
  ["情况说明"],
  {
    placeholder: (f, l) =>
      zh(l)
        ? `${q(f)} 中仍有模板占位词“${param(f, "printed")}”。`
        : `${q(f)} still prints the template's placeholder "${param(f, "printed")}".`,
    noPercent: (f, l) =>
      zh(l)
        ? `${q(f)} 中的增减幅度 ${param(f, "printed")} 缺少“%”。`
        : `${q(f)}: the growth rate ${param(f, "printed")} lacks its "%".`,
    copiedUse: (f, l) =>
      zh(l)
        ? `第 ${param(f, "number")} 项（${param(f, "item")}）的“主要用于：${param(f, "printed")}”与第 ${param(f, "from")} 项（${param(f, "fromItem")}）相同，说的是后者。`
        : `Item ${param(f, "number")} (${param(f, "item")}) says it is used for "${param(f, "printed")}", the words of item ${param(f, "from")} (${param(f, "fromItem")}), naming that one.`,
  },
  (ctx, severity, out) => {
    const any = placeholders(ctx, severity, out);
    for (const c of narrativeOf(ctx).changes)
      if (c.bare !== undefined)
        out.push(
          textFinding("final.narrative.wording", severity, "noPercent", c.text, {
            printed: c.bare,
          }),
        );
    return copiedUses(ctx, severity, out) || any;
  },
);
