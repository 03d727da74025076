#!/usr/bin/env node
/**
 * Compares two Stryker JSON reports mutant by mutant (`node scripts/mutation-runner/compare.mjs
 * a.json b.json`): the mutants are matched by file, mutator, replacement and location, and every
 * mutant whose status differs is printed with both statuses. Exits 0 when every mutant has the
 * same status in both reports, 1 otherwise (or when one report has mutants the other lacks).
 * `--common` compares only the mutants of both reports (one of them a partial run, `--mutate=`).
 * Used to check the in-process runner against the vitest one (docs/mutation.md).
 */
import { readFileSync } from "node:fs";

/** `file:line:column mutator replacement` of each mutant, with its status. */
export const statuses = (report) => {
  const out = new Map();
  for (const [file, { mutants }] of Object.entries(report.files)) {
    for (const m of mutants) {
      const { start, end } = m.location;
      const key = `${file}:${start.line}:${start.column}-${end.line}:${end.column} ${m.mutatorName} ${JSON.stringify(m.replacement ?? "")}`;
      out.set(key, m.status);
    }
  }
  return out;
};

/** The differences between two reports' statuses, as lines. */
export const compare = (a, b, common = false) => {
  const sa = statuses(a);
  const sb = statuses(b);
  const lines = [];
  let count = 0;
  for (const [key, status] of sa) {
    const other = sb.get(key);
    if (other !== undefined) count++;
    if (other === undefined) {
      if (!common) lines.push(`only in the first: ${key} (${status})`);
    } else if (other !== status) lines.push(`${status} → ${other}: ${key}`);
  }
  for (const [key, status] of sb) {
    if (!sa.has(key) && !common) lines.push(`only in the second: ${key} (${status})`);
  }
  return { lines, count };
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const [fa, fb] = args.filter((a) => !a.startsWith("--"));
  if (fa === undefined || fb === undefined) {
    console.error("usage: node scripts/mutation-runner/compare.mjs <a.json> <b.json>");
    process.exit(2);
  }
  const read = (f) => JSON.parse(readFileSync(f, "utf8"));
  const { lines, count } = compare(read(fa), read(fb), args.includes("--common"));
  for (const line of lines) console.log(line);
  console.log(
    lines.length === 0
      ? `${count} mutants in both reports, the same status in both`
      : `${lines.length} difference(s); ${count} mutants in both reports`,
  );
  process.exitCode = lines.length === 0 ? 0 : 1;
}
