/**
 * A budget 情况说明 copied out of a PDF (paragraphs broken at the page's line ends, page numbers
 * between lines) against the same text a paragraph a line: where the text keeps its paragraphs'
 * indents the claims read and the findings are the same; where it keeps none, nothing is found
 * that the unbroken text does not show (a line broken right after a `。` or `：` may leave a claim
 * unread). A text whose paragraph breaks were lost (one line) is split again at its headings and
 * numbered items.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import { extractClaims } from "../src/narrative";
import {
  type CheckReport,
  checkDisclosure,
  henan2024Profile,
  type Profile,
  shanghaiProfile,
} from "../src/rules";
import { henan2024, shanghai, type Template } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { shanghaiFinance2025Fixture } from "./fixtures/shanghai-finance-2025";
import { shanghaiWelfare2024Fixture } from "./fixtures/shanghai-welfare-2024";
import type { DisclosureFixture } from "./fixtures/types";
import { fixtureDisclosure } from "./support/disclosures";
import { wrapped } from "./support/wrap";

const FIXTURES: readonly (readonly [string, DisclosureFixture, Template, Profile])[] = [
  ["Henan 2024", henan2024Fixture, henan2024, henan2024Profile],
  ["上海市财政局 2025", shanghaiFinance2025Fixture, shanghai, shanghaiProfile],
  ["普陀区福利院 2024", shanghaiWelfare2024Fixture, shanghai, shanghaiProfile],
];

/** The claims read, without where they were printed (offsets change with the breaks). */
const claims = (text: string): string[] =>
  extractClaims(text)
    .claims.map((c) => JSON.stringify({ ...c, span: undefined }))
    .sort();

describe.each(FIXTURES)(
  "the %s 情况说明 broken into a PDF's lines",
  (_, fixture, template, profile) => {
    const check = (narrative: string): CheckReport =>
      checkDisclosure(fixtureDisclosure({ ...fixture, narrative }, template).disclosure, {
        profile,
        template,
        catalog: catalog2024,
      });
    const findings = (r: CheckReport): string[] =>
      r.findings
        .filter((f) => f.ruleId.startsWith("narrative."))
        .map((f) => `${f.severity} ${f.ruleId} ${String(f.params.kind ?? "")}`)
        .sort();
    const text = fixture.narrative;
    const read = claims(text);
    const whole = findings(check(text));

    it("reads claims of its own unbroken (so their equality below says something)", () => {
      expect(read.length).toBeGreaterThan(10);
    });

    it.each([17, 23, 29, 37, 44])(
      "indented, %i characters a line, page numbers: the same",
      (chars) => {
        for (const pages of [0, 9]) {
          const broken = wrapped(text, chars, true, pages);
          expect(broken.split("\n").length).toBeGreaterThan(text.split("\n").length);
          expect(claims(broken)).toEqual(read);
          expect(findings(check(broken))).toEqual(whole);
        }
        // a running header (the document's name) at each page's top, after its number
        const headed = wrapped(text, chars, true, 9, "某某部门2024年部门预算公开");
        expect(headed.split("某某部门2024年部门预算公开").length).toBeGreaterThan(2);
        expect(claims(headed)).toEqual(read);
        expect(findings(check(headed))).toEqual(whole);
      },
    );

    it.each([23, 29, 37])(
      "indented, %i characters a line, a running header printed once (with or without a page's number) between any two lines: the same",
      (chars) => {
        const lines = wrapped(text, chars, true).split("\n");
        const furniture = [
          ["某某部门2024年部门预算"],
          ["— 3 —", "中共洛阳市涧西区委办公室2024年部门预算"],
          ["2024年度部门预算公开", "", "第3页，共5页", ""],
        ];
        for (const inserted of furniture)
          for (let k = 1; k < lines.length; k++) {
            if ((lines[k - 1] as string).trim() === "" || (lines[k] as string).trim() === "")
              continue;
            const paged = [...lines.slice(0, k), ...inserted, ...lines.slice(k)].join("\n");
            expect(claims(paged), `${inserted.join("/")} before line ${k}`).toEqual(read);
          }
      },
    );

    it.each(["", " "])("its paragraph breaks lost (joined with %j): nothing new found", (glue) => {
      const before = [...whole];
      const joined = text
        .split("\n")
        .map((l) => l.trim())
        .join(glue);
      const added = findings(check(joined)).filter((f) => {
        const at = before.indexOf(f);
        if (at < 0) return true;
        before.splice(at, 1);
        return false;
      });
      expect(added).toEqual([]);
    });

    it.each([17, 23, 29, 37, 44])(
      "no indents, %i characters a line: nothing new found",
      (chars) => {
        const before = [...whole];
        const added = findings(check(wrapped(text, chars, false, 9))).filter((f) => {
          const at = before.indexOf(f);
          if (at < 0) return true;
          before.splice(at, 1);
          return false;
        });
        expect(added).toEqual([]);
      },
    );
  },
);

describe.each([
  ["Henan 2024", henan2024Fixture],
  ["上海市财政局 2025", shanghaiFinance2025Fixture],
] as const)("the %s 情况说明 in one line (headings and items run together)", (_, fixture) => {
  it("gives the claims of the text a paragraph a line", () => {
    const text = fixture.narrative;
    const joined = text
      .split("\n")
      .map((l) => l.trim())
      .join("");
    expect(claims(joined)).toEqual(claims(text));
  });
});
