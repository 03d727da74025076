/**
 * Every function of the library that scans text a document or a user supplies, each as one call
 * on one string, and the adversarial texts the linearity guard (test/support/linear-guard.ts) feeds them.
 *
 * When you write a function that scans text, add it to SCANNERS. The narrative reader
 * (`extractClaims`) and the narrative rules (through `checkDisclosure` with `withNarrative`) are in.
 */
import { catalog2024 } from "../../src/catalog/2024";
import {
  type Disclosure,
  type Table,
  tableBuilder,
  validateDisclosure,
} from "../../src/disclosure";
import { final2024, finalProfile, readFinalNarrative } from "../../src/final";
import { gradesIn, vehiclesIn } from "../../src/final/narrative/counts";
import { itemKey, listAfter } from "../../src/final/narrative/lists";
import { acceptedNames, nameVariant, placeholdersIn } from "../../src/final/narrative/wording";
import {
  normalizeLabel,
  normalizeName,
  parseAmount,
  parseChineseOrdinal,
  parseCode,
  readCode,
} from "../../src/index";
import { extractClaims, withNarrative } from "../../src/narrative";
import { parseIndicatorValue } from "../../src/performance";
import {
  matchHeaders,
  normalizeTableTitle,
  rankTableKinds,
  readPrintedTable,
} from "../../src/printed";
import { readUnitLine } from "../../src/printed/unit-line";
import { checkDisclosure, henan2024Profile } from "../../src/rules";
import { shorterNames, splitCode, yearless } from "../../src/rules/builtin/targets-names";
import { declaresRounding } from "../../src/rules/rounding-words";
import { parseDisclosureJson, readDisclosureJson, readLedgerJson } from "../../src/schema";
import { henan2024, type TableKind } from "../../src/templates";

export interface Scanner {
  readonly name: string;
  readonly run: (text: string) => unknown;
}

function kind(id: string): TableKind {
  const found = henan2024.tables.find((k) => k.id === id);
  if (found === undefined) throw new Error(`no table kind ${id}`);
  return found;
}

/** Every column of a kind holding `s`. */
const cellsOf = (id: string, s: string) =>
  Object.fromEntries(kind(id).columns.map((c) => [c.key, s]));

/** A JSON interchange document of one table of one row, whose keys and values carry `s`. */
const jsonDocument = (s: string, cells: Readonly<Record<string, string | number>>): string =>
  JSON.stringify({
    format: "yusuan.disclosure",
    version: 1,
    meta: { year: 2024, documentKind: "单位", template: s, department: { name: s }, units: [] },
    tables: [{ kind: s, unit: "万元", rows: [{ key: { kind: "single" }, cells }] }],
    texts: [{ title: s, body: s }],
  });

/** A disclosure whose cells, codes, names and title carry `s`. */
function disclosureOf(s: string): Disclosure {
  const tables: Table[] = [
    {
      kind: "expenditure",
      title: s,
      unit: "万元",
      rows: [
        { key: { kind: "total" }, name: s, cells: cellsOf("expenditure", s) },
        { key: { kind: "functional", code: s }, name: s, cells: cellsOf("expenditure", s) },
        { key: { kind: "functional", code: "2013101" }, name: s, cells: { total: s } },
      ],
      note: s,
    },
    {
      kind: "gpbBasic",
      unit: "万元",
      rows: [
        { key: { kind: "economic", econ: s, gov: s }, name: s, cells: cellsOf("gpbBasic", s) },
      ],
    },
    {
      kind: "projects",
      unit: "万元",
      rows: [
        { key: { kind: "project", name: s, code: s }, name: s, cells: cellsOf("projects", s) },
      ],
    },
    {
      kind: "summary",
      unit: "万元",
      rows: [{ key: { kind: "line", line: s }, cells: { [s]: s } }],
    },
    {
      kind: "sanGong",
      unit: "万元",
      rows: [{ key: { kind: "single" }, cells: cellsOf("sanGong", s) }],
    },
  ];
  return {
    meta: {
      year: 2024,
      documentKind: "单位",
      template: "henan2024",
      department: { name: s },
      units: [{ name: s, unitType: "行政" }],
    },
    tables,
    texts: [], // narrative text waits for issue 8's linear claim scanner (see above)
  };
}

