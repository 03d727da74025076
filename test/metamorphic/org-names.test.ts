/**
 * Metamorphic: the department's and units' names as other printers and other data entry spell
 * them: surrounding spaces (ASCII, the ideographic U+3000, a tab), and brackets of the other width
 * (`上海市普陀区财政局（本级）` / `上海市普陀区财政局(本级)`). Applied to the meta (department and units),
 * to the table cells printing one of those names (a 部门's unit rows) and to the heading above the
 * tables. In the 情况说明 and the heading, the department's name as a text layer may give it:
 * broken by a space where a line wrapped (`上海市 普陀区财政局`, `上海市　普陀区财政局`) or set off
 * by spaces. The check's findings and outcomes must not change.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DisclosureFixture } from "../fixtures/types";
import { CASES, type Case, checkFixture, FC_OPTIONS, pick, projection } from "./support";

const BRACKETS: Record<string, string> = { "（": "(", "）": ")", "(": "（", ")": "）" };
const PADS = [" ", "\u3000", "\t", "  "] as const;

/** A name respelled: bit 0 brackets of the other width, bit 1 padded (`pad` picks the spaces). */
function respellOrg(name: string, how: number, pad: number): string {
  const bracketed = how & 1 ? name.replace(/[（）()]/gu, (b) => BRACKETS[b] ?? b) : name;
  const p = PADS[pad % PADS.length] ?? " ";
  return how & 2 ? `${p}${bracketed}${p}` : bracketed;
}

/** Findings in the text are compared without their place in it (the respelling moves it). */
const TEXT = { textOffsets: false } as const;

function respellOrgs(c: Case, seed: number): DisclosureFixture {
  const f = c.fixture;
  const names = new Map<string, string>();
  const spell = (name: string, i: number) => {
    const had = names.get(name.trim());
    if (had !== undefined) return had;
    const next = respellOrg(name, 1 + pick(seed, 3, i), pick(seed, 4, i, 1));
    names.set(name.trim(), next);
    return next;
  };
  const department = { ...f.meta.department, name: spell(f.meta.department.name, 0) };
  const units = f.meta.units.map((u, i) => ({ ...u, name: spell(u.name, i + 1) }));
  const tables = f.tables.map((t) => ({
    ...t,
    rows: t.rows.map((row) => row.map((cell) => names.get(cell.trim()) ?? cell)),
  }));
  const dept = f.meta.department.name;
  const cut = 2 + pick(seed, dept.length - 3, 7);
  const inText = [
    dept,
    `${dept.slice(0, cut)} ${dept.slice(cut)}`,
    `${dept.slice(0, cut)}\u3000${dept.slice(cut)}`,
    ` ${dept} `,
  ][pick(seed, 4, 8)] as string;
  const text = (t: string) => t.replaceAll(dept, inText);
  return {
    ...f,
    meta: { ...f.meta, department, units },
    tables,
    narrative: text(f.narrative),
    ...(f.heading === undefined ? {} : { heading: text(f.heading) }),
  };
}

describe.each(CASES.map((c) => [c.name, c] as const))("%s: organisation names", (_, c) => {
  const before = projection(checkFixture(c), TEXT);

  it("respelled names give the same findings and outcomes", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        expect(projection(checkFixture(c, respellOrgs(c, seed)), TEXT)).toEqual(before);
      }),
      FC_OPTIONS,
    );
  });
});

describe("the respelling itself", () => {
  it("changes brackets and pads as printers do", () => {
    expect(respellOrg("上海市普陀区财政局（本级）", 1, 0)).toBe("上海市普陀区财政局(本级)");
    expect(respellOrg("上海市普陀区财政局（本级）", 3, 1)).toBe(
      "\u3000上海市普陀区财政局(本级)\u3000",
    );
    expect(respellOrg("上海市财政局", 2, 0)).toBe(" 上海市财政局 ");
  });
});
