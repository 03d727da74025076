/**
 * The in-process Stryker test runner (plugin.mjs declares it as `testRunner: "in-process"`): the
 * project's tests run in the Stryker worker process itself, under the harness of harness.ts, with
 * no vitest server, worker pool or per-run start-up between Stryker and the tests.
 *
 * - Dry run: imports every test file, runs every test with `__stryker__.currentTestId` set to the
 *   test's id, and returns the instrumented code's coverage (`static`: hit while importing,
 *   `perTest`: hit inside each test) and each test's time, which it also writes to
 *   `.mutation-runner-durations.json` in the sandbox for the other workers.
 * - Mutant run: imports the files of the covering tests afresh (a new generation of the
 *   project's modules, hooks.mjs: module-level caches start empty, as under vitest), activates
 *   the mutant (`__stryker__.activeMutant`: before the import for a static activation, after it
 *   for a runtime one), runs the covering tests fastest first and stops at the first failure
 *   (unless `disableBail`). `hitLimit` is Stryker's guard against infinite loops: over the limit,
 *   the run is a timeout. A test that never returns is Stryker's own timeout (it restarts the
 *   worker).
 */
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { MutantCoverage } from "@stryker-mutator/api/core";
import {
  type DryRunOptions,
  type DryRunResult,
  DryRunStatus,
  determineHitLimitReached,
  type MutantRunOptions,
  type MutantRunResult,
  MutantRunStatus,
  type TestResult,
  TestStatus,
  toMutantRunResult,
} from "@stryker-mutator/api/test-runner";
import { collect, runTests, type TestCase, type TestOutcome } from "./harness";

/** Stryker's global namespace, as the instrumented code reads and writes it. */
interface StrykerNamespace {
  activeMutant?: string | undefined;
  currentTestId?: string | undefined;
  hitCount?: number | undefined;
  hitLimit?: number | undefined;
  mutantCoverage?: MutantCoverage | undefined;
}

const ns = (): StrykerNamespace => {
  const g = globalThis as { __stryker__?: StrykerNamespace };
  g.__stryker__ ??= {};
  return g.__stryker__;
};

/** The file the dry run leaves for the mutant runs: test files and each test's time. */
export const DURATIONS_FILE = ".mutation-runner-durations.json";

interface Durations {
  readonly files: readonly string[];
  readonly ms: Readonly<Record<string, number>>;
}

/** Options of {@link InProcessRunner}. */
export interface RunnerOptions {
  /** The project (Stryker's sandbox) directory; test ids name files relative to it. */
  readonly root: string;
  /** Test files when Stryker gives none (no `testFiles` option). */
  readonly defaultTestFiles: () => Promise<readonly string[]>;
  /** Test files (relative to `root`) left out even when Stryker names them. */
  readonly isExcluded?: (relative: string) => boolean;
  /**
   * Keep the first import of each test file for every run instead of a fresh generation per
   * mutant (faster, and unfaithful when code keeps state between calls: measurement only).
   */
  readonly reuseModules?: boolean;
  /** Where the dry run leaves the test times (default: {@link DURATIONS_FILE} in `root`). */
  readonly durationsFile?: string;
  /**
   * A file to append one JSON line per mutant run to (id, files, import and test time, tests
   * run, the slowest of them, status): where the time of a folder goes.
   */
  readonly traceFile?: string | undefined;
}

const toResult = (o: TestOutcome, root: string): TestResult => {
  const base = {
    id: o.test.id,
    name: o.test.name,
    timeSpentMs: Math.round(o.ms),
    fileName: path.resolve(root, o.test.file),
  };
  return o.ok
    ? { ...base, status: TestStatus.Success }
    : { ...base, status: TestStatus.Failed, failureMessage: o.message };
};

const fileOfId = (id: string): string => id.slice(0, id.indexOf("#"));

/**
 * The runner behind the plugin: one per Stryker worker.
 *
 * @example
 * const runner = new InProcessRunner({ root: process.cwd(), defaultTestFiles: async () => [] });
 * const dry = await runner.dryRun({ timeout: 60_000, coverageAnalysis: "perTest", disableBail: false, testFiles: ["a.test.ts"] });
 */
export class InProcessRunner {
  private durations: Durations | undefined;
  private reused: TestCase[] | undefined;

  constructor(private readonly options: RunnerOptions) {}

  private relative(file: string): string {
    return path
      .relative(this.options.root, path.resolve(this.options.root, file))
      .split(path.sep)
      .join("/");
  }

  private durationsFile(): string {
    return this.options.durationsFile ?? path.join(this.options.root, DURATIONS_FILE);
  }

