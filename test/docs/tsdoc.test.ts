/**
 * Every symbol every package entry exports (through re-exports and aliases) has a TSDoc comment
 * with a summary and an `@example` holding a ```ts block (which ./examples.test.ts runs). Nothing
 * is exempt: what is internal must not be exported.
 */
import ts from "typescript";
import { describe, expect, it } from "vitest";
import {
  codeBlocks,
  ENTRIES,
  entryProgram,
  exampleSections,
  exportedSymbols,
  jsDocTexts,
} from "./support";

const program = entryProgram();
const checker = program.getTypeChecker();
const symbols = exportedSymbols(program);

describe("TSDoc of the exports", () => {
  for (const entry of Object.keys(ENTRIES)) {
    it(`${entry} exports something`, () => {
      expect(symbols.some((s) => s.entry === entry)).toBe(true);
    });
  }

  for (const { entry, name, symbol, where } of symbols) {
    it(`${entry} › ${name} (${where}) has a summary and an @example`, () => {
      const summary = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
      const tags = symbol.getJsDocTags(checker).map((t) => t.name);
      const blocks = jsDocTexts(symbol)
        .flatMap(exampleSections)
        .flatMap((section) => codeBlocks(section));
      expect(summary, "summary").not.toBe("");
      expect(tags, "block tags").toContain("example");
      expect(blocks.length, "```ts blocks in @example").toBeGreaterThan(0);
    });
  }
});
