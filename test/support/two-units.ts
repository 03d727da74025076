/**
 * The Henan 2024 fixture as a department of two units: 116001 (the office, its own level, named as
 * the department is) and 116002 洛阳市涧西区人民武装部, which holds 229 99 99 其他支出 160.00 (the
 * two 人武部 projects, 35.00 + 125.00). Every table that prints rows by unit prints both units'
 * rows, consistent with the department's (the tables still pass every rule).
 */

import type { PrintedTable } from "../../src/printed/types";
import type { DisclosureFixture } from "../fixtures/types";

export const DEPARTMENT = "中国共产党洛阳市涧西区委员会办公室";
export const SECOND_UNIT = "洛阳市涧西区人民武装部";

const fill = (r: readonly string[], width: number): string[] => {
  const x = [...r];
  while (x.length < width) x.push("");
  return x;
};

/** The fixture with its tables by two units (`ownName`: the first unit's name, the department's by default). */
export function twoUnits(fx: DisclosureFixture, ownName = DEPARTMENT): DisclosureFixture {
  const u1 = ownName;
  const tables = fx.tables.map((t): PrintedTable => {
    const [first, second, ...rest] = t.rows;
    if (first === undefined || second === undefined) return t;
    if (t.title === "2024年部门收入预算表") {
      const tail = (rest[0] ?? []).slice(6);
      const amounts = (code: string, name: string, a: string) => [code, name, a, a, a, a, ...tail];
      return {
        ...t,
        rows: [
          first,
          second,
          amounts("116001", u1, "809.06"),
          amounts("116002", SECOND_UNIT, "160.00"),
        ],
      };
    }
    if (t.title === "2024年部门支出预算表" || t.title === "2024年一般公共预算支出预算表") {
      const u1Row = [
        "",
        "",
        "",
        "116001",
        u1,
        "809.06",
        "682.06",
        "609.28",
        "21.10",
        "49.68",
        "2.00",
        "127.00",
        "53.50",
        "73.50",
      ];
      const u2Row = [
        "",
        "",
        "",
        "116002",
        SECOND_UNIT,
        "160.00",
        "",
        "",
        "",
        "",
        "",
        "160.00",
        "",
        "160.00",
      ];
      const own = rest.filter((r) => r[0] !== "229");
      const other = rest.filter((r) => r[0] === "229");
      return { ...t, rows: [first, second, u1Row, ...own, u2Row, ...other] };
    }
    if (t.title === "2024年支出经济分类汇总表") {
      const unit = (code: string, name: string, a: string) =>
        fill([code, "", name, "", "", "", a, a, a], t.headers.length);
      return {
        ...t,
        rows: [
          first,
          second,
          unit("116001", u1, "809.06"),
          ...rest.filter((r) => r[0] !== "399"),
          unit("116002", SECOND_UNIT, "160.00"),
          ...rest.filter((r) => r[0] === "399"),
        ],
      };
    }
    if (t.title === "2024年项目支出预算表") {
      const unit = (code: string, name: string, a: string) =>
        fill([code, name, "", a, a], t.headers.length);
      const ours = (r: readonly string[]) => (r[1] ?? "").includes("人武部");
      return {
        ...t,
        rows: [
          first,
          second,
          unit("116001", u1, "127.00"),
          ...rest.filter((r) => !ours(r)),
          unit("116002", SECOND_UNIT, "160.00"),
          ...rest.filter(ours).map((r) => [r[0] ?? "", r[1] ?? "", SECOND_UNIT, ...r.slice(3)]),
        ],
      };
    }
    if (t.title === "本级部门预算项目绩效目标汇总表") {
      // project blocks: a block starts with a row whose first cell is a code
      const blocks: string[][][] = [];
      for (const r of rest) {
        if (r[0] !== "" || blocks.length === 0) blocks.push([[...r]]);
        else blocks.at(-1)?.push([...r]);
      }
      const ours = (b: string[][]) => (b[0]?.[1] ?? "").includes("人武部");
      const unit = (code: string, name: string, a: string) => [
        code,
        name,
        "",
        a,
        a,
        ...second.slice(5),
      ];
      return {
        ...t,
        rows: [
          first,
          unit("116001", u1, "127.00"),
          ...blocks.filter((b) => !ours(b)).flat(),
          unit("116002", SECOND_UNIT, "160.00"),
          ...blocks.filter(ours).flat(),
        ],
      };
    }
    return t;
  });
  return {
    ...fx,
    meta: {
      ...fx.meta,
      units: [
        { code: "116001", name: u1, unitKind: "行政" },
        { code: "116002", name: SECOND_UNIT, unitKind: "行政" },
      ],
    },
    tables,
  };
}
