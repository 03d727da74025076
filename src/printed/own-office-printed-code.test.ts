/**
 * The department's own office printed with its own code and the department's name under it
 * (`116001 | 中共某区委办公室` below `116 | 中共某区委办公室`), Henan's way in a 项目支出预算表, where the
 * caller names that office otherwise (`…（本级）`, `…本级`, a short name): the printed code the
 * caller gave decides, never the name (which is the department's): no duplicate row, no false
 * `rollup` / `same-fact` errors.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../catalog/2024";
import { rowKeyId, type Table } from "../disclosure";
import { checkDisclosure, henan2024Profile } from "../rules";
import { only } from "../rules/test-support";
import { henan2024 } from "../templates";
import { type ReadOptions, readPrintedTable } from "./read";
import type { PrintedTable } from "./types";

type Units = NonNullable<ReadOptions["units"]>;
const HEADERS = ["类型", "项目名称", "项目单位", "合计", "本年拨款/一般公共预算"];
const row = (type: string, name: string, unit: string, amount: string) => [
  type,
  name,
  unit,
  amount,
  amount,
];

interface Department {
  readonly code: string;
  readonly name: string;
  /** The other units: code and name. */
  readonly others: readonly (readonly [string, string])[];
}

/**
 * A 项目支出预算表 of `d`: its office (`${code}001`, printed with the department's name) then
 * each other unit, one project each; `office` the office's printed sum.
 */
const projects = (d: Department, office = "127.00"): PrintedTable => {
  const others = d.others.flatMap(([code, name], i) => [
    row(code, name, "", `${10 + i}.00`),
    row("特定目标类", `${name}专项经费`, name, `${10 + i}.00`),
  ]);
  const rest = d.others.reduce((s, _, i) => s + 10 + i, 0);
  const total = (127 + rest).toFixed(2);
  return {
    title: "2024年项目支出预算表",
    unit: "万元",
    headers: HEADERS,
    rows: [
      row("", "", "", total),
      row(d.code, d.name, "", total),
      row(`${d.code}001`, d.name, "", office),
      row("其他运转类", "2024年机关运行经费", d.name, "49.00"),
      row("特定目标类", "2024年信息化建设", d.name, "78.00"),
      ...others,
    ],
  };
};

const JIANXI: Department = {
  code: "116",
  name: "中国共产党洛阳市涧西区委员会办公室",
  others: [["116002", "洛阳市涧西区人民武装部"]],
};
const RENSHE: Department = {
  code: "208",
  name: "某县人力资源和社会保障局",
  others: [
    ["208002", "某县就业服务中心"],
    ["208003", "某县社会保险中心"],
  ],
};

/** Names a caller gives the office other than the department's. */
const OFFICE_NAMES = (d: Department, short: string) => [
  `${d.name}（本级）`,
  `${d.name}本级`,
  `${d.name}机关`,
  `${short}（本级）`,
  short,
];

const unitsOf = (d: Department, office: string): Units => [
  { code: d.code, name: d.name },
  { code: `${d.code}001`, name: office },
  ...d.others.map(([code, name]) => ({ code, name })),
];

const read = (p: PrintedTable, d: Department, units: Units) => {
  const r = readPrintedTable(p, {
    template: henan2024,
    catalog: catalog2024.functional,
    year: 2024,
    departmentCode: d.code,
    units,
  });
  if (r.table === undefined) throw new Error(`not read: ${p.title}`);
  return { table: r.table, problems: r.problems.filter((x) => x.severity !== "info") };
};
const keys = (t: Table) => t.rows.map((r) => rowKeyId(r.key));

const errors = (t: Table, d: Department, units: Units) =>
  checkDisclosure(
    {
      meta: {
        year: 2024,
        documentKind: "部门",
        template: "henan2024",
        department: { code: d.code, name: d.name },
        units: units.slice(1).map((u) => ({ ...u, unitType: "行政" as const })),
      },
      tables: [t],
      texts: [],
    },
    {
      profile: only(henan2024Profile, "rollup", "same-fact"),
      template: henan2024,
      catalog: catalog2024,
    },
  )
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.ruleId} ${f.path?.row} ${f.path?.column}`);

describe.each([
  ["涧西区委办, 2 units", JIANXI, "中共洛阳市涧西区委办公室"],
  ["某县人社局, 3 units", RENSHE, "某县人社局"],
] as const)("the office printed with its code and the department's name: %s", (_, d, short) => {
  it.each(OFFICE_NAMES(d, short))("the caller names it %s: the printed code decides", (name) => {
    const units = unitsOf(d, name);
    const { table, problems } = read(projects(d), d, units);
    expect(problems).toEqual([]);
    expect(keys(table).slice(0, 3)).toEqual(["total", `org:${d.code}`, `org:${d.code}001`]);
    expect(errors(table, d, units)).toEqual([]);
  });

  it("an office's sum that is not its projects' is still caught", () => {
    const units = unitsOf(d, `${d.name}（本级）`);
    const { table } = read(projects(d, "128.00"), d, units);
    expect(errors(table, d, units).some((e) => e.startsWith("rollup"))).toBe(true);
  });
});
