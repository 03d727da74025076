import type { Rule } from "../../rules/types";
import { gradesIn, type PrintedCount, vehiclesIn } from "./counts";
import { narrativeRule, param, sectionParagraphs, textFinding, zh } from "./support";

/**
 * Counts the 情况说明 prints with their parts: 十一(三)'s vehicles (共有车辆 = the 8 kinds, or at
 * least the kinds listed) and 十's 绩效自评 projects (= 优 + 良 + 合格 + 不合格). A list it does not
 * recognise whole is not checked.
 */
export const finalCountsRule: Rule = /*#__PURE__*/ narrativeRule(
  "final.narrative.count",
  ["情况说明所列数量 = 各项之和", "A count equals its parts"],
  ["情况说明 十", "情况说明 十一(三)"],
  {
    vehicles: (f, l) =>
      zh(l)
        ? `共有车辆 ${param(f, "whole")} 辆，所列各类用车合计 ${param(f, "sum")} 辆。`
        : `${param(f, "whole")} vehicles in all; the kinds listed add up to ${param(f, "sum")}.`,
    grades: (f, l) =>
      zh(l)
        ? `绩效自评的项目 ${param(f, "whole")} 个，各评级的项目合计 ${param(f, "sum")} 个。`
        : `${param(f, "whole")} projects self-assessed; the grades add up to ${param(f, "sum")}.`,
  },
  (ctx, severity, out) => {
    const year = ctx.disclosure.meta.year;
    const counts: PrintedCount[] = [];
    for (const section of sectionParagraphs(ctx))
      for (const p of section.texts) {
        const v = vehiclesIn(p, year);
        if (v !== undefined) counts.push(v);
        const g = gradesIn(p, year);
        if (g !== undefined) counts.push(g);
      }
    for (const c of counts) {
      const sum = c.parts.reduce((a, b) => a + b, 0);
      // a partial list may leave kinds out, never exceed the whole
      if (c.complete ? sum !== c.whole : sum > c.whole)
        out.push(
          textFinding("final.narrative.count", severity, c.kind, c.text, {
            whole: String(c.whole),
            sum: String(sum),
          }),
        );
    }
    return counts.length > 0;
  },
);
