import type { Table, TextSection } from "../../disclosure";
import type { SourceCell } from "../../facts";
import type { Localized } from "../../locale";
import { normalizeTableTitle, rankTableKinds } from "../../printed/title";
import type { DocumentPart } from "../../templates";
import type { MessageLabels } from "../labels";
import type { Finding, Rule, RuleContext, Severity } from "../types";
import {
  isContents,
  isTitleLine,
  linesOf,
  namedOrg,
  OTHER_KIND,
  otherKindWord,
  sameOrg,
  squeeze,
} from "./document-text";
import { yearMentions } from "./document-years";
import { L, outcomeOf, p } from "./shared";

/** A title or a line the document prints, where it was printed, and whether it is a heading. */
interface Printed {
  readonly cell: SourceCell;
  readonly text: string;
  readonly heading: boolean;
}

const titleCell = (t: Table): SourceCell => ({
  table: t.kind,
  row: "title",
  column: "",
  raw: t.title ?? "",
});

/**
 * Every title and line of the document: the tables' titles, then each text section's title and
 * lines (a text section's cells are `{ table: "text", row: its title, column: "start-end" }`).
 */
function printedOf(ctx: RuleContext): Printed[] {
  const out: Printed[] = [];
  for (const t of ctx.disclosure.tables)
    if (t.title !== undefined && t.title.trim() !== "")
      out.push({ cell: titleCell(t), text: t.title, heading: true });
  for (const s of ctx.disclosure.texts) {
    out.push({
      cell: { table: "text", row: s.title, column: "title", raw: s.title },
      text: s.title,
      heading: true,
    });
    for (const line of linesOf(s.body))
      out.push({
        cell: { table: "text", row: s.title, column: `${line.start}-${line.end}`, raw: line.text },
        text: line.text,
        heading: isTitleLine(s, line.text),
      });
  }
  return out;
}

/** `【表名】标题“…”` or `【情况说明】“…”`: where a title or line was printed. */
function placeOf(f: Finding, labels: MessageLabels): Localized {
  const cell = f.path;
  if (cell === undefined) return L("", "");
  if (cell.table === "text")
    return L(`【${cell.row}】“${cell.raw}”`, `[${cell.row}] "${cell.raw}"`);
  const table = labels.table(cell.table);
  return L(`【${table["zh-CN"]}】的标题“${cell.raw}”`, `the title of [${table.en}] "${cell.raw}"`);
}

function lineFinding(
  ruleId: string,
  severity: Severity,
  cell: SourceCell,
  params: Readonly<Record<string, string | number>>,
): Finding {
  return { ruleId, severity, outcome: "fail", params, evidence: [], path: cell };
}

/**
 * Titles, headings, the table of contents and the cover name the document's year; another year
 * only in a phrase about it (`上年`, `比2023年`, `2023年预算执行数`, `截至2023年12月31日`, a range, a
 * title in 《》). Sentences are not read here (see `narrative.year`). @internal
 */
export const documentYearRule: Rule = {
  id: "document.year",
  severity: "error",
  domain: "document",
  reads: ["table titles", "text section titles and headings", "meta.year"],
  title: /*#__PURE__*/ L("标题写明本年度", "Titles name the document's year"),
  message: (f, labels) => {
    const at = placeOf(f, labels);
    return L(
      `${at["zh-CN"]} 写的是 ${p(f, "year")} 年，本文件是 ${p(f, "expected")} 年度的。`,
      `${at.en} names ${p(f, "year")}; the document is for ${p(f, "expected")}.`,
    );
  },
  check: (ctx, severity) => {
    const year = ctx.disclosure.meta.year;
    const findings: Finding[] = [];
    let years = 0;
    for (const x of printedOf(ctx)) {
      if (!x.heading) continue;
      for (const m of yearMentions(x.text)) {
        years++;
        if (m.aside || m.year === year) continue;
        findings.push(
          lineFinding("document.year", severity, x.cell, { year: m.year, expected: year }),
        );
        break;
      }
    }
    return { outcome: outcomeOf(findings, years > 0), findings, checked: [] };
  },
};

/**
 * The department's name is the same wherever the document prints one: before the year of a table
 * title or a heading, after the year of a title line, in a label (`预算单位：…`), at the start of a
 * sentence (`中共…委办公室 2024年收入总计…`). An abbreviation (中共 for 中国共产党, 区委 for 区委员会)
 * or a unit's name is the same name. @internal
 */
