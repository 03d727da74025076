import type { Fund } from "../facts";

/**
 * A part a disclosure must print: a table (any of `tables`, ids of the template's table kinds)
 * or a text section (recognised by a section title or a heading line containing one of
 * `titles`, after whitespace is removed). `id` names the part across templates: the table parts
 * of the national minimum (财预〔2016〕143号) use its table kind ids, so a template's list can be
 * compared with that floor. `since`: required from that year on (国有资本经营预算支出表 since
 * 2018).
 *
 * @example
 * ```ts
 * import type { DocumentPart } from "yusuan/templates";
 * const glossary: DocumentPart = { kind: "text", id: "glossary", titles: ["名词解释"] };
 * const sanGong: DocumentPart = { kind: "table", id: "sanGong", tables: ["sanGongAndOperating"] };
 * ```
 */
export type DocumentPart =
  | {
      readonly kind: "table";
      readonly id: string;
      readonly tables: readonly string[];
      readonly since?: number;
    }
  | {
      readonly kind: "text";
      readonly id: string;
      readonly titles: readonly string[];
      readonly since?: number;
    };

/**
 * A narrative section that explains spending 科目 by 科目 (Shanghai: 财政拨款支出主要内容): opened
 * by a heading containing one of `headings`; its entries name 科目 whose money, from the `funds`
 * given, the tables print. `minShare`: the section gives the main 科目 (主要内容), those with at
 * least this percentage of the money of its level; absent, every 科目 with money.
 *
 * @example
 * ```ts
 * import type { ItemisedSection } from "yusuan/templates";
 * const s: ItemisedSection = { headings: ["财政拨款支出主要内容"], funds: ["gpb", "govFund", "soe"], minShare: "1" };
 * ```
 */
export interface ItemisedSection {
  readonly headings: readonly string[];
  readonly funds: readonly Fund[];
  readonly minShare?: string;
}

/**
 * What a template says about the document as a whole: the parts each kind of document (部门 or
 * 单位) must print, and the narrative sections that explain spending 科目 by 科目.
 *
 * @example
 * ```ts
 * import { shanghai } from "yusuan/templates";
 * shanghai.document?.required.单位.filter((p) => p.kind === "table").length; // 9
 * shanghai.document?.itemised?.[0]?.headings; // ["财政拨款支出主要内容", "财政拨款支出预算主要内容"]
 * ```
 */
export interface DocumentSpec {
  readonly required: Readonly<Record<"部门" | "单位", readonly DocumentPart[]>>;
  readonly itemised?: readonly ItemisedSection[];
}

/**
 * The text parts every disclosure prints (财预〔2016〕143号: the department's duties and
 * structure, the narrative explaining the budget, and an explanation of technical terms), with
 * the title wordings of the Henan and Shanghai templates and the national forms.
 *
 * @example
 * ```ts
 * import { TEXT_PARTS } from "yusuan/templates";
 * TEXT_PARTS.map((p) => p.id); // ["duties", "structure", "narrative", "glossary"]
 * ```
 */
export const TEXT_PARTS: readonly DocumentPart[] = [
  {
    kind: "text",
    id: "duties",
    titles: [
      "主要职能",
      "主要职责",
      "部门职责",
      "单位职责",
      "职能职责",
      "基本职能",
      "部门职能",
      "单位职能",
      "工作职责",
    ],
  },
  {
    kind: "text",
    id: "structure",
    titles: ["机构设置", "预算单位构成", "部门构成", "单位构成", "机构构成", "决算单位构成"],
  },
  {
    kind: "text",
    id: "narrative",
    titles: ["情况说明", "编制说明", "预算说明", "预算的说明"],
  },
  {
    kind: "text",
    id: "glossary",
    titles: ["名词解释", "名词说明", "术语解释"],
  },
];

/** Table parts from table kind ids: each id is its own part. @internal */
export const tableParts = (ids: readonly string[]): DocumentPart[] =>
  ids.map((id) => ({ kind: "table", id, tables: [id] }));

/** The same parts for 部门 and 单位 documents. @internal */
export const sameForBoth = (parts: readonly DocumentPart[]): DocumentSpec["required"] => ({
  部门: parts,
  单位: parts,
});
