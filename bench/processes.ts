/**
 * Bench cases that need their own process or threads: the first call in a fresh process (the
 * child ./first-call.mjs) and throughput over worker threads (./worker.mjs). Both read the built
 * library (dist), as a user's program does.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { median } from "./measure";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** Throws when dist is older than the newest source file (the numbers would be of stale code). */
export function assertFreshBuild(): void {
  const newest = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce((m, e) => {
      const p = `${dir}/${e.name}`;
      return Math.max(m, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
    }, 0);
  let built = 0;
  try {
    built = statSync(here("../dist/check.js")).mtimeMs;
  } catch {
    // no build
  }
  if (built < newest(here("../src")))
    throw new Error("dist is missing or older than src: run `npm run build` first");
}

const child = (arg: string): Record<string, number> =>
  JSON.parse(
    execFileSync(process.execPath, [here("./first-call.mjs"), arg], { encoding: "utf8" }),
  ) as Record<string, number>;

/** One entry imported alone in a fresh process: wall and CPU milliseconds (medians). */
export interface ImportTime {
  readonly ms: number;
  readonly cpuMs: number;
}

/**
 * The share of dist/json.js (the bytes of its code, by its source map) that is bundled zod/mini:
 * what of importing yusuan/json is zod's to parse and run.
 */
function zodShare(): number {
  const map = JSON.parse(readFileSync(here("../dist/json.js.map"), "utf8")) as {
    sources: string[];
    mappings: string;
  };
  // Count generated segments per source (a proxy for code size that needs no VLQ library: each
  // segment's source index is the second field, delta-encoded).
  const chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const counts = new Array<number>(map.sources.length).fill(0);
  let source = 0;
  for (const line of map.mappings.split(";"))
    for (const seg of line.split(",")) {
      if (seg === "") continue;
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const ch of seg) {
        const digit = chars.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >> 1) : value >> 1);
          value = 0;
          shift = 0;
        }
      }
      if (fields.length >= 2) {
        source += fields[1] ?? 0;
        counts[source] = (counts[source] ?? 0) + 1;
      }
    }
  const total = counts.reduce((a, b) => a + b, 0);
  const zod = counts.reduce(
    (a, n, i) => a + (map.sources[i]?.includes("node_modules/zod") ? n : 0),
    0,
  );
  return total === 0 ? Number.NaN : zod / total;
}

/** Medians over `runs` fresh processes. */
export function firstCall(runs = 7): {
  readonly all: Record<string, number>;
  readonly imports: Record<string, ImportTime>;
  readonly zodShare: number;
} {
  const samples = Array.from({ length: runs }, () => child("all"));
  const keys = Object.keys(samples[0] ?? {});
  const all = Object.fromEntries(keys.map((k) => [k, median(samples.map((s) => s[k] ?? 0))]));
  const imports: Record<string, ImportTime> = {};
  for (const entry of ["check", "templates", "json", "zod"]) {
    const runsOf = Array.from({ length: runs }, () => child(entry));
    imports[entry] = {
      ms: median(runsOf.map((r) => r.importMs ?? 0)),
      cpuMs: median(runsOf.map((r) => r.importCpuMs ?? 0)),
    };
  }
  return { all, imports, zodShare: zodShare() };
}

interface WorkerResult {
  readonly ms: number;
  readonly findings: number;
  readonly heap: Record<string, number>;
}

function runWorker(text: string, marker: string, from: number, to: number): Promise<WorkerResult> {
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL("./worker.mjs", import.meta.url), {
      workerData: { text, marker, from, to },
      // Plain node, not the tsx loader: the worker reads the built library.
      execArgv: [],
    });
    w.once("message", (m: WorkerResult) => resolve(m));
    w.once("error", reject);
  });
}

/**
 * `docs` documents parsed and checked on one worker thread, and split over every core, in
 * `rounds` interleaved rounds (the order alternates each round; wall time, fresh workers each
 * time): medians, and the spread of the per-round speed-ups. The heap is the first single
 * thread's, after 10³ and 10⁴ documents.
 */
export async function throughput(text: string, marker: string, docs: number, rounds = 3) {
  const threads = availableParallelism();
  const share = Math.ceil(docs / threads);
  const singleMs: number[] = [];
  const parallelMs: number[] = [];
  let heap: Record<string, number> | undefined;
  /** One thread over every document: its time, and its findings (to compare). */
  const single = async () => {
    const t = performance.now();
    const r = await runWorker(text, marker, 0, docs);
    singleMs.push(performance.now() - t);
    heap ??= r.heap;
    return r.findings;
  };
  /** Every core, each over its share. */
  const parallel = async () => {
    const t = performance.now();
    const parts = await Promise.all(
      Array.from({ length: threads }, (_, i) =>
        runWorker(text, marker, i * share, Math.min(docs, (i + 1) * share)),
      ),
    );
    parallelMs.push(performance.now() - t);
    return parts.reduce((n, p) => n + p.findings, 0);
  };
  for (let round = 0; round < rounds; round++) {
    const [a, b] =
      round % 2 === 0 ? [await single(), await parallel()] : [await parallel(), await single()];
    if (a !== b) throw new Error("the threads disagree with the single thread");
  }
  const speedups = singleMs.map((ms, i) => ms / (parallelMs[i] as number));
  return {
    threads,
    rounds,
    docsPerSecond: (docs * 1000) / median(singleMs),
    parallelDocsPerSecond: (docs * 1000) / median(parallelMs),
    workerSpeedup: median(speedups),
    speedupSpread: [Math.min(...speedups), Math.max(...speedups)] as const,
    heapMB: Object.fromEntries(
      Object.entries(heap ?? {}).map(([k, v]) => [k, v / 2 ** 20]),
    ) as Record<string, number>,
  };
}
