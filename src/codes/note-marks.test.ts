import { describe, expect, it } from "vitest";
import { noteReferenceBefore, trailingNoteMarks } from "./note-marks";

describe("trailingNoteMarks", () => {
  it.each([
    ["12.00*", "12.00", "*"],
    ["12.00＊", "12.00", "＊"],
    [" 1,234.56 ※ ", "1,234.56", "※"],
    ["12.00（注1）", "12.00", "（注1）"],
    ["12.00【注12】", "12.00", "【注12】"],
    ["12.00(注)", "12.00", "(注)"],
    ["12.00①", "12.00", "①"],
    ["12.00²", "12.00", "²"],
    ["１２．００*#", "12.00", "*#"],
    ["2013101※", "2013101", "※"],
    ["(1.00)*", "(1.00)", "*"],
    ["12.00¹²", "12.00", "¹²"],
    ["12.00①②", "12.00", "①②"],
    ["12.00①*", "12.00", "①*"],
    ["120¹⁰", "120", "¹⁰"],
    ["12.00 ＊（注１）", "12.00", "＊（注１）"],
  ])("reads %j as %j with the marks %j", (cell, text, marks) => {
    expect(trailingNoteMarks(cell)).toEqual({ text, marks });
  });

  it("gives nothing for a cell without trailing marks: a bracketed negative, a leading minus, a note alone", () => {
    for (const cell of ["12.00", "(1.00)", "（1.00）", "△1.00", "*", "（注1）", "", "12.00注1"])
      expect(trailingNoteMarks(cell)).toBeUndefined();
  });

  it("reads a 10⁵-character run of marks in linear time", () => {
    const n = 100_000;
    expect(trailingNoteMarks(`1${"(注1)*".repeat(n)}`)?.text).toBe("1");
    expect(trailingNoteMarks(`${"(".repeat(n)}注1)`)?.text).toBe("(".repeat(n - 1));
  });
});

const ref = (s: string, end: number) => noteReferenceBefore((i) => s.charAt(i), end);

describe("noteReferenceBefore", () => {
  it("measures (注), (注1), (注12) at the end, never the whole text or three digits", () => {
    expect(ref("a(注)", 4)).toBe(3);
    expect(ref("a(注1)", 5)).toBe(4);
    expect(ref("a(注12)", 6)).toBe(5);
    expect(ref("a(注123)", 7)).toBe(0);
    expect(ref("(注1)", 4)).toBe(0);
    expect(ref("a(1)", 4)).toBe(0);
  });
});
