/**
 * How the time of a function grows with its input, as a ratio of this process's CPU time (no
 * wall-clock time and no threshold: time the process spends waiting for a core another process
 * holds is not counted, so a busy machine does not skew it): the fastest batch on an input of size `factor·n` over the fastest batch
 * on one of size `n`, from interleaved batches (noise only ever adds time, so the fastest of a
 * few is the steadiest estimate of the work itself). A linear function gives about `factor` (10), a
 * quadratic one about `factor²` (100). Each batch repeats the call until the small input has
 * taken at least `minMs` (half a millisecond by default), so timer resolution does not decide;
 * a stray pause is left out by taking the fastest, and by a second measure (see
 * {@link settledGrowth}).
 *
 * Noise can only raise the large input's fastest batch, and so the ratio: a ratio from fewer large
 * batches is never below the one more would give. So a measure may stop as soon as its ratio is
 * well under the bound (`enough`), often after one large batch (the large batches are most of the
 * guard's time). The one way a ratio comes out too low is noise on the small batches: there are
 * always at least three of them (as many as a full measure had), the fastest is taken, and a
 * quadratic function (≈ 100) stops early only if every one of them took over six times its work
 * (three times, to pass the bound, in a full measure).
 */

/** This process's CPU time (user and system), in milliseconds (microsecond resolution). */
const now = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

function batch(run: () => unknown, times: number): number {
  const start = now();
  for (let i = 0; i < times; i++) run();
  return now() - start;
}

const fastest = (values: readonly number[]): number => Math.min(...values);

export interface Growth {
  /** fastest(large) / fastest(small). */
  readonly ratio: number;
  /** How many calls each batch made. */
  readonly times: number;
  /** How many batches on the large input were made. */
  readonly rounds: number;
}

/**
 * The growth of `run` from `make(n)` to `make(factor · n)`. Inputs are made once, before timing.
 *
 * @param rounds - at most this many batches on the large input, each followed by one on the
 *   small (the fastest of each is taken)
 * @param enough - a ratio under which the measure stops after any round (0: never stops early)
 */
export function growth(
  run: (input: string) => unknown,
  make: (n: number) => string,
  n: number,
  {
    factor = 10,
    rounds = 5,
    minMs = 0.5,
    enough = 0,
  }: { factor?: number; rounds?: number; minMs?: number; enough?: number } = {},
): Growth {
  const small = make(n);
  const large = make(n * factor);
  // No separate warm-up: finding `times` runs the small input, and a first large batch slowed by
  // compiling is left out as the fastest is taken (the large input is most of the guard's time).
  // The batch that settles `times` is the first small measure.
  let times = 1;
  let first = batch(() => run(small), times);
  while (times < 1 << 12 && first < minMs) {
    times *= 2;
    first = batch(() => run(small), times);
  }
  const smalls: number[] = [first, batch(() => run(small), times)];
  const larges: number[] = [];
  const ratio = () => fastest(larges) / Math.max(fastest(smalls), 1e-3);
  while (larges.length < rounds) {
    larges.push(batch(() => run(large), times));
    smalls.push(batch(() => run(small), times));
    if (ratio() < enough) break;
  }
  return { ratio: ratio(), times, rounds: larges.length };
}

/**
 * The growth of `run`, measured again (with more rounds) while it exceeds `bound`, at most
 * `retries` times: a linear function that met a pause passes on the next measure; a quadratic
 * one stays near `factor²` every time.
 *
 * A ratio still over the bound is measured once more a size up (`10n` to `100n`), and that one
 * is the answer: V8 keeps strings of more than ≈ 128 kB (a two-byte text of ≈ 6·10⁴ characters)
 * apart, in the large-object space, so a linear function that makes a few copies of its input
 * steps up once between 10⁴ and 10⁵ characters (`itemKey` on `"1".repeat(n) + " 万元"`: ≈ 7 from
 * 10³ to 10⁴, ≈ 35–50 from 10⁴ to 10⁵, ≈ 7 from 10⁵ to 10⁶), while a superlinear one grows
 * by more than the bound at every size.
 */
export function settledGrowth(
  run: (input: string) => unknown,
  make: (n: number) => string,
  n: number,
  bound: number,
  retries = 4,
): Growth {
  // Other test files run on the same cores: a long batch is often preempted. More rounds of
  // longer batches on a retry let the fastest one be a quiet one; a quadratic function cannot
  // get under the bound that way.
  const enough = bound / 2;
  let g = growth(run, make, n, { rounds: 3, enough });
  for (let i = 0; i < retries && g.ratio >= bound; i++)
    g = growth(run, make, n, { rounds: 9, minMs: 3, enough });
  return g.ratio < bound ? g : growth(run, make, n * 10, { rounds: 3, enough });
}
