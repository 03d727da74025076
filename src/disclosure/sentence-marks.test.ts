import { describe, expect, it } from "vitest";
import {
  FULL_STOP_MARKS,
  SENTENCE_ENDS,
  SENTENCE_MARKS,
  STATEMENT_MARKS,
  splitClauses,
  splitSentences,
} from "./sentence-marks";

describe("splitSentences", () => {
  it("cuts at every sentence mark, full- or half-width, and at a line break", () => {
    expect(splitSentences("本表无数据。故为空表；如有!另\n行？")).toEqual([
      "本表无数据",
      "故为空表",
      "如有",
      "另",
      "行",
      "",
    ]);
  });

  it("keeps a clause's comma and gives what String.split gives on the same marks", () => {
    const text = "本单位无此项支出，故本表无数据。。说明;尾";
    const pattern = new RegExp(`[${SENTENCE_ENDS}]`, "u");
    expect(splitSentences(text)).toEqual(text.split(pattern));
    expect(splitSentences("")).toEqual([""]);
  });
});

describe("splitClauses", () => {
  it("cuts at a comma as well as where a sentence ends", () => {
    expect(splitClauses("本单位无此项支出，故本表无数据。注,空表")).toEqual([
      "本单位无此项支出",
      "故本表无数据",
      "注",
      "空表",
    ]);
  });
});

describe("the marks", () => {
  it("a sentence ends at a full stop, !, ? or a statement's ；, either width; a full stop is no ；", () => {
    expect([...SENTENCE_MARKS].sort()).toEqual([..."。；;！!？?"].sort());
    expect([...STATEMENT_MARKS].sort()).toEqual([";", "；"]);
    for (const c of STATEMENT_MARKS) expect(FULL_STOP_MARKS.includes(c)).toBe(false);
  });
});