  private async load(files: readonly string[]): Promise<TestCase[]> {
    if (this.options.reuseModules === true && this.reused !== undefined) return this.reused;
    const tests = await collect(
      files.map((f) => ({ path: path.resolve(this.options.root, f), relative: this.relative(f) })),
    );
    if (this.options.reuseModules === true) this.reused = tests;
    return tests;
  }

  private readDurations(): Durations {
    if (this.durations === undefined) {
      this.durations = JSON.parse(readFileSync(this.durationsFile(), "utf8")) as Durations;
    }
    return this.durations;
  }

  async dryRun(options: DryRunOptions): Promise<DryRunResult> {
    const g = ns();
    g.activeMutant = undefined;
    g.currentTestId = undefined;
    g.hitCount = undefined;
    g.hitLimit = undefined;
    const files = (options.testFiles ?? (await this.options.defaultTestFiles()))
      .map((f) => this.relative(f))
      .filter((f) => this.options.isExcluded?.(f) !== true);
    let tests: TestCase[];
    try {
      this.reused = undefined;
      tests = await this.load(files);
    } catch (error) {
      return { status: DryRunStatus.Error, errorMessage: `importing the tests: ${String(error)}` };
    }
    const perTest = options.coverageAnalysis === "perTest";
    const outcomes = await runTests(tests, {
      bail: !options.disableBail,
      before: (t) => {
        if (perTest) g.currentTestId = t.id;
      },
      after: () => {
        g.currentTestId = undefined;
      },
    });
    const ms: Record<string, number> = {};
    for (const o of outcomes) ms[o.test.id] = o.ms;
    this.durations = { files, ms };
    writeFileSync(this.durationsFile(), JSON.stringify(this.durations));
    // a copy: the instrumented code keeps counting into the live object
    const coverage = g.mutantCoverage === undefined ? undefined : structuredClone(g.mutantCoverage);
    return {
      status: DryRunStatus.Complete,
      tests: outcomes.map((o) => toResult(o, this.options.root)),
      ...(options.coverageAnalysis === "off" || coverage === undefined
        ? {}
        : { mutantCoverage: coverage }),
    };
  }

  async mutantRun(options: MutantRunOptions): Promise<MutantRunResult> {
    const g = ns();
    const id = options.activeMutant.id;
    const durations = this.readDurations();
    const filter = options.testFilter;
    const files =
      filter === undefined ? durations.files : [...new Set(filter.map(fileOfId))].sort();
    g.currentTestId = undefined;
    g.hitLimit = options.hitLimit;
    g.hitCount = options.hitLimit === undefined ? undefined : 0;
    g.activeMutant = options.mutantActivation === "static" ? id : undefined;
    const started = performance.now();
    try {
      let tests: TestCase[];
      try {
        tests = await this.load(files);
      } catch (error) {
        const limit = determineHitLimitReached(g.hitCount, options.hitLimit);
        if (limit !== undefined) return toMutantRunResult(limit);
        return {
          status: MutantRunStatus.Error,
          errorMessage: `importing the tests: ${String(error)}`,
        };
      }
      let chosen = tests;
      if (filter !== undefined) {
        const wanted = new Set(filter);
        chosen = tests.filter((t) => wanted.has(t.id));
      }
      // fastest first: a killed mutant then costs the quickest test that sees it
      const time = (t: TestCase) => durations.ms[t.id] ?? Number.POSITIVE_INFINITY;
      chosen = [...chosen].sort((a, b) => time(a) - time(b));
      g.activeMutant = id;
      const imported = performance.now();
      const outcomes = await runTests(chosen, { bail: !options.disableBail });
      g.activeMutant = undefined;
      const limit = determineHitLimitReached(g.hitCount, options.hitLimit);
      const result = toMutantRunResult(
        limit ?? {
          status: DryRunStatus.Complete,
          tests: outcomes.map((o) => toResult(o, this.options.root)),
        },
      );
      if (this.options.traceFile !== undefined) {
        const slowest = [...outcomes].sort((a, b) => b.ms - a.ms).slice(0, 3);
        appendFileSync(
          this.options.traceFile,
          `${JSON.stringify({
            id,
            file: options.activeMutant.fileName,
            files: files.length,
            importMs: Math.round(imported - started),
            testMs: Math.round(performance.now() - imported),
            tests: outcomes.length,
            slowest: slowest.map((o) => [o.test.id, Math.round(o.ms)]),
            status: result.status,
          })}\n`,
        );
      }
      return result;
    } finally {
      g.activeMutant = undefined;
      g.hitCount = undefined;
    }
  }
}
