/**
 * Characters a PDF's or a Word file's text layer leaves that print nothing, and spaces of another
 * width or that do not break: one list for every reader of a 情况说明 (the 部门预算 reader's
 * `compact` and the 决算 reader's `visibleLine`), so that a character one of them drops the other
 * drops too. @internal
 */

/**
 * Characters that print nothing, which PDF tools leave inside words and numbers: zero-width
 * space, non-joiner and joiner U+200B–U+200D, word joiner U+2060, byte-order mark U+FEFF, soft
 * hyphen U+00AD. A reader reads them as if absent: neither a space nor a break between a
 * figure's digits. @internal
 */
export const INVISIBLE: readonly number[] = [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad];

/**
 * Spaces of another width or that do not break, which PDF tools print for a space: no-break
 * U+00A0, narrow no-break U+202F, the typographic ones U+2000–U+200A, medium mathematical U+205F.
 * A reader reads each as a plain space. @internal
 */
export const OTHER_SPACES: readonly number[] = [
  0x00a0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
  0x202f, 0x205f,
];

/** Whether a character is one of {@link INVISIBLE}. @internal */
export const isInvisible = (code: number): boolean =>
  code === 0xad || (code >= 0x200b && INVISIBLE.includes(code));

/** Whether a character is one of {@link OTHER_SPACES}. @internal */
export const isOtherSpace = (code: number): boolean => code >= 0xa0 && OTHER_SPACES.includes(code);
