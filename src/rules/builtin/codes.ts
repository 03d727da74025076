import {
  type Catalog,
  checkName,
  coverageOf,
  lookupCode,
  mappingAllows,
  mappingRules,
  mappingTargets,
  type UnitKind,
} from "../../catalog";
import { codeLevelOf } from "../../codes";
import { normalizeName, spendingStem } from "../../codes/names";
import { unitKinds } from "../../disclosure";
import { inTemplateOrder } from "../../templates/order";
import type { Finding, Rule, RuleContext, RuleResult } from "../types";
import { type CodeRef, codeRefs, finding, otherYearClause, otherYearFinding } from "./code-refs";
import { atOf, L, otherCatalogYear, outcomeOf, p, unverifiedOutcome } from "./shared";

export { codeRefs } from "./code-refs";

function catalogFor(ctx: RuleContext, system: CodeRef["system"]): Catalog | undefined {
  return ctx.catalog?.[system];
}

const SYSTEM_ZH: Readonly<Record<string, string>> = {
  functional: "功能分类",
  departmental: "部门经济分类",
  government: "政府经济分类",
};

/**
 * A printed code exists in the catalog (unknown: error against a complete level of the document's
 * year, info against a partial one or one of another year). @internal
 */
export const codeKnownRule: Rule = {
  id: "code.known",
  severity: "error",
  domain: "catalog",
  reads: ["row codes", "catalog"],
  title: /*#__PURE__*/ L("科目编码在目录中", "Codes exist in the catalog"),
  message: (f, labels) => {
    const at = atOf(f, labels);
    if (p(f, "coverage") === "otherYear") {
      const tail = otherYearClause(f, L("科目", "codes"));
      return L(
        `${at["zh-CN"]}：${SYSTEM_ZH[p(f, "system")] ?? ""}科目 ${p(f, "code")} 不在 ${p(f, "catalogYear")} 年目录中${tail["zh-CN"]}`,
        `${at.en}: ${p(f, "system")} code ${p(f, "code")} is not in the ${p(f, "catalogYear")} catalog${tail.en}`,
      );
    }
    return p(f, "coverage") === "partial"
      ? L(
          `${at["zh-CN"]}：${SYSTEM_ZH[p(f, "system")] ?? ""}科目 ${p(f, "code")} 不在所给的（不完整的）目录中，未能核实。`,
          `${at.en}: ${p(f, "system")} code ${p(f, "code")} is not in the (partial) catalog given: unverified.`,
        )
      : L(
          `${at["zh-CN"]}：${SYSTEM_ZH[p(f, "system")] ?? ""}科目 ${p(f, "code")} 不存在于目录中。`,
          `${at.en}: ${p(f, "system")} code ${p(f, "code")} does not exist in the catalog.`,
        );
  },
  check: (ctx, severity): RuleResult => {
    if (ctx.catalog === undefined) return { outcome: "not-applicable", findings: [], checked: [] };
    const findings: Finding[] = [];
    const refs = codeRefs(ctx);
    for (const ref of refs) {
      const cat = catalogFor(ctx, ref.system);
      if (cat === undefined || lookupCode(cat, ref.code) !== undefined) continue;
      const level = codeLevelOf(ref.code);
      const coverage = level === undefined ? "partial" : coverageOf(cat, level);
      // A complete catalog of another year: the code may be new (or retired) since.
      const otherYear = otherCatalogYear(cat.year, ctx.disclosure.meta.year);
      findings.push(
        coverage !== "complete"
          ? finding("code.known", "info", ref, { coverage })
          : otherYear === undefined
            ? finding("code.known", severity, ref, { coverage })
            : otherYearFinding("code.known", ref, otherYear, ctx, { coverage: "otherYear" }),
      );
    }
    return {
      outcome: unverifiedOutcome(findings, outcomeOf(findings, refs.length > 0)),
      findings,
      checked: [],
    };
  },
};

