/**
 * Setup of every vitest run: when `FC_SEED` is set (`.ci/run` sets it), every fast-check property
 * runs from that seed, so CI gives the same answer on every clean clone of one commit, and a
 * counterexample found at random (`npx vitest run` without it draws a new seed each time and
 * fast-check prints the seed of a failure) is replayed with `FC_SEED=<seed> npx vitest run`.
 * Each property keeps its own count of cases.
 */
import fc from "fast-check";

const seed = process.env.FC_SEED;
if (seed !== undefined && seed !== "") {
  const value = Number(seed);
  if (!Number.isSafeInteger(value)) throw new Error(`FC_SEED must be an integer, not ${seed}`);
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: value });
}
