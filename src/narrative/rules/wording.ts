import { otherYearClause } from "../../rules/builtin/code-refs";
import { L, otherCatalogYear, outcomeOf, p, unverifiedOutcome } from "../../rules/builtin/shared";
import type { Finding, Rule } from "../../rules/types";
import { phrase, readTexts } from "./read";
import { textAt, textFinding } from "./shared";

/**
 * A 科目 the text names by its path is named as the tables and the catalog name it: a 项 under
 * the wrong 款 is a warning; a former name (医疗卫生与计划生育支出 in 2024) or 其它 for 其他 is info.
 * @internal
 */
export const narrativePathRule: Rule = {
  id: "narrative.path",
  severity: "warning",
  domain: "catalog",
  reads: ["科目 paths in text sections", "table row names", "catalog"],
  title: /*#__PURE__*/ L("说明中的科目名称与路径正确", "Narrative 科目 names and paths are right"),
  message: (f) => {
    const at = textAt(f);
    const kind = p(f, "kind");
    if (p(f, "coverage") === "otherYear") {
      const tail = otherYearClause(f, L("科目名称与层级", "names and levels"));
      const what =
        kind === "unresolved"
          ? L(
              `${at["zh-CN"]} 中的科目名称在 ${p(f, "catalogYear")} 年的目录中找不到`,
              `${at.en}: a 科目 name is not in the ${p(f, "catalogYear")} catalog`,
            )
          : L(
              `${at["zh-CN"]} 中的“${p(f, "name")}”（${p(f, "code")}）按 ${p(f, "catalogYear")} 年的目录${kind === "alias" ? "是旧称" : "不在所写的上级科目下"}`,
              `${at.en}: by the ${p(f, "catalogYear")} catalog, "${p(f, "name")}" (${p(f, "code")}) ${kind === "alias" ? "is a former name" : "is not under the 科目 printed before it"}`,
            );
      return L(`${what["zh-CN"]}${tail["zh-CN"]}`, `${what.en}${tail.en}`);
    }
    if (kind === "wrong-parent")
      return L(
        `${at["zh-CN"]} 中的“${p(f, "name")}”（${p(f, "code")}）不在所写的上级科目下，应在 ${p(f, "expected")} 下。`,
        `${at.en}: "${p(f, "name")}" (${p(f, "code")}) is not under the 科目 printed before it but under ${p(f, "expected")}.`,
      );
    if (kind === "alias")
      return L(
        `${at["zh-CN"]} 中的“${p(f, "name")}”是科目 ${p(f, "code")} 的旧称，现名“${p(f, "expected")}”。`,
        `${at.en}: "${p(f, "name")}" is a former name of ${p(f, "code")}, now "${p(f, "expected")}".`,
      );
    return L(
      `${at["zh-CN"]} 中的“${p(f, "name")}”应写作“${p(f, "expected")}”。`,
      `${at.en}: "${p(f, "name")}" is written "${p(f, "expected")}" in the catalog.`,
    );
  },
  check: (ctx, severity) => {
    const findings: Finding[] = [];
    let paths = 0;
    const seen = new Set<string>();
    // A catalog of another year than the document's confirms no name the tables do not print.
    const catalogYear = ctx.catalog?.functional.year;
    const other =
      catalogYear === undefined
        ? undefined
        : otherCatalogYear(catalogYear, ctx.disclosure.meta.year);
    const years = {
      coverage: "otherYear",
      catalogYear: other ?? 0,
      documentYear: ctx.disclosure.meta.year,
    };
    for (const read of readTexts(ctx)) {
      for (const c of read.reading.claims) {
        if (c.kind !== "amount" || c.path === undefined) continue;
        paths++;
        for (const problem of c.path.problems) {
          const key = `${problem.kind}|${problem.code}|${problem.name}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const unverified = other !== undefined && problem.fromCatalog === true;
          // a 项 under the wrong 款 at the rule's severity; a variant or former name at info
          const f = textFinding(
            "narrative.path",
            problem.kind === "wrong-parent" && !unverified ? severity : "info",
            read,
            c.span,
            phrase(read.section.body, c.span),
            {
              kind: problem.kind,
              name: problem.name,
              code: problem.code,
              expected: problem.expected,
              ...(unverified ? years : {}),
            },
          );
          findings.push(unverified ? { ...f, outcome: "insufficient-data" } : f);
        }
      }
      // A 科目 name the catalog of another year does not know may be of the document's year.
      if (other !== undefined)
        for (const u of read.reading.unplaced)
          if (u.reason === "unknown-name") {
            paths++;
            const f = textFinding(
              "narrative.path",
              "info",
              read,
              u.span,
              phrase(read.section.body, u.sentence),
              {
                kind: "unresolved",
                ...years,
              },
            );
            findings.push({ ...f, outcome: "insufficient-data" });
          }
    }
    return {
      outcome: unverifiedOutcome(findings, outcomeOf(findings, paths > 0)),
      findings,
      checked: [],
    };
  },
};

/** Every reason the text gives says something (`主要原因是。` is empty). @internal */
export const narrativeReasonRule: Rule = {
  id: "narrative.reason",
  severity: "warning",
  domain: "wording",
  reads: ["text sections (情况说明)"],
  title: /*#__PURE__*/ L("说明中的原因不为空", "Reasons given are not empty"),
  message: (f) => {
    const at = textAt(f);
    return L(`${at["zh-CN"]} 之后没有写明原因。`, `${at.en} is followed by no reason.`);
  },
  check: (ctx, severity) => {
    const findings: Finding[] = [];
    let reasons = 0;
    for (const read of readTexts(ctx))
      for (const r of read.reading.remarks) {
        if (r.kind !== "reason") continue;
        reasons++;
        if (r.empty)
          findings.push(
            textFinding(
              "narrative.reason",
              severity,
              read,
              r.span,
              phrase(read.section.body, r.span, 2),
            ),
          );
      }
    return { outcome: outcomeOf(findings, reasons > 0), findings, checked: [] };
  },
};

/** No template residue left in the text (`XX`, `……`, `待补充`, a bracketed instruction). @internal */
export const narrativeResidueRule: Rule = {
  id: "narrative.residue",
  severity: "warning",
  domain: "wording",
  reads: ["text sections (情况说明)"],
  title: /*#__PURE__*/ L("说明中没有模板残留", "No template residue left in the text"),
  message: (f) =>
    L(
      `【${p(f, "section")}】中留有模板占位内容“${p(f, "residue")}”（${p(f, "claim")}）。`,
      `[${p(f, "section")}] still holds the template placeholder "${p(f, "residue")}" (${p(f, "claim")}).`,
    ),
  check: (ctx, severity) => {
    const findings: Finding[] = [];
    for (const read of readTexts(ctx))
      for (const r of read.reading.remarks)
        if (r.kind === "residue")
          findings.push(
            textFinding(
              "narrative.residue",
              severity,
              read,
              r.span,
              phrase(read.section.body, r.span),
              { residue: r.span.text },
            ),
          );
    return {
      outcome: outcomeOf(findings, ctx.disclosure.texts.length > 0),
      findings,
      checked: [],
    };
  },
};
