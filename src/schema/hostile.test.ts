/**
 * The JSON reader on hostile input (issue 11): deep nesting, Proxies, throwing getters,
 * duplicate keys; the caller's value is never frozen or changed; `__proto__` is refused
 * consistently from the builder to the text and back.
 */
import { describe, expect, it } from "vitest";
import { type Disclosure, tableBuilder } from "../disclosure";
import { henan2024 } from "../templates";
import type { SchemaIssue } from "./issues";
import { parseLedgerJson } from "./ledger";
import { formatSchemaIssue } from "./messages";
import { parseDisclosure, parseDisclosureJson } from "./parse";
import { stringifyDisclosure } from "./serialize";

const META = {
  year: 2024,
  documentKind: "单位",
  template: "henan2024",
  department: { name: "某单位" },
  units: [],
} as const;

const doc = (extra: Record<string, unknown> = {}) => ({
  format: "yusuan.disclosure",
  version: 1,
  meta: META,
  tables: [],
  texts: [],
  ...extra,
});

function issues(r: { ok: boolean; error?: readonly SchemaIssue[] }): readonly SchemaIssue[] {
  if (r.ok || r.error === undefined) throw new Error("expected issues");
  return r.error;
}

const nested = (depth: number, open: string, close: string, inner = "1") =>
  `${open.repeat(depth)}${inner}${close.repeat(depth)}`;

describe("nesting of any depth", () => {
  it.each([
    ["arrays", "[", "]"],
    ["objects", '{"a":', "}"],
  ])(
    "10⁴-deep %s in a text are one too-deep issue, where the level beyond opens",
    (_, open, close) => {
      const text = JSON.stringify(doc()).replace(
        '"meta":{',
        `"meta":${nested(10_000, open, close)},"x":{`,
      );
      const found = issues(parseDisclosureJson(text));
      // The document's own brace is level 1: the 64th nested bracket opens level 65.
      const at = text.indexOf(open) + 63 * open.length;
      expect(found).toEqual([{ code: "too-deep", path: [], maximum: 64, offset: at }]);
      expect(formatSchemaIssue(found[0] as SchemaIssue)).toContain("64");
      expect(formatSchemaIssue(found[0] as SchemaIssue, "en")).toContain(`character ${at}`);
    },
  );

  it("brackets inside strings do not count; 64 levels are read", () => {
    const inString = JSON.stringify(doc({ x: "[".repeat(1_000) }));
    expect(issues(parseDisclosureJson(inString)).map((i) => i.code)).toEqual(["unknown-key"]);
    const escaped = JSON.stringify(doc({ x: '\\"[[[[' }));
    expect(issues(parseDisclosureJson(escaped)).map((i) => i.code)).toEqual(["unknown-key"]);
    // The document is level 1; 63 more arrays reach 64.
    const withX = (depth: number) =>
      JSON.stringify(doc({ x: 0 })).replace('"x":0', `"x":${nested(depth, "[", "]")}`);
    const limit = issues(parseDisclosureJson(withX(63)));
    expect(limit.map((i) => i.code)).toEqual(["unknown-key"]);
    const beyond = issues(parseDisclosureJson(withX(64)));
    expect(beyond.map((i) => i.code)).toEqual(["too-deep"]);
  });

  it("a 10⁵-deep text is one issue at the root; so is a deep ledger text", () => {
    const found = issues(parseDisclosureJson(nested(100_000, "[", "]")));
    expect(found.map((i) => [i.code, i.path])).toEqual([["too-deep", []]]);
    const ledger = parseLedgerJson(nested(100_000, '{"a":', "}"));
    expect(ledger.ok ? [] : ledger.error.map((i) => i.code)).toEqual(["too-deep"]);
  });

  it("a deep JavaScript value, and a cycle, are read without recursion", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 20_000; i++) deep = { a: deep };
    expect(issues(parseDisclosure(doc({ meta: deep }))).map((i) => i.path)).toContainEqual([
      "meta",
      "a",
    ]);
    const cycle: Record<string, unknown> = { ...doc() };
    cycle.self = cycle;
    expect(issues(parseDisclosure(cycle))).toEqual([
      { code: "unknown-key", path: ["self"], key: "self", suggestions: [] },
    ]);
  });
});

