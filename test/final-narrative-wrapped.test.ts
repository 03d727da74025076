/**
 * A 决算 情况说明 copied out of a PDF, its paragraphs broken where the page's lines end (inside
 * sentences, words, numbers and units), checked against the same text a paragraph a line: the
 * reader joins the lines first, so the reading and the findings are the same; where the text keeps
 * no indents, a line the page broke right after a `。` cannot be told from a paragraph's end and a
 * statement may go unread (a gap), but nothing is found that the unbroken text does not show. A
 * page's number between two lines of a paragraph (`- 3 -`) is passed over, and so is a running header
 * next to it, printed once and spaced (`普陀区委社会工作部 2024 年度部门决算`). A text whose paragraph
 * breaks were lost altogether (one line) is split again at its headings and numbered items.
 */
import { describe, expect, it } from "vitest";
import { readFinalNarrative } from "../src/final";
import type { CheckReport } from "../src/rules";
import type { DisclosureFixture } from "./fixtures/types";
import { FINANCE, finalReport, PLANNING, SOCIAL } from "./support/final-narrative";
import { wrapped } from "./support/wrap";

const narrativeOf = (fixture: DisclosureFixture): string => fixture.narrative;

/** The 决算 text findings as `severity rule kind`, sorted. */
const findings = (r: CheckReport): string[] =>
  r.findings
    .filter((f) => f.ruleId.startsWith("final.narrative."))
    .map((f) => `${f.severity} ${f.ruleId} ${String(f.params.kind)}`)
    .sort();

const placed = (r: CheckReport): number[] => (r.coverage.texts ?? []).map((t) => t.placed);

/** The reading without the paragraphs' own text (a paragraph joined from lines loses spaces). */
const reading = (text: string): unknown =>
  JSON.parse(
    JSON.stringify(readFinalNarrative(text), (k, v: unknown) => (k === "text" ? undefined : v)),
  );

const FIXTURES = [
  ["finance", FINANCE],
  ["planning", PLANNING],
  ["social", SOCIAL],
] as const;
const WIDTHS = [13, 17, 23, 29, 37, 44, 52];

describe.each(FIXTURES)("the %s 决算's 情况说明 broken into a PDF's lines", (_, fixture) => {
  const text = narrativeOf(fixture);
  const whole = finalReport(fixture, text);

  it("has findings of its own unbroken (so their equality below says something)", () => {
    expect(findings(whole).length).toBeGreaterThan(0);
  });

  it.each(WIDTHS)(
    "indented paragraphs, %i characters a line: same reading, findings, coverage",
    (chars) => {
      const broken = wrapped(text, chars, true);
      expect(broken.split("\n").length).toBeGreaterThan(text.split("\n").length * 1.5);
      expect(reading(broken)).toEqual(reading(text));
      const r = finalReport(fixture, broken);
      expect(findings(r)).toEqual(findings(whole));
      expect(placed(r)).toEqual(placed(whole));
    },
  );

  it.each(WIDTHS)("and a page's number every 9 lines, %i characters a line: the same", (chars) => {
    const broken = wrapped(text, chars, true, 9);
    expect(broken).toContain("\n\n- 1 -\n\n");
    expect(broken).toContain("\n- 2 -\n");
    expect(reading(broken)).toEqual(reading(text));
    const r = finalReport(fixture, broken);
    expect(findings(r)).toEqual(findings(whole));
    expect(placed(r)).toEqual(placed(whole));
  });

  it.each(WIDTHS)(
    "and a running header after each page's number, %i characters a line: the same",
    (chars) => {
      const header = "上海市普陀区某局2024年度部门决算";
      const broken = wrapped(text, chars, true, 9, header);
      expect(broken.split(header).length).toBeGreaterThan(3);
      expect(reading(broken)).toEqual(reading(text));
      const r = finalReport(fixture, broken);
      expect(findings(r)).toEqual(findings(whole));
      expect(placed(r)).toEqual(placed(whole));
    },
  );

  it.each([
    ["2024年度部门决算公开", 23],
    ["2024年度部门决算公开", 37],
    ["2024年部门决算", 29],
    ["上海市普陀区某局2024年度部门决算", 44],
  ] as const)(
    "and a running header %j with no page's number, every 11 lines, %i characters a line: the same",
    (header, chars) => {
      const broken = wrapped(text, chars, true)
        .split("\n")
        .flatMap((l, k) => (k > 0 && k % 11 === 0 ? [header, l] : [l]))
        .join("\n");
      expect(broken.split(header).length).toBeGreaterThan(3);
      expect(reading(broken)).toEqual(reading(text));
      const r = finalReport(fixture, broken);
      expect(findings(r)).toEqual(findings(whole));
      expect(placed(r)).toEqual(placed(whole));
    },
  );

  it.each([
    ["普陀区委社会工作部 2024 年度部门决算", 23, "before"],
    ["2024 年度部门决算公开", 37, "before"],
    ["上海市普陀区某局 2024年度 部门决算", 29, "after"],
    ["某某局2024 年度部门决算", 44, "before"],
  ] as const)(
    "and a running header %j printed once, spaced, %i characters a line, its page's number %s it: the same",
    (header, chars, side) => {
      const lines = wrapped(text, chars, true).split("\n");
      // a page broken inside a paragraph, halfway through the text
      const at = lines.findIndex((l, k) => k > lines.length / 2 && !l.endsWith("。"));
      const page = side === "before" ? ["", "- 4 -", "", header] : [header, "", "- 4 -", ""];
      const broken = [...lines.slice(0, at + 1), ...page, ...lines.slice(at + 1)].join("\n");
      expect(reading(broken)).toEqual(reading(text));
      const r = finalReport(fixture, broken);
      expect(findings(r)).toEqual(findings(whole));
      expect(placed(r)).toEqual(placed(whole));
    },
  );

  it.each(WIDTHS)(
    "no indents, %i characters a line: nothing found the unbroken text does not show",
    (chars) => {
      const r = finalReport(fixture, wrapped(text, chars, false));
      const before = findings(whole);
      const added = findings(r).filter((f) => {
        const at = before.indexOf(f);
        if (at < 0) return true;
        before.splice(at, 1);
        return false;
      });
      expect(added).toEqual([]);
    },
  );

  it.each(["", " ", "　"])(
    "its paragraph breaks lost (lines joined with %j): nothing new found, coverage no wider",
    (glue) => {
      const joined = text
        .split("\n")
        .map((l) => l.trim())
        .join(glue);
      const r = finalReport(fixture, joined);
      const before = findings(whole);
      expect(findings(r).filter((f) => !before.includes(f))).toEqual([]);
      expect((r.coverage.texts ?? []).map((t) => t.figures)).toEqual(
        (whole.coverage.texts ?? []).map((t) => t.figures),
      );
      // every gap's offsets point at its figure in the joined text
      const section = r.coverage.texts?.find((t) => t.section === "情况说明");
      for (const gap of section?.gaps ?? [])
        expect(joined.slice(gap.start, gap.end).replace(/\s/g, "")).toBe(
          gap.text.replace(/\s/g, ""),
        );
    },
  );

  it("a gap's offsets point at its figure in the broken section", () => {
    const broken = wrapped(text, 23, true, 7);
    const r = finalReport(fixture, broken);
    const section = r.coverage.texts?.find((t) => t.section === "情况说明");
    expect(section?.gaps.length).toBeGreaterThan(0);
    const squeeze = (s: string) => s.replace(/\s/g, "");
    for (const gap of section?.gaps ?? [])
      expect(squeeze(broken.slice(gap.start, gap.end))).toBe(squeeze(gap.text));
  });
});

