/**
 * A 情况说明 as a PDF's text layer gives it: each paragraph broken every `chars` full-width
 * characters (an ASCII one is half as wide), its first line indented or not, and a page's number
 * every `pageLines` lines (between blank lines on odd pages, right between two lines on even ones),
 * followed by a running `header` (the document's name at the next page's top) where one is given.
 */
export function wrapped(
  text: string,
  chars: number,
  indent: boolean,
  pageLines = 0,
  header = "",
): string {
  const lines = text.split("\n").flatMap((paragraph) => {
    if (paragraph.trim() === "") return [paragraph];
    const out: string[] = [];
    let line = indent ? "　　" : "";
    let used = line.length * 2;
    for (const c of paragraph.trim()) {
      const w = c.charCodeAt(0) < 0x2e80 ? 1 : 2;
      if (used + w > chars * 2) {
        out.push(line);
        line = "";
        used = 0;
      }
      line += c;
      used += w;
    }
    out.push(line);
    return out;
  });
  if (pageLines === 0) return lines.join("\n");
  const paged: string[] = [];
  lines.forEach((line, k) => {
    const page = k / pageLines;
    if (k > 0 && k % pageLines === 0) {
      paged.push(...(page % 2 === 1 ? ["", `- ${page} -`, ""] : [`- ${page} -`]));
      if (header !== "") paged.push(...(page % 2 === 1 ? [header, ""] : [header]));
    }
    paged.push(line);
  });
  return paged.join("\n");
}