/** The printed name agrees with the catalog's (an alias or legacy name: info; another name: warning). @internal */
export const codeNameRule: Rule = {
  id: "code.name",
  severity: "warning",
  domain: "catalog",
  reads: ["row codes and names", "catalog"],
  title: /*#__PURE__*/ L("科目名称与目录一致", "Printed names match the catalog"),
  message: (f, labels) => {
    const at = atOf(f, labels);
    if (p(f, "kind") === "otherYear") {
      const tail = otherYearClause(f, L("名称", "names"));
      return L(
        `${at["zh-CN"]}：科目 ${p(f, "code")} 印作“${p(f, "name")}”，${p(f, "catalogYear")} 年目录名称为“${p(f, "expected")}”${tail["zh-CN"]}`,
        `${at.en}: code ${p(f, "code")} is printed as "${p(f, "name")}"; the ${p(f, "catalogYear")} catalog names it "${p(f, "expected")}"${tail.en}`,
      );
    }
    return p(f, "kind") === "alias"
      ? L(
          `${at["zh-CN"]}：科目 ${p(f, "code")} 印作“${p(f, "name")}”，这是目录中的别名或旧称（现名“${p(f, "expected")}”）。`,
          `${at.en}: code ${p(f, "code")} is printed as "${p(f, "name")}", an alias or former name (now "${p(f, "expected")}").`,
        )
      : L(
          `${at["zh-CN"]}：科目 ${p(f, "code")} 印作“${p(f, "name")}”，目录名称为“${p(f, "expected")}”。`,
          `${at.en}: code ${p(f, "code")} is printed as "${p(f, "name")}", but the catalog names it "${p(f, "expected")}".`,
        );
  },
  check: (ctx, severity) => {
    if (ctx.catalog === undefined) return { outcome: "not-applicable", findings: [], checked: [] };
    const findings: Finding[] = [];
    let checkedAny = false;
    for (const ref of codeRefs(ctx)) {
      const cat = catalogFor(ctx, ref.system);
      if (cat === undefined || ref.name === undefined || ref.name.trim() === "") continue;
      const entry = lookupCode(cat, ref.code);
      if (entry === undefined) continue;
      checkedAny = true;
      const r = checkName(cat, ref.code, ref.name, ctx.disclosure.meta.year);
      if (r.kind === "alias")
        findings.push(finding("code.name", "info", ref, { kind: "alias", expected: entry.name }));
      if (r.kind !== "mismatch") continue;
      const otherYear = otherCatalogYear(cat.year, ctx.disclosure.meta.year);
      findings.push(
        otherYear === undefined
          ? finding("code.name", severity, ref, { kind: "mismatch", expected: r.expected })
          : otherYearFinding("code.name", ref, otherYear, ctx, {
              kind: "otherYear",
              expected: r.expected,
            }),
      );
    }
    return {
      outcome: unverifiedOutcome(findings, outcomeOf(findings, checkedAny)),
      findings,
      checked: [],
    };
  },
};

/**
 * A name without one note in brackets printed after it, as one table may print a name
 * (`城管执法（含上年结转）`, `…职业年金缴费支出（据实列支）` beside `城管执法`), by its stem.
 */
function withoutNote(name: string): string {
  const key = normalizeName(name);
  const open = key.lastIndexOf("(");
  if (open <= 0 || !key.endsWith(")") || key.indexOf(")") !== key.length - 1)
    return spendingStem(key);
  return spendingStem(key.slice(0, open));
}

/** One code, one name: the same code printed with different names in one disclosure. @internal */
export const nameConsistentRule: Rule = {
  id: "code.nameConsistent",
  severity: "warning",
  domain: "catalog",
  reads: ["row codes and names"],
  title: /*#__PURE__*/ L("同一科目名称前后一致", "One code, one name throughout"),
  message: (f, labels) => {
    const at = atOf(f, labels);
    return L(
      `科目 ${p(f, "code")} 在 ${at["zh-CN"]} 印作“${p(f, "name")}”，在别处印作“${p(f, "other")}”。`,
      `Code ${p(f, "code")} is printed as "${p(f, "name")}" at ${at.en} but as "${p(f, "other")}" elsewhere.`,
    );
  },
  check: (ctx, severity) => {
    // The first ref of each code, per system (no key string per ref).
    const first = new Map<CodeRef["system"], Map<string, CodeRef>>();
    const findings: Finding[] = [];
    const reported = new Set<string>();
    // The reference name of a code is its first in the template's table order, not the printed one.
    const refs = inTemplateOrder(
      ctx.template,
      codeRefs(ctx).filter((r) => !r.blank && r.name !== undefined && r.name.trim() !== ""),
      (r) => r.at.table,
    );
    for (const ref of refs) {
      let codes = first.get(ref.system);
      if (codes === undefined) {
        codes = new Map();
        first.set(ref.system, codes);
      }
      const seen = codes.get(ref.code);
      if (seen === undefined) {
        codes.set(ref.code, ref);
        continue;
      }
      const k = `${ref.system}:${ref.code}`;
      const a = spendingStem(seen.name ?? "");
      const b = spendingStem(ref.name ?? "");
      if (a === b || reported.has(`${k}:${b}`)) continue;
      // (one of the two without a note: two different notes, `（人大）` and `（政协）`, still differ)
      const [x, y] = [withoutNote(seen.name ?? ""), withoutNote(ref.name ?? "")];
      if (x === y && (x === a || y === b)) continue;
      reported.add(`${k}:${b}`);
      findings.push(finding("code.nameConsistent", severity, ref, { other: seen.name ?? "" }));
    }
    return {
      outcome: outcomeOf(findings, refs.length > 0),
      findings,
      checked: [],
    };
  },
};

const MAPPING_KINDS: readonly UnitKind[] = ["机关", "事业单位"];

