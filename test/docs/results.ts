/**
 * Result comments in examples: `expr; // <literal>` (or the literal alone on the next comment
 * lines) claims that `expr` evaluates to a value deep-equal to the literal. A literal followed by
 * prose (`// "6.50"（三公经费）`, `// false (code "x")`) claims the literal part. A comment that does
 * not start with a literal is prose and claims nothing.
 */
import ts from "typescript";

/** One claimed result: the statement's line (1-based), its text and the literal's source. */
export interface ResultClaim {
  readonly line: number;
  readonly text: string;
  readonly literal: string;
}

/** An example rewritten so each claimed expression goes through `__expect(index, value)`. */
export interface Instrumented {
  readonly code: string;
  readonly claims: readonly ResultClaim[];
}

const LITERAL_WORDS = new Set(["true", "false", "null", "undefined", "NaN", "Infinity"]);

/** Whether `node` is a JSON-like JavaScript literal (no identifiers, calls or spreads). */
function isLiteralNode(node: ts.Node): boolean {
  if (ts.isParenthesizedExpression(node)) return isLiteralNode(node.expression);
  if (
    ts.isStringLiteral(node) ||
    ts.isNoSubstitutionTemplateLiteral(node) ||
    ts.isNumericLiteral(node) ||
    ts.isBigIntLiteral(node)
  ) {
    return true;
  }
  if (
    node.kind === ts.SyntaxKind.TrueKeyword ||
    node.kind === ts.SyntaxKind.FalseKeyword ||
    node.kind === ts.SyntaxKind.NullKeyword
  ) {
    return true;
  }
  if (ts.isIdentifier(node)) return LITERAL_WORDS.has(node.text);
  if (ts.isPrefixUnaryExpression(node)) {
    return node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand);
  }
  if (ts.isArrayLiteralExpression(node)) return node.elements.every(isLiteralNode);
  if (ts.isObjectLiteralExpression(node)) {
    return node.properties.every(
      (p) =>
        ts.isPropertyAssignment(p) &&
        (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) || ts.isNumericLiteral(p.name)) &&
        isLiteralNode(p.initializer),
    );
  }
  return false;
}

/** Whether `text` is exactly one literal expression, free of syntax errors. */
export function isLiteral(text: string): boolean {
  const source = `(${text}\n);`;
  const { diagnostics } = ts.transpileModule(source, { reportDiagnostics: true });
  if (diagnostics !== undefined && diagnostics.length > 0) return false;
  const file = ts.createSourceFile("literal.ts", source, ts.ScriptTarget.ES2022);
  const [statement] = file.statements;
  return (
    file.statements.length === 1 &&
    statement !== undefined &&
    ts.isExpressionStatement(statement) &&
    isLiteralNode(statement.expression)
  );
}

/** The literal a result comment starts with, or undefined when the comment is prose. */
export function leadingLiteral(comment: string): string | undefined {
  const text = comment.trim();
  if (!/^[-"'`[{\d]|^(true|false|null|undefined|NaN|Infinity)\b/.test(text)) return undefined;
  for (let end = text.length; end > 0; end -= 1) {
    const rest = text.slice(end);
    // A literal ends where prose begins: at a space, a bracket, a colon, or a non-ASCII mark.
    if (rest !== "" && !/^[\s(:,;]/.test(rest) && rest.charCodeAt(0) < 128) continue;
    const head = text.slice(0, end).trimEnd();
    if (!/["'`\]}\w]$/.test(head)) continue;
    if (isLiteral(head)) return head;
  }
  return undefined;
}

/** The text of the `//` comments right after `statement` (same line, else the following lines). */
function resultComment(text: string, file: ts.SourceFile, statement: ts.Statement): string {
  const single = (range: ts.CommentRange) =>
    range.kind === ts.SyntaxKind.SingleLineCommentTrivia
      ? text.slice(range.pos + 2, range.end)
      : "";
  const trailing = ts.getTrailingCommentRanges(text, statement.end) ?? [];
  const [first] = trailing;
  if (first !== undefined) return single(first);
  const lineOf = (pos: number) => file.getLineAndCharacterOfPosition(pos).line;
  let line = lineOf(statement.end);
  const lines: string[] = [];
  for (const range of ts.getLeadingCommentRanges(text, statement.end) ?? []) {
    if (range.kind !== ts.SyntaxKind.SingleLineCommentTrivia || lineOf(range.pos) !== line + 1) {
      break;
    }
    lines.push(single(range));
    line += 1;
  }
  return lines.join("\n");
}

/**
 * Wraps each claimed expression of `code` in `__expect(index, …)`; a claimed `const x = …` is
 * followed by `__expect(index, x)`. The claims are numbered in source order.
 */
export function instrument(code: string): Instrumented {
  const file = ts.createSourceFile("example.ts", code, ts.ScriptTarget.ES2022, true);
  const edits: { start: number; end: number; text: string }[] = [];
  const claims: ResultClaim[] = [];
  const claim = (statement: ts.Statement): number | undefined => {
    const literal = leadingLiteral(resultComment(code, file, statement));
    if (literal === undefined) return undefined;
    const start = statement.getStart(file);
    const line = file.getLineAndCharacterOfPosition(start).line + 1;
    claims.push({ line, text: code.slice(start, statement.end), literal });
    return claims.length - 1;
  };
  const visit = (node: ts.Node): void => {
    if (ts.isExpressionStatement(node)) {
      const index = claim(node);
      if (index !== undefined) {
        const expression = node.expression;
        const start = expression.getStart(file);
        const inner = code.slice(start, expression.end);
        edits.push({ start, end: expression.end, text: `__expect(${index}, (${inner}))` });
        return;
      }
    } else if (ts.isVariableStatement(node)) {
      const [declaration] = node.declarationList.declarations;
      if (node.declarationList.declarations.length === 1 && declaration !== undefined) {
        if (ts.isIdentifier(declaration.name)) {
          const index = claim(node);
          const name = declaration.name.text;
          if (index !== undefined) {
            edits.push({ start: node.end, end: node.end, text: ` __expect(${index}, ${name});` });
            return;
          }
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  return { code: out, claims };
}
