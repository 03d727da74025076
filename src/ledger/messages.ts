import {
  BASIC_NATURE_BY_ECON_CLASS,
  PERSONNEL_CLASSES,
  PUBLIC_CLASSES,
} from "../facts/basic-classes";
import type { Locale } from "../locale";
import type { LedgerProblem } from "./types";

const place = (p: LedgerProblem, en: boolean): string => {
  const [where, index, field] = p.path;
  if (where === "meta") {
    const u = Number(field) + 1;
    return en ? `unit ${u} of the meta` : `元数据第 ${u} 个单位`;
  }
  const n = Number(index) + 1;
  return en ? `entry ${n}, ${String(field)}` : `第 ${n} 条明细的 ${String(field)}`;
};

const REASON: Readonly<Record<string, [string, string]>> = {
  "not-an-amount": ["不是金额", "is not an amount"],
  blank: [
    "为空白（未填金额；readLedgerJson 可略去此类明细并给出提示）",
    "is blank (no figure; readLedgerJson leaves such an entry out, with a note)",
  ],
  "too-precise": ["小数位多于明细账的精度", "has more decimals than the ledger keeps"],
  "too-large": ["超出 ±9×10¹⁵ 个精度单位", "is beyond ±9×10¹⁵ units of the ledger's precision"],
  missing: ["项目支出须注明项目", "a project line needs its project"],
  unexpected: ["基本支出不应有项目", "a basic line has no project"],
  conflict: [
    "同名项目的单位、编码或类别不一致",
    "a project of this name has another unit, code or class",
  ],
};

/** `nature-econ` as a sentence: the 类 of 基本支出 from their one definition. */
function natureEcon(
  p: Extract<LedgerProblem, { code: "nature-econ" }>,
  at: string,
  en: boolean,
): string {
  const cls = p.econ.slice(0, 3);
  if (p.reason === "not-basic")
    return en
      ? `${at}: ${p.econ} is in no class of basic spending (人员经费 ${PERSONNEL_CLASSES.join(", ")}; 公用经费 ${PUBLIC_CLASSES.join(", ")})`
      : `${at}：${p.econ} 不属于基本支出的任何一类（人员经费 ${PERSONNEL_CLASSES.join("、")}；公用经费 ${PUBLIC_CLASSES.join("、")}）`;
  const what = BASIC_NATURE_BY_ECON_CLASS[cls] === "basic.public" ? "公用经费" : "人员经费";
  if (p.reason === "contradicts")
    return en
      ? `${at}: ${p.nature} spending on ${p.econ} contradicts its class: ${cls} is ${what}`
      : `${at}：${p.econ} 上的 ${p.nature} 支出与其类不符：${cls} 属于${what}`;
  return en
    ? `${at}: ${p.nature} is not a ledger nature (basic, basic.personnel, basic.public, project.operating, project.specific)`
    : `${at}：${p.nature} 不是明细账的支出性质（basic、basic.personnel、basic.public、project.operating、project.specific）`;
}

/**
 * A ledger problem as a sentence, in Chinese (default) or English, naming the entry and field.
 *
 * @param problem - the problem
 * @param locale - `zh-CN` (default) or `en`
 *
 * @example
 * ```ts
 * import { formatLedgerProblem } from "yusuan/ledger";
 * formatLedgerProblem({ code: "unknown-unit", path: ["entries", 0, "unit"], input: "999" }, "en");
 * // "entry 1, unit: 999 is not a unit of the ledger"
 * formatLedgerProblem({ code: "unknown-unit", path: ["entries", 0, "unit"], input: "999" });
 * // "第 1 条明细的 unit：999 不是明细账中的单位"
 * formatLedgerProblem({ code: "malformed-amount", path: ["entries", 2, "amount"], input: "—", reason: "blank" }, "en");
 * // "entry 3, amount: — is blank (no figure; readLedgerJson leaves such an entry out, with a note)"
 * ```
 */
export function formatLedgerProblem(problem: LedgerProblem, locale: Locale = "zh-CN"): string {
  const en = locale === "en";
  const at = place(problem, en);
  const sep = en ? ": " : "：";
  switch (problem.code) {
    case "unknown-unit":
      return `${at}${sep}${problem.input} ${en ? "is not a unit of the ledger" : "不是明细账中的单位"}`;
    case "malformed-code":
      return en
        ? `${at}: ${problem.input} is not a code at the ${problem.expected === "项" ? "项 (7-digit)" : "款 (5-digit)"} level`
        : `${at}：${problem.input} 不是${problem.expected}级科目编码`;
    case "malformed-amount": {
      const [zh, eng] = REASON[problem.reason] ?? [problem.reason, problem.reason];
      return `${at}${sep}${problem.input} ${en ? eng : zh}`;
    }
    case "nature-econ":
      return natureEcon(problem, at, en);
    case "project": {
      const [zh, eng] = REASON[problem.reason] ?? [problem.reason, problem.reason];
      const name =
        problem.name === undefined ? "" : en ? ` (${problem.name})` : `（${problem.name}）`;
      return `${at}${sep}${en ? eng : zh}${name}`;
    }
    case "fund":
      return en
        ? `${at}: ${problem.input} is not a ledger fund (a carry-forward is from this year's funds)`
        : `${at}：${problem.input} 不是明细账的资金来源（年终结转只能来自本年资金）`;
  }
}
