import { describe, expect, it } from "vitest";
import { type Disclosure, stageOf } from "../disclosure";
import { validateDisclosure } from "../disclosure/builder-validate";
import { parseDisclosureJson, stringifyDisclosure } from "../schema";
import { final2024 } from "./template";

const base: Disclosure = {
  meta: {
    year: 2024,
    documentKind: "部门",
    template: "final2024",
    department: { name: "上海市普陀区财政局" },
    units: [],
  },
  tables: [],
  texts: [],
};
const final: Disclosure = { ...base, meta: { ...base.meta, stage: "决算" } };

describe("the stage of a disclosure", () => {
  it("is 预算 when the meta does not say, 决算 when it does", () => {
    expect(stageOf(base.meta)).toBe("预算");
    expect(stageOf(final.meta)).toBe("决算");
  });

  it("travels through JSON, and a document without it reads back without it", () => {
    const text = stringifyDisclosure(final);
    expect(JSON.parse(text).meta.stage).toBe("决算");
    const back = parseDisclosureJson(text);
    expect(back.ok && back.value.meta.stage).toBe("决算");
    const plain = parseDisclosureJson(stringifyDisclosure(base));
    expect(plain.ok && "stage" in plain.value.meta).toBe(false);
  });

  it("is one of 预算 / 决算 in JSON: anything else is a schema issue", () => {
    const text = stringifyDisclosure(final).replace('"决算"', '"final"');
    const r = parseDisclosureJson(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.some((i) => i.path.join(".") === "meta.stage")).toBe(true);
  });

  it("is kept by the builders' validation", () => {
    const r = validateDisclosure(final, final2024);
    expect(r.ok && r.value.meta.stage).toBe("决算");
  });
});

describe("a stage that is neither 预算 nor 决算", () => {
  it("is an invalid-value build problem at meta.stage, naming the two stages", () => {
    const odd = { ...final, meta: { ...final.meta, stage: "final" } } as unknown as Disclosure;
    const r = validateDisclosure(odd, final2024);
    expect(r.ok).toBe(false);
    expect(
      r.problems.map((p) => [p.code, p.path.join("."), "expected" in p ? p.expected : []]),
    ).toContainEqual(["invalid-value", "meta.stage", ["预算", "决算"]]);
  });
});
