/**
 * A 项目支出表 grouped by 项目类型, each group opened by a heading row naming the type with its
 * subtotal (`其他运转类 53.50`, numbered `一、其他运转类项目`, or `特定目标类小计`), in the name
 * column or, where the table keeps its 类型 column, in that one: the heading is no project (was
 * read as one: every project counted twice, `rollup` errors on the 支出 tables' 项目支出 and
 * `targets.coverage` warnings for "projects" named 其他运转类). A project whose name only contains
 * such a word stays a project, and a wrong project figure is still found.
 */
import { describe, expect, it } from "vitest";
import { readPrintedTable } from "../src/printed";
import type { PrintedTable } from "../src/printed/types";
import { henan2024 } from "../src/templates";
import type { DisclosureFixture } from "./fixtures/types";
import { CASES, checkFixture, mapTables, projection } from "./metamorphic/support";

const found = CASES.find((c) => c.name === "Henan 2024");
if (found === undefined) throw new Error("no Henan case");
const henan = found;
const TITLE = "2024年项目支出预算表";
const SERIOUS = { serious: true } as const;
const before = projection(checkFixture(henan), SERIOUS);
/** The department's unit, as the fixture's meta names it (its row printed by name alone). */
const UNITS = [{ code: "116", name: "中国共产党洛阳市涧西区委员会办公室" }];
const TYPES = [
  ["其他运转类", "53.50"],
  ["特定目标类", "233.50"],
] as const;

type Where = "name" | "type";

/** The table grouped by type, each group under a heading `label(type, i)` with its subtotal. */
function grouped(label: (type: string, i: number) => string, where: Where, keepType: boolean) {
  return (t: PrintedTable): PrintedTable => {
    if (t.title !== TITLE) return t;
    const [total, unit, ...projects] = t.rows;
    const cut = (r: readonly string[]) => (keepType ? [...r] : r.slice(1));
    const width = t.headers.length - (keepType ? 0 : 1);
    const heading = (type: string, i: number, amount: string) => {
      const name = label(type, i);
      const lead = keepType ? (where === "type" ? [name, ""] : ["", name]) : [name];
      const row = [...lead, ...(keepType ? [""] : []), amount, amount];
      while (row.length < width) row.push("");
      return row;
    };
    return {
      ...t,
      headers: keepType ? t.headers : t.headers.slice(1),
      rows: [
        cut(total ?? []),
        cut(unit ?? []),
        ...TYPES.flatMap(([type, amount], i) => [
          heading(type, i, amount),
          ...projects.filter((r) => r[0] === type).map(cut),
        ]),
      ],
    };
  };
}

const variants: [string, (t: PrintedTable) => PrintedTable][] = [
  ["the type as a heading, no 类型 column", grouped((k) => k, "name", false)],
  ["numbered 一、其他运转类项目", grouped((k, i) => `${["一", "二"][i]}、${k}项目`, "name", false)],
  ["（一）其他运转类", grouped((k, i) => `（${["一", "二"][i]}）${k}`, "name", false)],
  ["其他运转类小计", grouped((k) => `${k}小计`, "name", false)],
  ["the 类型 column kept, the heading in it", grouped((k) => k, "type", true)],
  ["the 类型 column kept, the heading in the name", grouped((k) => k, "name", true)],
];

describe("a 项目支出表 grouped by 项目类型 under headings", () => {
  it("groups every project (the transformation is not vacuous)", () => {
    const t = henan.fixture.tables.find((x) => x.title === TITLE);
    const after = t === undefined ? undefined : grouped((k) => k, "name", false)(t);
    expect(after?.rows.length).toBe((t?.rows.length ?? 0) + 2);
  });

  it.each(variants)("%s: no new warning or error", (_, group) => {
    const fixture: DisclosureFixture = mapTables(henan.fixture, group);
    expect(projection(checkFixture(henan, fixture), SERIOUS)).toEqual(before);
  });

  it.each(variants)("%s: the reader notes the headings at info only", (_, group) => {
    const t = henan.fixture.tables.find((x) => x.title === TITLE);
    if (t === undefined) throw new Error("no project table");
    const read = readPrintedTable(group(t), {
      template: henan2024,
      units: UNITS,
      departmentCode: "116",
    });
    const rows = read.table?.rows ?? [];
    expect(rows.filter((r) => r.key.kind === "project")).toHaveLength(t.rows.length - 2);
    expect(read.problems.filter((p) => p.code === "unplaced-row" && p.severity !== "info")).toEqual(
      [],
    );
  });

  it("a project whose name only contains a type's word stays a project", () => {
    const t = henan.fixture.tables.find((x) => x.title === TITLE);
    if (t === undefined) throw new Error("no project table");
    const renamed = {
      ...t,
      rows: t.rows.map((r, i) =>
        i === 2 ? r.map((c, j) => (j === 1 ? "其他运转类项目经费" : c)) : r,
      ),
    };
    const read = readPrintedTable(renamed, { template: henan2024 });
    expect(
      read.table?.rows.some((r) => r.key.kind === "project" && r.key.name === "其他运转类项目经费"),
    ).toBe(true);
  });

  it("still finds a wrong project figure under a heading", () => {
    const fixture = mapTables(henan.fixture, (t) => {
      const g = grouped((k) => k, "name", false)(t);
      return t.title !== TITLE
        ? g
        : {
            ...g,
            rows: g.rows.map((r) =>
              r[0] === "2024年通联值班费" ? r.map((c) => (c === "10.00" ? "11.00" : c)) : r,
            ),
          };
    });
    expect(projection(checkFixture(henan, fixture), SERIOUS)).not.toEqual(before);
  });
});
