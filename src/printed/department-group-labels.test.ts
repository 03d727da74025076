/**
 * A group of departments printed with the word `部门` (`区直部门`, `县直部门`, `市直各部门`,
 * `各县区部门`, `省直属部门`): a region's word and `直` / `各` / `级` / `属` / `全` before it names no one
 * department, so such a row is no department's caption (one at a table's top was dropped as one).
 * A department's name with the word (`某某县教育部门`, `市直机关工委部门`) still is one.
 */
import { describe, expect, it } from "vitest";
import { namesDepartment } from "./grid-org";

describe("namesDepartment: group labels", () => {
  it.each([
    "区直部门",
    "县直部门",
    "市直部门",
    "省直部门",
    "市直各部门",
    "县直各部门",
    "各县区部门",
    "各县(市、区)部门",
    "各县（市、区）部门",
    "全市各部门",
    "区属部门",
    "省直属部门",
    "市直有关部门",
    "区直各相关部门",
  ])("%s names no department", (name) => {
    expect(namesDepartment(name)).toBe(false);
  });

  it.each([
    "某某县教育部门",
    "中共某某县委宣传部部门",
    "部门：某市卫生健康部门",
    "市直机关工委部门",
    "某县人民政府办公室部门",
  ])("bites: %s names one", (name) => {
    expect(namesDepartment(name)).toBe(true);
  });
});
