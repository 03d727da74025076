/**
 * The fuzz properties of test/support/fuzz.ts, a few hundred cases each in CI (the dedicated
 * script, `npm run fuzz`, runs ten thousand or more).
 */
import { describe, it } from "vitest";
import { FUZZ } from "./support/fuzz";

describe("fuzz: nothing throws, everything has a path", () => {
  it.each(Object.entries(FUZZ))("%s", (_, run) => {
    run({ numRuns: 200 });
  });
});
