// Bench child (issue 15): the first call in a fresh process. `node bench/first-call.mjs all`
// imports yusuan/check, yusuan/templates and yusuan/json, parses the Henan example with
// yusuan/json and checks it; `… <entry>` imports one entry alone; `… zod` imports zod/mini alone.
// Prints milliseconds from the script's start (and from the process's start) as JSON.
const start = performance.now();

import { readFileSync } from "node:fs";

const what = process.argv[2] ?? "all";
const since = () => performance.now() - start;
if (what === "all") {
  const [check, templates, json] = await Promise.all([
    import("yusuan/check"),
    import("yusuan/templates"),
    import("yusuan/json"),
  ]);
  const imported = since();
  const text = readFileSync(new URL("../examples/henan-2024.json", import.meta.url), "utf8");
  const parsed = json.parseDisclosureJson(text);
  if (!parsed.ok) throw new Error("the example does not parse");
  const parsedAt = since();
  const report = check.checkDisclosure(parsed.value, {
    profile: check.henan2024Profile,
    template: templates.henan2024,
  });
  if (report.outcomes.length === 0) throw new Error("no outcomes");
  console.log(
    JSON.stringify({
      importMs: imported,
      parseMs: parsedAt - imported,
      checkMs: since() - parsedAt,
      totalMs: since(),
      fromProcessStartMs: performance.now(),
    }),
  );
} else {
  await import(what === "zod" ? "zod/mini" : `yusuan/${what}`);
  console.log(JSON.stringify({ importMs: since(), fromProcessStartMs: performance.now() }));
}