export const documentNameRule: Rule = {
  id: "document.name",
  severity: "warning",
  domain: "document",
  reads: ["meta.department", "meta.units", "table titles", "text sections"],
  title: /*#__PURE__*/ L("各处的单位名称一致", "The department's name is the same everywhere"),
  message: (f, labels) => {
    const at = placeOf(f, labels);
    const more = Number(p(f, "places")) > 1;
    return L(
      `${at["zh-CN"]} 中的名称“${p(f, "name")}”不是本文件的单位“${p(f, "expected")}”${more ? `（共 ${p(f, "places")} 处）` : ""}。`,
      `${at.en} names "${p(f, "name")}", not the document's department "${p(f, "expected")}"${more ? ` (${p(f, "places")} places)` : ""}.`,
    );
  },
  check: (ctx, severity) => {
    const { department, units } = ctx.disclosure.meta;
    const names = [department.name, ...units.map((u) => u.name)];
    const wrong = new Map<string, { cell: SourceCell; places: number }>();
    let named = 0;
    for (const x of printedOf(ctx)) {
      const name = namedOrg(x.text, x.heading);
      if (name === undefined) continue;
      named++;
      if (sameOrg(name, names)) continue;
      const key = squeeze(name);
      const seen = wrong.get(key);
      if (seen === undefined) wrong.set(key, { cell: x.cell, places: 1 });
      else wrong.set(key, { ...seen, places: seen.places + 1 });
    }
    const findings = [...wrong].map(([name, w]) =>
      lineFinding("document.name", severity, w.cell, {
        name,
        expected: department.name,
        places: w.places,
      }),
    );
    return { outcome: outcomeOf(findings, named > 0), findings, checked: [] };
  },
};

/**
 * A 部门 document does not call itself a 单位预算 (nor print `编制单位：`, nor table titles for a
 * `预算单位`), and a 单位 document does not call itself a 部门预算 (nor print `编制部门：`), in its
 * titles, headings, table of contents and labels. Their units' budgets (所属单位预算) and the
 * 部门预算经济分类 are not the other kind's words. @internal
 */
export const documentKindRule: Rule = {
  id: "document.kind",
  severity: "warning",
  domain: "document",
  reads: ["meta.documentKind", "table titles", "text section titles and headings"],
  title: /*#__PURE__*/ L(
    "部门预算与单位预算的用语不混用",
    "A 部门 document does not speak as a 单位 one, nor the reverse",
  ),
  message: (f, labels) => {
    const at = placeOf(f, labels);
    return L(
      `${at["zh-CN"]} 用了“${p(f, "word")}”，而本文件是${p(f, "kind")}预算。`,
      `${at.en} says "${p(f, "word")}", but this is a ${p(f, "kind")} document.`,
    );
  },
  check: (ctx, severity) => {
    const kind = ctx.disclosure.meta.documentKind;
    const findings: Finding[] = [];
    let headings = 0;
    for (const x of printedOf(ctx)) {
      if (!x.heading) continue;
      headings++;
      const fromTitle =
        x.cell.table === "text"
          ? undefined
          : OTHER_KIND[kind].titleStarts.find((w) => normalizeTableTitle(x.text).startsWith(w));
      const word = fromTitle ?? otherKindWord(x.text, kind);
      if (word !== undefined)
        findings.push(lineFinding("document.kind", severity, x.cell, { word, kind }));
    }
    return { outcome: outcomeOf(findings, headings > 0), findings, checked: [] };
  },
};

/** Whether a text part is printed: a section's title or a heading line contains one of its titles. */
function textPresent(part: DocumentPart, sections: readonly TextSection[]): boolean {
  const titles = part.kind === "text" ? part.titles : [];
  const names = (s: string) => titles.some((t) => squeeze(s).includes(t));
  return sections.some(
    (s) =>
      !isContents(s) &&
      (names(s.title) || linesOf(s.body).some((l) => isTitleLine(s, l.text) && names(l.text))),
  );
}

/**
 * Every part the template requires of this kind of document (部门 or 单位) is printed: each
 * required table (an empty one is printed: it needs its note, see `table.emptyNote`) and each
 * text part (duties, structure, narrative, glossary). A table of contents (a text section titled
 * `目录`) listing a part does not print it: a required part it lists but the document lacks is an
 * error saying so, any other table it lists but the document lacks a warning. @internal
 */
