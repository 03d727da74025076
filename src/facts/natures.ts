import type { Nature } from "./types";

/**
 * Each spending nature's parent (基本支出 holds 人员经费 and 公用经费, 项目支出 its two kinds); a nature
 * without one is a part of the whole. What the roll-ups and the measures' scopes both read.
 * @internal
 */
export const NATURE_PARENT: Readonly<Record<Nature, Nature | undefined>> = {
  basic: undefined,
  project: undefined,
  "basic.personnel": "basic",
  "basic.public": "basic",
  "project.operating": "project",
  "project.specific": "project",
  remittance: undefined,
  operations: undefined,
  affiliates: undefined,
};
