/**
 * Writes `docs/playground.png`, the README's picture of the playground: the built page
 * (`npm run docs` first) in headless Chromium with the Henan example pasted with one cell changed,
 * so the report shows a finding and the cells it cites. Chinese glyphs need Debian's
 * `fonts-noto-cjk`; when `pngquant` is installed, the picture is reduced to a palette (smaller).
 * Run: `npm run docs:screenshot`.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "../playground/bundle";
import { changeCell, launchChromium, paste, watchedPage } from "../test/playground/driver";

const PAGE = join(ROOT, "docs/api/documents/playground.html");
const OUT = join(ROOT, "docs/playground.png");

if (!existsSync(PAGE)) throw new Error(`${PAGE} is missing: run \`npm run docs\` first`);
const browser = await launchChromium();
try {
  const { page } = await watchedPage(browser);
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(pathToFileURL(PAGE).href);
  await page.locator('#pg-output[data-run="1"]').waitFor();
  await paste(page, changeCell(await page.inputValue("#pg-input"), "49.69").text);
  await page.click("#pg-check");
  await page.locator('#pg-output[data-run="2"]').waitFor();
  // For the picture only: no sticky site toolbar over the page, a shorter document box.
  await page.addStyleTag({
    content: ".tsd-page-toolbar { display: none } #pg-input { min-height: 0; height: 9rem }",
  });
  await page.locator("#yusuan-playground").screenshot({ path: OUT, animations: "disabled" });
  const quantized = spawnSync("pngquant", ["--force", "--quality=65-90", "--output", OUT, OUT]);
  console.log(`wrote ${OUT}${quantized.status === 0 ? " (pngquant)" : ""}`);
} finally {
  await browser.close();
}
