// Bench worker (issue 15): parses and checks `count` documents made from one JSON text, each a
// distinct string (the department's name carries the document's number), keeping only counts.
// Reads the built library (dist), as a user's program would. Reports the isolate's heap after
// 10³ and 10⁴ documents.
import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { parentPort, workerData } from "node:worker_threads";
import { checkDisclosure, profileFor } from "yusuan/check";
import { parseDisclosureJson } from "yusuan/json";
import { templateById } from "yusuan/templates";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc");
const { text, from, to, marker } = workerData;
let findings = 0;
const heap = {};
const start = performance.now();
for (let i = from; i < to; i++) {
  const parsed = parseDisclosureJson(text.replace(marker, `${marker}${i}`));
  if (!parsed.ok) throw new Error("a bench document does not parse");
  const d = parsed.value;
  const template = templateById(d.meta.template ?? "");
  if (template === undefined) throw new Error("unknown template");
  findings += checkDisclosure(d, { profile: profileFor(template), template }).findings.length;
  const done = i - from + 1;
  if (done === 1000 || done === 10000) {
    gc();
    heap[done] = getHeapStatistics().used_heap_size;
  }
}
parentPort?.postMessage({ ms: performance.now() - start, findings, heap });
