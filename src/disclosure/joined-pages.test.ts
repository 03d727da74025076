import { describe, expect, it } from "vitest";
import { henan2024, type TableKind } from "../templates";
import { joinPages } from "./joined-pages";
import type { Row } from "./types";

const sanGong = henan2024.tables.find((k) => k.id === "sanGong") as TableKind;
const single = (cells: Record<string, string>): Row => ({ key: { kind: "single" }, cells });

describe("a one-row kind printed one item a row over pages", () => {
  it("is one row: each item from the page that prints it", () => {
    const first = single({ total: "6.50", abroad: "", vehicles: "", reception: "" });
    const second = single({ total: "", abroad: "", vehicles: "4.00", reception: "" });
    const third = single({ total: "", abroad: "", vehicles: "", reception: "2.50" });
    const { rows } = joinPages(sanGong, [[first], [second], [third]]);
    expect(rows).toEqual([
      single({ total: "6.50", abroad: "", vehicles: "4.00", reception: "2.50" }),
    ]);
  });

  it("keeps apart a row printing an item already printed, and a page's own two rows", () => {
    const first = single({ total: "6.50", vehicles: "" });
    const again = single({ total: "6.50", vehicles: "4.00" });
    expect(joinPages(sanGong, [[first], [again]]).rows).toEqual([first, again]);
    const other = single({ total: "", vehicles: "4.00" });
    expect(joinPages(sanGong, [[first, other]]).rows).toEqual([first, other]);
  });
});
