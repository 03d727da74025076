import { describe, expect, it } from "vitest";
import { memoByString } from "./memo";

describe("memoByString", () => {
  it("computes each argument once and gives the same answer again", () => {
    const calls: string[] = [];
    const upper = memoByString((s) => {
      calls.push(s);
      return s.toUpperCase();
    });
    expect([upper("a"), upper("b"), upper("a"), upper("b")]).toEqual(["A", "B", "A", "B"]);
    expect(calls).toEqual(["a", "b"]);
  });

  it("remembers an undefined answer too", () => {
    let calls = 0;
    const none = memoByString(() => {
      calls++;
      return undefined;
    });
    none("x");
    none("x");
    expect(calls).toBe(1);
  });

  it("keeps at most max answers, then starts over with the same answers", () => {
    const calls: string[] = [];
    const len = memoByString((s) => {
      calls.push(s);
      return s.length;
    }, 2);
    expect([len("a"), len("bb"), len("ccc"), len("a"), len("ccc")]).toEqual([1, 2, 3, 1, 3]);
    // "ccc" found the memo full: it started over with "ccc" alone, so "a" was computed again
    expect(calls).toEqual(["a", "bb", "ccc", "a"]);
  });

  it("computes a long argument each time (nothing long is kept)", () => {
    let calls = 0;
    const count = memoByString(
      (s) => {
        calls++;
        return s.length;
      },
      4096,
      4,
    );
    expect([count("abcd"), count("abcd"), count("abcde"), count("abcde")]).toEqual([4, 4, 5, 5]);
    expect(calls).toBe(3);
  });
});
