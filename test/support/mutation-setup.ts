/**
 * Setup of the mutation-testing runs (vitest.mutation.config.ts only): every fast-check property
 * runs with a fixed seed and at most {@link MUTATION_RUNS} cases, so that a property of 10⁴ cases
 * costs milliseconds per mutant and a mutant is killed or not the same way on every run. The full
 * counts and random seeds stay in the ordinary `npx vitest run`.
 */
import { vi } from "vitest";

/** The most cases a property runs per mutant. */
export const MUTATION_RUNS = 100;

/** The seed of every property under mutation testing. */
export const MUTATION_SEED = 7;

vi.mock("fast-check", async (importOriginal) => {
  const fc = await importOriginal<typeof import("fast-check")>();
  const capped = <T extends { numRuns?: number; seed?: number }>(params: T | undefined) => ({
    ...params,
    numRuns: Math.min(params?.numRuns ?? MUTATION_RUNS, MUTATION_RUNS),
    seed: MUTATION_SEED,
  });
  const assert: typeof fc.assert = ((property: unknown, params?: object) =>
    fc.assert(property as never, capped(params) as never)) as typeof fc.assert;
  const check: typeof fc.check = ((property: unknown, params?: object) =>
    fc.check(property as never, capped(params) as never)) as typeof fc.check;
  // The full-Unicode units build a table of every code point on first use: over a second per
  // mutant in the worker threads Stryker runs vitest in. The ASCII ones exercise the same paths
  // (characters that are no digit, sign, point or unit) at no cost.
  const ASCII = { binary: "binary-ascii", grapheme: "grapheme-ascii" } as const;
  const string = ((constraints?: Parameters<typeof fc.string>[0]) => {
    const unit = constraints?.unit;
    return fc.string(
      typeof unit === "string" && unit in ASCII
        ? { ...constraints, unit: ASCII[unit as keyof typeof ASCII] }
        : constraints,
    );
  }) as typeof fc.string;
  const patched = { assert, check, string };
  return { ...fc, ...patched, default: { ...fc, ...patched } };
});
