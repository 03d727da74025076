/**
 * The linearity guard's third share (see test/support/linear-guard.ts): three printed-table
 * readers of other layouts (units across, a 申报表 as one grid, blocks side by side) on every
 * adversary.
 */
import { guardShare } from "./support/linear-guard";

guardShare("early");
