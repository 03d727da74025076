/**
 * The in-process mutation runner (scripts/mutation-runner) on a fixture project
 * (test/support/mutation-runner/project: hand-instrumented code and two test files named
 * `*.fixture.ts`, which no vitest config picks up). The runner installs node loader hooks, so it
 * runs in a child process (drive.mjs) that prints what each run returned.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

interface Run {
  status: string;
  killedBy?: string[];
  nrOfTests?: number;
  reason?: string;
  failureMessage?: string;
}
interface Driven {
  dry: {
    status: string;
    tests: [string, number][];
    static: Record<string, number>;
    coveredBy: Record<string, string[]>;
  };
  killed: Run;
  killedNoBail: Run;
  survived: Run;
  timeout: Run;
  memo: Run;
  memoReused: Run;
  staticMutant: Run;
  afterwards: string | null;
  tableLoads: number;
}

const ADD = "tests/add.fixture.ts#add";
const MORE = "tests/more.fixture.ts#";

let driven: Driven;
beforeAll(() => {
  const drive = fileURLToPath(new URL("./support/mutation-runner/drive.mjs", import.meta.url));
  driven = JSON.parse(execFileSync(process.execPath, [drive], { encoding: "utf8" })) as Driven;
});

describe("dry run", () => {
  it("collects every test of both files in file order, names joined like vitest's", () => {
    expect(driven.dry.status).toBe("complete");
    expect(driven.dry.tests).toEqual([
      [`${ADD} adds slowly`, 0],
      [`${ADD} adds 1 and 1`, 0],
      [`${ADD} adds 2 and 5`, 0],
      [`${MORE}isPositive 5 is positive, -5 is not`, 0],
      [`${MORE}counts to 3`, 0],
      [`${MORE}square squares 3`, 0],
      [`${MORE}square squares 3 again`, 0],
      [`${MORE}reads the base`, 0],
    ]);
  });

  it("attributes coverage to the test that ran the code, module-level code to static", () => {
    expect(driven.dry.coveredBy).toEqual({
      "1": [`${ADD} adds 1 and 1`, `${ADD} adds 2 and 5`, `${ADD} adds slowly`],
      "2": [`${MORE}isPositive 5 is positive, -5 is not`],
      "3": [`${MORE}counts to 3`],
      // the second test finds 3 in the memo table: only the first one runs the mutant's code
      "4": [`${MORE}square squares 3`],
      "5": [],
    });
    expect(driven.dry.static).toEqual({ "5": 1 });
  });
});

describe("mutant runs", () => {
  it("kills with the fastest covering test first and stops there", () => {
    expect(driven.killed.status).toBe("killed");
    expect(driven.killed.nrOfTests).toBe(1);
    // 2 + 5 → -3: the slow test (40 ms) never runs
    expect(driven.killed.killedBy).toHaveLength(1);
    expect(driven.killed.killedBy?.[0]).not.toBe(`${ADD} adds slowly`);
    // a zero prints as `0` or `+0` (chai's inspect signs a zero in some messages): either kills
    expect(driven.killed.failureMessage).toMatch(/expected -3 to be 7|expected \+?0 to be 2/);
  });

  it("runs every covering test when bail is off", () => {
    expect(driven.killedNoBail.status).toBe("killed");
    expect(driven.killedNoBail.nrOfTests).toBe(3);
    expect(driven.killedNoBail.killedBy?.slice().sort()).toEqual([
      `${ADD} adds 1 and 1`,
      `${ADD} adds 2 and 5`,
      `${ADD} adds slowly`,
    ]);
  });

  it("lets a mutant no test notices survive", () => {
    expect(driven.survived).toEqual({ status: "survived", nrOfTests: 1 });
  });

  it("reports an infinite loop as a timeout through the hit limit", () => {
    expect(driven.timeout.status).toBe("timeout");
    expect(driven.timeout.reason).toBe("Hit limit reached (1001/1000)");
  });

  it("imports the code afresh per mutant: a memo table filled before does not hide a mutant", () => {
    expect(driven.memo.status).toBe("killed");
    expect(driven.memo.killedBy).toEqual([`${MORE}square squares 3`]);
    // the cause of the difference: with the dry run's modules kept, 3 → 9 is already known
    expect(driven.memoReused.status).toBe("survived");
  });

  it("activates a static mutant before the import and runs every test", () => {
    expect(driven.staticMutant.status).toBe("killed");
    expect(driven.staticMutant.killedBy).toEqual([`${MORE}reads the base`]);
  });

  it("loads a module that reaches no instrumented code once, whatever the runs", () => {
    // two dry runs and seven mutant runs, each a new generation of calc.ts and the tests
    expect(driven.tableLoads).toBe(1);
  });

  it("leaves no mutant active after a run", () => {
    expect(driven.afterwards).toBeNull();
  });
});
