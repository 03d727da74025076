/**
 * Setup of the mutation-testing runs under the vitest runner (`--runner=vitest`,
 * vitest.mutation.config.ts only): every fast-check property runs with a fixed seed and at most
 * `MUTATION_RUNS` cases (scripts/mutation-runner/fast-check-cap.ts, which the in-process runner
 * uses too), so that a property of 10⁴ cases costs milliseconds per mutant and a mutant is killed
 * or not the same way on every run. The full counts and random seeds stay in the ordinary
 * `npx vitest run`.
 */
import { vi } from "vitest";

vi.mock("fast-check", async (importOriginal) => {
  const { capFastCheck } = await import("../../scripts/mutation-runner/fast-check-cap");
  return capFastCheck(await importOriginal<typeof import("fast-check")>());
});
