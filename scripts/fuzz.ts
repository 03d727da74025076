/**
 * `npm run fuzz [runs]`: the fuzz properties of test/support/fuzz.ts, `runs` cases each (default
 * 10⁴: 4·10⁴ in all), with a random seed that is printed so a failure can be replayed with
 * `FUZZ_SEED=<seed> npm run fuzz`. Exits 1 on the first counterexample, which fast-check shrinks.
 */
import { FUZZ } from "../test/support/fuzz";

const runs = Number(process.argv[2] ?? 10_000);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
console.log(`fuzz: ${runs} cases per property, seed ${seed}`);
let total = 0;
for (const [name, run] of Object.entries(FUZZ)) {
  const start = performance.now();
  const seconds = () => ((performance.now() - start) / 1000).toFixed(1);
  try {
    run({ numRuns: runs, seed });
  } catch (e) {
    console.log(`✗ ${name} (${seconds()} s)\n${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
    break;
  }
  total += runs;
  console.log(`✓ ${name}: ${runs} cases (${seconds()} s)`);
}
if (process.exitCode !== 1) console.log(`fuzz: ${total} cases, nothing threw`);
