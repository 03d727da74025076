import { readFileSync } from "node:fs";

const check = await import("yusuan/check");
const t = await import("yusuan/templates");
const j = await import("yusuan/json");
const text = readFileSync("/work/wt-speed/examples/henan-2024.json", "utf8");
const p = j.parseDisclosureJson(text);
const n = +(process.argv[2] ?? 60);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let c = cpu();
for (let i = 0; i < n; i++)
  check.checkDisclosure(p.value, { profile: check.henan2024Profile, template: t.henan2024 });
console.log("per check ms", (cpu() - c) / n);
c = cpu();
for (let i = 0; i < n; i++) JSON.parse(text);
console.log("JSON.parse ms", (cpu() - c) / n);
