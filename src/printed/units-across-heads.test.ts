/**
 * The headers of units printed across: a unit's code read before or after its name, a code the
 * caller gave read as its unit's only beside an organisation's name (a 科目 across, `208
 * 社会保障和就业支出`, is never the unit coded 208), a code contradicting the name's unit refused.
 */
import { describe, expect, it } from "vitest";
import { henan2024 } from "../templates";
import { headParts, unitsAcrossColumns } from "./units-across-heads";

const kind = henan2024.tables.find((t) => t.id === "expenditure");
if (kind === undefined) throw new Error("no expenditure kind");

describe("headParts", () => {
  it.each([
    ["116001 某县自然资源局机关", { code: "116001", name: "某县自然资源局机关" }],
    ["[116001]某县自然资源局机关", { code: "116001", name: "某县自然资源局机关" }],
    ["116001-某县自然资源局机关", { code: "116001", name: "某县自然资源局机关" }],
    ["某县自然资源局机关（116001）", { code: "116001", name: "某县自然资源局机关" }],
    ["某县自然资源局机关", { name: "某县自然资源局机关" }],
    ["某县自然资源局（本级）", { name: "某县自然资源局(本级)" }],
  ])("%s", (text, parts) => expect(headParts(text)).toEqual(parts));
});

describe("unitsAcrossColumns", () => {
  const headers = ["科目编码", "科目名称", "合计", "208 社会保障和就业支出"];
  it("a code the caller gave beside a 科目's name is no unit's column", () => {
    const units = [{ code: "208", name: "某市人力资源和社会保障局" }];
    expect(unitsAcrossColumns(headers, [3], kind, 2025, units)).toEqual([]);
  });

  it("a code beside another unit's name: nothing read across", () => {
    const units = [
      { code: "116001", name: "某县自然资源局机关" },
      { code: "116002", name: "某县不动产登记中心" },
    ];
    const h = ["科目编码", "科目名称", "合计", "116002 某县自然资源局机关"];
    expect(unitsAcrossColumns(h, [3], kind, 2025, units)).toBeUndefined();
  });

  it("a unit's amounts under its name, each placed as the kind places it", () => {
    const units = [{ code: "116001", name: "某县自然资源局机关" }];
    const h = ["合计", "116001 某县自然资源局机关/合计", "116001 某县自然资源局机关/基本支出"];
    const got = unitsAcrossColumns(h, [1, 2], kind, 2025, units);
    expect(got?.map((g) => [g.code, g.name, [...g.columns]])).toEqual([
      [
        "116001",
        "某县自然资源局机关",
        [
          ["total", 1],
          ["basic", 2],
        ],
      ],
    ]);
  });
});
