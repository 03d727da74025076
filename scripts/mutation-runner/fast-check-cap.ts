/**
 * fast-check as the mutation runs see it: every property with a fixed seed and at most
 * {@link MUTATION_RUNS} cases, ASCII instead of full-Unicode strings. Used by both runners: the
 * in-process one resolves the project's `fast-check` imports to fast-check.ts (hooks.mjs), which
 * applies {@link capFastCheck}; the vitest one mocks `fast-check` with it
 * (test/support/mutation-setup.ts). The full counts and random seeds stay in `npx vitest run`.
 */

/** The most cases a property runs per mutant. */
export const MUTATION_RUNS = 100;

/** The seed of every property under mutation testing. */
export const MUTATION_SEED = 7;

type FastCheck = typeof import("fast-check");

/**
 * fast-check with `assert` and `check` capped to {@link MUTATION_RUNS} cases and seeded with
 * {@link MUTATION_SEED}, and `string` drawing ASCII units where full Unicode was asked.
 *
 * @example
 * const fc = capFastCheck(await import("fast-check"));
 * fc.assert(fc.property(fc.nat(), (n) => n >= 0)); // 100 cases, seed 7
 */
export const capFastCheck = (fc: FastCheck): FastCheck & { default: FastCheck } => {
  const base = (fc as unknown as { default?: FastCheck }).default ?? fc;
  const capped = <T extends { numRuns?: number; seed?: number }>(params: T | undefined) => ({
    ...params,
    numRuns: Math.min(params?.numRuns ?? MUTATION_RUNS, MUTATION_RUNS),
    seed: MUTATION_SEED,
  });
  const assert: typeof fc.assert = ((property: unknown, params?: object) =>
    base.assert(property as never, capped(params) as never)) as typeof fc.assert;
  const check: typeof fc.check = ((property: unknown, params?: object) =>
    base.check(property as never, capped(params) as never)) as typeof fc.check;
  // The full-Unicode units build a table of every code point on first use: over a second per
  // mutant in the worker threads Stryker runs vitest in. The ASCII ones exercise the same paths
  // (characters that are no digit, sign, point or unit) at no cost.
  const ASCII = { binary: "binary-ascii", grapheme: "grapheme-ascii" } as const;
  const string = ((constraints?: Parameters<typeof fc.string>[0]) => {
    const unit = constraints?.unit;
    return base.string(
      typeof unit === "string" && unit in ASCII
        ? { ...constraints, unit: ASCII[unit as keyof typeof ASCII] }
        : constraints,
    );
  }) as typeof fc.string;
  const patched = { assert, check, string };
  return { ...fc, ...patched, default: { ...base, ...patched } };
};
