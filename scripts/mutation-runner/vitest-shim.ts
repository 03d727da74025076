/**
 * What the project's tests get when they import "vitest" under the in-process mutation runner
 * (hooks.mjs): the harness's describe / it / test / hooks, vitest's own `expect`, and a `vi`
 * with vitest's spies (@vitest/spy). Module mocking (`vi.mock`) is not offered: no test of the
 * mutated folders uses it (the one mock of the mutation setup, fast-check, is a resolution in
 * hooks.mjs).
 */
import { fn, isMockFunction, spyOn } from "@vitest/spy";

export {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  test,
} from "./harness";

/** vitest's `vi`, as far as the spies go. */
export const vi = { fn, spyOn, isMockFunction };
