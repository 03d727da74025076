import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import { normalizeName } from "../src/codes";
import { final2024, finalProfile } from "../src/final";
import { checkDisclosure, henan2024Profile } from "../src/rules";
import { henan2024 } from "../src/templates";
import type { Template } from "../src/templates/types";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { putuoFinanceFinal2024Fixture } from "./fixtures/putuo-finance-final-2024";
import type { DisclosureFixture } from "./fixtures/types";
import { fixtureDisclosure } from "./support/disclosures";

// Some printers draw the tree of 科目 with marks before each name (`└行政运行`, `├─行政运行`,
// `·行政运行`, `--行政运行`): a picture of the level, not part of the name.
const MARKS = ["  └", "├─", "│ ├ ", "·", "• ", "--", "－", "— ", "→", "▪"];

const CODE = /^\d{2,7}$/u;

/** The index of a row's 科目 name: the first cell after its code cells (at least one printed). */
function nameAt(row: readonly string[]): number {
  let coded = false;
  for (let i = 0; i < row.length; i++) {
    const cell = (row[i] ?? "").trim();
    if (CODE.test(cell)) coded = true;
    else if (cell !== "") return coded ? i : -1;
  }
  return -1;
}

/** The fixture with every 科目 name (the cell after a row's codes) printed after `mark`. */
function marked(fx: DisclosureFixture, mark: string, rename?: [string, string]): DisclosureFixture {
  return {
    ...fx,
    tables: fx.tables.map((t) => ({
      ...t,
      rows: t.rows.map((r) => {
        const at = nameAt(r);
        return r.map((cell, i) => {
          if (i !== at) return cell;
          return `${mark}${rename !== undefined && cell.trim() === rename[0] ? rename[1] : cell}`;
        });
      }),
    })),
  };
}

const nameFindings = (fx: DisclosureFixture, template: Template, final: boolean) => {
  const read = fixtureDisclosure(fx, template).disclosure;
  const d = final ? { ...read, meta: { ...read.meta, stage: "决算" as const } } : read;
  const profile = final ? finalProfile : henan2024Profile;
  return checkDisclosure(d, { profile, template, catalog: catalog2024 })
    .findings.filter((f) => f.severity !== "info" && /name/iu.test(f.ruleId))
    .map((f) => `${f.ruleId} ${JSON.stringify(f.params)}`);
};

describe("tree marks before a 科目 name", () => {
  it.each(MARKS)("normalizeName drops %j before the name", (mark) => {
    expect(normalizeName(`${mark}行政运行`)).toBe("行政运行");
    expect(normalizeName(`${mark}一般公共服务支出（类）`)).toBe("一般公共服务支出");
  });

  it("keeps the marks inside or after a name", () => {
    expect(normalizeName("行政运行-")).toBe("行政运行-");
    expect(normalizeName("中医（民族医）药专项")).toBe("中医(民族医)药专项");
    expect(normalizeName("A·B项目")).toBe("A·B项目");
  });

  const cases: [string, DisclosureFixture, Template, boolean][] = [
    ["Henan 2024", henan2024Fixture, henan2024, false],
    ["普陀区财政局 2024 决算", putuoFinanceFinal2024Fixture, final2024, true],
  ];
  describe.each(cases)("%s", (_, fx, template, final) => {
    const base = nameFindings(fx, template, final);
    it.each(MARKS.slice(0, 5))(
      "names printed after %j raise no name finding the plain print does not",
      (mark) => {
        const fxMarked = marked(fx, mark);
        // the transformation reached the names (else the test proves nothing)
        expect(JSON.stringify(fxMarked.tables)).toContain(`${mark}行政运行`);
        expect(nameFindings(fxMarked, template, final)).toEqual(base);
      },
    );
    it("a wrong name behind a mark is still found", () => {
      const wrong = nameFindings(marked(fx, "  └", ["行政运行", "事业运行"]), template, final);
      expect(wrong.length).toBeGreaterThan(base.length);
    });
  });
});
