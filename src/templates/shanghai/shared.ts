/** A title as Shanghai prints it: after 预算单位, 部门 or 单位, or bare. */
export const printedTitles = (wording: string): readonly string[] => [
  `预算单位${wording}`,
  `部门${wording}`,
  `单位${wording}`,
  wording,
];