describe.each([
  ["planning", PLANNING],
  ["social", SOCIAL],
] as const)(
  "the %s 决算's 情况说明 in one line (its headings and items run together)",
  (_, fixture) => {
    it("reads as the text a paragraph a line: same findings, as many figures placed", () => {
      const text = fixture.narrative;
      const whole = finalReport(fixture, text);
      const r = finalReport(
        fixture,
        text
          .split("\n")
          .map((l) => l.trim())
          .join(""),
      );
      expect(findings(r)).toEqual(findings(whole));
      // a numbered item that names no 项 (七's, 十一's) stays in the paragraph before it: a figure
      // its reading holds may count as placed there
      const before = placed(whole);
      placed(r).forEach((n, k) => {
        expect(n).toBeGreaterThanOrEqual(before[k] as number);
        expect(n).toBeLessThanOrEqual((before[k] as number) + 1);
      });
    });
  },
);

describe("a numbered list within a sentence stays in its paragraph: the fixtures' errors still found", () => {
  it("五(二)'s classes numbered after 主要用于以下方面：", () => {
    const text = SOCIAL.narrative
      .replace(
        "主要用于以下方面：一般公共服务支出（类）",
        "主要用于以下方面：1、一般公共服务支出（类）",
      )
      .replace("；社会保障和就业支出（类）", "；2、社会保障和就业支出（类）")
      .replace("；卫生健康支出（类）", "；3、卫生健康支出（类）")
      .replace("；住房保障支出（类）", "；4、住房保障支出（类）");
    expect(text).toContain("；4、住房保障支出（类）");
    expect(findings(finalReport(SOCIAL, text))).toContain("warning final.narrative.share share");
  });

  it("an item's uses numbered after 主要用于：", () => {
    const text = PLANNING.narrative.replace(
      "主要用于：事业单位人员支出、公用支出、行政事业单位项目支出",
      "主要用于：1.事业单位人员支出；2.公用支出；3.行政事业单位项目支出",
    );
    expect(text).toContain("；3.行政事业单位项目支出");
    expect(findings(finalReport(PLANNING, text))).toContain(
      "warning final.narrative.budgetItems sum",
    );
  });
});

describe("a short text a page broke (a section of a few lines)", () => {
  const lines = [
    "四、财政拨款收入支出决算总体情况说明",
    "上海市普陀区规划和自然资源局 2024 年度财政拨",
    "款收入支出总计 9746.50 万元。与 2023 年度相",
    "比，财政拨款收入支出总计增加 1193.20 万元，",
    "增长 13.95%。主要原因：项目支出增加，较上一",
    "度增加 1133.95 万元，主要由于上海市普陀区自",
    "然资源确权登记事务中心办公大楼装修等。",
  ];

  it("of seven lines is joined: its 财政拨款收入支出总计 read and agreeing", () => {
    const text = lines.join("\n");
    expect(readFinalNarrative(text).fiscalTotal?.value).toBe("9746.50");
    expect(findings(finalReport(PLANNING, text)).filter((f) => !f.startsWith("info"))).toEqual([]);
  });

  it("of three lines (too few to tell a page) is not joined, and the broken name is no other total", () => {
    const text = lines.slice(0, 3).join("\n");
    expect(readFinalNarrative(text).total).toBeUndefined();
    expect(findings(finalReport(PLANNING, text)).filter((f) => !f.startsWith("info"))).toEqual([]);
  });
});
