import { plainTitle } from "../../disclosure/paged-tables";
import { SOME_PROJECTS_TITLE_WORDS } from "../../templates/targets";
import type { RuleContext } from "../types";

/**
 * Whether every table of project targets the check reads (a table of projects, or a project's
 * form: Shanghai's 申报表) is titled as listing some projects only (see
 * {@link SOME_PROJECTS_TITLE_WORDS}) or is of a kind whose template requires no targets for every
 * project (`TargetLayout.some`: Shanghai prints forms for its major projects only): what they
 * print is not every project's. @internal
 */
export function someProjectsOnly(ctx: RuleContext): boolean {
  let tables = 0;
  for (const t of ctx.tables) {
    const layout = ctx.template.tables.find((k) => k.id === t.table.kind)?.targets;
    if (layout === undefined || layout.form === "department") continue;
    tables++;
    if (layout.some !== true && !namesSomeProjects(plainTitle(t.table.title))) return false;
  }
  return tables > 0;
}

/** Words before a subset's name that widen the table to it (`（含重点项目）`), not narrow it. */
const WIDENING_BEFORE = ["含", "包括", "包含", "及", "和"] as const;
/** Words after it that join other projects to it (`重点项目及一般项目`). */
const JOINING_AFTER = ["及", "和", "与", "、"] as const;
/** A threshold the table lists projects from (`50万元以上`, `100万元（含）以上`): bounded, linear. */
const THRESHOLD = /[0-9]{1,6}(?:\.[0-9]{1,2})?万?元(?:[(（]含[)）])?(?:及)?以上/u;

/**
 * Whether a title names a table of some projects only: a subset's name (see
 * {@link SOME_PROJECTS_TITLE_WORDS}) standing alone, not widened (`（含重点项目）`) nor joined to
 * others (`重点项目及一般项目`), or a threshold (`50万元以上项目支出绩效目标表`).
 */
function namesSomeProjects(title: string): boolean {
  if (THRESHOLD.test(title)) return true;
  return SOME_PROJECTS_TITLE_WORDS.some((w) => {
    const at = title.indexOf(w);
    if (at < 0) return false;
    const before = title.slice(Math.max(0, at - 2), at);
    const after = title.charAt(at + w.length);
    return (
      !WIDENING_BEFORE.some((x) => before.endsWith(x)) && !JOINING_AFTER.some((x) => after === x)
    );
  });
}
