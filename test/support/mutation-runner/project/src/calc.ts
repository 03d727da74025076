/**
 * Fixture of test/mutation-runner.test.ts: code instrumented by hand the way Stryker's
 * instrumenter does it (coverage calls, `activeMutant` switches, the hit counter), with one
 * mutant of each kind the runner must get right. Mutant ids:
 * 1 `a + b` → `a - b` (killed), 2 `n > 0` → `n >= 0` (survives: no test asks about 0),
 * 3 the loop's `i++` dropped (an infinite loop: the hit limit), 4 `n * n` → `n + n` behind a
 * memo table (killed only when the module is fresh: the first test fills the table),
 * 5 a module-level constant (static coverage). `stryMutAct_9fa48` (named here) is the mark by
 * which the runner knows an instrumented file.
 */
interface Coverage {
  static: Record<string, number>;
  perTest: Record<string, Record<string, number>>;
}
interface Namespace {
  activeMutant?: string;
  currentTestId?: string;
  hitCount?: number;
  hitLimit?: number;
  mutantCoverage?: Coverage;
}

const ns = (): Namespace => {
  const g = globalThis as { __stryker__?: Namespace };
  g.__stryker__ ??= {};
  return g.__stryker__;
};

const cover = (...ids: string[]): void => {
  const n = ns();
  n.mutantCoverage ??= { static: {}, perTest: {} };
  const c = n.mutantCoverage;
  let t = c.static;
  if (n.currentTestId !== undefined) {
    c.perTest[n.currentTestId] ??= {};
    t = c.perTest[n.currentTestId] ?? t;
  }
  for (const id of ids) t[id] = (t[id] ?? 0) + 1;
};

const active = (id: string): boolean => {
  const n = ns();
  if (n.activeMutant !== id) return false;
  if (n.hitCount !== undefined && ++n.hitCount > (n.hitLimit ?? Number.POSITIVE_INFINITY)) {
    throw new Error(`Stryker: Hit count limit reached (${n.hitCount})`);
  }
  return true;
};

cover("5");
/** A module-level constant (mutant 5: static). */
export const BASE = active("5") ? 0 : 10;

/** Mutant 1. */
export const add = (a: number, b: number): number => {
  cover("1");
  return active("1") ? a - b : a + b;
};

/** Mutant 2. */
export const isPositive = (n: number): boolean => {
  cover("2");
  return active("2") ? n >= 0 : n > 0;
};

/** Mutant 3. */
export const countTo = (n: number): number => {
  cover("3");
  let i = 0;
  while (i < n) {
    if (!active("3")) i++;
  }
  return i;
};

const squares = new Map<number, number>();

/** Mutant 4, behind a memo table. */
export const square = (n: number): number => {
  const known = squares.get(n);
  if (known !== undefined) return known;
  cover("4");
  const v = active("4") ? n + n : n * n;
  squares.set(n, v);
  return v;
};
