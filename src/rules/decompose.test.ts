import { describe, expect, it } from "vitest";
import { lowerTable, type Row } from "../disclosure";
import type { Decomposition } from "../facts";
import { henan2024 } from "../templates";
import { decomposeTable } from "./derive";

/**
 * Which anchor a decomposition's parent belongs to. A parent is keyed by its anchor's coordinates
 * with the parent's pattern applied; anchors that give the same parent normally give the same
 * children too, but not where the parent sets a dimension a child keeps from its anchor: then
 * the first anchor met claims the parent, complete or not. Sums worked out by hand.
 */

const expenditure = (rows: Row[]) =>
  lowerTable({ kind: "expenditure", unit: "万元", rows }, henan2024);
const fn = (code: string, cells: Record<string, string>): Row => ({
  key: { kind: "functional", code },
  cells,
});
const basicPlusProject = (parent: Decomposition["parent"]): Decomposition => ({
  id: "test.basicPlusProject",
  rule: "nature",
  parent,
  children: [{ coords: { nature: "basic" } }, { coords: { nature: "project" } }],
});

// 2010102 prints 基本支出 only (no 项目支出 column at all); 2010103 prints both.
const rows = [fn("2010102", { basic: "1.00" }), fn("2010103", { basic: "2.00", project: "3.00" })];

describe("decomposeTable: the anchor a parent belongs to", () => {
  it("derives each row's parent from its own complete children", () => {
    const ds = decomposeTable(expenditure(rows), [basicPlusProject({ coords: { nature: null } })]);
    // 2010102 lacks its 项目支出: nothing; 2010103: 2.00 + 3.00.
    expect(ds.map((d) => [d.coords, d.value?.value])).toEqual([
      [{ functional: "2010103" }, "5.00"],
    ]);
  });

  it("lets the first anchor claim a parent that overrides a dimension its children keep", () => {
    // Both rows' anchors give the parent 2010101 (the pattern sets it), each with other children:
    // the first anchor met (2010102, incomplete) claims it, so nothing is derived.
    const overriding = basicPlusProject({ coords: { nature: null, functional: "2010101" } });
    expect(decomposeTable(expenditure(rows), [overriding])).toEqual([]);
    // With the rows the other way round, the complete one comes first and is summed.
    const ds = decomposeTable(expenditure([...rows].reverse()), [overriding]);
    expect(ds.map((d) => [d.coords, d.value?.value])).toEqual([
      [{ functional: "2010101" }, "5.00"],
    ]);
  });
});

describe("decomposeTable: each derived fact's own parts", () => {
  // One scratch list holds the children found for every anchor of every decomposition (a
  // decomposition of three children, then one of two, then a row lacking its last child):
  // each derived fact lists its own children only, never one left from an earlier anchor.
  const three: Decomposition = {
    id: "test.three",
    rule: "nature",
    parent: { coords: { nature: null } },
    children: [
      { coords: { nature: "basic.personnel" } },
      { coords: { nature: "basic.public" } },
      { coords: { nature: "project" } },
    ],
  };
  const two: Decomposition = {
    id: "test.two",
    rule: "nature",
    parent: { coords: { nature: "basic" } },
    children: [{ coords: { nature: "basic.personnel" } }, { coords: { nature: "basic.public" } }],
  };
  const cells = (personnel: string, pub: string, project?: string) => ({
    "basic.personnel": personnel,
    "basic.public": pub,
    ...(project === undefined ? {} : { project }),
  });

  it("lists exactly the children of its own anchor", () => {
    const table = expenditure([
      fn("2010101", cells("1.00", "2.00", "4.00")),
      fn("2010102", cells("8.00", "16.00")),
      fn("2010103", cells("32.00", "64.00", "128.00")),
    ]);
    const ds = decomposeTable(table, [three, two]);
    expect(
      ds.map((d) => [d.via.kind === "decomposition" ? d.via.id : "", d.coords, d.value?.value]),
    ).toEqual([
      ["test.three", { functional: "2010101" }, "7.00"],
      ["test.three", { functional: "2010103" }, "224.00"],
      ["test.two", { functional: "2010101", nature: "basic" }, "3.00"],
      ["test.two", { functional: "2010102", nature: "basic" }, "24.00"],
      ["test.two", { functional: "2010103", nature: "basic" }, "96.00"],
    ]);
    for (const d of ds)
      expect(d.parts.map((f) => f.value?.value)).toEqual(
        d.via.kind === "decomposition" && d.via.id === "test.three"
          ? [
              d.coords.functional === "2010101" ? "1.00" : "32.00",
              d.coords.functional === "2010101" ? "2.00" : "64.00",
              d.coords.functional === "2010101" ? "4.00" : "128.00",
            ]
          : d.coords.functional === "2010101"
            ? ["1.00", "2.00"]
            : d.coords.functional === "2010102"
              ? ["8.00", "16.00"]
              : ["32.00", "64.00"],
      );
  });
});
