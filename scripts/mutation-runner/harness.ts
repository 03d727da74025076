/**
 * The test harness of the in-process mutation runner: the `describe` / `it` / `test` / hooks the
 * project's tests import from "vitest" (hooks.mjs points "vitest" at vitest-shim.ts, which
 * re-exports these), a collector that imports test files and records their tests, and a runner
 * that runs chosen tests in a chosen order. Assertions are vitest's own `expect`
 * (@vitest/expect on chai, set up as vitest sets it up), so a test fails under this harness
 * exactly when it fails under vitest.
 */
import { pathToFileURL } from "node:url";
import {
  ASYMMETRIC_MATCHERS_OBJECT,
  ChaiStyleAssertions,
  chai,
  GLOBAL_EXPECT,
  getState,
  JestAsymmetricMatchers,
  JestChaiExpect,
  JestExtend,
  setState,
} from "@vitest/expect";

type Fn = () => unknown;

/** A `describe` block (or a file's root) with its hooks. */
export interface Suite {
  readonly name: string;
  readonly parent: Suite | undefined;
  readonly beforeAll: Fn[];
  readonly afterAll: Fn[];
  readonly beforeEach: Fn[];
  readonly afterEach: Fn[];
}

/** One collected test: Stryker's id is `<file relative to the root>#<suite names and name>`. */
export interface TestCase {
  readonly id: string;
  readonly name: string;
  readonly file: string;
  readonly suite: Suite;
  readonly fn: Fn;
}

/** How one test ended. */
export interface TestOutcome {
  readonly test: TestCase;
  readonly ok: boolean;
  readonly message: string;
  readonly ms: number;
}

const newSuite = (name: string, parent: Suite | undefined): Suite => ({
  name,
  parent,
  beforeAll: [],
  afterAll: [],
  beforeEach: [],
  afterEach: [],
});

let current: Suite | undefined;
let collected: TestCase[] = [];
let currentFile = "";
let pending: Promise<unknown>[] = [];

const fullName = (suite: Suite, name: string): string => {
  const parts = [name];
  for (let s: Suite | undefined = suite; s?.parent !== undefined; s = s.parent) {
    parts.unshift(s.name);
  }
  return parts.join(" ").trim();
};

const inSuite = (): Suite => {
  if (current === undefined) throw new Error("describe/it called outside a collected test file");
  return current;
};

const addTest = (name: string, fn: Fn | undefined): void => {
  if (fn === undefined) return; // a todo: vitest skips it
  const suite = inSuite();
  let id = `${currentFile}#${fullName(suite, name)}`;
  // vitest would run both tests of a repeated name; keep both, under distinct ids
  for (let n = 2; collected.some((t) => t.id === id); n++) {
    id = `${currentFile}#${fullName(suite, name)} (${n})`;
  }
  collected.push({ id, name: fullName(suite, name), file: currentFile, suite, fn });
};

const addSuite = (name: string, body: Fn | undefined): void => {
  const parent = inSuite();
  const suite = newSuite(name, parent);
  current = suite;
  try {
    const result = body?.();
    if (result instanceof Promise) pending.push(result);
  } finally {
    current = parent;
  }
};

const display = (value: unknown): string => {
  if (typeof value === "string") return value;
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "object" && value !== null) {
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  }
  return String(value);
};

