import { describe, expect, it } from "vitest";
import { BASE, countTo, isPositive, square } from "../src/calc";
import { TABLE } from "../src/table";

describe("isPositive", () => {
  it("5 is positive, -5 is not", () => {
    expect(isPositive(5)).toBe(true);
    expect(isPositive(-5)).toBe(false);
  });
});

it("counts to 3", () => {
  expect(countTo(3)).toBe(3);
});

describe("square", () => {
  it("squares 3", () => {
    expect(square(3)).toBe(9);
  });
  it("squares 3 again", () => {
    expect(TABLE.map(square)).toEqual([9]);
  });
});

it("reads the base", () => {
  expect(BASE).toBe(10);
});
