/**
 * A small reader of JavaScript regular-expression syntax, enough for scripts/regex-safety.ts:
 * sequences, alternatives, groups (lookarounds apart), quantifiers, and the set of characters
 * each atom takes (classes, escapes, `.`). Unicode properties and back-references are read as
 * "any character".
 */

/** A set of code points as sorted, disjoint, inclusive ranges. */
export type CharSet = readonly (readonly [number, number])[];

const MAX = 0x10ffff;
const ALL: CharSet = [[0, MAX]];
const range = (lo: number, hi: number): CharSet => [[lo, hi]];

export function union(...sets: CharSet[]): CharSet {
  const all = sets.flat().sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [lo, hi] of all) {
    const last = out.at(-1);
    if (last !== undefined && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

function complement(set: CharSet): CharSet {
  const out: [number, number][] = [];
  let next = 0;
  for (const [lo, hi] of union(set)) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= MAX) out.push([next, MAX]);
  return out;
}

export function intersect(a: CharSet, b: CharSet): CharSet {
  const out: [number, number][] = [];
  for (const [alo, ahi] of a)
    for (const [blo, bhi] of b) {
      const lo = Math.max(alo, blo);
      const hi = Math.min(ahi, bhi);
      if (lo <= hi) out.push([lo, hi]);
    }
  return union(out);
}

const DIGIT = range(0x30, 0x39);
const WORD = union(DIGIT, range(0x41, 0x5a), range(0x61, 0x7a), range(0x5f, 0x5f));
const SPACE = union(
  range(0x09, 0x0d),
  range(0x20, 0x20),
  range(0xa0, 0xa0),
  range(0x1680, 0x1680),
  range(0x2000, 0x200a),
  range(0x2028, 0x2029),
  range(0x202f, 0x202f),
  range(0x205f, 0x205f),
  range(0x3000, 0x3000),
  range(0xfeff, 0xfeff),
);
const LINE_TERMINATORS = union(range(0x0a, 0x0a), range(0x0d, 0x0d), range(0x2028, 0x2029));

/** A node of a pattern. */
export type Node =
  | { readonly type: "chars"; readonly set: CharSet }
  | { readonly type: "assertion" }
  | { readonly type: "start" }
  | { readonly type: "alternation"; readonly alternatives: readonly Node[][] }
  | { readonly type: "group"; readonly body: Node; readonly lookaround: boolean }
  | { readonly type: "repeat"; readonly body: Node; readonly min: number; readonly max: number };

class Parser {
  private i = 0;
  constructor(
    private readonly source: string,
    private readonly dotAll: boolean,
  ) {}

  parse(): Node {
    const node = this.alternation();
    if (this.i < this.source.length) throw new Error(`unexpected "${this.source[this.i]}"`);
    return node;
  }

  private peek(): string | undefined {
    return this.source[this.i];
  }

  private alternation(): Node {
    const alternatives: Node[][] = [this.sequence()];
    while (this.peek() === "|") {
      this.i++;
      alternatives.push(this.sequence());
    }
    return { type: "alternation", alternatives };
  }

  private sequence(): Node[] {
    const nodes: Node[] = [];
    for (let c = this.peek(); c !== undefined && c !== "|" && c !== ")"; c = this.peek())
      nodes.push(this.quantified(this.atom()));
    return nodes;
  }

  private quantified(atom: Node): Node {
    const c = this.peek();
    let min: number;
    let max: number;
    if (c === "*" || c === "+" || c === "?") {
      this.i++;
      [min, max] = c === "*" ? [0, Infinity] : c === "+" ? [1, Infinity] : [0, 1];
    } else if (c === "{" && /^\{\d+(,\d*)?\}/.test(this.source.slice(this.i))) {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.i));
      if (m === null) return atom;
      this.i += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
    } else return atom;
    if (this.peek() === "?") this.i++; // lazy: the same ways to split a run
    return { type: "repeat", body: atom, min, max };
  }

  private atom(): Node {
    const c = this.source[this.i++];
    switch (c) {
      case "^":
        return { type: "start" };
      case "$":
        return { type: "assertion" };
      case ".":
        return { type: "chars", set: this.dotAll ? ALL : complement(LINE_TERMINATORS) };
      case "[":
        return { type: "chars", set: this.klass() };
      case "(": {
        let lookaround = false;
        if (this.source.startsWith("?:", this.i)) this.i += 2;
        else if (/^\?<?[=!]/.test(this.source.slice(this.i, this.i + 3))) {
          lookaround = true;
          this.i += this.source[this.i + 1] === "<" ? 3 : 2;
        } else if (this.source.startsWith("?<", this.i))
          this.i = this.source.indexOf(">", this.i) + 1;
        const body = this.alternation();
        if (this.source[this.i++] !== ")") throw new Error("unclosed group");
        return { type: "group", body, lookaround };
      }
      case "\\":
        return this.escape(false) as Node;
      case undefined:
        throw new Error("unexpected end");
      default: {
        const cp = this.source.codePointAt(this.i - 1) ?? 0;
        if (cp > 0xffff) this.i++;
        return { type: "chars", set: range(cp, cp) };
      }
    }
  }

  /** An escape after `\`: a set, or an assertion (`\b`) outside a class. */
  private escape(inClass: boolean): Node | CharSet {
    const c = this.source[this.i++] ?? "";
    const sets: Record<string, CharSet> = {
      d: DIGIT,
      D: complement(DIGIT),
      w: WORD,
      W: complement(WORD),
      s: SPACE,
      S: complement(SPACE),
    };
    const simple: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11, "0": 0 };
    let set: CharSet;
    if (sets[c] !== undefined) set = sets[c];
    else if (simple[c] !== undefined) set = range(simple[c], simple[c]);
    else if ((c === "b" || c === "B") && !inClass) return { type: "assertion" };
    else if (c === "b") set = range(8, 8);
    else if (c === "x" || c === "u") {
      const m = /^\{([0-9a-fA-F]+)\}|^[0-9a-fA-F]{4}|^[0-9a-fA-F]{2}/.exec(
        this.source.slice(this.i),
      );
      const hex = c === "x" ? this.source.slice(this.i, this.i + 2) : (m?.[1] ?? m?.[0] ?? "");
      this.i += c === "x" ? 2 : (m?.[0].length ?? 0);
      const cp = Number.parseInt(hex, 16);
      set = range(cp, cp);
    } else if (c === "p" || c === "P" || c === "k" || /[1-9]/.test(c)) {
      // Unicode properties and back-references: any character, as far as this screen knows.
      if (c === "p" || c === "P" || c === "k")
        this.i = this.source.indexOf(c === "k" ? ">" : "}", this.i) + 1;
      set = ALL;
    } else {
      const cp = this.source.codePointAt(this.i - 1) ?? 0;
      set = range(cp, cp);
    }
    return inClass ? set : { type: "chars", set };
  }

  private klass(): CharSet {
    const negated = this.peek() === "^";
    if (negated) this.i++;
    const parts: CharSet[] = [];
    while (this.peek() !== "]") {
      if (this.peek() === undefined) throw new Error("unclosed class");
      const lo = this.classAtom();
      if (
        this.peek() === "-" &&
        this.source[this.i + 1] !== "]" &&
        lo.length === 1 &&
        lo[0]?.[0] === lo[0]?.[1]
      ) {
        this.i++;
        const hi = this.classAtom();
        parts.push(range(lo[0]?.[0] ?? 0, hi[0]?.[1] ?? 0));
      } else parts.push(lo);
    }
    this.i++;
    const set = union(...parts);
    return negated ? complement(set) : set;
  }

  private classAtom(): CharSet {
    const c = this.source[this.i++];
    if (c === "\\") return this.escape(true) as CharSet;
    const cp = this.source.codePointAt(this.i - 1) ?? 0;
    if (cp > 0xffff) this.i++;
    return range(cp, cp);
  }
}

/** Parses a pattern (the text between the slashes) with its flags. */
export function parsePattern(source: string, flags: string): Node {
  return new Parser(source, flags.includes("s")).parse();
}
