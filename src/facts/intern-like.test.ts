import { describe, expect, it } from "vitest";
import type { Coordinates } from "./index";
import { coordinatesOf, isCoordinatesOf } from "./intern";

/** Coordinates that may stand for the ones `coordinatesOf` makes: same keys, values and order. */
describe("isCoordinatesOf", () => {
  const values = ["201", undefined, undefined, undefined, undefined, "basic"];
  const v = [...values, undefined, undefined, undefined, undefined];
  it("accepts the same values in DIMENSIONS order", () => {
    expect(isCoordinatesOf({ functional: "201", nature: "basic" }, v)).toBe(true);
    expect(isCoordinatesOf(coordinatesOf(v), v)).toBe(true);
    expect(isCoordinatesOf({}, new Array(10).fill(undefined))).toBe(true);
  });
  it("refuses another order, value, key or count (they would print otherwise)", () => {
    expect(isCoordinatesOf({ nature: "basic", functional: "201" }, v)).toBe(false);
    expect(isCoordinatesOf({ functional: "201", nature: "project" }, v)).toBe(false);
    expect(isCoordinatesOf({ functional: "201" }, v)).toBe(false);
    // A key set to `undefined` (as a merge that clears a dimension leaves it) prints otherwise.
    const cleared = {
      functional: "201",
      nature: "basic",
      econ: undefined,
    } as unknown as Coordinates;
    expect(isCoordinatesOf(cleared, v)).toBe(false);
    expect(isCoordinatesOf({ functional: "201", nature: "basic", period: "prior" }, v)).toBe(false);
  });
});
