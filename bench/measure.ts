/**
 * Interleaved rounds: every case of a group runs once per round, in a rotating order, and each
 * round's time is divided by the same round's baseline, so a busy neighbour slows both sides of
 * a ratio alike. Time is the process's CPU time (user + system, `process.cpuUsage`), summed over
 * a batch of calls long enough for its microsecond resolution.
 */

/** One case of a group: a name and the call it times. */
export interface Case {
  readonly name: string;
  readonly run: () => unknown;
}

/** A case's result: per-call CPU time, and its ratio to the group's baseline over the rounds. */
export interface Measured {
  readonly name: string;
  /** Median CPU time per call, in milliseconds. */
  readonly ms: number;
  /** The least disturbed round's CPU time per call, in milliseconds. */
  readonly bestMs: number;
  /** Median of the per-round ratios to the baseline. */
  readonly ratio: number;
  /** Lowest and highest per-round ratio. */
  readonly spread: readonly [number, number];
  readonly calls: number;
}

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/** Calls per batch so that one batch takes about `targetMs` of CPU (at least one call). */
/**
 * Runs a case for at least `warmMs` of CPU time and at least three times: the engine compiles a
 * function with optimisations only after many calls, so rounds measured right away time a mix of
 * tiers (a call long enough to fill the warm-up alone still runs largely before it).
 * The rounds then measure the steady state a batch run sees (a fresh process's first call is
 * measured apart, in bench/first-call.mjs).
 */
function warmUp(c: Case, warmMs: number): void {
  const t = cpuMs();
  for (let calls = 0; calls < 3 || cpuMs() - t < warmMs; calls++) c.run();
}

function calibrate(c: Case, targetMs: number): number {
  let n = 1;
  for (;;) {
    const t = cpuMs();
    for (let i = 0; i < n; i++) c.run();
    const took = cpuMs() - t;
    if (took >= targetMs / 4 || n >= 1 << 20)
      return Math.max(1, Math.round((n * targetMs) / Math.max(took, 0.001)));
    n *= 4;
  }
}

/**
 * Runs a baseline and cases in `rounds` interleaved rounds (the baseline first, the cases in an
 * order that rotates each round), each warmed up first. Returns the baseline first (ratio 1), then the cases.
 */
export function interleaved(
  baseline: Case,
  cases: readonly Case[],
  {
    rounds = 9,
    batchMs = 40,
    warmMs = 500,
  }: { rounds?: number; batchMs?: number; warmMs?: number } = {},
): Measured[] {
  const all = [baseline, ...cases];
  for (const c of all) warmUp(c, warmMs);
  const calls = all.map((c) => calibrate(c, batchMs));
  const times: number[][] = all.map(() => []);
  for (let r = 0; r < rounds; r++) {
    const order = [0, ...cases.map((_, i) => 1 + ((i + r) % cases.length))];
    for (const i of order) {
      const c = all[i] as Case;
      const n = calls[i] as number;
      const t = cpuMs();
      for (let k = 0; k < n; k++) c.run();
      (times[i] as number[]).push((cpuMs() - t) / n);
    }
  }
  const base = times[0] as number[];
  return all.map((c, i) => {
    const ts = times[i] as number[];
    const ratios = ts.map((t, r) => t / (base[r] as number));
    return {
      name: c.name,
      ms: median(ts),
      bestMs: Math.min(...ts),
      ratio: median(ratios),
      spread: [Math.min(...ratios), Math.max(...ratios)] as const,
      calls: calls[i] as number,
    };
  });
}

/** A ratio with three significant digits (never rounds a real measurement to 0.00). */
export function fmt(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return "0";
  const a = Math.abs(x);
  if (a >= 100) return x.toFixed(0);
  if (a >= 10) return x.toFixed(1);
  if (a >= 1) return x.toFixed(2);
  return x.toPrecision(3);
}
