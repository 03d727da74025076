/**
 * A table (or the document) that declares 尾差 in a note: a printer that rounds each cell on its
 * own (元 tables reprinted in 万元) prints a 合计 a cent off the sum of its printed parts. Where a
 * note says so, a sum's gap within the interval model (each printed figure ± half its step) is
 * reported at info; a larger gap stays an error, and without a declaration nothing changes.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import type { Disclosure } from "../src/disclosure";
import type { PrintedTable } from "../src/printed/types";
import { checkDisclosure, type Finding, RULES, renderFinding, shanghaiProfile } from "../src/rules";
import { shanghai } from "../src/templates";
import { shanghaiFinance2025Fixture } from "./fixtures/shanghai-finance-2025";
import type { DisclosureFixture } from "./fixtures/types";
import { fixtureDisclosure } from "./support/disclosures";

/** 元 → 万元 to the cent, half up, on whole 元 (exact, on integers). */
const toWan = (cell: string): string => {
  const q = (BigInt(cell.replace(/,/g, "")) + 50n) / 100n;
  const s = q.toString().padStart(3, "0");
  return `${BigInt(s.slice(0, -2)).toLocaleString("en-US")}.${s.slice(-2)}`;
};
/** A 万元 cell moved by `cents` hundredths. */
const plus = (cell: string, cents: bigint): string => {
  const s = (BigInt(cell.replace(/[,.]/g, "")) + cents).toString().padStart(3, "0");
  return `${BigInt(s.slice(0, -2)).toLocaleString("en-US")}.${s.slice(-2)}`;
};
/** Columns holding codes, names or labels, not figures. */
const LABEL = /^(类|款|项|项目)$|名称|编码/;
const isFigure = (t: PrintedTable, ci: number, cell: string) =>
  !LABEL.test(t.headers[ci]?.split("/").at(-1) ?? "") && /^[\d,]+$/.test(cell);

/** The fixture with its 元 tables reprinted in 万元, each cell rounded on its own, notes by table. */
function reprinted(note: (t: PrintedTable, i: number) => string | undefined): DisclosureFixture {
  const tables = shanghaiFinance2025Fixture.tables.map((t, i) => {
    if (t.unit !== "元") return t;
    const n = note(t, i);
    return {
      ...t,
      unit: "万元",
      ...(n === undefined ? {} : { note: n }),
      rows: t.rows.map((r) => r.map((c, ci) => (isFigure(t, ci, c) ? toWan(c) : c))),
    };
  });
  return { ...shanghaiFinance2025Fixture, tables };
}

const check = (fixture: DisclosureFixture, texts: Disclosure["texts"] = []) => {
  const { disclosure } = fixtureDisclosure(fixture, shanghai);
  const d = { ...disclosure, texts: [...disclosure.texts, ...texts] };
  return checkDisclosure(d, { profile: shanghaiProfile, template: shanghai, catalog: catalog2024 });
};
const errors = (fs: readonly Finding[]) => fs.filter((f) => f.severity === "error");
const declared = (fs: readonly Finding[]) => fs.filter((f) => f.params.rounding === "declared");

const WORDINGS = [
  "注：因四舍五入原因，表中合计数与分项之和可能存在尾差。",
  "注：本表合计数与各分项之和的尾差系四舍五入所致。",
  "说明：表中数据四舍五入保留两位小数，合计数与分项之和可能有尾数差异。",
];

describe("a 尾差 declared in a note explains a sum's gap within its rounding", () => {
  it("without a declaration, the cent gaps of cells rounded one by one stay errors", () => {
    const report = check(reprinted(() => undefined));
    const found = errors(report.findings);
    expect(found.length).toBeGreaterThanOrEqual(6);
    expect(new Set(found.map((f) => f.ruleId))).toEqual(new Set(["rollup", "nature"]));
    expect(declared(report.findings)).toEqual([]);
  });

  it("with a note on every table (three wordings), no errors: each gap is info, with its reason", () => {
    const report = check(reprinted((_, i) => WORDINGS[i % WORDINGS.length]));
    expect(errors(report.findings)).toEqual([]);
    const info = declared(report.findings);
    expect(info.length).toBeGreaterThanOrEqual(6);
    for (const f of info) {
      expect(f.severity).toBe("info");
      expect(["rollup", "nature"]).toContain(f.ruleId);
      expect(f.params.declaredBy).toBe("note");
    }
    for (const id of ["rollup", "nature"])
      expect(report.outcomes.find((o) => o.ruleId === id)?.outcome).toBe("pass");
    const f = info[0] as Finding;
    expect(renderFinding(f, RULES, "zh-CN", shanghai)).toContain("尾差");
    expect(renderFinding(f, RULES, "en", shanghai)).toContain("rounding differences");
  });

  it("with the note, a gap of 1.00 万元 is still an error", () => {
    // the 201 row's 财政拨款收入 of the 收入预算总表 printed 1.00 万元 more
    const fixture = reprinted((_, i) => WORDINGS[i % WORDINGS.length]);
    const income = fixture.tables.findIndex((t) => t.title.includes("收入预算总表"));
    const table = fixture.tables[income] as PrintedTable;
    const col = table.headers.indexOf("收入预算/财政拨款收入");
    const at = table.rows.findIndex((r) => r[0] === "201" && r[1] === "");
    const rows = table.rows.map((r, ri) =>
      ri !== at ? r : r.map((c, ci) => (ci === col ? plus(c, 100n) : c)),
    );
    const tables = fixture.tables.map((t, i) => (i === income ? { ...t, rows } : t));
    const report = check({ ...fixture, tables });
    const found = errors(report.findings);
    expect(found.length).toBeGreaterThan(0);
    // every error is about the figure moved, none about the cents
    for (const f of found)
      expect(
        f.evidence.some((e) =>
          e.sources.some(
            (s) => s.table === "income" && s.row === "functional:201" && s.column === "government",
          ),
        ),
      ).toBe(true);
    expect(found.some((f) => f.ruleId === "rollup" || f.ruleId === "funds")).toBe(true);
  });

  it("a declaration in the document's text speaks for every table", () => {
    const report = check(
      reprinted(() => undefined),
      [{ title: "其他说明", body: "本部门预算公开表格中的数据因四舍五入存在尾差。" }],
    );
    expect(errors(report.findings)).toEqual([]);
    const info = declared(report.findings);
    expect(info.length).toBeGreaterThanOrEqual(6);
    expect(info.every((f) => f.params.declaredBy === "document")).toBe(true);
  });
});
