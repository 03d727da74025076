import { readFileSync } from "node:fs";

const check = await import("yusuan/check");
const t = await import("yusuan/templates");
const j = await import("yusuan/json");
const text = readFileSync("/work/wt-speed/examples/henan-2024.json", "utf8");
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const out = [];
for (let i = 0; i < 8; i++) {
  let c = cpu();
  const p = j.parseDisclosureJson(text);
  const pc = cpu() - c;
  c = cpu();
  check.checkDisclosure(p.value, { profile: check.henan2024Profile, template: t.henan2024 });
  out.push([pc.toFixed(0), (cpu() - c).toFixed(0)]);
}
console.log(JSON.stringify(out));
