/**
 * Fact identities as small integers: two facts share an id exactly when they state the same
 * quantity (concept plus canonical coordinates, DOMAIN §2: 基本支出 on a 301/303 code is 人员经费, on
 * 302/310 公用经费). Expected ids are worked out by hand from the order identities are first met.
 */
import { describe, expect, it } from "vitest";
import { coordinatesOf, coordinateValues, FactIds } from "./intern";
import { factKey } from "./key";
import type { Concept, Coordinates } from "./types";

describe("FactIds", () => {
  it("gives dense ids in the order identities are first met, the same id for the same identity", () => {
    const ids = new FactIds();
    expect(ids.of("spending", { functional: "2010101", nature: "basic" })).toBe(0);
    expect(ids.of("spending", { functional: "2010101", nature: "project" })).toBe(1);
    // The same coordinates written in another order are the same identity.
    expect(ids.of("spending", { nature: "basic", functional: "2010101" })).toBe(0);
    expect(ids.of("revenue", { functional: "2010101", nature: "basic" })).toBe(2);
    expect(ids.of("spending", {})).toBe(3);
    // Four identities were given ids; looking one up without making it gives none.
    expect(ids.size).toBe(4);
    expect(ids.find("spending", { functional: "201" })).toBeUndefined();
    expect(ids.size).toBe(4);
  });

  it("keeps a total apart from its parts, whichever is met first", () => {
    const ids = new FactIds();
    // The 款 row's 基本支出 first, then the 款 total, then the 类 total, then the grand total.
    expect(ids.of("spending", { functional: "20101", nature: "basic" })).toBe(0);
    expect(ids.of("spending", { functional: "20101" })).toBe(1);
    expect(ids.of("spending", { functional: "201" })).toBe(2);
    expect(ids.of("spending", {})).toBe(3);
    // And the other way round: the total first, then a finer identity extending it.
    const other = new FactIds();
    expect(other.of("spending", { functional: "20101" })).toBe(0);
    expect(other.of("spending", { functional: "20101", nature: "basic" })).toBe(1);
    expect(other.of("spending", { functional: "20101", fund: "gpb", nature: "basic" })).toBe(2);
    expect(other.of("spending", { functional: "20101" })).toBe(0);
    expect(other.of("spending", { functional: "20101", nature: "basic" })).toBe(1);
  });

  it("treats 基本支出 on a 301/303 code as 人员经费 and on 302/310 as 公用经费", () => {
    const ids = new FactIds();
    const personnel = ids.of("spending", { econ: "30101", nature: "basic.personnel" });
    expect(ids.of("spending", { econ: "30101", nature: "basic" })).toBe(personnel);
    expect(ids.of("spending", { econ: "303", nature: "basic" })).toBe(
      ids.of("spending", { econ: "303", nature: "basic.personnel" }),
    );
    const pub = ids.of("spending", { econ: "31002", nature: "basic.public" });
    expect(ids.of("spending", { econ: "31002", nature: "basic" })).toBe(pub);
    // 基本支出 on a code outside those classes, or with no code, stays 基本支出.
    const capital = ids.of("spending", { econ: "39999", nature: "basic" });
    expect(capital).not.toBe(ids.of("spending", { econ: "39999", nature: "basic.personnel" }));
    expect(ids.of("spending", { nature: "basic" })).not.toBe(
      ids.of("spending", { nature: "basic.personnel" }),
    );
  });

  it("finds only identities given an id, not the totals a finer one passes through", () => {
    const ids = new FactIds();
    ids.of("spending", { functional: "2010101", fund: "gpb", nature: "basic" });
    expect(ids.find("spending", { functional: "2010101", fund: "gpb", nature: "basic" })).toBe(0);
    expect(ids.find("spending", { functional: "2010101", fund: "gpb" })).toBeUndefined();
    expect(ids.find("spending", { functional: "2010101" })).toBeUndefined();
    expect(ids.find("spending", {})).toBeUndefined();
    expect(ids.find("revenue", { functional: "2010101", fund: "gpb", nature: "basic" })).toBe(
      undefined,
    );
    expect(ids.find("spending", { functional: "2010102", fund: "gpb", nature: "basic" })).toBe(
      undefined,
    );
    // Finding makes nothing: the next identity still gets the next id.
    expect(ids.of("spending", { functional: "2010101" })).toBe(1);
  });

  it("agrees with factKey on every pair of a realistic set of identities", () => {
    const facts: [Concept, Coordinates][] = [
      ["spending", {}],
      ["spending", { functional: "201" }],
      ["spending", { functional: "20101" }],
      ["spending", { functional: "20101", nature: "basic" }],
      ["spending", { functional: "20101", nature: "project" }],
      ["spending", { functional: "20101", fund: "gpb" }],
      ["spending", { functional: "20101", fund: "gpb", nature: "basic" }],
      ["spending", { econ: "30101", nature: "basic" }],
      ["spending", { econ: "30101", nature: "basic.personnel" }],
      ["spending", { econ: "30201", nature: "basic" }],
      ["spending", { econ: "30201" }],
      ["spending", { org: "101001", functional: "20101" }],
      ["spending", { project: "信息化运维", functional: "20101" }],
      ["spending", { functional: "20101", period: "prior" }],
      ["revenue", { functional: "20101" }],
      ["sanGong", { item: "vehicles" }],
      ["sanGong", { item: "vehicles", period: "budget" }],
      ["sanGong", {}],
    ];
    const ids = new FactIds();
    const got = facts.map(([c, x]) => ids.of(c, x));
    for (let i = 0; i < facts.length; i++)
      for (let j = 0; j < facts.length; j++) {
        const [ci, xi] = facts[i] as [Concept, Coordinates];
        const [cj, xj] = facts[j] as [Concept, Coordinates];
        expect(got[i] === got[j]).toBe(factKey(ci, xi) === factKey(cj, xj));
      }
  });
});

describe("coordinateValues and coordinatesOf", () => {
  it("read coordinates into DIMENSIONS order and back, dimensions in that order", () => {
    const values = coordinateValues({ nature: "basic", functional: "20101", period: "prior" }, []);
    expect(values).toEqual([
      "20101",
      undefined,
      undefined,
      undefined,
      undefined,
      "basic",
      undefined,
      undefined,
      undefined,
      "prior",
    ]);
    const back = coordinatesOf(values);
    expect(back).toEqual({ functional: "20101", nature: "basic", period: "prior" });
    expect(Object.keys(back)).toEqual(["functional", "nature", "period"]);
  });
});