/** The mapping's unit kinds the disclosure has, and the ones it may have when kinds are not all known. */
function mappingKinds(ctx: RuleContext): { known: UnitKind[]; possible: readonly UnitKind[] } {
  const { present, complete } = unitKinds(ctx.disclosure.meta);
  const known = MAPPING_KINDS.filter((k) =>
    present.some((t) => (t === "事业" ? "事业单位" : "机关") === k),
  );
  return { known, possible: complete ? known : MAPPING_KINDS };
}

/** 部门 → 政府 economic code pairs allowed for the unit kind. @internal */
export const econMappingRule: Rule = {
  id: "econ.mapping",
  severity: "warning",
  domain: "catalog",
  reads: ["economic row pairs", "catalog mapping"],
  title: /*#__PURE__*/ L(
    "部门经济分类与政府经济分类对应正确",
    "Departmental → government economic pairs are allowed",
  ),
  message: (f, labels) => {
    const at = atOf(f, labels);
    if (p(f, "kind") === "unitKindUnknown")
      return L(
        `${at["zh-CN"]}：部门经济分类 ${p(f, "code")} 对应政府经济分类 ${p(f, "gov")} 只适用于${p(f, "allowedFor")}，而披露未说明各单位类型，无法核实。`,
        `${at.en}: pairing ${p(f, "code")} with ${p(f, "gov")} is allowed only for ${p(f, "allowedFor")}, and the disclosure does not say each unit's kind: not checked.`,
      );
    if (p(f, "kind") === "otherYear") {
      const tail = otherYearClause(f, L("对应关系", "pairings"));
      return L(
        `${at["zh-CN"]}：部门经济分类 ${p(f, "code")} 对应政府经济分类 ${p(f, "gov")}，${p(f, "catalogYear")} 年的对应规则对${p(f, "unitKinds")}为 ${p(f, "allowed")}${tail["zh-CN"]}`,
        `${at.en}: ${p(f, "code")} is paired with ${p(f, "gov")}; the ${p(f, "catalogYear")} mapping allows ${p(f, "allowed")} for ${p(f, "unitKinds")}${tail.en}`,
      );
    }
    return p(f, "kind") === "unknown"
      ? L(
          `${at["zh-CN"]}：目录中没有部门经济分类 ${p(f, "code")} 的对应规则，未能核实其对应 ${p(f, "gov")}。`,
          `${at.en}: the mapping has no rule for ${p(f, "code")}; its pair ${p(f, "gov")} is unverified.`,
        )
      : L(
          `${at["zh-CN"]}：部门经济分类 ${p(f, "code")} 对应政府经济分类 ${p(f, "gov")}，但对${p(f, "unitKinds")}应为 ${p(f, "allowed")}。`,
          `${at.en}: ${p(f, "code")} is paired with ${p(f, "gov")}, but for ${p(f, "unitKinds")} the allowed targets are ${p(f, "allowed")}.`,
        );
  },
  check: (ctx, severity) => {
    const mapping = ctx.catalog?.mapping;
    if (mapping === undefined) return { outcome: "not-applicable", findings: [], checked: [] };
    const { known, possible } = mappingKinds(ctx);
    const findings: Finding[] = [];
    let pairs = 0;
    for (const t of ctx.tables) {
      for (const r of t.rows) {
        const key = r.row.key;
        if (key.kind !== "economic" || key.gov === undefined) continue;
        pairs++;
        const ref: CodeRef = {
          system: "departmental",
          code: key.econ,
          name: r.row.name,
          at: {
            table: t.table.kind,
            row: r.id,
            column: "gov",
            raw: key.gov,
          },
          blank: false,
        };
        if (possible.every((k) => mappingRules(mapping, key.econ, k).length === 0)) {
          findings.push(finding("econ.mapping", "info", ref, { kind: "unknown", gov: key.gov }));
          continue;
        }
        const gov = key.gov;
        if (known.some((k) => mappingAllows(mapping, key.econ, k, gov))) continue;
        // Allowed only for a kind the disclosure may have but does not say: not checked.
        const allowedFor = possible.filter((k) => mappingAllows(mapping, key.econ, k, gov));
        if (allowedFor.length > 0) {
          findings.push({
            ...finding("econ.mapping", "info", ref, {
              kind: "unitKindUnknown",
              gov,
              allowedFor: allowedFor.join("/"),
            }),
            outcome: "insufficient-data",
          });
          continue;
        }
        const kinds = known.length > 0 ? known : possible;
        const allowed = kinds.flatMap((k) => mappingTargets(mapping, key.econ, k)).join("/");
        const params = { gov, unitKinds: kinds.join("/"), allowed };
        const otherYear = otherCatalogYear(mapping.year, ctx.disclosure.meta.year);
        findings.push(
          otherYear === undefined
            ? finding("econ.mapping", severity, ref, { kind: "mismatch", ...params })
            : otherYearFinding("econ.mapping", ref, otherYear, ctx, {
                kind: "otherYear",
                ...params,
              }),
        );
      }
    }
    return {
      outcome: unverifiedOutcome(findings, outcomeOf(findings, pairs > 0)),
      findings,
      checked: [],
    };
  },
};
