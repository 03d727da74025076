import { describe, expect, it } from "vitest";
import { nationalMinimum } from "../templates";
import { lowerTable } from "./lower";
import type { Row } from "./types";

/** A 基本支出表's 人员经费 line with `cells`, lowered: its facts by column and value. */
const line = (cells: Row["cells"]) =>
  lowerTable(
    {
      kind: "gpbBasic",
      unit: "万元",
      rows: [{ key: { kind: "line", line: "personnel" }, name: "人员经费", cells }],
    },
    nationalMinimum,
  ).rows[0]?.facts.map((f) => `${f.source.column}=${f.value?.value ?? "null"}`);

describe("a line printing its figure in one of two columns stating it (printedOnce)", () => {
  it("under 合计 alone: the blank 人员经费 cell states nothing", () => {
    expect(line({ total: "150.00", personnel: "", public: "" })).toEqual(["total=150.00"]);
  });

  it("under 人员经费 alone: the blank 合计 cell states nothing", () => {
    expect(line({ total: "", personnel: "150.00", public: "" })).toEqual(["personnel=150.00"]);
  });

  it("a dash is printed: compared as printed", () => {
    expect(line({ total: "150.00", personnel: "-" })).toEqual(["total=150.00", "personnel=null"]);
  });

  it("both blank: a heading of its section (LineSpec.heading), stating nothing", () => {
    expect(line({ total: "", personnel: "" })).toEqual([]);
  });

  it("both dashes: compared as printed", () => {
    expect(line({ total: "-", personnel: "-" })).toEqual(["total=null", "personnel=null"]);
  });
});
