/**
 * The linearity guard's second share (see test/support/linear-guard.ts): the 情况说明 readers
 * (the claims, the narrative and 决算 rules through checkDisclosure) on every adversary and every
 * 情况说明 shape.
 */
import { guardShare } from "./support/linear-guard";

guardShare("texts");
