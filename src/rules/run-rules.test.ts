import { describe, expect, it } from "vitest";
import type { Disclosure } from "../disclosure";
import { henan2024 } from "../templates";
import { runRules } from "./check";
import { buildContext } from "./context";
import type { TextCoverage } from "./coverage";
import { henan2024Profile } from "./profiles";
import type { Finding, Profile, Rule, RuleResult, Severity } from "./types";

/**
 * How the report is assembled from the rules' results (`runRules`), with stub rules on a small
 * context: severities as the profile sets them, findings a rule reports under another rule's id,
 * the outcome lines' counts, the cells no rule reached and the texts' coverage.
 */

const disclosure: Disclosure = {
  meta: {
    year: 2024,
    documentKind: "单位",
    template: "henan2024",
    department: { name: "某单位" },
    units: [],
  },
  tables: [
    {
      kind: "sanGong",
      unit: "万元",
      rows: [{ key: { kind: "single" }, cells: { total: "6.50", abroad: "", reception: "2.50" } }],
    },
  ],
  texts: [],
};
const ctx = () => buildContext(disclosure, henan2024, undefined, henan2024Profile.definitions);
const TOTAL = { table: "sanGong", row: "single", column: "total", raw: "6.50" };
const RECEPTION = { table: "sanGong", row: "single", column: "reception", raw: "2.50" };

const finding = (
  ruleId: string,
  severity: Severity,
  outcome: Finding["outcome"] = "fail",
): Finding => ({
  ruleId,
  severity,
  outcome,
  params: {},
  evidence: [],
});
/** A rule whose check returns `result(severity)`: the severity it was asked to judge at. */
const rule = (
  id: string,
  severity: Severity,
  result: (s: Severity) => Partial<RuleResult>,
): Rule => ({
  id,
  severity,
  domain: "test",
  reads: [],
  title: { "zh-CN": id, en: id },
  message: () => ({ "zh-CN": id, en: id }),
  check: (_, s) => ({ outcome: "pass", findings: [], checked: [], ...result(s) }),
});
const profile = (rules: Rule[], severities?: Profile["severities"]): Profile => ({
  id: "test",
  rules,
  definitions: henan2024Profile.definitions,
  ...(severities === undefined ? {} : { severities }),
});

describe("runRules", () => {
  it("runs each rule at its default severity, in profile order, counting its findings", () => {
    const seen: Severity[] = [];
    const r = runRules(ctx(), {
      template: henan2024,
      profile: profile([
        rule("a", "warning", (s) => {
          seen.push(s);
          return { outcome: "fail", findings: [finding("a", s), finding("a", s)] };
        }),
        rule("b", "error", (s) => {
          seen.push(s);
          return {};
        }),
      ]),
    });
    expect(seen).toEqual(["warning", "error"]);
    expect(r.outcomes).toEqual([
      { ruleId: "a", severity: "warning", outcome: "fail", findings: 2 },
      { ruleId: "b", severity: "error", outcome: "pass", findings: 0 },
    ]);
    expect(r.locale).toBe("zh-CN");
  });

  it('"off": not run, not applicable, no findings', () => {
    let ran = false;
    const r = runRules(ctx(), {
      template: henan2024,
      locale: "en",
      profile: profile(
        [
          rule("a", "error", (s) => {
            ran = true;
            return { outcome: "fail", findings: [finding("a", s)] };
          }),
        ],
        { a: "off" },
      ),
    });
    expect(ran).toBe(false);
    expect(r.outcomes).toEqual([
      { ruleId: "a", severity: "off", outcome: "not-applicable", findings: 0 },
    ]);
    expect(r.findings).toEqual([]);
    expect(r.locale).toBe("en");
  });

  it('"info": the rule judges at its own severity, its findings are lowered to info, its outcome stands', () => {
    let judged: Severity | undefined;
    const r = runRules(ctx(), {
      template: henan2024,
      profile: profile(
        [
          rule("a", "error", (s) => {
            judged = s;
            return { outcome: "fail", findings: [finding("a", s), finding("a", "info")] };
          }),
        ],
        { a: "info" },
      ),
    });
    expect(judged).toBe("error");
    expect(r.findings.map((f) => f.severity)).toEqual(["info", "info"]);
    expect(r.outcomes).toEqual([{ ruleId: "a", severity: "info", outcome: "fail", findings: 2 }]);
  });

  it("a severity override is what the rule judges at", () => {
    const r = runRules(ctx(), {
      template: henan2024,
      profile: profile([rule("a", "error", (s) => ({ findings: [finding("a", s)] }))], {
        a: "warning",
      }),
    });
    expect(r.findings.map((f) => f.severity)).toEqual(["warning"]);
    expect(r.outcomes[0]?.severity).toBe("warning");
  });

  it("a finding under another rule's id follows that id's setting, and counts on its line", () => {
    const reporting = rule("a", "error", () => ({
      findings: [
        finding("b", "warning"),
        finding("c", "warning"),
        finding("d", "warning"),
        finding("e", "warning"),
      ],
    }));
    const r = runRules(ctx(), {
      template: henan2024,
      profile: profile(
        [
          reporting,
          rule("b", "warning", () => ({})),
          rule("c", "warning", () => ({})),
          rule("d", "warning", () => ({})),
        ],
        { b: "off", c: "info", d: "error" },
      ),
    });
    // b off: dropped; c info: lowered; d error: raised; e has no setting: as reported
    expect(r.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ["c", "info"],
      ["d", "error"],
      ["e", "warning"],
    ]);
    // the lines of c and d count them; a failure of d's (above info) makes its line fail, c's
    // lowered one was still a failure when found
    expect(r.outcomes.map((o) => [o.ruleId, o.outcome, o.findings])).toEqual([
      ["a", "pass", 0],
      ["b", "not-applicable", 0],
      ["c", "fail", 1],
      ["d", "fail", 1],
    ]);
  });

  it("an info finding or an insufficient-data one makes no line fail", () => {
    const r = runRules(ctx(), {
      template: henan2024,
      profile: profile([
        rule("a", "error", () => ({
          findings: [finding("b", "info"), finding("b", "error", "insufficient-data")],
        })),
        rule("b", "error", () => ({ outcome: "insufficient-data" })),
      ]),
    });
    expect(r.outcomes.map((o) => [o.ruleId, o.outcome, o.findings])).toEqual([
      ["a", "pass", 0],
      ["b", "insufficient-data", 2],
    ]);
  });

  it("lists the printed cells no rule reached, blanks left out", () => {
    const none = runRules(ctx(), { template: henan2024, profile: profile([]) });
    expect(none.unconstrained).toEqual([TOTAL, RECEPTION]);
    const r = runRules(ctx(), {
      template: henan2024,
      profile: profile([rule("a", "error", () => ({ checked: [{ ...TOTAL }] }))]),
    });
    expect(r.unconstrained).toEqual([RECEPTION]);
  });

  it("the first rule reporting a text section's coverage speaks for it", () => {
    const text = (figures: number): TextCoverage => ({
      section: "说明",
      figures,
      placed: figures,
      notUnderstood: 0,
      gaps: [],
    });
    const r = runRules(ctx(), {
      template: henan2024,
      profile: profile([
        rule("a", "error", () => ({ texts: [text(3)] })),
        rule("b", "error", () => ({ texts: [text(5), { ...text(1), section: "其他" }] })),
      ]),
    });
    expect(r.coverage.texts.map((t) => [t.section, t.figures])).toEqual([
      ["说明", 3],
      ["其他", 1],
    ]);
  });
});
