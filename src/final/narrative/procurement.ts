import { amountAfter, amountAfterWords, percentAfter } from "./scan";
import { CLAUSE_BREAKS, leadName, PART_LEAD_WORDS } from "./subject";
import type { FinalNarrative, ProcurementTotal } from "./types";
import { notEarlier } from "./years";

type Procurement = NonNullable<FinalNarrative["procurement"]>;

/**
 * The words of the procurement total: Shanghai's `政府采购金额（以合同签订为准）为…` (its bracket
 * full- or half-width), the national form's.
 */
const TOTAL_WORDS = [
  "为准）为",
  "为准)为",
  "政府采购金额为",
  "政府采购支出总额为",
  "政府采购支出总额",
];
/** Each kind's words (Shanghai's `货物采购金额`, the national form's `政府采购货物支出`). */
const KIND_WORDS = {
  goods: ["货物采购金额", "货物支出"],
  works: ["工程采购金额", "工程支出"],
  services: ["服务采购金额", "服务支出"],
} as const;
const SHARE_WORDS = ["占政府采购支出总额的", "占政府采购金额的", "占政府采购总额的"];

/** What a total's words name: the contracts' sum (`政府采购金额`) or the spending (`…支出总额`). */
type TotalWords = ProcurementTotal["words"];
const SPENDING_WORDS = "政府采购支出总额";

/**
 * The 政府采购 total a paragraph states, the document's `year`'s: its figure, the words that name it
 * and the words of its clause before them (`2024年度本部门`, `其中本级`: whose total it is). @internal
 */
export function procurementTotal(p: string, year?: number): ProcurementTotal | undefined {
  const hit = after(p, TOTAL_WORDS, year);
  if (hit === undefined) return undefined;
  const words: TotalWords = p.startsWith(SPENDING_WORDS, hit.at) ? "spending" : "amount";
  // (`…政府采购金额（以合同签订为准）为`: from the 政府采购 its words close)
  const named = p.lastIndexOf("政府采购", hit.at);
  const end = named < 0 ? hit.at : named;
  let start = end;
  while (start > 0 && !CLAUSE_BREAKS.includes(p.charAt(start - 1))) start--;
  return { total: hit.amount, words, lead: p.slice(start, end), text: p };
}

/**
 * Words before a total that make it a part's of the department: a part's words of any figure
 * (`本级`, `所属单位…`) and a list's `其中` (`其中本级…`).
 */
const TOTAL_PART_WORDS = ["其中", ...PART_LEAD_WORDS];

/**
 * Whether a statement of the total is a part's of the department: by its clause's words (`其中本级`,
 * `下属单位`), or, after the department's `own` statement, by a name other than the one that named
 * the department there (a unit's: `某中心2024年度…`). A name the department's statement did not
 * give is read as a part's, whose total replaces nothing. @internal
 */
export function partTotal(t: ProcurementTotal, own?: ProcurementTotal): boolean {
  if (TOTAL_PART_WORDS.some((w) => t.lead.includes(w))) return true;
  if (own === undefined || own === t) return false;
  const name = leadName(t.lead);
  return name !== "" && name !== leadName(own.lead);
}

/**
 * Whether the paragraph after a statement of the total is passed over on the way to its 中小企业
 * paragraph: an empty line (a page's furniture), or a part's total alone (`其中，下属单位政府采购
 * 支出总额0万元。`, a unit's), which speaks of no 中小企业; `own` is the department's statement. @internal
 */
export function passedOver(p: string, own: ProcurementTotal | undefined, year?: number): boolean {
  if (p === "") return true;
  if (!statesProcurement(p) || p.includes("中小企业")) return false;
  const t = procurementTotal(p, year);
  return t !== undefined && partTotal(t, own);
}

/** Whether a paragraph states the 政府采购 total (十一(二)). @internal */
export const statesProcurement = (p: string): boolean =>
  p.includes("政府采购金额") || p.includes("政府采购支出总额");

/** The amount after the first of `words` printed, with its position: the document's `year`'s. */
const after = (text: string, words: readonly string[], year: number | undefined) =>
  amountAfterWords(text, words, 0, notEarlier(text, year));

/** A share printed right after an amount's sentence part (`，占政府采购支出总额的…%`). */
function shareAfter(text: string, from: number): string | undefined {
  for (const w of SHARE_WORDS) {
    const k = text.indexOf(w, from);
    if (k >= 0 && k - from <= 24) return percentAfter(text, w, k);
  }
  return undefined;
}

/**
 * 十一(二): the 政府采购 total, its goods / works / services, and what 中小企业 won: Shanghai's
 * reserved and other projects (from the paragraph after when it speaks of 中小企业) or the national
 * form's 授予中小企业 / 小微企业合同金额 with their shares. `undefined` without a total. @internal
 */
export function readProcurement(p: string, next: string, year?: number): Procurement | undefined {
  const total = after(p, TOTAL_WORDS, year)?.amount;
  if (total === undefined) return undefined;
  const body = next.includes("中小企业") ? `${p}${next}` : p;
  const at = (phrase: string) => {
    const k = body.indexOf(phrase);
    return k < 0 ? undefined : amountAfter(body, "采购金额", k);
  };
  const reserved = at("在面向中小企业预留的政府采购项目中");
  const other = at("在其他政府采购项目中");
  const kind = (words: readonly string[]) => after(p, words, year)?.amount;
  const goods = kind(KIND_WORDS.goods);
  const works = kind(KIND_WORDS.works);
  const services = kind(KIND_WORDS.services);
  const sme = after(body, ["授予中小企业合同金额为", "授予中小企业合同金额"], year);
  const micro = after(body, ["授予小微企业合同金额为", "授予小微企业合同金额"], year);
  const smeShare = sme === undefined ? undefined : shareAfter(body, sme.at);
  const microShare = micro === undefined ? undefined : shareAfter(body, micro.at);
  return {
    total,
    ...(goods === undefined ? {} : { goods }),
    ...(works === undefined ? {} : { works }),
    ...(services === undefined ? {} : { services }),
    ...(reserved === undefined ? {} : { smeReserved: reserved }),
    ...(other === undefined ? {} : { smeOther: other }),
    ...(sme === undefined ? {} : { smeAwarded: sme.amount }),
    ...(smeShare === undefined ? {} : { smeShare }),
    ...(micro === undefined ? {} : { microAwarded: micro.amount }),
    ...(microShare === undefined ? {} : { microShare }),
    text: p,
  };
}
