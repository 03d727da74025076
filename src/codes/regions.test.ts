import { describe, expect, it } from "vitest";
import { COUNTY_AND_ABOVE, holdsRegion, REGION_LEVELS, TOWNSHIPS } from "./regions";

describe("holdsRegion", () => {
  it("tells a name holding a region at any level, township included", () => {
    for (const name of [
      "河南省财政厅",
      "洛阳市涧西区教育局",
      "某县人民医院",
      "某自治州民政局",
      "锡林郭勒盟行政公署",
      "某旗农牧局",
      "某镇人民政府",
      "某乡卫生院",
    ])
      expect(holdsRegion(name), name).toBe(true);
  });

  it("finds none in names of no region", () => {
    for (const name of ["公立医院", "图书馆", "财政拨款合计", "教育局", ""])
      expect(holdsRegion(name), name).toBe(false);
  });
});

describe("the levels", () => {
  it("are the county-and-above levels then the townships, each once", () => {
    expect([...REGION_LEVELS]).toEqual([...COUNTY_AND_ABOVE, ...TOWNSHIPS]);
    expect(new Set(REGION_LEVELS).size).toBe(REGION_LEVELS.length);
    expect([...TOWNSHIPS].sort()).toEqual(["乡", "镇"]);
    expect(COUNTY_AND_ABOVE.includes("镇") || COUNTY_AND_ABOVE.includes("乡")).toBe(false);
  });
});