export const SCANNERS: readonly Scanner[] = [
  { name: "parseAmount", run: (s) => parseAmount(s) },
  { name: "parseIndicatorValue", run: (s) => parseIndicatorValue(s) },
  { name: "readUnitLine", run: (s) => readUnitLine(s) },
  { name: "declaresRounding (a note declaring 尾差)", run: (s) => declaresRounding(s) },
  { name: "readFinalNarrative", run: (s) => readFinalNarrative(s) },
  {
    name: "vehiclesIn + gradesIn",
    run: (s) => [
      vehiclesIn(s, 2024),
      vehiclesIn(`共有车辆3辆，其中：${s}`, 2024),
      gradesIn(s, 2024),
      gradesIn(`绩效自评的2024年度项目4个${s}`, 2024),
    ],
  },
  { name: "parseCode (functional)", run: (s) => parseCode("functional", s) },
  { name: "parseCode (departmental)", run: (s) => parseCode("departmental", s) },
  { name: "readCode", run: (s) => readCode("government", s) },
  { name: "normalizeName", run: (s) => normalizeName(s) },
  { name: "splitCode (a project's name cell)", run: (s) => splitCode(s) },
  {
    name: "yearless (a project's name without its year and tail words)",
    run: (s) => yearless(s, 2025),
  },
  {
    name: "shorterNames (a project's name without its year, one tail word at a time)",
    run: (s) => shorterNames(s, 2025),
  },
  { name: "normalizeLabel", run: (s) => normalizeLabel(s) },
  { name: "parseChineseOrdinal", run: (s) => parseChineseOrdinal(s) },
  { name: "normalizeTableTitle", run: (s) => normalizeTableTitle(s) },
  { name: "rankTableKinds", run: (s) => rankTableKinds(s, henan2024) },
  { name: "matchHeaders (one-sided)", run: (s) => matchHeaders([s, s], kind("expenditure")) },
  { name: "matchHeaders (two-sided)", run: (s) => matchHeaders([s, "收入", s], kind("summary")) },
  {
    name: "matchHeaders (合计 beside 上年结转)",
    run: (s) =>
      matchHeaders([`${s}/合计`, s, "合计", `上年结转结余/${s}`, "上年结转结余"], kind("income")),
  },
  {
    name: "matchHeaders (period marks: 上年, 本年, years)",
    run: (s) =>
      matchHeaders([`上年${s}`, `本年度${s}`, `2023年${s}`, s], kind("sanGong"), { year: 2024 }),
  },
  {
    name: "readPrintedTable (title)",
    run: (s) => readPrintedTable({ title: s, headers: [], rows: [] }, { template: henan2024 }),
  },
  {
    name: "readPrintedTable (unit, headers, codes, names, cells, note)",
    run: (s) =>
      readPrintedTable(
        {
          title: "部门支出预算表",
          unit: s,
          headers: ["科目编码", "科目名称", "合计", s],
          rows: [
            ["", "合计", s, s],
            [s, s, s, s],
            ["2013101", s, "1.00", s],
          ],
          note: s,
        },
        { template: henan2024, catalog: catalog2024.functional },
      ),
  },
  {
    name: "readPrintedTable (line labels)",
    run: (s) =>
      readPrintedTable(
        {
          title: "部门收支总表",
          headers: ["项目", "预算数", "项目", "预算数"],
          rows: [[s, s, s, s]],
        },
        { template: henan2024, catalog: catalog2024.functional },
      ),
  },
  {
    name: "readPrintedTable (blocks side by side: cells, a block's heading)",
    run: (s) =>
      readPrintedTable(
        {
          title: "一般公共预算财政拨款基本支出决算表",
          headers: [
            `${s}/经济分类科目编码`,
            `${s}/科目名称`,
            `${s}/决算数`,
            "公用经费/经济分类科目编码",
            "公用经费/科目名称",
            "公用经费/决算数",
          ],
          rows: [
            ["301", s, s, "302", s, s],
            [s, "合计", s, s, "合计", s],
          ],
        },
        { template: final2024 },
      ),
  },
  {
    name: "readPrintedTable (one item a row: item labels)",
    run: (s) =>
      readPrintedTable(
        {
          title: "财政拨款“三公”经费支出决算表",
          headers: ["项目", "预算数", "决算数"],
          rows: [
            [`（1）${s}`, s, s],
            [`1.${s}`, "1.00", "1.00"],
            [`其中${s}`, "1.00", s],
          ],
        },
        { template: final2024 },
      ),
  },
  {
    name: "readPrintedTable (one item a row after a 序号 column: numbers, labels)",
    run: (s) => {
      const table = (rows: string[][]) => ({
        title: "一般公共预算“三公”经费预算表",
        headers: ["序号", "项目", "预算数"],
        rows,
      });
      readPrintedTable(
        table([
          ["1", s, s],
          ["（2）", `公务接待费${s}`, "1.00"],
        ]),
        {
          template: henan2024,
        },
      );
      return readPrintedTable(
        table([
          ["1", "公务接待费", "1.00"],
          [s, s, s],
        ]),
        {
          template: henan2024,
        },
      );
    },
  },
  {
    name: "readPrintedTable (a 申报表 as one grid: labels, values, the grid's header row)",
    run: (s) =>
      readPrintedTable(
        {
          title: "项目支出绩效目标申报表",
          headers: ["项目名称", s, s, ""],
          rows: [
            ["主管部门", s, `实施单位${s}`, s],
            ["资金情况（万元）", `年度资金总额${s}`, s, ""],
            ["", s, s, s],
            [`绩效指标${s}`, "一级指标", "三级指标", "指标值"],
            [s, s, s, `≥${s}`],
          ],
        },
        { template: henan2024 },
      ),
  },
  {
    name: "readPrintedTable (units across: coded headers, amounts under each)",
    run: (s) =>
      readPrintedTable(
        {
          title: "部门支出总表",
          headers: [
            "科目编码",
            "科目名称",
            "合计",
            "基本支出",
            `116001 ${s}/合计`,
            `${s}（116002）/${s}`,
          ],
          rows: [
            ["", "合计", s, s, s, s],
            ["2013101", s, "1.00", s, s, s],
          ],
        },
        {
          template: henan2024,
          catalog: catalog2024.functional,
          units: [
            { code: "116001", name: s },
            { code: "116002", name: `${s}中心` },
          ],
        },
      ),
  },
  {
    name: "readPrintedTable (a 三公 row per unit, no units given: labels)",
    run: (s) =>
      readPrintedTable(
        {
          title: "一般公共预算“三公”经费预算表",
          headers: ["单位名称", "合计", "公务接待费"],
          rows: [
            ["合计", "2.00", "2.00"],
            [`[116001]${s}局`, "1.00", s],
            [`${s}部门`, "1.00", "1.00"],
          ],
        },
        { template: henan2024 },
      ),
  },
  {
    name: "readPrintedTable (a unit in a line's label: line-units.ts)",
    run: (s) =>
      readPrintedTable(
        {
          title: "部门（单位）整体绩效目标表",
          headers: ["项目", `金额（${s}）`],
          rows: [
            [`资金总额（${s}）`, s],
            [`（${s}）其中：财政拨款`, "1.00"],
            [`${s}（元）`, s],
          ],
        },
        { template: henan2024 },
      ),
  },
  {
    name: "tableBuilder (row shorthand, cells) + build",
    run: (s) => tableBuilder(henan2024, "expenditure").row(s, cellsOf("expenditure", s), s).build(),
  },
  {
    name: "validateDisclosure (unknown kinds, units, columns, lines: the suggestions)",
    run: (s) =>
      validateDisclosure(
        {
          ...disclosureOf(s),
          tables: [
            { kind: s, unit: s as "万元", rows: [] },
            {
              kind: "summary",
              unit: "万元",
              rows: [{ key: { kind: "line", line: s }, cells: { [s]: s, [`${s}x`]: s } }],
            },
          ],
        },
        henan2024,
      ),
  },
  { name: "parseDisclosureJson (the text)", run: (s) => parseDisclosureJson(s) },
  {
    name: "parseDisclosureJson (keys and values)",
    run: (s) => parseDisclosureJson(jsonDocument(s, { [s]: s })),
  },
  {
    name: "parseDisclosureJson (number cells: the text read again for their digits)",
    run: (s) =>
      parseDisclosureJson(
        jsonDocument(s, { [s]: s, total: 0 }).replace(
          '"total":0',
          `"total":1${s.replace(/\D/g, "")}.50`,
        ),
      ),
  },
  {
    name: "readDisclosureJson (kept keys, null cells, codes written as numbers)",
    run: (s) =>
      readDisclosureJson(
        JSON.stringify({
          format: "yusuan.disclosure",
          version: 1,
          [s]: s,
          meta: {
            year: 2024,
            documentKind: "单位",
            template: s,
            department: { name: s },
            units: [],
          },
          tables: [
            {
              kind: s,
              unit: "万元",
              page: s,
              rows: [
                { key: { kind: "functional", code: 0 }, cells: { [s]: s, total: null }, bbox: [s] },
              ],
            },
          ],
          texts: [{ title: s, body: s }],
        }).replace('"code":0', `"code":1${s.replace(/\D/g, "")}`),
      ),
  },
  {
    name: "readLedgerJson (blank amounts, kept keys, codes written as numbers)",
    run: (s) =>
      readLedgerJson(
        JSON.stringify({
          format: "yusuan.ledger",
          version: 1,
          [s]: s,
          meta: {
            year: 2024,
            documentKind: "单位",
            department: { name: s },
            units: [{ code: "1", name: s }],
          },
          scale: { unit: "万元", decimals: 2 },
          entries: [
            {
              unit: "1",
              fund: "gpb.grant",
              functional: "2013101",
              econ: "30201",
              nature: "basic",
              amount: s,
              [s]: s,
            },
            {
              unit: "1",
              fund: "gpb.grant",
              functional: 0,
              econ: "30201",
              nature: "basic",
              amount: null,
            },
          ],
        }).replace('"functional":0', `"functional":1${s.replace(/\D/g, "")}`),
      ),
  },
  {
    name: "checkDisclosure (cells, codes, names)",
    run: (s) =>
      checkDisclosure(disclosureOf(s), {
        profile: henan2024Profile,
        template: henan2024,
        catalog: catalog2024,
      }),
  },
  {
    name: "extractClaims (情况说明)",
    run: (s) => extractClaims(s, { year: 2024, catalog: catalog2024.functional }),
  },
  {
    // every line of the text a page's width, a blank line after each: compact reads it as
    // double-spaced (spacing.ts)
    name: "extractClaims (a double-spaced text layer: spacing.ts)",
    run: (s) =>
      extractClaims(s.replace(/[^\n]{24}/gu, "$&\n\n"), {
        year: 2024,
        catalog: catalog2024.functional,
      }),
  },
  {
    // each 16 characters of the adversary followed by a count in Chinese numerals, a rate before a
    // change of the same base and a share before its amount (spelled-counts.ts, comparison-bases.ts,
    // share-figure-words.ts; the 决算 reader's parts, 类 and vehicles alike); a quarter of the
    // adversary, so each reader's text is about as long as the others' (the words added are three
    // times its length, and the 决算 text holds it twice)
    name: "extractClaims + readFinalNarrative (spelled counts, shares before amounts, rates before changes)",
    run: (whole) => {
      const s = whole.slice(0, Math.ceil(whole.length / 4));
      return [
        extractClaims(
          s.replace(
            /[^\n]{16}/gu,
            "$&共十二个项目，比上年增长1%，比上年度增加1万元，基本支出占1%，计1万元，",
          ),
          { year: 2024, catalog: catalog2024.functional },
        ),
        readFinalNarrative(
          `本年收入合计1万元，其中：${s.replace(/[^\n]{16}/gu, "$&财政拨款收入占1%，计1万元；")}。共有车辆${s.replace(/[^\n]{16}/gu, "$&两千三百辆、")}（类）占1%，计1万元。`,
        ),
      ];
    },
  },
  {
    name: "extractClaims (the department's and its units' names: unit-claims.ts, units.ts)",
    run: (s) =>
      extractClaims(`${s}某某市信息中心支出1万元，本级2万元。`, {
        year: 2024,
        department: { code: "301", name: `某某市某某局${s.slice(0, 8)}` },
        units: [
          { code: "301001", name: "某某市某某局（本级）" },
          { code: "301002", name: "某某市信息中心" },
          { name: s.slice(0, 12) },
        ],
      }),
  },
  { name: "placeholdersIn (决算 wording)", run: (s) => placeholdersIn(s) },
  { name: "listAfter (决算 六 lists)", run: (s) => listAfter(`主要包括：${s}`, 0) },
  { name: "itemKey", run: (s) => itemKey(s) },
  {
    name: "acceptedNames + nameVariant",
    run: (s) => [
      acceptedNames(s),
      nameVariant(s, "上海市普陀区财政局"),
      nameVariant("上海市财政局", s),
    ],
  },
  {
    name: "checkDisclosure with the final profile (a text section, heading, department)",
    run: (s) =>
      checkDisclosure(
        {
          ...disclosureOf(""),
          meta: { ...disclosureOf("").meta, department: { name: "上海市普陀区财政局" } },
          texts: [
            { title: s, body: "" },
            {
              title: "情况说明",
              body: `一般公共预算财政拨款支出年初预算为1万元，支出决算为1万元。\n${s}`,
            },
          ],
        },
        { profile: finalProfile, template: final2024, catalog: catalog2024 },
      ),
  },
  {
    name: "checkDisclosure with the narrative rules (a text section)",
    run: (s) =>
      checkDisclosure(
        { ...disclosureOf(""), texts: [{ title: "情况说明", body: s }] },
        { profile: withNarrative(henan2024Profile), template: henan2024, catalog: catalog2024 },
      ),
  },
];

export {
  ADVERSARIES,
  type Adversary,
  SHAPED_ADVERSARIES,
  TEXT_ADVERSARIES,
  TEXT_READERS,
} from "./adversaries";
