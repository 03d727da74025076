/**
 * A ledger consistent with the Henan 2024 fixture (中共洛阳市涧西区委办公室, one 行政 unit 116001,
 * all money 一般公共预算 财政拨款, in 万元 with 2 decimals), built by hand from its printed tables:
 *
 * - basic spending: the 一般公共预算基本支出表 (06) by economic 款, placed on functions by the
 *   支出表 (03): 2013101 takes 301 wages (456.39), all 302 (49.68) and 31002 (2.00); 2080505,
 *   2101101 and 2210201 the 301 insurance and housing fund; 2080501 the 303 retirement pay.
 * - project spending: the 项目支出表 (12) and the 项目绩效目标汇总表 (14, codes) by project, on the
 *   functions of 03 (50.00 其他运转类 on 2013101, 3.50 + 73.50 on 2013102, 160.00 on 2299999),
 *   by economic 款 so that each 款 of the 支出经济分类汇总表 (07) less its basic spending is met
 *   exactly. The fixture does not print functions × codes × projects; this choice is one of many
 *   consistent with every printed table (e.g. 机关公务活动经费 1.00 is the project half of 接待 2.50).
 * - 年终结转结余 0.00 (the 收支总表 prints it as 0.00).
 */
import type { LedgerEntry, LedgerLine, LedgerMeta } from "../../src/ledger";

const UNIT = "116001";
const NAME = "中国共产党洛阳市涧西区委员会办公室";

export const HENAN_LEDGER_META: LedgerMeta = {
  year: 2024,
  documentKind: "部门",
  department: { code: "116", name: NAME },
  units: [{ code: UNIT, name: NAME, unitType: "行政" }],
  regionCode: "410305",
};

const basic = (functional: string, econ: string, gov: string, amount: string): LedgerLine => ({
  unit: UNIT,
  fund: "gpb.grant",
  functional,
  econ,
  gov,
  nature: "basic",
  amount,
});

/** A project's lines: [economic 款, 政府经济分类 款, amount]. */
const project = (
  name: string,
  code: string,
  nature: "project.operating" | "project.specific",
  functional: string,
  lines: readonly (readonly [string, string, string])[],
): LedgerLine[] =>
  lines.map(([econ, gov, amount]) => ({
    unit: UNIT,
    fund: "gpb.grant",
    functional,
    econ,
    gov,
    nature,
    project: { name, code },
    amount,
  }));

export const HENAN_LEDGER_ENTRIES: readonly LedgerEntry[] = [
  // 2013101 行政运行: 301 456.39, 302 49.68, 310 2.00
  basic("2013101", "30107", "50501", "51.17"),
  basic("2013101", "30102", "50101", "72.93"),
  basic("2013101", "30103", "50101", "149.60"),
  basic("2013101", "30112", "50102", "2.03"),
  basic("2013101", "30101", "50101", "151.62"),
  basic("2013101", "30199", "50199", "29.04"),
  basic("2013101", "31002", "50306", "2.00"),
  basic("2013101", "30231", "50208", "4.00"),
  basic("2013101", "30229", "50201", "7.07"),
  basic("2013101", "30211", "50201", "1.00"),
  basic("2013101", "30215", "50202", "1.00"),
  basic("2013101", "30239", "50201", "17.22"),
  basic("2013101", "30299", "50299", "0.22"),
  basic("2013101", "30201", "50201", "8.02"),
  basic("2013101", "30228", "50201", "5.65"),
  basic("2013101", "30202", "50201", "3.00"),
  basic("2013101", "30207", "50201", "1.00"),
  basic("2013101", "30217", "50206", "1.50"),
  basic("2080501", "30302", "50905", "21.10"),
  basic("2080505", "30108", "50102", "52.59"),
  basic("2101101", "30110", "50102", "47.28"),
  basic("2210201", "30113", "50103", "53.02"),
  // 其他运转类 on 2013101 (50.00) and 2013102 (3.50)
  ...project("2024年机关运行经费", "410305240000000017284", "project.operating", "2013101", [
    ["30201", "50201", "16.00"],
    ["30202", "50201", "18.50"],
    ["30207", "50201", "3.00"],
    ["30213", "50209", "10.00"],
    ["30215", "50202", "1.00"],
    ["30239", "50201", "0.50"],
  ]),
  ...project("机关公务活动经费", "410305240000000036401", "project.operating", "2013101", [
    ["30217", "50206", "1.00"],
  ]),
  ...project("2024年劳务派遣人员经费", "410305240000000012440", "project.operating", "2013102", [
    ["30226", "50205", "3.50"],
  ]),
  // 特定目标类 on 2013102 (73.50) and 2299999 (160.00)
  ...project("2024年机要设备购置", "410305240000000018883", "project.specific", "2013102", [
    ["31002", "50306", "18.50"],
  ]),
  ...project("2024年通联值班费", "410305240000000017294", "project.specific", "2013102", [
    ["30299", "50299", "10.00"],
  ]),
  ...project("2024年督查委员会工作经费", "410305240000000017296", "project.specific", "2013102", [
    ["30299", "50299", "3.00"],
  ]),
  ...project("2023年机要设备购置", "410305240000000018879", "project.specific", "2013102", [
    ["31002", "50306", "30.00"],
  ]),
  ...project("2024年机要密码工作经费", "410305240000000017286", "project.specific", "2013102", [
    ["31002", "50306", "6.00"],
  ]),
  ...project("机要分级保护测评经费", "410305240000000017298", "project.specific", "2013102", [
    ["31002", "50306", "2.50"],
    ["30201", "50201", "3.50"],
  ]),
  ...project("2023年人武部专项经费", "410305240000000018874", "project.specific", "2299999", [
    ["39999", "59999", "35.00"],
  ]),
  ...project("2024年人武部专项经费", "410305240000000018876", "project.specific", "2299999", [
    ["39999", "59999", "125.00"],
  ]),
  { kind: "carryforward", unit: UNIT, fund: "gpb.grant", amount: "0.00" },
];
