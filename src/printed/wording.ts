/** A fee word at the end of a header level: 费用, 经费 (`因公出国（境）费用`, `…经费`). */
const FEE_WORD = /(?:费用|经费)$/u;

/**
 * A header level (already through `normalizeLabel`) with the wordings printers use for the same
 * column made one: a closing 费用 or 经费 reads as 费 (`因公出国(境)费用`, `因公出国(境)经费`,
 * `机关运行经费` compare as `因公出国(境)费`, `机关运行费`), and 运行维护 as 运行 (`公务用车运行维护费`,
 * `公务用车购置及运行维护费` compare as `公务用车运行费`, `公务用车购置及运行费`). Printed headers and
 * template variants both go through it, so a template lists one of each. Linear: one anchored
 * regex and one fixed-string replacement. @internal
 */
export function headerWording(level: string): string {
  return level.replace(FEE_WORD, "费").replaceAll("运行维护", "运行");
}
