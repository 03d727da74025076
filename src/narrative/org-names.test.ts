/** Units the text names otherwise than the tables: abbreviations, and units it cannot match. */
import { describe, expect, it } from "vitest";
import type { Table } from "../disclosure";
import { abbreviates } from "./org-names";
import { read } from "./test-support";

describe("abbreviates", () => {
  it.each([
    ["人武部", "某县人民武装部"],
    ["县人武部", "某县人民武装部"],
    ["政务中心", "某县政务服务中心"],
    ["县发改委", "某县发展和改革委员会"],
    ["县住建局", "某县住房和城乡建设局"],
    ["县医院", "某县人民医院"],
  ])("%s abbreviates %s", (short, full) => {
    expect(abbreviates(short, full)).toBe(true);
  });
  it.each([
    ["档案馆", "某县人民武装部"],
    ["武装部人", "某县人民武装部"],
    // its last character must be among the name's last three
    ["县人民", "某县人民武装部"],
    ["服务站", "某县政务服务中心"],
  ])("%s does not abbreviate %s", (short, full) => {
    expect(abbreviates(short, full)).toBe(false);
  });
});

const DEPT = { code: "301", name: "某县人民政府办公室" };
const tables: Table[] = [
  {
    kind: "expenditure",
    unit: "万元",
    rows: [
      { key: { kind: "total" }, cells: { total: "300.00" } },
      {
        key: { kind: "org", code: "301001" },
        name: "某县人民政府办公室",
        cells: { total: "200.00" },
      },
      { key: { kind: "org", code: "301002" }, name: "某县政务服务中心", cells: { total: "60.00" } },
      { key: { kind: "org", code: "301003" }, name: "某县便民服务中心", cells: { total: "40.00" } },
    ],
  },
];
const withUnits = (text: string) => read(text, 2025, { tables, department: DEPT });

describe("extractClaims: a unit named otherwise than the tables", () => {
  it.each([
    ["政务中心支出预算60.00万元。", "amount spending|org=301002 60.00万元"],
    ["县政务中心2025年收入预算60.00万元。", "amount revenue|org=301002 60.00万元"],
    ["便民中心2025年支出预算40.00万元。", "amount spending|org=301003 40.00万元"],
    ["县政府办2025年支出预算300.00万元。", "amount spending 300.00万元"],
    [
      "二、某县政务服务中心收支预算情况\n支出预算60.00万元。",
      "amount spending|org=301002 60.00万元",
    ],
  ])("%s: %s", (text, claim) => {
    expect(withUnits(text).claims[0]).toMatch(
      new RegExp(`^${claim.replace(/[|()]/gu, "\\$&")}`, "u"),
    );
  });

  it.each([
    // no unit of the tables, or two of them alike (服务中心 abbreviates both)
    "某县第一中学2025年支出预算100.00万元。",
    "县人武部支出预算40.00万元。",
    "服务中心2025年支出预算40.00万元。",
    "二、某县第一中学收支预算情况\n2025年收入预算100.00万元。\n（一）支出预算情况\n支出预算100.00万元。",
  ])("%s: left unplaced (unit-part)", (text) => {
    const r = withUnits(text);
    expect(r.claims).toEqual([]);
    expect(r.unplaced.every((u) => u.startsWith("unit-part"))).toBe(true);
  });

  it.each([
    // not at its clause's start, a measure's name, no subject's words after it, the document itself
    "为保障政务中心工作，支出预算300.00万元。",
    "支出预算300.00万元，主要用于县档案馆运转。",
    "本部门支出预算300.00万元。",
    "我中心2025年支出预算300.00万元。",
    "该中心2025年支出预算300.00万元。",
    "二、某县人民政府办公室收支预算情况\n支出预算300.00万元。",
    "二、某县第一中学收支预算情况\n三、部门支出预算情况\n支出预算300.00万元。",
  ])("%s: the department's", (text) => {
    expect(withUnits(text).claims[0]).toMatch(/^amount spending 300\.00万元/u);
  });

  it("without the department's name, a name is no unit of another (nothing to tell)", () => {
    expect(read("某县第一中学2025年支出预算100.00万元。", 2025).claims).toEqual([
      "amount spending 100.00万元 current budget equals [100.00万元]",
    ]);
  });
});
