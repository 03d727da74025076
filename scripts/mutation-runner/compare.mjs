#!/usr/bin/env node
/**
 * Compares two Stryker JSON reports mutant by mutant (`node scripts/mutation-runner/compare.mjs
 * a.json b.json`): the mutants are matched by file, mutator, replacement and location, and every
 * mutant whose status differs is printed with both statuses. Exits 0 when every mutant has the
 * same status in both reports, 1 otherwise (or when one report has mutants the other lacks).
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
export const compare = (a, b) => {
  const sa = statuses(a);
  const sb = statuses(b);
  const lines = [];
  for (const [key, status] of sa) {
    const other = sb.get(key);
    if (other === undefined) lines.push(`only in the first: ${key} (${status})`);
    else if (other !== status) lines.push(`${status} → ${other}: ${key}`);
  }
  for (const [key, status] of sb) {
    if (!sa.has(key)) lines.push(`only in the second: ${key} (${status})`);
  }
  return { lines, count: sa.size };
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const [fa, fb] = process.argv.slice(2);
  if (fa === undefined || fb === undefined) {
    console.error("usage: node scripts/mutation-runner/compare.mjs <a.json> <b.json>");
    process.exit(2);
  }
  const read = (f) => JSON.parse(readFileSync(f, "utf8"));
  const { lines, count } = compare(read(fa), read(fb));
  for (const line of lines) console.log(line);
  console.log(
    lines.length === 0
      ? `${count} mutants, the same status in both reports`
      : `${lines.length} difference(s) over ${count} mutants`,
  );
  process.exitCode = lines.length === 0 ? 0 : 1;
}