/** vitest's title format for `.each`: `%s %d %i %f %j %o %#  %$ %%` and `$key` of an object row. */
export const formatTitle = (template: string, row: unknown, index: number): string => {
  const items = Array.isArray(row) ? row : [row];
  let i = 0;
  let title = template.replace(/%([sdifjoO#$%])/g, (_, c: string) => {
    if (c === "%") return "%";
    if (c === "#") return String(index);
    if (c === "$") return String(index + 1);
    const v = items[i++];
    if (c === "d" || c === "i") return String(Number.parseInt(display(v), 10));
    if (c === "f") return String(Number(v));
    return display(v);
  });
  if (typeof row === "object" && row !== null && !Array.isArray(row)) {
    title = title.replace(/\$([\w.]+)/g, (m, key: string) => {
      let v: unknown = row;
      for (const k of key.split(".")) {
        v = typeof v === "object" && v !== null ? (v as Record<string, unknown>)[k] : undefined;
      }
      return v === undefined ? m : display(v);
    });
  }
  return title;
};

type TestFn = ((name: string, fn?: Fn, timeout?: number) => void) & {
  each: (rows: readonly unknown[]) => (name: string, fn: (...args: never[]) => unknown) => void;
  skip: (name: string, fn?: Fn) => void;
  todo: (name: string) => void;
  only: (name: string, fn?: Fn) => void;
};

const eachOf =
  (add: (name: string, fn: Fn) => void) =>
  (rows: readonly unknown[]) =>
  (name: string, fn: (...args: never[]) => unknown) => {
    rows.forEach((row, index) => {
      const args = (Array.isArray(row) ? row : [row]) as never[];
      add(formatTitle(name, row, index), () => fn(...args));
    });
  };

const makeTest = (): TestFn =>
  Object.assign((name: string, fn?: Fn) => addTest(name, fn), {
    each: eachOf(addTest),
    skip: () => undefined,
    todo: () => undefined,
    only: (name: string, fn?: Fn) => addTest(name, fn),
  });

/** vitest's `it`. */
export const it: TestFn = makeTest();
/** vitest's `test`. */
export const test: TestFn = it;
/** vitest's `describe`. */
export const describe = Object.assign((name: string, body?: Fn) => addSuite(name, body), {
  each: eachOf(addSuite),
  skip: () => undefined,
  only: (name: string, body?: Fn) => addSuite(name, body),
});
/** vitest's `beforeAll`. */
export const beforeAll = (fn: Fn): void => void inSuite().beforeAll.push(fn);
/** vitest's `afterAll`. */
export const afterAll = (fn: Fn): void => void inSuite().afterAll.push(fn);
/** vitest's `beforeEach`. */
export const beforeEach = (fn: Fn): void => void inSuite().beforeEach.push(fn);
/** vitest's `afterEach`. */
export const afterEach = (fn: Fn): void => void inSuite().afterEach.push(fn);

chai.use(JestExtend);
chai.use(JestChaiExpect);
chai.use(ChaiStyleAssertions);
chai.use(JestAsymmetricMatchers);

type Expect = typeof chai.expect & Record<string, unknown>;

const makeExpect = (): Expect => {
  const e = ((value: unknown, message?: string) => {
    const { assertionCalls } = getState(e as never);
    setState({ assertionCalls: assertionCalls + 1 }, e as never);
    return chai.expect(value, message);
  }) as unknown as Expect;
  Object.assign(e, chai.expect);
  Object.assign(e, (globalThis as Record<symbol, unknown>)[ASYMMETRIC_MATCHERS_OBJECT]);
  setState(
    {
      assertionCalls: 0,
      isExpectingAssertions: false,
      isExpectingAssertionsError: null,
      expectedAssertionsNumber: null,
      expectedAssertionsNumberErrorGen: null,
    } as never,
    e as never,
  );
  e.extend = (matchers: unknown) =>
    (chai.expect as unknown as { extend: (e: unknown, m: unknown) => void }).extend(e, matchers);
  e.assert = chai.assert;
  e.unreachable = (message?: string) => {
    chai.assert.fail(`expected${message ? ` "${message}" ` : " "}not to be reached`);
  };
  return e;
};

/** vitest's `expect` (@vitest/expect with vitest's chai plugins). */
export const expect = makeExpect();
(globalThis as Record<symbol, unknown>)[GLOBAL_EXPECT] = expect;

let generation = 0;

/**
 * Imports test files afresh (with `?gen=<n>`, a new generation of the project's modules per
 * call: hooks.mjs) and returns their tests in file order. `relative` names each file in the test
 * ids.
 */
export const collect = async (
  files: readonly { path: string; relative: string }[],
): Promise<TestCase[]> => {
  generation++;
  const all: TestCase[] = [];
  for (const file of files) {
    collected = [];
    pending = [];
    currentFile = file.relative;
    current = newSuite("", undefined);
    try {
      await import(`${pathToFileURL(file.path).href}?gen=${generation}`);
      await Promise.all(pending);
    } finally {
      current = undefined;
    }
    all.push(...collected);
  }
  collected = [];
  return all;
};

const messageOf = (error: unknown): string => {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
};

const chainOf = (suite: Suite): Suite[] => {
  const chain: Suite[] = [];
  for (let s: Suite | undefined = suite; s !== undefined; s = s.parent) chain.unshift(s);
  return chain;
};

/**
 * Runs `tests` in the given order, calling `before(test)` / `after(test)` around each (the
 * coverage attribution), and stops after the first failure when `bail`. A suite's `beforeAll`
 * runs before its first test run here, its `afterAll` after the last test.
 */
export const runTests = async (
  tests: readonly TestCase[],
  options: {
    readonly bail: boolean;
    readonly before?: (test: TestCase) => void;
    readonly after?: (test: TestCase) => void;
  },
): Promise<TestOutcome[]> => {
  const outcomes: TestOutcome[] = [];
  const started = new Set<Suite>();
  const startOrder: Suite[] = [];
  try {
    for (const t of tests) {
      const chain = chainOf(t.suite);
      const start = performance.now();
      let failure: unknown;
      let failed = false;
      options.before?.(t);
      try {
        for (const s of chain) {
          if (!started.has(s)) {
            started.add(s);
            startOrder.push(s);
            for (const h of s.beforeAll) await h();
          }
        }
        for (const s of chain) for (const h of s.beforeEach) await h();
        setState({ assertionCalls: 0, currentTestName: t.name } as never, expect as never);
        try {
          await t.fn();
        } finally {
          for (const s of [...chain].reverse()) for (const h of s.afterEach) await h();
        }
      } catch (error) {
        failed = true;
        failure = error;
      } finally {
        options.after?.(t);
      }
      outcomes.push({
        test: t,
        ok: !failed,
        message: failed ? messageOf(failure) : "",
        ms: performance.now() - start,
      });
      if (failed && options.bail) break;
    }
  } finally {
    for (const s of startOrder.reverse()) for (const h of s.afterAll) await h();
  }
  return outcomes;
};
