/**
 * Finds regular expressions whose matching can take more than linear time on some text (the
 * rule of docs/linear-time.md). Pure: `scripts/lint-regex.ts` runs it over src/.
 *
 * A small parser reads JavaScript pattern syntax into a tree; three shapes are reported:
 *
 * - `nested`: an unbounded quantifier over a group that holds an unbounded quantifier
 *   (`(a+)+`, `(?:\s*x)*`): exponentially many ways to split a run.
 * - `adjacent`: two unbounded quantifiers in one sequence over overlapping characters, with
 *   nothing between them that a run of those characters could not also match (`\d+\d*`,
 *   `\s*\n\s*`, `.*x.*`): polynomially many ways to split a run.
 * - `move`: a pattern not anchored at its start that can begin inside a run of the characters of
 *   an unbounded quantifier and must match something after it (`\s+$`, `\d+x`, `\d[\d,]*万元`):
 *   each of the n start positions rescans the rest of the run. `^` (without the `m` flag) or the
 *   sticky flag `y` anchors. Whatever the flags: `test` and `search` try every start too.
 *
 * It is a conservative screen for the usual shapes, not a proof: anything it cannot read it
 * reports as `unreadable`, so a new pattern is either understood or looked at.
 */

import { type CharSet, intersect, type Node, parsePattern, union } from "./regex-parse";

const EMPTY: CharSet = [];

function nullable(node: Node): boolean {
  switch (node.type) {
    case "chars":
      return false;
    case "assertion":
    case "start":
      return true;
    case "alternation":
      return node.alternatives.some((seq) => seq.every(nullable));
    case "group":
      return node.lookaround || nullable(node.body);
    case "repeat":
      return node.min === 0 || nullable(node.body);
  }
}

/** Every character the node can consume. */
function charsOf(node: Node): CharSet {
  switch (node.type) {
    case "chars":
      return node.set;
    case "assertion":
    case "start":
      return EMPTY;
    case "alternation":
      return union(...node.alternatives.flat().map(charsOf));
    case "group":
      return node.lookaround ? EMPTY : charsOf(node.body);
    case "repeat":
      return charsOf(node.body);
  }
}

/** The characters a match of the node can start with. */
function firstOf(node: Node): CharSet {
  switch (node.type) {
    case "chars":
      return node.set;
    case "assertion":
    case "start":
      return EMPTY;
    case "group":
      return node.lookaround ? EMPTY : firstOf(node.body);
    case "repeat":
      return firstOf(node.body);
    case "alternation": {
      const sets: CharSet[] = [];
      for (const seq of node.alternatives)
        for (const n of seq) {
          sets.push(firstOf(n));
          if (!nullable(n)) break;
        }
      return union(...sets);
    }
  }
}

/** Whether the node matches at any position (it may match nothing and cannot fail). */
function alwaysMatches(node: Node): boolean {
  switch (node.type) {
    case "repeat":
      return node.min === 0 || alwaysMatches(node.body);
    case "group":
      return !node.lookaround && alwaysMatches(node.body);
    case "alternation":
      return node.alternatives.some((seq) => seq.every(alwaysMatches));
    default:
      return false; // characters, and assertions (`$`, `\b`), can fail
  }
}

const unbounded = (node: Node): node is Extract<Node, { type: "repeat" }> =>
  node.type === "repeat" && node.max === Infinity;

function holdsUnbounded(node: Node): boolean {
  if (node.type === "repeat") return node.max === Infinity || holdsUnbounded(node.body);
  if (node.type === "alternation") return node.alternatives.flat().some(holdsUnbounded);
  if (node.type === "group") return !node.lookaround && holdsUnbounded(node.body);
  return false;
}

/** A sequence with its plain groups (one alternative, not repeated) opened in place. */
function flat(sequence: readonly Node[]): Node[] {
  return sequence.flatMap((node) => {
    if (node.type === "group" && !node.lookaround && node.body.type === "alternation") {
      const [only, ...more] = node.body.alternatives;
      if (only !== undefined && more.length === 0) return flat(only);
    }
    return [node];
  });
}

/** Every sequence of the pattern, nested ones included. */
function sequences(node: Node, out: Node[][] = []): Node[][] {
  if (node.type === "alternation") {
    for (const seq of node.alternatives) {
      out.push(flat(seq));
      for (const n of seq) sequences(n, out);
    }
  } else if (node.type === "group" || node.type === "repeat") sequences(node.body, out);
  return out;
}

function walk(node: Node, visit: (n: Node) => void): void {
  visit(node);
  if (node.type === "alternation") for (const n of node.alternatives.flat()) walk(n, visit);
  else if (node.type === "group" || node.type === "repeat") walk(node.body, visit);
}

/** What is wrong with a pattern, as a rule and a sentence. */
export interface RegexFinding {
  readonly rule: "nested" | "adjacent" | "move" | "unreadable";
  readonly detail: string;
}

/** The findings of one pattern (see the file's comment). */
export function checkPattern(source: string, flags: string): RegexFinding[] {
  let root: Node;
  try {
    root = parsePattern(source, flags);
  } catch (e) {
    return [{ rule: "unreadable", detail: e instanceof Error ? e.message : String(e) }];
  }
  const findings: RegexFinding[] = [];
  walk(root, (n) => {
    if (unbounded(n) && holdsUnbounded(n.body))
      findings.push({
        rule: "nested",
        detail: "an unbounded quantifier over a group that holds one",
      });
  });
  for (const seq of sequences(root)) {
    seq.forEach((first, i) => {
      if (!unbounded(first)) return;
      for (let j = i + 1; j < seq.length; j++) {
        const second = seq[j];
        if (second === undefined || !unbounded(second)) continue;
        // A run of characters both can take (and each can start with), pumped through whatever
        // lies between them.
        const both = intersect(charsOf(first.body), charsOf(second.body));
        const shared =
          intersect(both, firstOf(first.body)).length > 0 &&
          intersect(both, firstOf(second.body)).length > 0
            ? both
            : [];
        const between = seq.slice(i + 1, j);
        if (
          shared.length > 0 &&
          between.every((n) => nullable(n) || intersect(charsOf(n), shared).length > 0)
        ) {
          findings.push({
            rule: "adjacent",
            detail:
              "two unbounded quantifiers over overlapping characters, nothing between them to tell a run apart",
          });
          return;
        }
      }
    });
  }
  // With the multiline flag `^` matches after every line break: it anchors nothing.
  const multiline = flags.includes("m");
  if (!flags.includes("y") && root.type === "alternation") {
    for (const alternative of root.alternatives) {
      const seq = flat(alternative);
      const at = seq.findIndex((n) => (n.type === "start" && !multiline) || unbounded(n));
      const quantifier = seq[at];
      if (quantifier === undefined || !unbounded(quantifier)) continue;
      const run = charsOf(quantifier.body);
      const entersRun = seq
        .slice(0, at)
        .every((n) => nullable(n) || intersect(charsOf(n), run).length > 0);
      const needsMore = !seq.slice(at + 1).every(alwaysMatches);
      if (entersRun && needsMore)
        findings.push({
          rule: "move",
          detail:
            "not anchored, starts in a run of an unbounded quantifier and needs more after it: each start rescans the run",
        });
    }
  }
  return findings;
}
