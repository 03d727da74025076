import type { Finding, Rule } from "../types";
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

/**
 * A table of a kind the disclosure already binds (a unit's own 单位预算 tables bound inside a
 * 部门预算: a second 三公 table, a second 一般公共预算支出表) is set aside: the check reads the
 * first table of each kind (or, where the disclosure names its units, the only one listing every
 * unit, or else the only one that is no unit's own, wherever bound), and says which it did not read. Its figures are of another scope (a
 * unit, not the department): comparing them with the first table's would report differences that
 * are none. In a 部门 document whose tables of a kind are each a unit's own (its units'
 * 单位整体绩效目标表, no 部门整体 one), none is read (no `first`). Not checked is insufficient data,
 * never a fault of the document: reported at info. A table of targets
 * that states no figure (a 申报表 a project, a department target's sub-tables) is never set
 * aside: the targets are read from every table. Nor is a table continuing the one before it on
 * the next page (`（续）` in its title; for targets also the same kind right after with other
 * projects): it is read as the rest of that table. @internal
 */
export const repeatedTableRule: Rule = {
  id: "tables.repeated",
  // Info: a table set aside is the library's gap (its figures are not checked, and coverage says
  // so), not a fault of a document that prints its units' own tables beside the department's.
  severity: "info",
  domain: "usage",
  reads: ["the kinds of the tables bound"],
  title: /*#__PURE__*/ L("每种表只检查一张", "One table of each kind is checked"),
  message: (f, labels) => {
    const table = labels.table(f.path?.table ?? "");
    const title = f.path?.raw ?? "";
    const zhTitle = title === "" ? "" : `《${title}》`;
    const enTitle = title === "" ? "" : ` ("${title}")`;
    // None of the kind read: each is a unit's own (its units' 单位整体 tables, no 部门整体 one).
    if (f.params.first === undefined)
      return L(
        `第 ${p(f, "index")} 张表${zhTitle}是一张【${table["zh-CN"]}】，但看来是某个所属单位自己的（本文件里这种表没有部门的，各张各属一个单位）：不与部门的数字比较，这张未检查。`,
        `Table ${p(f, "index")}${enTitle} is a [${table.en}], but it reads as one unit's own (this document prints no such table of the department's, each one a single unit's): it is not compared with the department's figures and is not checked.`,
      );
    // The table read comes later where it alone lists every unit, or alone is no unit's own.
    if (Number(f.params.first) > Number(f.params.index))
      return L(
        `第 ${p(f, "index")} 张表${zhTitle}又是一张【${table["zh-CN"]}】，而部门的是第 ${p(f, "first")} 张（它列出了部门的全部单位，或其余各张各属一个所属单位）：这张可能是所属单位自己的单位预算表。只检查第 ${p(f, "first")} 张，这张未检查。`,
        `Table ${p(f, "index")}${enTitle} is another [${table.en}], and the department's is table ${p(f, "first")} (it lists every unit of the department, or each other one is a single unit's): perhaps this one is a unit's own budget table. Only table ${p(f, "first")} is checked; this one is not.`,
      );
    return L(
      `第 ${p(f, "index")} 张表${zhTitle}又是一张【${table["zh-CN"]}】，第 ${p(f, "first")} 张已是：可能是所属单位自己的单位预算表。只检查第一张，这张未检查。`,
      `Table ${p(f, "index")}${enTitle} is another [${table.en}], as table ${p(f, "first")} is: perhaps a unit's own budget table. Only the first is checked; this one is not.`,
    );
  },
  check: (ctx, severity) => {
    const repeated = ctx.repeated ?? [];
    if (repeated.length === 0)
      return {
        outcome: ctx.tables.length > 0 ? "pass" : "not-applicable",
        findings: [],
        checked: [],
      };
    const findings = repeated.map(
      (r): Finding => ({
        ruleId: "tables.repeated",
        severity,
        outcome: "insufficient-data",
        params: { index: r.index + 1, ...(r.first === undefined ? {} : { first: r.first + 1 }) },
        evidence: [],
        // The whole table, its printed title as what was printed there.
        path: { table: r.table.table.kind, row: "", column: "", raw: r.table.table.title ?? "" },
      }),
    );
    return { outcome: "insufficient-data", findings, checked: [] };
  },
};
