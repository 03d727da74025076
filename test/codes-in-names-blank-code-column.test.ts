/**
 * A code column a text layer left blank, its codes printed in the name cells beside it
 * (`项目/功能分类科目编码` blank, `项目/科目名称` `2080501 行政单位离退休`): the extractor put the
 * narrow code column's text into the name cell next to it. Read as the codes of that column, the
 * report is the one of the table printed in two columns, with no reader problem above info (each
 * coded row was an unplaced-row warning, and the table's sums, the misprints of the document
 * included, were lost). A code column printing codes is left as it is.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import { final2024, finalProfile } from "../src/final";
import { readPrintedTable } from "../src/printed";
import { putuoPlanningFinal2024Fixture } from "./fixtures/putuo-planning-final-2024";
import { putuoSocialWorkFinal2024Fixture } from "./fixtures/putuo-social-work-final-2024";
import type { DisclosureFixture } from "./fixtures/types";
import { reading } from "./metamorphic/support";

const check = (fixture: DisclosureFixture) => reading(fixture, final2024, finalProfile, true);

/** Every table whose one code column is whole: its codes moved into the name cell, `sep` between. */
function moved(fixture: DisclosureFixture, sep: string): DisclosureFixture {
  return {
    ...fixture,
    tables: fixture.tables.map((t) => {
      const r = readPrintedTable(t, { template: final2024, catalog: catalog2024.functional });
      const codes = r.columns.filter((c) => c.column?.role === "code");
      const name = r.columns.find((c) => c.column?.role === "name")?.index;
      const code = codes[0];
      if (
        codes.length !== 1 ||
        code === undefined ||
        code.column?.segment !== undefined ||
        name === undefined
      )
        return t;
      return {
        ...t,
        rows: t.rows.map((row) => {
          const printed = row[code.index]?.trim() ?? "";
          if (printed === "") return row;
          return row.map((x, i) =>
            i === code.index ? "" : i === name ? `${printed}${sep}${x}` : x,
          );
        }),
      };
    }),
  };
}

describe.each([
  ["普陀区规划和自然资源局 决算 2024", putuoPlanningFinal2024Fixture],
  ["普陀区委社会工作部 决算 2024", putuoSocialWorkFinal2024Fixture],
] as const)("%s: codes in the name cells beside a blank code column", (_, fixture) => {
  const before = check(fixture);
  it.each([" ", "", "  "])("code and name parted by %j: the same report", (sep) => {
    const changed = moved(fixture, sep);
    expect(changed.tables.filter((t, i) => t !== fixture.tables[i]).length).toBeGreaterThan(3);
    const after = check(changed);
    expect(after.report).toEqual(before.report);
    expect(after.problems).toEqual(before.problems);
  });
});
