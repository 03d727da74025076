/**
 * Checks every disclosure document (`*.json` in the yusuan.disclosure format) of a folder, in
 * parallel over worker threads, and prints one line per document and a total. The library stays
 * pure: this program reads the files and hands each worker a share of the paths.
 *
 * Plain JavaScript, so node runs it and its workers as they are: `node
 * docs/examples/check-folder.mjs <folder> [threads]`, e.g. (in this repository, after `npm run
 * build`) `node docs/examples/check-folder.mjs examples`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { checkDisclosure, profileFor } from "yusuan/check";
import { parseDisclosureJson } from "yusuan/json";
import { templateById } from "yusuan/templates";

/**
 * Parses and checks one document (the template named in its meta, that template's profile).
 * @param {string} file
 */
function checkFile(file) {
  const parsed = parseDisclosureJson(readFileSync(file, "utf8"));
  if (!parsed.ok) return { file, problem: `${parsed.error.length} schema issue(s)` };
  const disclosure = parsed.value;
  const template = templateById(disclosure.meta.template ?? "");
  if (template === undefined) return { file, problem: "no known template in meta.template" };
  const report = checkDisclosure(disclosure, { template, profile: profileFor(template) });
  return {
    file,
    errors: report.findings.filter((f) => f.severity === "error").length,
    warnings: report.findings.filter((f) => f.severity === "warning").length,
    unconstrained: report.unconstrained.length,
  };
}

if (isMainThread) {
  const folder = process.argv[2] ?? ".";
  const files = readdirSync(folder)
    .filter((f) => f.endsWith(".json"))
    .map((f) => join(folder, f));
  const threads = Math.max(
    1,
    Math.min(Number(process.argv[3] ?? availableParallelism()), files.length),
  );
  const start = performance.now();
  // Each worker runs this file with its share of the paths (every threads-th file).
  const shares = Array.from({ length: threads }, (_, i) =>
    files.filter((_, k) => k % threads === i),
  );
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise((resolve, reject) => {
          const w = new Worker(new URL(import.meta.url), { workerData: share });
          w.once("message", resolve);
          w.once("error", reject);
        }),
    ),
  );
  const lines = results.flat().sort((a, b) => a.file.localeCompare(b.file));
  for (const l of lines)
    console.log(
      l.problem !== undefined
        ? `${l.file}: not checked (${l.problem})`
        : `${l.file}: ${l.errors} error(s), ${l.warnings} warning(s), ${l.unconstrained} unconstrained cell(s)`,
    );
  const seconds = (performance.now() - start) / 1000;
  console.log(`${lines.length} document(s) on ${threads} thread(s) in ${seconds.toFixed(2)} s`);
} else {
  parentPort?.postMessage(workerData.map(checkFile));
}
