/**
 * The fixtures as whole documents: their tables (through `fixtureDisclosure`), their encoded
 * 情况说明, and the other text sections of the published document (cover, table of contents,
 * duties, structure, glossary) cut from the fixture's text at test time (the library never reads
 * it).
 *
 * Exports: {@link wholeDocument}, {@link WHOLE_DOCUMENTS}.
 */
import type { Disclosure, TextSection } from "../../src/disclosure";
import { henan2024, shanghai, type Template } from "../../src/templates";
import { henan2024Fixture, henan2024TextFile } from "../fixtures/henan-2024";
import {
  shanghaiFinance2025Fixture,
  shanghaiFinance2025TextFile,
} from "../fixtures/shanghai-finance-2025";
import {
  shanghaiWelfare2024Fixture,
  shanghaiWelfare2024TextFile,
} from "../fixtures/shanghai-welfare-2024";
import type { DisclosureFixture } from "../fixtures/types";
import { fixtureDisclosure } from "./disclosures";
import { fixtureText } from "./fixture-text";

/**
 * A text section cut from the text: titled `title`, from the first `from` after the previous
 * cut (its body starts after it, or with it when `keep`) up to the next `to`. `narrative` stands
 * for the fixture's encoded 情况说明.
 */
export type Cut =
  | { readonly title: string; readonly from: string; readonly to: string; readonly keep?: boolean }
  | { readonly title: string; readonly narrative: true };

/** A fixture with the text sections of its published document. */
export function wholeDocument(
  fixture: DisclosureFixture,
  template: Template,
  file: string,
  cuts: readonly Cut[],
): Disclosure {
  const text = fixtureText(file);
  const texts: TextSection[] = [];
  let at = 0;
  for (const cut of cuts) {
    if ("narrative" in cut) {
      texts.push({ title: cut.title, body: fixture.narrative });
      continue;
    }
    const i = text.indexOf(cut.from, at);
    const j = text.indexOf(cut.to, i + cut.from.length);
    if (i < 0 || j < 0) throw new Error(`no ${cut.from} … ${cut.to} in ${file}`);
    texts.push({ title: cut.title, body: text.slice(cut.keep ? i : i + cut.from.length, j) });
    at = j;
  }
  return { ...fixtureDisclosure(fixture, template).disclosure, texts };
}

const HENAN_NAME = "中国共产党洛阳市涧西区委员会办公室";

/** The three fixtures as published: tables and every text section. */
export const WHOLE_DOCUMENTS = {
  henan: () =>
    wholeDocument(henan2024Fixture, henan2024, henan2024TextFile, [
      { title: `${HENAN_NAME}概况`, from: `${HENAN_NAME}概况`, to: " 第二部分" },
      { title: "情况说明", narrative: true },
      { title: "名词解释", from: "名词解释", to: "附件：" },
    ]),
  welfare: () =>
    wholeDocument(shanghaiWelfare2024Fixture, shanghai, shanghaiWelfare2024TextFile, [
      { title: "封面", from: "上海市普陀区社会福利院2024年单位预算", to: "目  录", keep: true },
      { title: "目  录", from: "目  录", to: "  上海市普陀区社会福利院主要职能" },
      {
        title: "上海市普陀区社会福利院主要职能",
        from: "上海市普陀区社会福利院主要职能",
        to: "  上海市普陀区社会福利院机构设置",
      },
      {
        title: "上海市普陀区社会福利院机构设置",
        from: "上海市普陀区社会福利院机构设置",
        to: "  名词解释",
      },
      { title: "名词解释", from: "名词解释", to: "  2024年单位预算编制说明" },
      { title: "情况说明", narrative: true },
    ]),
  finance: () =>
    wholeDocument(shanghaiFinance2025Fixture, shanghai, shanghaiFinance2025TextFile, [
      { title: "封面", from: "上海市2025年市级单位预算", to: "目  录", keep: true },
      { title: "目  录", from: "目  录", to: "  上海市财政局（单位）主要职能" },
      {
        title: "上海市财政局（单位）主要职能",
        from: "上海市财政局（单位）主要职能",
        to: "  上海市财政局（单位）机构设置",
      },
      {
        title: "上海市财政局（单位）机构设置",
        from: "上海市财政局（单位）机构设置",
        to: "  名词解释",
      },
      { title: "名词解释", from: "名词解释", to: "  2025年单位预算编制说明" },
      { title: "情况说明", narrative: true },
    ]),
} as const;
