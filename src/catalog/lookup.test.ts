import { describe, expect, it } from "vitest";
import { code } from "../codes";
import { departmental2024, functional2024, government2024 } from "./2024";
import { catalogChildren, catalogNamePath, coverageOf, lookupCode } from "./lookup";

describe("lookupCode", () => {
  it("finds entries by digits and by printed forms", () => {
    expect(lookupCode(functional2024, "2013101")?.name).toBe("行政运行");
    expect(lookupCode(functional2024, "201 31 01")?.name).toBe("行政运行");
    expect(lookupCode(departmental2024, "302-17")?.name).toBe("公务接待费");
    expect(lookupCode(government2024, "50501")?.name).toBe("工资福利支出");
  });

  it("reads full-width digits, and finds nothing for digits of no level's width", () => {
    expect(lookupCode(departmental2024, "３０２１７")?.name).toBe("公务接待费");
    expect(lookupCode(departmental2024, "3021")).toBeUndefined();
    expect(lookupCode(functional2024, "20131010")).toBeUndefined();
    expect(lookupCode(departmental2024, "3020101")).toBeUndefined(); // 项 in an economic system
  });

  it("fills level and parent", () => {
    const entry = lookupCode(functional2024, "2080505");
    expect(entry?.level).toBe("项");
    expect(entry?.parent).toBe("20805");
    expect(lookupCode(functional2024, "208")?.parent).toBeUndefined();
  });

  it("accepts a Code of the catalog's system only", () => {
    expect(lookupCode(departmental2024, code("departmental", "30101"))?.name).toBe("基本工资");
    expect(lookupCode(government2024, code("departmental", "30101"))).toBeUndefined();
  });

  it("returns undefined for codes not listed or not valid in the system", () => {
    expect(lookupCode(functional2024, "2019999")).toBeUndefined();
    expect(lookupCode(departmental2024, "30210")).toBeUndefined(); // no 30210 in the catalog
    expect(lookupCode(departmental2024, "50101")).toBeUndefined(); // a government code
    expect(lookupCode(departmental2024, "301 2")).toBeUndefined(); // misprint
  });

  it("keeps 309 and 310 apart although their 款 share names", () => {
    expect(lookupCode(departmental2024, "30913")?.name).toBe("公务用车购置");
    expect(lookupCode(departmental2024, "31013")?.name).toBe("公务用车购置");
    expect(lookupCode(departmental2024, "30913")?.parent).toBe("309");
    expect(lookupCode(departmental2024, "31013")?.parent).toBe("310");
  });
});

describe("catalogChildren", () => {
  it("lists the 款 of a 类 in code order", () => {
    expect(catalogChildren(departmental2024, "307").map((e) => e.code)).toEqual([
      "30701",
      "30702",
      "30703",
      "30704",
    ]);
    expect(catalogChildren(government2024, "506").map((e) => e.name)).toEqual([
      "资本性支出（一）",
      "资本性支出（二）",
    ]);
  });

  it("lists the 项 of a 款, sorted although the CSV lists 2013101–2013199 before 2010101", () => {
    expect(catalogChildren(functional2024, "20131").map((e) => e.code)).toEqual([
      "2013101",
      "2013102",
      "2013103",
      "2013105",
      "2013150",
      "2013199",
    ]);
  });

  it("lists children of a 款 the partial catalog does not list", () => {
    expect(lookupCode(functional2024, "21201")).toBeUndefined();
    expect(catalogChildren(functional2024, "21201").map((e) => e.code)).toEqual(["2120102"]);
  });

  it("is empty for a 项, an unknown code and an invalid one", () => {
    expect(catalogChildren(functional2024, "2013101")).toEqual([]);
    expect(catalogChildren(functional2024, "233")).toEqual([]);
    expect(catalogChildren(functional2024, "abc")).toEqual([]);
  });
});

describe("catalogNamePath", () => {
  it("gives the names from the 类 down", () => {
    expect(catalogNamePath(functional2024, "2013101")).toEqual([
      "一般公共服务支出",
      "党委办公厅（室）及相关机构事务",
      "行政运行",
    ]);
    expect(catalogNamePath(departmental2024, "30217")).toEqual(["商品和服务支出", "公务接待费"]);
    expect(catalogNamePath(government2024, "599")).toEqual(["其他支出"]);
  });

  it("is undefined when the code or an ancestor is missing", () => {
    expect(catalogNamePath(functional2024, "2120102")).toBeUndefined(); // 21201 not listed
    expect(catalogNamePath(functional2024, "2019999")).toBeUndefined();
  });
});

describe("coverageOf", () => {
  it("reports the declared coverage per level", () => {
    expect(coverageOf(functional2024, "类")).toBe("complete");
    expect(coverageOf(functional2024, "款")).toBe("partial");
    expect(coverageOf(functional2024, "项")).toBe("partial");
    expect(coverageOf(departmental2024, "款")).toBe("complete");
    expect(coverageOf(government2024, "类")).toBe("complete");
  });

  it("treats an undeclared level as partial", () => {
    expect(coverageOf(departmental2024, "项")).toBe("partial");
  });
});
