/**
 * The linearity guard's third share (see test/support/linear-guard.ts): three printed-table
 * readers of other layouts (units across, a 申报表 as one grid, blocks side by side) on every
 * adversary. `npm test` runs it beside the type-check and the build.
 */
import { guardShare } from "./support/linear-guard";

guardShare("early");
