// Bench child (issue 15): the first call in a fresh process. `node bench/first-call.mjs all`
// imports yusuan/check, yusuan/templates and yusuan/json, parses the Henan example with
// yusuan/json and checks it; `… <entry>` imports one entry alone; `… zod` imports zod/mini alone.
// Prints milliseconds from the script's start (wall, and CPU time of the process, user + system:
// on a shared machine the CPU time is the steadier one) and from the process's start, as JSON.
const start = performance.now();
const cpu0 = process.cpuUsage();

import { readFileSync } from "node:fs";

const what = process.argv[2] ?? "all";
const since = () => performance.now() - start;
const cpuSince = () => {
  const u = process.cpuUsage(cpu0);
  return (u.user + u.system) / 1000;
};
if (what === "all") {
  const [check, templates, json] = await Promise.all([
    import("yusuan/check"),
    import("yusuan/templates"),
    import("yusuan/json"),
  ]);
  const imported = since();
  const importedCpu = cpuSince();
  const text = readFileSync(new URL("../examples/henan-2024.json", import.meta.url), "utf8");
  const parsed = json.parseDisclosureJson(text);
  if (!parsed.ok) throw new Error("the example does not parse");
  const parsedAt = since();
  const parsedCpu = cpuSince();
  const report = check.checkDisclosure(parsed.value, {
    profile: check.henan2024Profile,
    template: templates.henan2024,
  });
  if (report.outcomes.length === 0) throw new Error("no outcomes");
  const total = since();
  const totalCpu = cpuSince();
  console.log(
    JSON.stringify({
      importMs: imported,
      parseMs: parsedAt - imported,
      checkMs: total - parsedAt,
      totalMs: total,
      importCpuMs: importedCpu,
      parseCpuMs: parsedCpu - importedCpu,
      checkCpuMs: totalCpu - parsedCpu,
      totalCpuMs: totalCpu,
      fromProcessStartMs: performance.now(),
    }),
  );
} else {
  await import(what === "zod" ? "zod/mini" : `yusuan/${what}`);
  console.log(
    JSON.stringify({
      importMs: since(),
      importCpuMs: cpuSince(),
      fromProcessStartMs: performance.now(),
    }),
  );
}
