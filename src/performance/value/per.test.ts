/**
 * A count per period or head printed before the figure, after `每` (`每年≥2次`): the count per that
 * (`≥2次/年`), the same value as the unit printed after it; a share, a date, a verb between or a
 * second `每` keeps the value as printed.
 */
import { describe, expect, it } from "vitest";
import { parseIndicatorValue } from "./parse";
import { perFirst } from "./per";

const read = (s: string) => {
  const r = parseIndicatorValue(s);
  return r.ok ? r.value : r.error.code;
};

describe("parseIndicatorValue: a count per period printed before the figure", () => {
  it.each([
    ["每年≥2次", "≥2次/年"],
    ["每年度≥2次", "≥2次/年度"],
    ["每季度不少于1次", "≥1次/季度"],
    ["每月至少1次", "≥1次/月"],
    ["每半年≥1次", "≥1次/半年"],
    ["每周 ≥ 3 次", "≥3次/周"],
    ["每天24小时", "24小时/天"],
    ["每年两次", "2次/年"],
    ["每村≥1名", "≥1名/村"],
    ["每年2-3次", "2-3次/年"],
    ["每年≤5个工作日", "≤5个工作日/年"],
  ])("%s reads as %s", (printed, after) => {
    expect(read(printed)).toEqual(read(after));
    expect(read(printed)).not.toEqual({ kind: "qualitative", text: printed });
  });

  it.each([
    "每年增长≥5%",
    "每月15日前",
    "每年12月底前",
    "每年开展≥2次",
    "每人每年≥40学时",
    "每年≥2次/人",
    "每年",
    "每单位≥2次",
    // a place within the period, no count per it
    "每月10日",
    "每月15号",
    "每年12月",
    "每季度1日",
  ])("%s stays as printed", (printed) => {
    expect(read(printed)).toEqual({ kind: "qualitative", text: printed });
  });

  it("takes the longest period word and no second 每", () => {
    expect(perFirst("每半年≥1次")).toEqual({ per: "半年", rest: "≥1次" });
    expect(perFirst("每季度1次")).toEqual({ per: "季度", rest: "1次" });
    expect(perFirst("每年每月1次")).toBeUndefined();
    expect(perFirst("年均≥2次")).toBeUndefined();
  });
});
