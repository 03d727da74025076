/**
 * The subjects of the tables many departments print beside their template's own, as their titles
 * name them: a title naming two of them (`“三公”经费和机关运行经费预算表`, `政府采购和国有资产占用情况表`)
 * is a combined table, no table of one of them (see `TableKind.titleExcludes`).
 */
const SUBJECTS = {
  sanGong: ["“三公”经费"],
  meetings: ["会议费", "培训费"],
  operating: ["机关运行经费"],
  procurement: ["政府采购", "政府购买服务"],
  assets: ["资产占用", "资产配置"],
} as const;

/** The words naming every subject but the kind's own (its `titleExcludes`). @internal */
export function otherSubjects(...own: readonly (keyof typeof SUBJECTS)[]): readonly string[] {
  return Object.entries(SUBJECTS)
    .filter(([subject]) => !own.includes(subject as keyof typeof SUBJECTS))
    .flatMap(([, words]) => words);
}
