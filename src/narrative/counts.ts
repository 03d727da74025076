/**
 * Counts the narrative states: vehicles held and to buy (each category), equipment over a price
 * and projects (all of them, or one kind: `特定目标类项目8个`).
 */
import { leave, periodNow, type Reader, span, undated } from "./reader";
import type { NumToken } from "./scan";

/** A kind of project right before its count (`运转类项目`, `特定目标类`), at most 12 characters. */
const PROJECT_KIND = /([^，,；;：:、中]{1,12}类)(?:项目)?$/u;

/** Places one count of the text, or keeps it as unplaced. @internal */
export function pushCount(r: Reader, t: NumToken): void {
  const { cl, sent } = r;
  const c = r.text.text;
  const label = c.slice(Math.max(cl.start, t.s - 30), t.s);
  const value = Number(t.raw.replace(/[,，]/gu, ""));
  let what: "vehicles" | "vehicles.purchase" | "equipment" | "projects" | undefined;
  let category: string | undefined;
  if (t.unit === "辆") {
    // `其余类别车辆均为0辆`: the rest of the categories, neither all vehicles nor one category.
    if (label.includes("其余") || label.includes("其他各类") || label.includes("其他类别")) {
      leave(r, t, "no-subject");
      return;
    }
    what = sent.purchase ? "vehicles.purchase" : "vehicles";
    if (label.endsWith("用车")) category = label;
  } else if (t.unit === "台(套)" || t.unit === "台" || t.unit === "套") {
    what = "equipment";
    category = label;
    delete cl.threshold;
  } else if (t.unit === "个" && (sent.project || c.startsWith("项目", t.e))) {
    what = "projects";
    // `其中其他运转类项目3个，特定目标类项目8个`: a kind of project, not all of them.
    category = PROJECT_KIND.exec(label)?.[1];
  }
  if (what === undefined || !Number.isSafeInteger(value)) {
    leave(r, t, "unit");
    return;
  }
  if (undated(r)) {
    leave(r, t, "no-period");
    return;
  }
  cl.claimed = true;
  r.claims.push({
    kind: "count",
    what,
    ...(category === undefined ? {} : { category }),
    value,
    unit: t.unit,
    period: periodNow(r),
    span: span(r, t.s, t.e),
  });
}
