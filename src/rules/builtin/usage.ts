import type { Rule } from "../types";
import { L, p } from "./shared";

/**
 * The disclosure is checked with the template its meta names: with another one its tables are
 * read as the wrong kinds (their real errors would vanish into coverage). @internal
 */
export const templateMatchRule: Rule = {
  id: "template.match",
  severity: "error",
  domain: "usage",
  reads: ["meta.template", "the template checked against"],
  title: /*#__PURE__*/ L(
    "按披露所注明的模板检查",
    "Checked with the template the disclosure names",
  ),
  message: (f) =>
    L(
      `披露注明的模板是“${p(f, "template")}”，却按“${p(f, "expected")}”检查：表格会被当作别的表，真实的问题看不到。请用 templateById("${p(f, "template")}") 取得模板，并用该模板的配置（profileFor）检查。`,
      `The disclosure names template "${p(f, "template")}" but was checked with "${p(f, "expected")}": its tables are read as other kinds and their real problems are not seen. Check it with templateById("${p(f, "template")}") and that template's profile (profileFor).`,
    ),
  check: (ctx, severity) => {
    const named = ctx.disclosure.meta.template;
    if (named === ctx.template.id) return { outcome: "pass", findings: [], checked: [] };
    return {
      outcome: "fail",
      findings: [
        {
          ruleId: "template.match",
          severity,
          outcome: "fail",
          params: { template: named, expected: ctx.template.id },
          evidence: [],
          // The meta's template field, as a cell of the document's meta.
          path: { table: "meta", row: "template", column: "template", raw: named },
        },
      ],
      checked: [],
    };
  },
};
