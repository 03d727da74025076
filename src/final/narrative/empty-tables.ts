/**
 * A 决算 table printed empty under a note saying there was none of its subject: its blanks are
 * stated zeros. The reading lives with the rules (`rules/builtin/stated-none`), which the budget's
 * 三公 bound reads too.
 */
export { type NoneTable, type StatedNone, statedNone } from "../../rules/builtin/stated-none";
