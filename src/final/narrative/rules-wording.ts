import { normalizeName } from "../../codes";
import type { Finding, Rule, RuleContext, Severity } from "../../rules/types";
import { narrativeOf, narrativeRule, param, q, textFinding, zh } from "./support";
import { nameKey, placeholdersIn } from "./wording";

/** A 项 name as a use text may name it: normalised, without a trailing `支出`. */
const subject = (name: string) => {
  const n = normalizeName(name);
  return n.endsWith("支出") && n.length > 2 ? n.slice(0, -2) : n;
};

/** The placeholders the text sections still print, each with the words around it. */
function placeholders(ctx: RuleContext, severity: Severity, out: Finding[]): boolean {
  let any = false;
  for (const t of ctx.disclosure.texts)
    for (const text of [t.title, t.body]) {
      if (text.trim() !== "") any = true;
      for (const p of placeholdersIn(text)) {
        const from = Math.max(0, text.lastIndexOf("\n", p.at) + 1, p.at - 30);
        const end = text.indexOf("\n", p.at);
        const around = text.slice(from, Math.min(end < 0 ? text.length : end, p.at + 30));
        out.push(
          textFinding("final.narrative.wording", severity, "placeholder", around, {
            printed: p.word,
          }),
        );
      }
    }
  return any;
}

/** 主要用于 copied from another 项: the same words, naming that 项 and not its own. */
function copiedUses(ctx: RuleContext, severity: Severity, out: Finding[]): boolean {
  const items = narrativeOf(ctx).items;
  const withUse = items.filter((i) => i.use !== undefined && i.names.length === 3);
  withUse.forEach((item, k) => {
    const use = nameKey(item.use ?? "");
    const own = subject(item.names[2] ?? "");
    if (own === "" || use.includes(own)) return;
    const from = withUse.find(
      (other, j) =>
        j !== k &&
        nameKey(other.use ?? "") === use &&
        subject(other.names[2] ?? "") !== own &&
        subject(other.names[2] ?? "") !== "" &&
        use.includes(subject(other.names[2] ?? "")),
    );
    if (from === undefined) return;
    out.push(
      textFinding("final.narrative.wording", severity, "copiedUse", item.text, {
        printed: item.use ?? "",
        item: item.names[2] ?? "",
        number: String(item.number),
        from: String(from.number),
        fromItem: from.names[2] ?? "",
      }),
    );
  });
  return withUse.length > 1;
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
