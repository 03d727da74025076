/**
 * The regular expressions of a TypeScript source, with what scripts/regex-safety.ts finds in
 * them: literals, and `RegExp(…)` / `new RegExp(…)` of literal text (template literals and `+`
 * of `const` strings of the same file are followed; anything else is `unreadable`).
 */
import ts from "typescript";
import { checkPattern, type RegexFinding } from "./regex-safety";

export interface Located extends RegexFinding {
  readonly file: string;
  readonly line: number;
  readonly pattern: string;
}

/** The text of a string expression built from literals and `const` strings of the file. */
function stringOf(node: ts.Node, consts: ReadonlyMap<string, ts.Expression>): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return stringOf(node.expression, consts);
  if (ts.isIdentifier(node)) {
    const init = consts.get(node.text);
    return init === undefined ? undefined : stringOf(init, consts);
  }
  if (ts.isTemplateExpression(node)) {
    let out = node.head.text;
    for (const span of node.templateSpans) {
      const part = stringOf(span.expression, consts);
      if (part === undefined) return undefined;
      out += part + span.literal.text;
    }
    return out;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const [a, b] = [stringOf(node.left, consts), stringOf(node.right, consts)];
    return a === undefined || b === undefined ? undefined : a + b;
  }
  return undefined;
}

/** Every pattern of one file, with its findings. */
export function lintSource(file: string, text: string): Located[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const consts = new Map<string, ts.Expression>();
  const found: Located[] = [];
  const report = (node: ts.Node, pattern: string, findings: readonly RegexFinding[]) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    for (const f of findings) found.push({ ...f, file, line, pattern });
  };
  const visit = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer)
      consts.set(node.name.text, node.initializer);
    if (ts.isRegularExpressionLiteral(node)) {
      const slash = node.text.lastIndexOf("/");
      const [pattern, flags] = [node.text.slice(1, slash), node.text.slice(slash + 1)];
      report(node, node.text, checkPattern(pattern, flags));
    }
    if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === "RegExp"
    ) {
      const [first, second] = node.arguments ?? [];
      const pattern = first === undefined ? undefined : stringOf(first, consts);
      const flags = second === undefined ? "" : stringOf(second, consts);
      if (pattern === undefined || flags === undefined)
        report(node, node.getText(), [
          { rule: "unreadable", detail: "the pattern is not built from literal text" },
        ]);
      else report(node, `/${pattern}/${flags}`, checkPattern(pattern, flags));
    }
    ts.forEachChild(node, visit);
  };
  // Two passes: constants first, wherever they are declared.
  ts.forEachChild(source, function collect(n: ts.Node): void {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer)
      consts.set(n.name.text, n.initializer);
    ts.forEachChild(n, collect);
  });
  visit(source);
  return found;
}