export const documentRequiredRule: Rule = {
  id: "document.required",
  severity: "error",
  domain: "document",
  reads: ["template.document.required", "tables", "text section titles and headings", "目录"],
  title: /*#__PURE__*/ L("必须公开的表格和说明齐全", "Every required table and section is printed"),
  message: (f, labels) => {
    const table = p(f, "table");
    const name =
      table === ""
        ? L(`“${p(f, "title")}”部分`, `the part "${p(f, "title")}" (${p(f, "part")})`)
        : ((t) => L(`【${t["zh-CN"]}】`, `[${t.en}]`))(labels.table(table));
    const listed = p(f, "listed");
    if (p(f, "kind") === "listed")
      return L(
        `目录列出“${listed}”，但文件中没有${name["zh-CN"]}。`,
        `The table of contents lists "${listed}", but the document does not print ${name.en}.`,
      );
    return listed === ""
      ? L(
          `缺少${name["zh-CN"]}：本模板的${p(f, "documentKind")}预算必须公开。`,
          `${name.en} is missing: a ${p(f, "documentKind")} document of this template must print it.`,
        )
      : L(
          `缺少${name["zh-CN"]}：本模板的${p(f, "documentKind")}预算必须公开；目录列出了“${listed}”，正文中却没有。`,
          `${name.en} is missing: a ${p(f, "documentKind")} document of this template must print it; the table of contents lists "${listed}", the document does not.`,
        );
  },
  check: (ctx, severity) => {
    const { meta, tables, texts } = ctx.disclosure;
    const required = ctx.template.document?.required[meta.documentKind];
    if (required === undefined) return { outcome: "not-applicable", findings: [], checked: [] };
    const printed = new Set(tables.map((t) => t.kind));
    // The table of contents: each entry a table kind (by its title) or a text part.
    const listed = new Map<string, string>();
    for (const s of texts.filter(isContents))
      for (const line of linesOf(s.body)) {
        const [best] = rankTableKinds(line.text, ctx.template);
        if (best !== undefined && best.score >= 0.5) {
          if (!listed.has(`table:${best.kind.id}`)) listed.set(`table:${best.kind.id}`, line.text);
          continue;
        }
        for (const part of required)
          if (part.kind === "text" && part.titles.some((t) => squeeze(line.text).includes(t)))
            if (!listed.has(`text:${part.id}`)) listed.set(`text:${part.id}`, line.text);
      }
    const findings: Finding[] = [];
    const base = { documentKind: meta.documentKind };
    for (const part of required) {
      if (part.since !== undefined && meta.year < part.since) continue;
      if (part.kind === "table") {
        if (part.tables.some((id) => printed.has(id))) continue;
        const table = part.tables[0] ?? part.id;
        const line = part.tables
          .map((id) => listed.get(`table:${id}`))
          .find((x) => x !== undefined);
        findings.push({
          ruleId: "document.required",
          severity,
          outcome: "fail",
          params: { ...base, kind: "table", part: part.id, table, listed: line ?? "" },
          evidence: [],
          path: { table, row: "", column: "", raw: "" },
        });
        continue;
      }
      if (textPresent(part, texts)) continue;
      findings.push({
        ruleId: "document.required",
        severity,
        outcome: "fail",
        params: {
          ...base,
          kind: "text",
          part: part.id,
          title: part.titles[0] ?? part.id,
          table: "",
          listed: listed.get(`text:${part.id}`) ?? "",
        },
        evidence: [],
      });
    }
    // Tables the contents list that no required part asks for, and the document lacks.
    const wanted = new Set(required.flatMap((x) => (x.kind === "table" ? x.tables : [])));
    for (const [key, line] of listed) {
      const id = key.slice("table:".length);
      if (!key.startsWith("table:") || wanted.has(id) || printed.has(id)) continue;
      findings.push({
        ruleId: "document.required",
        severity: "warning",
        outcome: "fail",
        params: { ...base, kind: "listed", part: id, table: id, listed: line },
        evidence: [],
        path: { table: id, row: "", column: "", raw: "" },
      });
    }
    return { outcome: outcomeOf(findings, true), findings, checked: [] };
  },
};
