// Whose figure a statement gives: the department's, or a part's of it (本级, a unit's).

/** Where a clause starts: after one of these. @internal */
export const CLAUSE_BREAKS = "，,。；;：:\n";

/**
 * Words before a figure's name that make it a part's of the department (`本级`, `下属单位`).
 * @internal
 */
export const PART_LEAD_WORDS: readonly string[] = ["本级", "所属", "下属"];
/** Words that make a lead naming parts the whole's (`本部门（含本级及所属单位）`). */
const WHOLE_WORDS = ["含", "包括", "及"];

/** What a clause may say before the department's own figure, besides its name. @internal */
export const OWN_LEAD =
  /\d{4}年度?|本年度|本年|全年|年度|本部门|本单位|我部门|我单位|[\s\u3000、]/gu;

/**
 * The words of a statement's clause before its figure's name at `at` (`上海市某局2024年度` of
 * `上海市某局2024年度收入支出总计…`): whose figure it is. A heading run into the clause
 * (`一、…情况说明上海市某局…`) is cut off at its `说明`. @internal
 */
export function leadAt(p: string, at: number): string {
  let start = at;
  while (start > 0 && !CLAUSE_BREAKS.includes(p.charAt(start - 1))) start--;
  const lead = p.slice(start, at);
  const heading = lead.lastIndexOf("说明");
  return heading < 0 ? lead : lead.slice(heading + 2);
}

/** The name a statement's lead gives (`某局` of `某局2024年度`; `` of `2024年度本部门`). @internal */
export const leadName = (lead: string): string => lead.replace(OWN_LEAD, "");

/**
 * Whether a statement whose clause reads `lead` before its figure's name is a part's of the
 * department: by its words (`本级`, `下属单位`, not `含本级及所属单位`), or, after the department's
 * own statement of the same figure (`own`, its lead), by a name other than the one that named the
 * department there (a unit's: `某中心2024年度…`). A name the department's statement did not give is
 * read as a part's, whose figure replaces nothing. @internal
 */
export function partLead(lead: string, own?: string): boolean {
  if (PART_LEAD_WORDS.some((w) => lead.includes(w)) && !WHOLE_WORDS.some((w) => lead.includes(w)))
    return true;
  if (own === undefined) return false;
  const name = leadName(lead);
  return name !== "" && name !== leadName(own);
}

/** The figures a statement of which is told apart as the department's own or a part's. @internal */
export type OwnedFigure = "total" | "fiscalTotal" | "gpb" | "revenue" | "spending";

/**
 * Whether the statement of `figure` whose name is at `at` in `p` is a part's (else its lead is
 * kept), for one text: the words before the department's own statement of each figure (its name
 * there) are kept, and a later statement naming another (a unit's, `某中心2024年度收入支出总计…`) or a
 * part (`本级…`) is that part's, never the department's (see {@link partLead}). @internal
 */
export function partStatements(): (
  figure: OwnedFigure,
  p: string,
  at: number | undefined,
) => boolean {
  const owners: Partial<Record<OwnedFigure, string>> = {};
  return (figure, p, at) => {
    if (at === undefined || at < 0) return false;
    const lead = leadAt(p, at);
    if (partLead(lead, owners[figure])) return true;
    owners[figure] ??= lead;
    return false;
  };
}
