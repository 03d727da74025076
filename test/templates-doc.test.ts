import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { templatesReference } from "../scripts/templates-doc";
import { final2024 } from "../src/final";
import { henan2024, nationalMinimum, shanghai, type Template } from "../src/templates";

const TEMPLATES: readonly Template[] = [henan2024, shanghai, nationalMinimum, final2024];

describe("docs/templates.md", () => {
  it("is generated from the template data and up to date (run `npm run gen:templates`)", () => {
    const committed = readFileSync(new URL("../docs/templates.md", import.meta.url), "utf8");
    expect(committed).toBe(templatesReference(TEMPLATES));
  });

  it("has a section for every table kind of every template, with every column key and line id", () => {
    const doc = templatesReference(TEMPLATES);
    for (const t of TEMPLATES)
      for (const kind of t.tables) {
        const start = doc.indexOf(`### \`${t.id}.${kind.id}\``);
        expect(start, `${t.id}.${kind.id}`).toBeGreaterThanOrEqual(0);
        const end = doc.indexOf("\n### ", start + 1);
        const section = doc.slice(start, end < 0 ? undefined : end);
        for (const c of kind.columns) expect(section).toContain(`| \`${c.key}\` |`);
        for (const l of kind.lines ?? []) expect(section).toContain(`| \`${l.id}\` |`);
        for (const h of kind.columns.flatMap((c) => c.headers)) expect(section).toContain(h);
        expect(section).toContain(kind.rowKinds.map((r) => `\`${r}\``).join(", "));
      }
  });
});