describe("values that throw when read", () => {
  it("a throwing getter is an unreadable issue at its path", () => {
    const meta = {
      ...META,
      get year(): number {
        throw new Error("no year today");
      },
    };
    expect(issues(parseDisclosure(doc({ meta })))).toEqual([
      { code: "unreadable", path: ["meta", "year"], detail: "Error: no year today" },
    ]);
  });

  it("a Proxy whose traps throw, and a revoked Proxy, are unreadable", () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new RangeError("keys");
        },
        get() {
          throw new RangeError("get");
        },
      },
    );
    expect(issues(parseDisclosure(hostile))).toEqual([
      { code: "unreadable", path: [], detail: "RangeError: keys" },
    ]);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const found = issues(parseDisclosure(doc({ tables: [proxy] })));
    expect(found.map((i) => [i.code, i.path])).toEqual([["unreadable", ["tables", 0]]]);
  });

  it("a well-behaved Proxy reads like the object it stands for", () => {
    const r = parseDisclosure(new Proxy(doc(), {}));
    expect(r.ok).toBe(true);
  });
});

describe("duplicate keys in the JSON text", () => {
  it("are reported with their paths, at any depth, compared decoded", () => {
    const text =
      '{"format":"yusuan.disclosure","version":1,"meta":{"year":2024,"year":2025,"documentKind":"单位",' +
      '"template":"henan2024","department":{"name":"x"},"units":[]},"tables":[{"kind":"sanGong","unit":"万元",' +
      '"rows":[{"key":{"kind":"single"},"cells":{"total":"1.00","tot\\u0061l":"2.00"}}]}],"texts":[],"texts":[]}';
    expect(issues(parseDisclosureJson(text))).toEqual([
      { code: "duplicate-key", path: ["meta", "year"], key: "year" },
      { code: "duplicate-key", path: ["tables", 0, "rows", 0, "cells", "total"], key: "total" },
      { code: "duplicate-key", path: ["texts"], key: "texts" },
    ]);
  });

  it("are not confused by keys in strings, escaped quotes or equal keys in other objects", () => {
    const text = JSON.stringify(
      doc({
        texts: [
          { title: 'a "title": x', body: '{"title":"y"}' },
          { title: "b", body: "\\" },
        ],
      }),
    );
    expect(parseDisclosureJson(text).ok).toBe(true);
  });

  it("render in both locales", () => {
    const [issue] = issues(parseDisclosureJson('{"a":1,"a":2}'));
    expect(issue).toEqual({ code: "duplicate-key", path: ["a"], key: "a" });
    if (issue === undefined) return;
    expect(formatSchemaIssue(issue, "en")).toBe(
      'a: the key "a" appears twice in one object (JSON keeps only the last)',
    );
    expect(formatSchemaIssue(issue)).toContain("出现了两次");
  });
});

describe("the caller's value", () => {
  it("is neither frozen nor changed, whether it reads or not", () => {
    const good = JSON.parse(JSON.stringify(doc())) as Record<string, unknown>;
    const list = ["a", "list"];
    const bad = doc({ tables: { not: list } });
    const before = [JSON.stringify(good), JSON.stringify(bad)];
    const read = parseDisclosure(good);
    const refused = parseDisclosure(bad);
    expect(read.ok).toBe(true);
    expect(refused.ok).toBe(false);
    expect([JSON.stringify(good), JSON.stringify(bad)]).toEqual(before);
    const objects = [good, good.meta, good.tables, bad, bad.tables, list];
    expect(objects.filter((o) => Object.isFrozen(o))).toEqual([]);
    // The issues and the value read are the library's own, frozen.
    expect(Object.isFrozen(issues(refused)[0]?.path)).toBe(true);
    if (read.ok) expect(Object.isFrozen(read.value.meta.department)).toBe(true);
  });
});

describe("a cell keyed __proto__, from builder to text and back", () => {
  it("is refused at the builder, and the text it writes is refused the same way", () => {
    const cells = Object.fromEntries([
      ["total", "1.00"],
      ["__proto__", "1.00"],
    ]);
    const built = tableBuilder(henan2024, "sanGong").single(cells).build();
    expect(built.problems.map((p) => p.code)).toEqual(["reserved-key"]);
    const disclosure: Disclosure = { meta: META, tables: [built.value], texts: [] };
    const text = stringifyDisclosure(disclosure);
    expect(text).toContain('"__proto__"');
    expect(issues(parseDisclosureJson(text)).map((i) => [i.code, i.path])).toEqual([
      ["reserved-key", ["tables", 0, "rows", 0, "cells", "__proto__"]],
    ]);
  });
});

describe("not text at all", () => {
  it("parseDisclosureJson on a value that is no string is one invalid-json issue", () => {
    const found = issues(parseDisclosureJson(42 as unknown as string));
    expect(found.map((i) => [i.code, i.path])).toEqual([["invalid-json", []]]);
  });
});
