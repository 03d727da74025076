/**
 * The built-in catalogs against real disclosures (/work/shared/fixtures): the Henan 2024 fixture's
 * table 06 is correct and must pass; the Shanghai fixture's known code/name problems must show.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { mappingAllows } from "../mapping";
import { checkName } from "../names";
import { departmental2024, functional2024, government2024, mapping2024 } from ".";

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), "../../../../shared/fixtures");
const henan = readFileSync(resolve(fixtures, "henan/luoyang-jianxi-cpc-office-2024.txt"), "utf8");

/** The rows of Henan table 06 (部门款 × 政府款), text between 预算06表 and 预算07表. */
function henanTable06(): { dept: string; deptName: string; gov: string; govName: string }[] {
  const start = henan.indexOf("预算06表");
  const block = henan.slice(start, henan.indexOf("预算07表", start)).replace(/\s+/g, " ");
  return [...block.matchAll(/(3\d{4}) (\D+?) (5\d{4}) (\D+?) \d/g)].map((m) => ({
    dept: m[1] ?? "",
    deptName: m[2] ?? "",
    gov: m[3] ?? "",
    govName: m[4] ?? "",
  }));
}

describe("Henan 2024 table 06 (a 机关: 中共洛阳市涧西区委办公室)", () => {
  const rows = henanTable06();

  it("has the 22 printed rows, the wrapped 30108 row included", () => {
    expect(rows.length).toBe(22);
    expect(rows.find((r) => r.dept === "30108")?.gov).toBe("50102");
  });

  it("prints only pairs the mapping allows for 机关 (30107 → 50501 included)", () => {
    const refused = rows.filter((r) => !mappingAllows(mapping2024, r.dept, "机关", r.gov));
    expect(refused).toEqual([]);
    expect(rows.some((r) => r.dept === "30107" && r.gov === "50501")).toBe(true);
  });

  it("prints the catalog names of both codes", () => {
    for (const r of rows) {
      expect(checkName(departmental2024, r.dept, r.deptName), r.dept).toEqual({ kind: "match" });
      expect(checkName(government2024, r.gov, r.govName), r.gov).toEqual({ kind: "match" });
    }
  });
});

describe("Shanghai 普陀区社会福利院 2024: known name problems", () => {
  it("flags 302 02 咨询费 (30202 is 印刷费)", () => {
    expect(checkName(departmental2024, "302  02", "咨询费", 2024)).toEqual({
      kind: "mismatch",
      expected: "印刷费",
    });
  });

  it("recognises 医疗卫生与计划生育支出 as the pre-2019 name of 210, not valid in 2024", () => {
    expect(checkName(functional2024, "210", "医疗卫生与计划生育支出", 2024)).toEqual({
      kind: "alias",
      alias: { name: "医疗卫生与计划生育支出", to: 2018 },
      validInYear: false,
    });
  });
});
